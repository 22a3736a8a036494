/**
 * The regional fragility indices of the IMPACT programme (Observatoire des partenariats, 2020):
 * 17 indices in 16 domains and 4 dimensions, for the 13 metropolitan regions and for metropolitan
 * France as a whole. This module holds the shape of the file the app loads and the indices'
 * definitions; the pipeline builds the file (`src/pipeline/fragility-sheet.ts`), the fragility
 * feature reads it (`src/features/fragility/fragility.ts`).
 *
 * Scores follow the source's radar: for one index, over the 13 regions, the most critical region
 * is placed at 10 and the most favourable at 0, the others in proportion:
 *   score = 10 × (indicator − most favourable) / (most critical − most favourable).
 * Metropolitan France is placed on the same scale. It is not one of the 13, so in principle it
 * could fall outside 0–10; its score is not clamped (in the 2020 data it falls inside).
 */
import type { Dimension } from './vocabulary';

/** Code of metropolitan France as a whole in the data. */
export const NATIONAL_CODE = 'FRM';

/** INSEE codes of the 13 metropolitan regions (2016 boundaries). */
export const METROPOLITAN_REGION_CODES = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'] as const;

/** The score of the most critical region; the most favourable is at 0. */
export const SCORE_MAX = 10;

export const FRAGILITY_CREDIT = 'Observatoire des partenariats – programme IMPACT (Comisis / OpinionWay, 2020)';

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

export interface IndexDefinition {
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
    valueNoteFr: "Les valeurs de 2013 sont des pourcentages entiers arrondis par la source : l'évolution est indicative.",
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
    careNoteEn: 'Reading taken from the IMPACT study: more waste collected per inhabitant is read as more pressure on resources.',
    valueNoteFr:
      'Unité : notre lecture. La source indique « kg / hab » pour des valeurs proches de 5, soit des centaines de kg par habitant.',
    valueNoteEn: 'Unit: our reading. The source prints "kg / hab" for values around 5, i.e. hundreds of kg per inhabitant.',
  },
];
