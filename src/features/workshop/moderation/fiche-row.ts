/**
 * Where a fiche stands in the workshop's sheets: the sheet and row of an actor's `id`, and the
 * column of each field (the sheet's own column choices, then the aliases, as the pipeline maps
 * them). A sheet without an `id` column gives its rows the id of their name (`idFromName`), or,
 * for names at several places, the name's id followed by the place's: both are recognised.
 */
import type { CsvRow, CsvTable } from '../../../core/csv';
import { slugify } from '../../../core/grammar/codes';
import { idFromName } from '../../../pipeline/actor-rows';
import { ACTOR_COLUMNS, cellOf, mapColumns, type ColumnMap } from '../../../pipeline/columns';

export type ActorField = keyof typeof ACTOR_COLUMNS;

/** What the moderation needs of a sheet of the workshop. */
export interface ModeratedSheet {
  name: string;
  role: 'actors' | 'links';
  table: CsvTable | null;
  /** Header → field or `ignore` (the workshop's column choices). */
  columns: Readonly<Record<string, string>>;
  sample: boolean;
}

export interface FicheRow {
  sheet: string;
  /** Index of the row in the table's rows. */
  index: number;
  row: CsvRow;
  columns: ColumnMap<ActorField>;
}

/** The columns of an actors table, by field. */
export function actorColumnsOf(table: CsvTable, chosen: Readonly<Record<string, string>>): ColumnMap<ActorField> {
  return mapColumns(table.header, ACTOR_COLUMNS, chosen).columns;
}

/** The id the pipeline gives a row (its `id` cell, else its name's), and the same followed by a place slug for homonyms. */
function rowIds(row: CsvRow, columns: ColumnMap<ActorField>): { id: string; homonymOf: string | null } {
  const id = cellOf(row, columns, 'id').trim();
  if (id !== '') return { id, homonymOf: null };
  const name = cellOf(row, columns, 'name');
  return { id: idFromName(name), homonymOf: idFromName(name) };
}

/** The place words a homonym's id ends with (`maison-des-associations-bordeaux`). */
function placeSlugs(row: CsvRow, columns: ColumnMap<ActorField>): string[] {
  const dep = cellOf(row, columns, 'departement').trim().toLowerCase();
  const region = cellOf(row, columns, 'region').trim();
  return [
    slugify(cellOf(row, columns, 'communeName')),
    slugify(cellOf(row, columns, 'commune')),
    cellOf(row, columns, 'commune').trim(),
    dep && `departement-${dep}`,
    region && `region-${region}`,
  ].filter((s) => s !== '');
}

/** The row of the fiche `id` in the actors sheets, or null when none holds it. */
export function findFicheRow(sheets: readonly ModeratedSheet[], id: string): FicheRow | null {
  const homonyms: FicheRow[] = [];
  for (const sheet of sheets) {
    if (sheet.role !== 'actors' || !sheet.table) continue;
    const columns = actorColumnsOf(sheet.table, sheet.columns);
    for (const [index, row] of sheet.table.rows.entries()) {
      const ids = rowIds(row, columns);
      if (ids.id === id) return { sheet: sheet.name, index, row, columns };
      if (ids.homonymOf && id.startsWith(`${ids.homonymOf}-`)) {
        const suffix = id.slice(ids.homonymOf.length + 1);
        if (placeSlugs(row, columns).includes(suffix)) homonyms.push({ sheet: sheet.name, index, row, columns });
      }
    }
  }
  return homonyms.length === 1 ? (homonyms[0] ?? null) : null;
}

/** Every id the sheets' rows take (to give a new fiche one of its own). */
export function takenIds(sheets: readonly ModeratedSheet[]): Set<string> {
  const ids = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.role !== 'actors' || !sheet.table) continue;
    const columns = actorColumnsOf(sheet.table, sheet.columns);
    for (const row of sheet.table.rows) ids.add(rowIds(row, columns).id);
  }
  return ids;
}

/** The sheet a new fiche goes to: the first actors sheet of real data, else the first actors sheet. */
export function sheetForNewFiche(sheets: readonly ModeratedSheet[]): ModeratedSheet | null {
  const actors = sheets.filter((s) => s.role === 'actors' && s.table);
  return actors.find((s) => !s.sample) ?? actors[0] ?? null;
}
