/**
 * `data/sources.json`: which sheets make the atlas, and how to read each. The workshop writes the
 * same entries (its column mapping exported), so that `npm run data` reads a sheet exactly as the
 * workshop did.
 */
import { z } from '../core/zod';

/** What a column of a sheet holds: a field of the model, or nothing to read. */
export const IGNORED_COLUMN = 'ignore';

export const SheetSourceSchema = z.object({
  /** The file in `data/` (a published sheet is downloaded into it by `npm run data:fetch`). */
  file: z.string().check(z.minLength(1)),
  /** Rows are generated sample data unless a row's `sample` cell says otherwise. */
  sample: z.boolean(),
  /** The address of a published sheet (an online spreadsheet's CSV export, a data.gouv.fr resource). */
  url: z.optional(z.string()),
  /** The sheet of a workbook (XLSX, ODS) to read; its first non-empty sheet otherwise. */
  sheet: z.optional(z.string()),
  /** `false` when the first row is data: the columns are then named by their letter (A, B, …). */
  header: z.optional(z.boolean()),
  /** Header → field of the model (or `ignore`), for headers the pipeline does not know or reads otherwise. */
  columns: z.optional(z.record(z.string(), z.string())),
  /** Field → the value of every row of the sheet (« every row of this sheet is profile institution »). */
  values: z.optional(z.record(z.string(), z.string())),
});

export const SourceListSchema = z.object({
  actors: z.array(SheetSourceSchema),
  links: z.array(SheetSourceSchema),
  documents: z.optional(z.string()),
  fragility: z.optional(z.string()),
});

export type SheetSource = z.infer<typeof SheetSourceSchema>;
export type SourceList = z.infer<typeof SourceListSchema>;

/** How a sheet's columns are read beyond the known headers (see `mapColumns`). */
export interface ColumnChoices {
  columns?: Readonly<Record<string, string>>;
  values?: Readonly<Record<string, string>>;
}
