/**
 * What the archive's `feuilles/` folder holds: the sheets of the last check as the pipeline read
 * them (a corrected sheet as its corrected CSV, under the same name, so that `npm run data` makes
 * the same files and the same report) and their `sources.json` entries, in the pipeline's order.
 */
import type { CheckResult } from '../pipeline-protocol';
import type { SourceList } from '../../../pipeline/sources';
import { correctedSheetBytes } from '../corrected-sheet';
import { sourceListOf, type WorkshopSheet } from '../workshop-sheet';

export interface PublishedInputs {
  sources: SourceList;
  /** Bytes by the name `sources` gives. */
  inputs: Map<string, Uint8Array>;
}

export function publishedInputs(result: CheckResult, sheets: readonly WorkshopSheet[]): PublishedInputs {
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const inputs = new Map<string, Uint8Array>();
  // The documents and the fragility table the check read: they are not among the pipeline's sheets.
  const { documents, fragility } = sourceListOf(sheets);
  const files = [...result.sheets.map(({ source }) => source.file), documents, fragility];
  for (const file of files) {
    const sheet = file === undefined ? undefined : byName.get(file);
    if (!sheet) continue;
    inputs.set(sheet.name, sheet.edited && sheet.table ? correctedSheetBytes(sheet.table, sheet.header) : sheet.bytes);
  }
  return {
    sources: {
      actors: result.sheets.filter((s) => s.role === 'actors').map((s) => s.source),
      links: result.sheets.filter((s) => s.role === 'links').map((s) => s.source),
      ...(documents === undefined ? {} : { documents }),
      ...(fragility === undefined ? {} : { fragility }),
    },
    inputs,
  };
}
