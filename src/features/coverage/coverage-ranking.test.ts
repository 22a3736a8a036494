import { describe, expect, it } from 'vitest';
import type { DensityRow } from './coverage';
import { fragilityMeasures, measureScore, priorityCodes, rankRegions } from './coverage-ranking';
import type { FragilityData, FragilityIndex } from '../../core/fragility-data';
import type { Dimension } from '../../core/vocabulary';

const REGIONS = [
  { code: '11', name: 'Alpha' },
  { code: '24', name: 'Bravo' },
  { code: '27', name: 'Charlie' },
  { code: '28', name: 'Delta' },
  { code: '32', name: 'Echo' },
];

function index(id: string, dimension: Dimension, scores: number[]): FragilityIndex {
  return {
    id,
    dimension,
    domain: id,
    domainEn: id,
    labelFr: `Indice ${id}`,
    labelEn: `Index ${id}`,
    unit: '',
    year: '2020',
    previousYear: null,
    higherIsMoreFragile: true,
    indicatorKind: 'value',
    source: null,
    values: Object.fromEntries(REGIONS.map((r, i) => [r.code, { value: 0, previous: null, indicator: 0, score: scores[i] ?? 0 }])),
  };
}

const DATA: FragilityData = {
  source: { credit: 'IMPACT', url: '', scaleFr: '', scaleEn: '' },
  indices: [
    index('chomage', 'economique', [0, 10, 3, 7, 1]),
    index('pauvrete', 'sociale', [10, 5, 0, 8, 2]),
    index('logements', 'sociale', [6, 5, 2, 0, 4]),
  ],
  regions: REGIONS,
  national: { code: 'FRM', name: 'France métropolitaine' },
};

/** Densities (per 100 000): Alpha 1, Bravo 0.2, Charlie 0.5, Delta 0.1, Echo 2. */
const DENSITIES: DensityRow[] = [
  [1, 10, 1_000_000],
  [0.2, 2, 1_000_000],
  [0.5, 5, 1_000_000],
  [0.1, 1, 1_000_000],
  [2, 20, 1_000_000],
].map(([density = 0, count = 0, population = 0], i) => ({
  code: REGIONS[i]?.code ?? '',
  name: REGIONS[i]?.name ?? '',
  population,
  count,
  sample: count > 1 ? 1 : 0,
  density,
}));

describe('fragility measures', () => {
  it('lists the four dimensions, then every index', () => {
    expect(fragilityMeasures(DATA).map((m) => m.id)).toEqual([
      'economique', 'sociale', 'societale', 'environnementale', 'chomage', 'pauvrete', 'logements',
    ]);
  });

  it('scores a dimension as the mean of its indices, an index as its own score', () => {
    // Sociale for Alpha: (10 + 6) / 2 = 8; for Delta: (8 + 0) / 2 = 4.
    expect(measureScore(DATA, 'sociale', '11')).toBe(8);
    expect(measureScore(DATA, 'sociale', '28')).toBe(4);
    expect(measureScore(DATA, 'chomage', '24')).toBe(10);
    expect(measureScore(DATA, 'inconnu', '24')).toBeNull();
  });
});

describe('rankRegions', () => {
  it('ranks by the social dimension and marks the fragile and under-served', () => {
    // Sociale: Alpha 8, Bravo 5, Delta 4, Echo 3, Charlie 1 → median 4. Density median 0.5.
    // Priority: more fragile than 4 and less covered than 0.5 → Bravo (5; 0.2) only.
    const rows = rankRegions(DATA, 'sociale', DENSITIES) ?? [];
    expect(rows.map((r) => [r.name, r.fragility, r.density, r.priority])).toEqual([
      ['Alpha', 8, 1, false],
      ['Bravo', 5, 0.2, true],
      ['Delta', 4, 0.1, false],
      ['Echo', 3, 2, false],
      ['Charlie', 1, 0.5, false],
    ]);
  });

  it('gives the codes of the priority régions, which the map marks', () => {
    expect(priorityCodes(DATA, 'sociale', DENSITIES)).toEqual(['24']);
    expect(priorityCodes(DATA, 'chomage', DENSITIES)).toEqual(['24', '28']);
    expect(priorityCodes(DATA, 'inconnu', DENSITIES)).toEqual([]);
  });

  it('ranks by one index', () => {
    // Chômage: Bravo 10, Delta 7, Charlie 3, Echo 1, Alpha 0 → median 3: Bravo and Delta are priorities.
    const rows = rankRegions(DATA, 'chomage', DENSITIES) ?? [];
    expect(rows.map((r) => r.name)).toEqual(['Bravo', 'Delta', 'Charlie', 'Echo', 'Alpha']);
    expect(rows.filter((r) => r.priority).map((r) => r.name)).toEqual(['Bravo', 'Delta']);
  });

  it('gives a région without any actor a density of 0 and the less covered goes first on a tie', () => {
    const tie = { ...DATA, indices: [index('pauvrete', 'sociale', [5, 5, 0, 0, 0])] };
    const rows = rankRegions(tie, 'pauvrete', DENSITIES.map((r) => (r.code === '24' ? { ...r, count: 0, density: 0 } : r))) ?? [];
    expect(rows.slice(0, 2).map((r) => [r.name, r.count, r.density])).toEqual([
      ['Bravo', 0, 0],
      ['Alpha', 10, 1],
    ]);
  });

  it('has no ranking for an unknown measure', () => {
    expect(rankRegions(DATA, 'inconnu', DENSITIES)).toBeNull();
  });
});
