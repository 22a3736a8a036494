/**
 * Turns the rows of `data/fragility-impact-2020.csv` into the fragility file the app loads
 * (`FragilityData`, in `src/core/fragility-data.ts`), with a problem for every row left out.
 */
import { DIMENSIONS, type Dimension } from '../core/vocabulary';
import {
  FRAGILITY_CREDIT,
  FRAGILITY_INDEX_DEFINITIONS,
  METROPOLITAN_REGION_CODES,
  NATIONAL_CODE,
  SCORE_MAX,
  type FragilityData,
  type FragilityIndex,
  type FragilityRegion,
  type FragilityValue,
  type IndexDefinition,
  type IndicatorKind,
} from '../core/fragility-data';

/** Decimals kept for scores in the output (computation is at full precision). */
const SCORE_DECIMALS = 2;
/** Decimals kept for a growth indicator in the output (the source prints 2; 4 keep regions apart). */
const GROWTH_DECIMALS = 4;
const FRAGILITY_URL = 'http://observatoire-des-partenariats.fr/';
const SCALE_FR =
  'Fragilité relative entre les 13 régions métropolitaines : 10 pour la région la plus critique, 0 pour la plus favorable. La France métropolitaine est placée sur la même échelle.';
const SCALE_EN =
  'Fragility relative to the 13 metropolitan regions: 10 for the most critical region, 0 for the most favourable. Metropolitan France is placed on the same scale.';

export interface FragilityProblem {
  /** 1-based line in the CSV (the header is line 1); 0 for the file as a whole. */
  line: number;
  column: string;
  value: string;
  message: string;
}

/** A row as `parseCsv` gives it (only what this module reads). */
export interface FragilitySourceRow {
  line: number;
  values: Record<string, string>;
}

const COL = {
  indexId: 'index_id',
  dimension: 'dimension',
  domain: 'domain',
  label: 'label',
  unit: 'unit',
  year: 'year',
  higherIsMoreFragile: 'higher_is_more_fragile',
  source: 'source',
  regionCode: 'region_code',
  regionName: 'region_name',
  value: 'value',
  previousYear: 'previous_year',
  previousValue: 'previous_value',
} as const;

/** Columns that must be filled on every row. */
const REQUIRED_COLUMNS = [
  COL.indexId,
  COL.dimension,
  COL.domain,
  COL.label,
  COL.unit,
  COL.year,
  COL.higherIsMoreFragile,
  COL.regionCode,
  COL.regionName,
  COL.value,
] as const;

/** The header a fragility table must have (the workshop knows the table by it). */
export const FRAGILITY_REQUIRED_COLUMNS: readonly string[] = REQUIRED_COLUMNS;

/** Columns that describe the index and must read the same on all its rows. */
const INDEX_COLUMNS = [COL.dimension, COL.domain, COL.label, COL.unit, COL.year, COL.higherIsMoreFragile, COL.source] as const;

const DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;
const REGION_CODES: ReadonlySet<string> = new Set([...METROPOLITAN_REGION_CODES, NATIONAL_CODE]);

/** A row that passed the row checks. */
interface ValidRow {
  line: number;
  cells: Record<string, string>;
  dimension: Dimension;
  regionCode: string;
  regionName: string;
  value: number;
  previous: number | null;
}

/**
 * Builds the data the app loads from the CSV rows. Rows with a problem are left out; an index
 * that is then not complete (exactly the 13 regions and France) is left out as a whole, since its
 * scale would not be the source's.
 */
export function buildFragility(rows: readonly FragilitySourceRow[]): {
  data: FragilityData;
  problems: FragilityProblem[];
} {
  const problems: FragilityProblem[] = [];
  const report = (line: number, column: string, value: string, message: string): void => {
    problems.push({ line, column, value, message });
  };

  const byIndex = new Map<string, ValidRow[]>();
  const regionNames = new Map<string, { name: string; line: number }>();
  for (const row of rows) {
    const valid = checkRow(row, report);
    if (!valid) continue;
    const id = valid.cells[COL.indexId] ?? '';
    const group = byIndex.get(id) ?? [];
    if (!fitsGroup(valid, group, report)) continue;
    const known = regionNames.get(valid.regionCode);
    if (known && known.name !== valid.regionName) {
      report(
        valid.line,
        COL.regionName,
        valid.regionName,
        `nom différent de celui de la ligne ${known.line} (« ${known.name} ») pour la région ${valid.regionCode}`,
      );
      continue;
    }
    if (!known) regionNames.set(valid.regionCode, { name: valid.regionName, line: valid.line });
    group.push(valid);
    byIndex.set(id, group);
  }

  const indices: FragilityIndex[] = [];
  for (const definition of FRAGILITY_INDEX_DEFINITIONS) {
    const group = byIndex.get(definition.id);
    if (!group || group.length === 0) {
      report(0, COL.indexId, definition.id, 'indice absent du fichier (ou toutes ses lignes sont en erreur)');
      continue;
    }
    const index = buildIndex(definition, group, report);
    if (index) indices.push(index);
  }

  const regions: FragilityRegion[] = [];
  for (const [code, { name }] of regionNames) if (code !== NATIONAL_CODE) regions.push({ code, name });
  const national = { code: NATIONAL_CODE, name: regionNames.get(NATIONAL_CODE)?.name ?? 'France métropolitaine' };

  return {
    data: {
      source: { credit: FRAGILITY_CREDIT, url: FRAGILITY_URL, scaleFr: SCALE_FR, scaleEn: SCALE_EN },
      indices,
      regions,
      national,
    },
    problems,
  };
}

type Report = (line: number, column: string, value: string, message: string) => void;

function checkRow(row: FragilitySourceRow, report: Report): ValidRow | null {
  const cells = row.values;
  const cell = (column: string): string => cells[column] ?? '';
  let ok = true;
  const fail = (column: string, message: string): void => {
    report(row.line, column, cell(column), message);
    ok = false;
  };

  for (const column of REQUIRED_COLUMNS) if (cell(column) === '') fail(column, 'valeur manquante');

  const id = cell(COL.indexId);
  if (id !== '' && !FRAGILITY_INDEX_DEFINITIONS.some((d) => d.id === id)) fail(COL.indexId, 'indice inconnu');
  const dimension = cell(COL.dimension);
  if (dimension !== '' && !DIMENSIONS.is(dimension)) {
    fail(COL.dimension, `dimension inconnue (attendu : ${DIMENSIONS.codes.join(', ')})`);
  }
  const code = cell(COL.regionCode);
  if (code !== '' && !REGION_CODES.has(code)) {
    fail(COL.regionCode, `ni une des 13 régions métropolitaines ni ${NATIONAL_CODE}`);
  }
  const direction = cell(COL.higherIsMoreFragile);
  if (direction !== '' && direction !== 'true' && direction !== 'false') fail(COL.higherIsMoreFragile, 'attendu true ou false');

  const value = cell(COL.value);
  if (value !== '' && !DECIMAL.test(value)) fail(COL.value, 'valeur non numérique (nombre décimal avec un point attendu)');
  const previous = cell(COL.previousValue);
  if (previous !== '' && !DECIMAL.test(previous)) {
    fail(COL.previousValue, 'valeur précédente non numérique (nombre décimal avec un point attendu)');
  }
  if (previous !== '' && cell(COL.previousYear) === '') fail(COL.previousYear, 'année manquante pour la valeur précédente');

  if (!ok || !DIMENSIONS.is(dimension)) return null;
  return {
    line: row.line,
    cells,
    dimension,
    regionCode: code,
    regionName: cell(COL.regionName),
    value: Number(value),
    previous: previous === '' ? null : Number(previous),
  };
}

/** Whether a row agrees with the rows already kept for its index (same description, new region). */
function fitsGroup(row: ValidRow, group: readonly ValidRow[], report: Report): boolean {
  const first = group[0];
  if (!first) return true;
  for (const column of INDEX_COLUMNS) {
    const mine = row.cells[column] ?? '';
    const theirs = first.cells[column] ?? '';
    if (mine !== theirs) {
      report(row.line, column, mine, `diffère de la ligne ${first.line} (« ${theirs} ») pour le même indice`);
      return false;
    }
  }
  const mineYear = row.cells[COL.previousYear] ?? '';
  const other = group.find((r) => (r.cells[COL.previousYear] ?? '') !== '');
  const theirsYear = other?.cells[COL.previousYear] ?? '';
  if (mineYear !== '' && other && mineYear !== theirsYear) {
    report(row.line, COL.previousYear, mineYear, `diffère de la ligne ${other.line} (« ${theirsYear} ») pour le même indice`);
    return false;
  }
  const twin = group.find((r) => r.regionCode === row.regionCode);
  if (twin) {
    report(row.line, COL.regionCode, row.regionCode, `région déjà donnée ligne ${twin.line} pour le même indice`);
    return false;
  }
  return true;
}

function buildIndex(definition: IndexDefinition, group: readonly ValidRow[], report: Report): FragilityIndex | null {
  const first = group[0];
  if (!first) return null;
  const present = new Set(group.map((r) => r.regionCode));
  const missing = [...REGION_CODES].filter((code) => !present.has(code));
  if (missing.length > 0) {
    report(
      first.line,
      COL.regionCode,
      missing.join(' '),
      `indice ${definition.id} incomplet : il faut les 13 régions et ${NATIONAL_CODE}, il manque ${missing.join(', ')} ; indice laissé de côté`,
    );
    return null;
  }

  const indicators = new Map<string, number>();
  for (const row of group) {
    const indicator = indicatorOf(definition.indicatorKind, row);
    if (indicator === null) {
      report(
        row.line,
        COL.previousValue,
        row.cells[COL.previousValue] ?? '',
        `la croissance (valeur / valeur précédente) demande une valeur précédente positive ; indice ${definition.id} laissé de côté`,
      );
      return null;
    }
    indicators.set(row.regionCode, indicator);
  }

  const higherIsMoreFragile = first.cells[COL.higherIsMoreFragile] === 'true';
  const regional = METROPOLITAN_REGION_CODES.map((code) => indicators.get(code) ?? Number.NaN);
  const favourable = higherIsMoreFragile ? Math.min(...regional) : Math.max(...regional);
  const critical = higherIsMoreFragile ? Math.max(...regional) : Math.min(...regional);
  if (critical === favourable) {
    report(
      first.line,
      COL.value,
      String(critical),
      `toutes les régions ont la même valeur : pas d'échelle possible ; indice ${definition.id} laissé de côté`,
    );
    return null;
  }

  const values: Record<string, FragilityValue> = {};
  for (const row of group) {
    const indicator = indicators.get(row.regionCode) ?? Number.NaN;
    values[row.regionCode] = {
      value: row.value,
      previous: row.previous,
      indicator: definition.indicatorKind === 'growth' ? round(indicator, GROWTH_DECIMALS) : indicator,
      score: round((SCORE_MAX * (indicator - favourable)) / (critical - favourable), SCORE_DECIMALS),
    };
  }

  const previousYear = group.map((r) => r.cells[COL.previousYear] ?? '').find((y) => y !== '') ?? null;
  const source = first.cells[COL.source] ?? '';
  return {
    id: definition.id,
    dimension: first.dimension,
    domain: first.cells[COL.domain] ?? '',
    domainEn: definition.domainEn,
    labelFr: first.cells[COL.label] ?? '',
    labelEn: definition.labelEn,
    unit: first.cells[COL.unit] ?? '',
    year: first.cells[COL.year] ?? '',
    previousYear,
    higherIsMoreFragile,
    indicatorKind: definition.indicatorKind,
    source: source === '' ? null : source,
    ...(definition.careNoteFr === undefined ? {} : { careNoteFr: definition.careNoteFr }),
    ...(definition.careNoteEn === undefined ? {} : { careNoteEn: definition.careNoteEn }),
    ...(definition.valueNoteFr === undefined ? {} : { valueNoteFr: definition.valueNoteFr }),
    ...(definition.valueNoteEn === undefined ? {} : { valueNoteEn: definition.valueNoteEn }),
    values,
  };
}

function indicatorOf(kind: IndicatorKind, row: ValidRow): number | null {
  if (kind === 'value') return row.value;
  if (row.previous === null || row.previous <= 0) return null;
  return row.value / row.previous;
}

function round(x: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(x * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no −0 (10 × −0 / −3 for the most favourable region)
}
