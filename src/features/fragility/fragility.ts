/**
 * The regional fragility indices of the IMPACT programme (Observatoire des partenariats, 2020):
 * 17 indices in 16 domains and 4 dimensions, for the 13 metropolitan regions and for metropolitan
 * France as a whole. This module turns the rows of `data/fragility-impact-2020.csv` into the file
 * the app loads, and reads that file (dimension means, trends, radar scores).
 *
 * Scores follow the source's radar: for one index, over the 13 regions, the most critical region
 * is placed at 10 and the most favourable at 0, the others in proportion:
 *   score = 10 × (indicator − most favourable) / (most critical − most favourable).
 * Metropolitan France is placed on the same scale. It is not one of the 13, so in principle it
 * could fall outside 0–10; its score is not clamped (in the 2020 data it falls inside).
 */
import { DIMENSIONS, type Dimension } from '../../core/vocabulary';

/** Code of metropolitan France as a whole in the data. */
export const NATIONAL_CODE = 'FRM';

/** INSEE codes of the 13 metropolitan regions (2016 boundaries). */
export const METROPOLITAN_REGION_CODES = [
  '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94',
] as const;

/** The score of the most critical region; the most favourable is at 0. */
export const SCORE_MAX = 10;
/** Decimals kept for scores in the output (computation is at full precision). */
const SCORE_DECIMALS = 2;
/** Decimals kept for a growth indicator in the output (the source prints 2; 4 keep regions apart). */
const GROWTH_DECIMALS = 4;
/** Two values closer than this are the same for a trend (they come from the same decimal text). */
const TREND_TOLERANCE = 1e-9;

export const FRAGILITY_CREDIT =
  'Observatoire des partenariats – programme IMPACT (Comisis / OpinionWay, 2020)';
const FRAGILITY_URL = 'http://observatoire-des-partenariats.fr/';
const SCALE_FR =
  "Fragilité relative entre les 13 régions métropolitaines : 10 pour la région la plus critique, 0 pour la plus favorable. La France métropolitaine est placée sur la même échelle.";
const SCALE_EN =
  'Fragility relative to the 13 metropolitan regions: 10 for the most critical region, 0 for the most favourable. Metropolitan France is placed on the same scale.';

/**
 * `value`: the indicator is the value itself. `growth`: the indicator is value / previous (the
 * previous figure is the base of the growth, not an older value to compare with).
 */
export type IndicatorKind = 'value' | 'growth';

export interface FragilityValue {
  /** The figure as the source gives it (for `revenu_median`, the 2016 median in euros). */
  value: number;
  /** The older figure for the same indicator (`previousYear`), or null where the source has none. */
  previous: number | null;
  /** The number that is scored: `value`, or value / previous for a growth index (4 decimals). */
  indicator: number;
  /** 0 (most favourable region) to 10 (most critical), 2 decimals; not clamped for France. */
  score: number;
}

export interface FragilityIndex {
  id: string;
  dimension: Dimension;
  /** The source's domain of fragility (French), and its English wording. */
  domain: string;
  domainEn: string;
  labelFr: string;
  labelEn: string;
  /** Unit of `value` (for a growth index, `indicator` is a ratio without unit). */
  unit: string;
  year: string;
  /** Year of `previous`, or null when the index has no older figure. */
  previousYear: string | null;
  /** Direction of fragility: true when a higher indicator is more fragile. */
  higherIsMoreFragile: boolean;
  indicatorKind: IndicatorKind;
  /** Where the source says the figure comes from; null when it names none. */
  source: string | null;
  /** For indices whose reading follows the source's framework and is to be shown with care. */
  careNoteFr?: string;
  careNoteEn?: string;
  /** What to know about the figures themselves (units that are our reading, rounding, errata). */
  valueNoteFr?: string;
  valueNoteEn?: string;
  /** By INSEE region code (the 13 metropolitan regions) and `FRM` for metropolitan France. */
  values: Record<string, FragilityValue>;
}

export interface FragilityRegion {
  code: string;
  name: string;
}

export interface FragilityData {
  source: {
    credit: string;
    url: string;
    scaleFr: string;
    scaleEn: string;
  };
  /** In the source's order (dimension by dimension). */
  indices: FragilityIndex[];
  /** The 13 metropolitan regions, in the order of the source's table. */
  regions: FragilityRegion[];
  national: FragilityRegion;
}

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

interface IndexDefinition {
  id: string;
  domainEn: string;
  labelEn: string;
  indicatorKind: IndicatorKind;
  careNoteFr?: string;
  careNoteEn?: string;
  valueNoteFr?: string;
  valueNoteEn?: string;
}

/** The 17 indices, in the source's order, with what the CSV does not carry. */
export const FRAGILITY_INDEX_DEFINITIONS: readonly IndexDefinition[] = [
  { id: 'chomage', domainEn: 'Employment', labelEn: 'Unemployment rate', indicatorKind: 'value' },
  {
    id: 'entreprises',
    domainEn: 'Economic development',
    labelEn: 'Change in the number of businesses (1 employee or more) 2018-2019',
    indicatorKind: 'value',
  },
  {
    id: 'revenu_median',
    domainEn: 'Purchasing power',
    labelEn: 'Median income (growth 2012-2016 = value / previous value)',
    indicatorKind: 'growth',
    valueNoteFr:
      "L'indice est la croissance du revenu médian de 2012 à 2016 (médiane 2016 / médiane 2012), calculée ici à partir des médianes. Pour la France métropolitaine, la source imprime 1,05 alors que ses propres médianes donnent 1,04 (20 520 / 19 740) : l'Atlas retient le calcul. Les valeurs des régions concordent avec la source.",
    valueNoteEn:
      'The index is the growth of the median income from 2012 to 2016 (2016 median / 2012 median), computed here from the medians. For metropolitan France the source prints 1.05 although its own medians give 1.04 (20,520 / 19,740): the Atlas keeps the computed figure. The regional figures agree with the source.',
  },
  { id: 'pauvrete', domainEn: 'Poverty', labelEn: 'Poverty rate', indicatorKind: 'value' },
  {
    id: 'logements',
    domainEn: 'Poor housing',
    labelEn: 'Number of dwellings per inhabitant',
    indicatorKind: 'value',
    careNoteFr:
      "Lecture reprise de l'étude IMPACT : moins de logements par habitant est lu comme une tension sur le logement. L'indice ne dit rien de la qualité ni du coût des logements.",
    careNoteEn:
      'Reading taken from the IMPACT study: fewer dwellings per inhabitant is read as housing tension. The index says nothing of the quality or cost of housing.',
  },
  {
    id: 'immigration',
    domainEn: 'Diversity / disability',
    labelEn: 'Immigration rate',
    indicatorKind: 'value',
    careNoteFr:
      "Indice du domaine « diversité » de l'étude IMPACT, utilisé comme dans son radar. C'est la part des personnes immigrées dans la population : une description de la population, pas un jugement.",
    careNoteEn:
      'Index of the "diversity" domain of the IMPACT study, used as in its radar. It is the share of immigrants in the population: a description of the population, not a judgement.',
  },
  {
    id: 'aah',
    domainEn: 'Diversity / disability',
    labelEn: "Share of recipients of the disabled adults' allowance (AAH)",
    indicatorKind: 'value',
    valueNoteFr: "Unité : notre lecture (‰ de la population adulte) ; la source n'en indique pas.",
    valueNoteEn: 'Unit: our reading (‰ of the adult population); the source gives none.',
  },
  {
    id: 'actifs_retraites',
    domainEn: 'Ageing / intergenerational ties',
    labelEn: 'Rate of working people to retirees',
    indicatorKind: 'value',
    valueNoteFr:
      "Les valeurs de 2013 sont des pourcentages entiers arrondis par la source : l'évolution est indicative.",
    valueNoteEn: 'The 2013 figures are whole percentages rounded by the source: the change is indicative.',
  },
  {
    id: 'monoparentales',
    domainEn: 'Social ties',
    labelEn: 'Share of households whose main family is a single-parent family',
    indicatorKind: 'value',
  },
  {
    id: 'neet',
    domainEn: 'Education',
    labelEn: 'Share of young people not in employment, education or training (NEET)',
    indicatorKind: 'value',
  },
  { id: 'sante', domainEn: 'Health', labelEn: 'Health professionals per 100,000 inhabitants', indicatorKind: 'value' },
  { id: 'couverture_4g', domainEn: 'Digital', labelEn: '4G coverage by more than 2 operators', indicatorKind: 'value' },
  {
    id: 'violences',
    domainEn: 'Safety',
    labelEn: 'Recorded intentional assaults and injuries per 1,000 inhabitants',
    indicatorKind: 'value',
  },
  {
    id: 'transports_communs',
    domainEn: 'Mobility / transport',
    labelEn: 'Share of home-to-work journeys by public transport',
    indicatorKind: 'value',
  },
  { id: 'culture', domainEn: 'Culture', labelEn: 'Cultural facilities per 10,000 inhabitants', indicatorKind: 'value' },
  {
    id: 'co2',
    domainEn: 'Environment / pollution / biodiversity',
    labelEn: 'CO2 emissions per inhabitant',
    indicatorKind: 'value',
  },
  {
    id: 'dechets',
    domainEn: 'Energy transition',
    labelEn: 'Waste collection rate',
    indicatorKind: 'value',
    careNoteFr:
      "Lecture reprise de l'étude IMPACT : plus de déchets collectés par habitant est lu comme une pression plus forte sur les ressources.",
    careNoteEn:
      'Reading taken from the IMPACT study: more waste collected per inhabitant is read as more pressure on resources.',
    valueNoteFr:
      "Unité : notre lecture. La source indique « kg / hab » pour des valeurs proches de 5, soit des centaines de kg par habitant.",
    valueNoteEn:
      'Unit: our reading. The source prints "kg / hab" for values around 5, i.e. hundreds of kg per inhabitant.',
  },
];

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
  COL.indexId, COL.dimension, COL.domain, COL.label, COL.unit, COL.year,
  COL.higherIsMoreFragile, COL.regionCode, COL.regionName, COL.value,
] as const;

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
      report(valid.line, COL.regionName, valid.regionName,
        `nom différent de celui de la ligne ${known.line} (« ${known.name} ») pour la région ${valid.regionCode}`);
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
      report(0, COL.indexId, definition.id, "indice absent du fichier (ou toutes ses lignes sont en erreur)");
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
    report(first.line, COL.regionCode, missing.join(' '),
      `indice ${definition.id} incomplet : il faut les 13 régions et ${NATIONAL_CODE}, il manque ${missing.join(', ')} ; indice laissé de côté`);
    return null;
  }

  const indicators = new Map<string, number>();
  for (const row of group) {
    const indicator = indicatorOf(definition.indicatorKind, row);
    if (indicator === null) {
      report(row.line, COL.previousValue, row.cells[COL.previousValue] ?? '',
        `la croissance (valeur / valeur précédente) demande une valeur précédente positive ; indice ${definition.id} laissé de côté`);
      return null;
    }
    indicators.set(row.regionCode, indicator);
  }

  const higherIsMoreFragile = first.cells[COL.higherIsMoreFragile] === 'true';
  const regional = METROPOLITAN_REGION_CODES.map((code) => indicators.get(code) ?? Number.NaN);
  const favourable = higherIsMoreFragile ? Math.min(...regional) : Math.max(...regional);
  const critical = higherIsMoreFragile ? Math.max(...regional) : Math.min(...regional);
  if (critical === favourable) {
    report(first.line, COL.value, String(critical),
      `toutes les régions ont la même valeur : pas d'échelle possible ; indice ${definition.id} laissé de côté`);
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

/**
 * The mean score of each dimension's indices for a region (or `FRM`); null for a dimension with
 * no score for that code (an unknown code gives null everywhere).
 */
export function dimensionScores(data: FragilityData, regionCode: string): Record<Dimension, number | null> {
  const mean = (dimension: Dimension): number | null => {
    const scores = data.indices
      .filter((index) => index.dimension === dimension)
      .map((index) => index.values[regionCode]?.score)
      .filter((score): score is number => score !== undefined);
    return scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
  };
  return {
    economique: mean('economique'),
    sociale: mean('sociale'),
    societale: mean('societale'),
    environnementale: mean('environnementale'),
  };
}

export type Trend = 'better' | 'worse' | 'stable';

/**
 * How the figure moved since the previous one, the direction of fragility taken into account.
 * Null when there is no previous figure, and for a growth index (its previous figure is the base
 * of the growth, not an older value of the indicator).
 */
export function trend(index: FragilityIndex, regionCode: string): Trend | null {
  if (index.indicatorKind === 'growth') return null;
  const entry = index.values[regionCode];
  if (!entry || entry.previous === null) return null;
  const change = entry.value - entry.previous;
  if (Math.abs(change) < TREND_TOLERANCE) return 'stable';
  const moreFragile = index.higherIsMoreFragile ? change > 0 : change < 0;
  return moreFragile ? 'worse' : 'better';
}

/** The scores of a region (or `FRM`) in index order, for a radar; null where there is none. */
export function regionScores(data: FragilityData, regionCode: string): (number | null)[] {
  return data.indices.map((index) => index.values[regionCode]?.score ?? null);
}
