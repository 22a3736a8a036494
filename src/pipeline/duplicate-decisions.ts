/**
 * The decisions about possible duplicates, kept in the sheet itself: a `doublon` column whose cell
 * says `même que <id>` (this row is the same organisation as that one: it is left out of the
 * published files, with a line in the report) or `différent de <id>, <id>` (not the same: the pair
 * is not proposed again). English works too: `same as <id>`, `different from <id>`. Nothing is
 * ever merged or dropped silently.
 */
import { isActorId } from '../core/grammar/ids';
import { clip } from '../core/grammar/text';
import type { Problem } from '../core/problems';

/** The header the workshop writes when a sheet has no `doublon` column yet. */
export const DUPLICATE_HEADER = 'doublon';

export interface CellProblem {
  value: string;
  message: string;
  action: string;
}

export interface DuplicateCell {
  /** Ids this row is the same organisation as (the first one is kept). */
  same: string[];
  /** Ids this row is a different organisation from. */
  different: string[];
  /** Parts of the cell that say something else: kept as they are when a decision is written. */
  other: string[];
  problems: CellProblem[];
}

const SAME =
  /^(?:m[eê]me\s+(?:fiche\s+|organisation\s+)?que|same\s+(?:record\s+|organi[sz]ation\s+)?as|doublon\s+de|duplicate\s+of)(?=[\s:«"“(]|$)/iu;
const DIFFERENT =
  /^(?:(?:diff[ée]rent|distinct)(?:e|s|es)?\s+(?:de|que)|pas\s+(?:un\s+)?doublon\s+de|different\s+(?:from|to|than)|distinct\s+from|not\s+(?:a\s+)?duplicate\s+of)(?=[\s:«"“(]|$)|^(?:diff[ée]rent|distinct)(?:e|s|es)?\s+d['’]/iu;
const CONJUNCTIONS = new Set(['et', 'and', '&']);

/** What a `doublon` cell says. */
export function parseDuplicateCell(cell: string): DuplicateCell {
  const result: DuplicateCell = { same: [], different: [], other: [], problems: [] };
  for (const clause of cell.split(/[;\n|]+/)) {
    const text = clause.trim();
    if (text === '') continue;
    const same = SAME.exec(text);
    const different = same ? null : DIFFERENT.exec(text);
    const match = same ?? different;
    if (!match) {
      result.other.push(text);
      result.problems.push({
        value: text,
        message: 'décision de doublon non comprise (attendu : « même que <id> » ou « différent de <id> »)',
        action: 'ignorée',
      });
      continue;
    }
    const ids = readIds(text.slice(match[0].length), text, result.problems);
    if (ids.length === 0) {
      result.problems.push({ value: text, message: 'décision de doublon sans identifiant', action: 'ignorée' });
      continue;
    }
    const list = same ? result.same : result.different;
    for (const id of ids) if (!list.includes(id)) list.push(id);
  }
  for (const id of result.same.filter((id) => result.different.includes(id))) {
    result.problems.push({
      value: id,
      message: `« ${id} » est dit à la fois même fiche et fiche différente`,
      action: 'les deux décisions sont ignorées',
    });
    result.same = result.same.filter((x) => x !== id);
    result.different = result.different.filter((x) => x !== id);
  }
  return result;
}

function readIds(text: string, clause: string, problems: CellProblem[]): string[] {
  const ids: string[] = [];
  for (const word of text.split(/[\s,:]+/)) {
    const id = word.replace(/^[«"“'(]+|[»"”')]+$/g, '');
    if (id === '' || CONJUNCTIONS.has(id.toLowerCase())) continue;
    if (isActorId(id)) ids.push(id);
    else problems.push({ value: clause, message: `identifiant invalide dans la colonne doublon : « ${clip(id)} »`, action: 'ignoré' });
  }
  return ids;
}

/** One row's `doublon` cell, where it is. */
export interface DecisionRow {
  file: string;
  line: number;
  /** The column's header as the sheet writes it. */
  column: string;
  /** The row's own id. */
  id: string;
  cell: string;
}

export interface DuplicateDecisions {
  /** Pairs already decided (same or different), each as two ids: not to be proposed again. */
  decidedPairs: [string, string][];
  /** Rows to leave out of the published files, each with the row that stays for it. */
  sameAs: { id: string; file: string; line: number; keep: string }[];
  /** Dropped id → the id that stays: links to a dropped row can follow it there. */
  keep: Map<string, string>;
  /** The report's lines: one per row left out, and one per decision that could not be followed. */
  problems: Problem[];
}

/**
 * The decisions of every sheet's `doublon` cells. `knownIds` are the ids of the rows read: a
 * decision naming any other id is reported and not followed (never drop a row for a row that is
 * not there). « même que » chains are followed to the row that stays; a loop keeps the row read first.
 */
export function resolveDuplicateDecisions(rows: readonly DecisionRow[], knownIds: ReadonlySet<string>): DuplicateDecisions {
  const problems: Problem[] = [];
  const warn = (row: DecisionRow, value: string, message: string, action: string) =>
    problems.push({ severity: 'warning', file: row.file, line: row.line, column: row.column, value, message, action });
  const parsed = rows.map((row) => ({ row, cell: parseDuplicateCell(row.cell) }));

  const different = new Set<string>();
  const decided = new Map<string, [string, string]>();
  const decide = (x: string, y: string) => decided.set(pairKey(x, y), x < y ? [x, y] : [y, x]);
  for (const { row, cell } of parsed) {
    for (const p of cell.problems) warn(row, p.value, p.message, p.action);
    for (const other of cell.different) {
      if (!usable(row, other)) continue;
      different.add(pairKey(row.id, other));
      decide(row.id, other);
    }
  }

  // Each dropped row points at the row it is the same as; `root` follows the chain.
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let current = id;
    for (let next = parent.get(current); next !== undefined; next = parent.get(current)) current = next;
    return current;
  };
  const sameAs: DuplicateDecisions['sameAs'] = [];
  const sameAsRows: DecisionRow[] = [];
  for (const { row, cell } of parsed) {
    const target = cell.same.find((id) => usable(row, id));
    if (target === undefined) continue;
    if (different.has(pairKey(row.id, target))) {
      warn(
        row,
        target,
        `« ${row.id} » et « ${target} » sont dites à la fois même fiche et fiches différentes`,
        'ligne gardée : décidez dans la colonne doublon',
      );
      continue;
    }
    if (parent.has(row.id)) continue;
    if (root(target) === row.id) {
      warn(
        row,
        target,
        `décisions « même que » en boucle entre « ${row.id} » et « ${target} »`,
        'ligne gardée (la première lue de la boucle)',
      );
      continue;
    }
    parent.set(row.id, target);
    for (const id of cell.same) if (knownIds.has(id) && id !== row.id) decide(row.id, id);
    sameAs.push({ id: row.id, file: row.file, line: row.line, keep: target });
    sameAsRows.push(row);
  }

  const keep = new Map<string, string>();
  sameAs.forEach((entry, k) => {
    entry.keep = root(entry.id);
    keep.set(entry.id, entry.keep);
    const row = sameAsRows[k] as DecisionRow;
    warn(
      row,
      row.cell,
      `même organisation que « ${entry.keep} »`,
      `ligne écartée : même organisation que ${entry.keep} (décision de la colonne doublon)`,
    );
  });
  return { decidedPairs: [...decided.values()], sameAs, keep, problems };

  function usable(row: DecisionRow, id: string): boolean {
    if (id === row.id) {
      warn(row, id, 'la ligne est dite doublon d’elle-même', 'décision ignorée');
      return false;
    }
    if (!knownIds.has(id)) {
      warn(row, id, `identifiant inconnu dans la colonne doublon : « ${clip(id)} »`, 'décision ignorée : vérifiez l’identifiant');
      return false;
    }
    return true;
  }
}

function pairKey(x: string, y: string): string {
  return x < y ? `${x}\n${y}` : `${y}\n${x}`;
}

/**
 * The `doublon` cell once a decision is written in it: `same` says this row is the same
 * organisation as `otherId` (the row will be left out, `otherId` stays), `different` that it is
 * not. The cell's other decisions and any other text are kept; the cell's language is kept
 * (English when it already speaks English, French otherwise).
 */
export function writeDuplicateDecision(cell: string, decision: 'same' | 'different', otherId: string): string {
  const parsed = parseDuplicateCell(cell);
  const english = /\b(?:same\s+as|different\s+(?:from|to|than))\b/i.test(cell);
  let same = parsed.same.filter((id) => id !== otherId);
  let different = parsed.different.filter((id) => id !== otherId);
  if (decision === 'same') same = [otherId, ...same];
  else different = [...different, otherId];
  const clauses: string[] = [];
  if (same.length > 0) clauses.push(`${english ? 'same as' : 'même que'} ${same.join(', ')}`);
  if (different.length > 0) clauses.push(`${english ? 'different from' : 'différent de'} ${different.join(', ')}`);
  return [...clauses, ...parsed.other].join(' ; ');
}

/**
 * Where the workshop writes a decision about the pair (a, b): for `same`, in the row left out
 * (`b` unless `keep` says `b` stays), « même que <kept> »; for `different`, in `b`'s row.
 */
export function decisionEdit(
  pair: { a: string; b: string },
  decision: 'same' | 'different',
  keep: string = pair.a,
): { id: string; write: (cell: string) => string } {
  const kept = keep === pair.b ? pair.b : pair.a;
  const other = kept === pair.a ? pair.b : pair.a;
  return decision === 'same'
    ? { id: other, write: (cell) => writeDuplicateDecision(cell, 'same', kept) }
    : { id: pair.b, write: (cell) => writeDuplicateDecision(cell, 'different', pair.a) };
}
