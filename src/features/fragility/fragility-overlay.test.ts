import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv';
import { buildFragility } from '../../pipeline/fragility-sheet';
import { type FragilityData, type FragilityIndex } from '../../core/fragility-data';
import { fragilityOverlayId, parseFragilityOverlay } from '../../core/overlays';
import {
  indexReading,
  isScoredRegion,
  nationalScore,
  overlayIndex,
  overlayScore,
  overlayScores,
  scaleEnds,
  withScores,
  type FragilityOverlay,
} from './fragility-overlay';
import { isKnownOverlayId } from '../../core/overlays';
import { radarPoint, radarPolygon } from './radar';

const CSV_TEXT = await readFile(new URL('../../../data/fragility-impact-2020.csv', import.meta.url), 'utf8');
const { data } = buildFragility(parseCsv(CSV_TEXT).rows);

const HAUTS_DE_FRANCE = '32';
const CORSE = '94';
const BRETAGNE = '53';
const PAYS_DE_LA_LOIRE = '52';

function indexOf(d: FragilityData, id: string): FragilityIndex {
  const index = d.indices.find((i) => i.id === id);
  if (!index) throw new Error(`no index ${id}`);
  return index;
}

describe('parseFragilityOverlay and fragilityOverlayId', () => {
  const cases: [string, FragilityOverlay][] = [
    ['fragility:chomage', { kind: 'index', index: 'chomage' }],
    ['fragility:dechets', { kind: 'index', index: 'dechets' }],
    ['fragility-dim:sociale', { kind: 'dimension', dimension: 'sociale' }],
    ['fragility-dim:environnementale', { kind: 'dimension', dimension: 'environnementale' }],
  ];
  it.each(cases)('reads %s and writes it back', (id, overlay) => {
    expect(parseFragilityOverlay(id)).toEqual(overlay);
    expect(fragilityOverlayId(overlay)).toBe(id);
  });

  it.each([
    ['an unknown index', 'fragility:bonheur'],
    ['an unknown dimension', 'fragility-dim:culturelle'],
    ['a dimension given as an index', 'fragility:sociale'],
    ['an index given as a dimension', 'fragility-dim:chomage'],
    ['an empty index', 'fragility:'],
    ['a coverage id', 'coverage'],
    ['a ranking id', 'ranking:chomage'],
    ['no overlay', null],
  ])('gives null for %s', (_what, id) => {
    expect(parseFragilityOverlay(id)).toBeNull();
  });
});

describe('isKnownOverlayId', () => {
  it('knows the coverage and the fragility ids, and nothing else', () => {
    for (const id of ['coverage', 'coverage-region', 'white:25', 'ranking:sociale', 'fragility:pauvrete', 'fragility-dim:economique']) {
      expect(isKnownOverlayId(id), id).toBe(true);
    }
    for (const id of ['white:30', 'fragility:x', 'fragility-dim:', 'fragilite:chomage', 'heatmap']) {
      expect(isKnownOverlayId(id), id).toBe(false);
    }
  });
});

describe('overlayScore and overlayScores', () => {
  it('gives the index score of a région', () => {
    // neet: min 13.9 (Bretagne), max 21.2 (Hauts-de-France) → HdF at 10;
    // Corse 20.5: 10 × (20.5 − 13.9) / (21.2 − 13.9) = 66 / 7.3 = 9.041… → 9.04
    const neet: FragilityOverlay = { kind: 'index', index: 'neet' };
    expect(overlayScore(data, neet, HAUTS_DE_FRANCE)).toBe(10);
    expect(overlayScore(data, neet, CORSE)).toBe(9.04);
  });

  it('averages the social dimension for Hauts-de-France from its six indices', () => {
    // From the CSV, Hauts-de-France against the 13 régions:
    //   pauvrete 18.6, min 11.2, max 19.8: 10 × 7.4 / 8.6 = 8.604… → 8.60
    //   logements 0.47 (lower is more fragile; most critical 0.47, most favourable 0.74 Corse) → 10
    //   immigration 5.4, min 3.5, max 19.2: 10 × 1.9 / 15.7 = 1.210… → 1.21
    //   aah 30, min 18, max 31: 10 × 12 / 13 = 9.230… → 9.23
    //   actifs_retraites 68.9 (lower is more fragile; favourable 76.1, critical 62.8):
    //     10 × (68.9 − 76.1) / (62.8 − 76.1) = −72 / −13.3 = 5.413… → 5.41
    //   monoparentales 10.5, min 7.3, max 11.8: 10 × 3.2 / 4.5 = 7.111… → 7.11
    //   mean: (8.60 + 10 + 1.21 + 9.23 + 5.41 + 7.11) / 6 = 41.56 / 6 = 6.9267
    const sociale: FragilityOverlay = { kind: 'dimension', dimension: 'sociale' };
    expect(overlayScore(data, sociale, HAUTS_DE_FRANCE)).toBeCloseTo(6.9267, 4);
  });

  it('averages the environmental dimension for Corse', () => {
    // co2 10.75, min 4.00 (Île-de-France), max 10.87 (Normandie): 10 × 6.75 / 6.87 = 9.825… → 9.83
    // dechets 6.45 is the highest → 10; mean (9.83 + 10) / 2 = 9.915
    expect(overlayScore(data, { kind: 'dimension', dimension: 'environnementale' }, CORSE)).toBeCloseTo(9.915, 4);
  });

  it('scores the 13 régions and not the overseas ones', () => {
    const scores = overlayScores(data, { kind: 'index', index: 'chomage' });
    expect(scores.size).toBe(13);
    expect(scores.has('04')).toBe(false);
    expect(overlayScore(data, { kind: 'index', index: 'chomage' }, '04')).toBeNull();
    expect(isScoredRegion('84')).toBe(true);
    expect(isScoredRegion('04')).toBe(false);
    expect(isScoredRegion('FRM')).toBe(false);
  });

  it('places France on the same scale', () => {
    // chomage France 8.4: 10 × (8.4 − 7.2) / 3.6 = 3.33
    expect(nationalScore(data, { kind: 'index', index: 'chomage' })).toBe(3.33);
  });
});

describe('indexReading', () => {
  it('reads value, unit, year, previous figure, trend and score', () => {
    // chomage Hauts-de-France: 10.8 % in 2019T1, 12.4 % in 2014T4: less unemployment → better.
    expect(indexReading(indexOf(data, 'chomage'), HAUTS_DE_FRANCE)).toEqual({
      value: 10.8,
      unit: '%',
      year: '2019T1',
      previous: 12.4,
      previousYear: '2014T4',
      trend: 'better',
      score: 10,
    });
  });

  it('reads a rise as worse when higher is more fragile', () => {
    // pauvrete Hauts-de-France 16.0 (2008) → 18.6 (2015).
    expect(indexReading(indexOf(data, 'pauvrete'), HAUTS_DE_FRANCE)?.trend).toBe('worse');
  });

  it('reads a fall as worse when lower is more fragile, a rise as better', () => {
    // actifs_retraites Corse 87 (2013) → 65.8 (2018): fewer working people per retiree.
    expect(indexReading(indexOf(data, 'actifs_retraites'), CORSE)?.trend).toBe('worse');
    // couverture_4g Corse 51.1 (2017) → 68.6 (2019).
    expect(indexReading(indexOf(data, 'couverture_4g'), CORSE)?.trend).toBe('better');
  });

  it('has no trend without a previous figure, and no reading for an unknown région', () => {
    expect(indexReading(indexOf(data, 'aah'), CORSE)).toMatchObject({ previous: null, previousYear: null, trend: null });
    expect(indexReading(indexOf(data, 'aah'), '04')).toBeNull();
  });
});

describe('scaleEnds', () => {
  it('names the régions at 0 and 10 with their figures', () => {
    // chomage: 7.2 % in Bretagne and Pays de la Loire (0), 10.8 % in Hauts-de-France (10).
    expect(scaleEnds(data, indexOf(data, 'chomage'))).toEqual({
      favourable: { indicator: 7.2, codes: [BRETAGNE, PAYS_DE_LA_LOIRE] },
      critical: { indicator: 10.8, codes: [HAUTS_DE_FRANCE] },
    });
  });

  it('reads the ends of a lower-is-more-fragile index the other way round', () => {
    // couverture_4g: 99.5 % in Île-de-France is the most favourable, 68.6 % in Corse the most critical.
    expect(scaleEnds(data, indexOf(data, 'couverture_4g'))).toEqual({
      favourable: { indicator: 99.5, codes: ['11'] },
      critical: { indicator: 68.6, codes: [CORSE] },
    });
  });

  it('finds the index of an index overlay only', () => {
    expect(overlayIndex(data, { kind: 'index', index: 'sante' })?.id).toBe('sante');
    expect(overlayIndex(data, { kind: 'dimension', dimension: 'sociale' })).toBeNull();
  });
});

describe('radarPoint and radarPolygon', () => {
  it('puts the first axis up and goes clockwise', () => {
    // 4 axes, radius 100: score 10 on axis 0 is straight up, score 5 on axis 1 is half-way right.
    expect(radarPoint(0, 4, 10, 100)).toEqual({ x: 0, y: -100 });
    expect(radarPoint(1, 4, 5, 100)).toEqual({ x: 50, y: 0 });
    expect(radarPoint(2, 4, 10, 100)).toEqual({ x: 0, y: 100 });
  });

  it('draws a missing score at the centre', () => {
    expect(radarPolygon([10, null, 10, 2.5], 100)).toBe('0,-100 0,0 0,100 -25,0');
  });
});

describe('withScores', () => {
  it('adds the scores, marks the overseas régions and leaves its input alone', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const regions = Object.freeze({
      type: 'FeatureCollection' as const,
      features: Object.freeze([
        Object.freeze({ type: 'Feature' as const, geometry: square, properties: Object.freeze({ code: '32', nom: 'Hauts-de-France' }) }),
        Object.freeze({ type: 'Feature' as const, geometry: square, properties: Object.freeze({ code: '04', nom: 'La Réunion' }) }),
      ]) as never,
    });
    const out = withScores(regions, new Map([['32', 8.6]]));
    expect(out.features.map((f) => f.properties)).toEqual([
      { code: '32', nom: 'Hauts-de-France', nodata: false, score: 8.6 },
      { code: '04', nom: 'La Réunion', nodata: true },
    ]);
  });
});
