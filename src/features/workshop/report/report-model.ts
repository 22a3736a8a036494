/**
 * The problem report as the workshop shows it: problems grouped into kinds (« commune
 * introuvable », « pratique inconnue »…) by their message without the values it quotes, counted by
 * kind, severity and sheet, filtered by any of the three, each kind with what to do about it; and
 * the row of the sheet a problem is about.
 */
import type { CsvRow, CsvTable } from '../../../core/csv';
import { slugify } from '../../../core/grammar/codes';
import type { Problem, Severity } from '../../../core/problems';

export interface ReportRow extends Problem {
  /** Its place in the pipeline's list: a stable key for the table and the selection. */
  index: number;
  /** Its kind's key (`kindKey`). */
  kind: string;
}

export interface ProblemKind {
  key: string;
  /** The message without its values, as the first problem of the kind says it. */
  label: string;
  errors: number;
  warnings: number;
  advice: AdviceId;
}

export interface SheetCount {
  file: string;
  errors: number;
  warnings: number;
}

export interface Report {
  /** Every problem, by sheet, then line, then column. */
  rows: ReportRow[];
  /** Kinds, the most frequent first (errors before warnings at equal counts). */
  kinds: ProblemKind[];
  sheets: SheetCount[];
  errors: number;
  warnings: number;
}

export const ALL = 'all';

export interface ReportFilter {
  severity: Severity | typeof ALL;
  /** A sheet's file name, or `all`. */
  sheet: string;
  /** A kind's key, or `all`. */
  kind: string;
}

export const NO_FILTER: ReportFilter = { severity: ALL, sheet: ALL, kind: ALL };

/**
 * « commune introuvable dans le département 86 » → « commune introuvable dans le département »: a
 * message without what it quotes (« … », “…”), its asides in brackets (the values expected, a
 * count) and its words holding digits (codes, cells like B3).
 */
export function kindLabel(message: string): string {
  let text = message.replace(/«[^»]*»|“[^”]*”/g, ' ');
  // Brackets inside brackets: the inner ones go first.
  for (let i = 0; i < 3 && /\([^()]*\)/.test(text); i += 1) text = text.replace(/\([^()]*\)/g, ' ');
  return text
    .replace(/\S*\d\S*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*[:;,→-]\s*$/, '')
    .trim();
}

/** The kind's stable key: the label folded (« commune-introuvable-dans-le-departement »). */
export function kindKey(message: string): string {
  return slugify(kindLabel(message)) || 'autre';
}

export function buildReport(problems: readonly Problem[]): Report {
  const rows: ReportRow[] = problems.map((p, index) => ({ ...p, index, kind: kindKey(p.message) }));
  rows.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || compareText(a.column, b.column) || a.index - b.index);

  const kinds = new Map<string, ProblemKind>();
  const sheets = new Map<string, SheetCount>();
  let errors = 0;
  for (const row of rows) {
    const error = row.severity === 'error';
    if (error) errors += 1;
    let kind = kinds.get(row.kind);
    if (!kind) {
      kind = { key: row.kind, label: kindLabel(row.message), errors: 0, warnings: 0, advice: adviceFor(row.kind) };
      kinds.set(row.kind, kind);
    }
    let sheet = sheets.get(row.file);
    if (!sheet) {
      sheet = { file: row.file, errors: 0, warnings: 0 };
      sheets.set(row.file, sheet);
    }
    if (error) {
      kind.errors += 1;
      sheet.errors += 1;
    } else {
      kind.warnings += 1;
      sheet.warnings += 1;
    }
  }
  const total = (k: { errors: number; warnings: number }) => k.errors + k.warnings;
  return {
    rows,
    kinds: [...kinds.values()].sort((a, b) => total(b) - total(a) || b.errors - a.errors || compareText(a.label, b.label)),
    sheets: [...sheets.values()],
    errors,
    warnings: rows.length - errors,
  };
}

function matches(row: ReportRow, filter: ReportFilter, skip?: keyof ReportFilter): boolean {
  return (
    (skip === 'severity' || filter.severity === ALL || row.severity === filter.severity) &&
    (skip === 'sheet' || filter.sheet === ALL || row.file === filter.sheet) &&
    (skip === 'kind' || filter.kind === ALL || row.kind === filter.kind)
  );
}

export function filterRows(report: Report, filter: ReportFilter): ReportRow[] {
  if (filter.severity === ALL && filter.sheet === ALL && filter.kind === ALL) return report.rows;
  return report.rows.filter((row) => matches(row, filter));
}

export interface FilterCounts {
  /** Problems each choice of a filter would show, the other two filters applied; `all` included. */
  severity: Record<string, number>;
  sheet: Record<string, number>;
  kind: Record<string, number>;
}

/** The count beside each option of each filter, as facets count: the option's own filter left out. */
export function filterCounts(report: Report, filter: ReportFilter): FilterCounts {
  const counts: FilterCounts = { severity: { [ALL]: 0 }, sheet: { [ALL]: 0 }, kind: { [ALL]: 0 } };
  const add = (group: Record<string, number>, key: string) => {
    group[key] = (group[key] ?? 0) + 1;
    group[ALL] = (group[ALL] ?? 0) + 1;
  };
  for (const row of report.rows) {
    if (matches(row, filter, 'severity')) add(counts.severity, row.severity);
    if (matches(row, filter, 'sheet')) add(counts.sheet, row.file);
    if (matches(row, filter, 'kind')) add(counts.kind, row.kind);
  }
  return counts;
}

/** A filter whose choices still exist in this report (a sheet or kind gone after a re-check goes back to all). */
export function validFilter(report: Report, filter: ReportFilter): ReportFilter {
  return {
    severity: filter.severity,
    sheet: filter.sheet === ALL || report.sheets.some((s) => s.file === filter.sheet) ? filter.sheet : ALL,
    kind: filter.kind === ALL || report.kinds.some((k) => k.key === filter.kind) ? filter.kind : ALL,
  };
}

export interface SheetTableRef {
  /** The sheet's file name, as problems name it. */
  name: string;
  table: CsvTable | null;
}

export interface ProblemRecord {
  file: string;
  line: number;
  header: readonly string[];
  row: CsvRow;
  /** The problem's column when it is a column of the sheet (a field name or a fixed value is not). */
  column: string | undefined;
}

/** The row a problem is about, with its sheet's columns; undefined for a problem of the whole file or its header. */
export function recordOf(sheets: readonly SheetTableRef[], problem: Pick<Problem, 'file' | 'line' | 'column'>): ProblemRecord | undefined {
  if (problem.line < 2) return undefined;
  const table = sheets.find((s) => s.name === problem.file)?.table;
  if (!table) return undefined;
  const row = findRow(table.rows, problem.line);
  if (!row) return undefined;
  return {
    file: problem.file,
    line: problem.line,
    header: table.header,
    row,
    column: table.header.includes(problem.column) ? problem.column : undefined,
  };
}

/** Rows are in line order: a binary search finds a line among 100,000 rows at once. */
function findRow(rows: readonly CsvRow[], line: number): CsvRow | undefined {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const row = rows[mid]!;
    if (row.line === line) return row;
    if (row.line < line) low = mid + 1;
    else high = mid - 1;
  }
  return rows.find((r) => r.line === line);
}

export type AdviceId =
  | 'unknownColumn'
  | 'duplicateColumn'
  | 'badChoice'
  | 'missingColumn'
  | 'emptyFile'
  | 'emptyName'
  | 'duplicateId'
  | 'badId'
  | 'unknownCode'
  | 'unknownCommune'
  | 'ambiguousCommune'
  | 'territoryMismatch'
  | 'unknownTerritory'
  | 'coordinates'
  | 'date'
  | 'webAddress'
  | 'email'
  | 'personalEmail'
  | 'phone'
  | 'severalValues'
  | 'tooLong'
  | 'yesNo'
  | 'linkEnd'
  | 'selfLink'
  | 'duplicateLink'
  | 'passiveLink'
  | 'sheetSyntax'
  | 'formulaError'
  | 'encoding'
  | 'other';

/** Kinds by the start of their key, the first match wins. */
const ADVICE: readonly [readonly string[], AdviceId][] = [
  [['colonne-inconnue'], 'unknownColumn'],
  [['colonne-en-double'], 'duplicateColumn'],
  [['champ-inconnu-choisi'], 'badChoice'],
  [['la-colonne-du-nom', 'colonne-manquante', 'colonnes-manquantes', 'la-colonne'], 'missingColumn'],
  [['fichier-vide'], 'emptyFile'],
  [['nom-vide', 'nom-fait-seulement'], 'emptyName'],
  [['identifiant-deja-utilise', 'le-nom-donne-le-meme-identifiant'], 'duplicateId'],
  [['identifiant-avec'], 'badId'],
  [['nature-inconnue', 'pratique-inconnue', 'profil-inconnu', 'echelle-inconnue', 'type-de-lien-inconnu'], 'unknownCode'],
  [['code-insee', 'code-postal-inconnu', 'commune-introuvable'], 'unknownCommune'],
  [['plusieurs-communes'], 'ambiguousCommune'],
  [['la-commune-n-est-pas', 'la-region-ne-correspond'], 'territoryMismatch'],
  [['code-de-departement', 'code-de-region'], 'unknownTerritory'],
  [['coordonnee', 'latitude', 'longitude'], 'coordinates'],
  [['date-de-verification'], 'date'],
  [['adresse-web'], 'webAddress'],
  [['adresse-qui-semble-personnelle'], 'personalEmail'],
  [['adresse-de-courriel'], 'email'],
  [['numero-de-telephone'], 'phone'],
  [['plusieurs-'], 'severalValues'],
  [['texte-trop-long'], 'tooLong'],
  [['valeur-oui-non'], 'yesNo'],
  [['lien-vers-un-acteur-inconnu', 'extremite-du-lien', 'nom-partage'], 'linkEnd'],
  [['lien-d-un-acteur-vers-lui-meme'], 'selfLink'],
  [['lien-en-double'], 'duplicateLink'],
  [['type-de-lien-au-sens-passif'], 'passiveLink'],
  [['lecture-csv', 'guillemet', 'ligne-identique-a-l-en-tete', 'cellule-au-dela'], 'sheetSyntax'],
  [['cellule-en-erreur'], 'formulaError'],
  [['fichier-en-windows', 'ligne-qui-n-est-pas-en-utf', 'lignes-qui-ne-sont-pas', 'fichier-nomme'], 'encoding'],
];

/** What to do about a kind of problem (its text is `report.advice.<id>` in `strings.ts`). */
export function adviceFor(key: string): AdviceId {
  for (const [starts, advice] of ADVICE) if (starts.some((s) => key.startsWith(s))) return advice;
  return 'other';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
