import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFragilityFile } from '../../../scripts/build-fragility';
import { parseCsv } from '../../core/csv';
import { buildFragility } from '../../pipeline/fragility-sheet';
import { dimensionScores, regionScores, trend } from './fragility';
import { type FragilityData, type FragilityIndex } from '../../core/fragility-data';

const CSV_PATH = fileURLToPath(new URL('../../../data/fragility-impact-2020.csv', import.meta.url));
const CSV_TEXT = await readFile(CSV_PATH, 'utf8');

// Line numbers in the CSV (the header is line 1): chomage takes lines 2-15 (FRM first, then
// Grand Est, Nouvelle-Aquitaine, Auvergne-Rhône-Alpes, Normandie, Bourgogne-Franche-Comté,
// Bretagne…), entreprises 16-29, revenu_median 30-43, pauvrete 44-57.
const LINE_CHOMAGE_BRETAGNE = 8;
const LINE_ENTREPRISES_GRAND_EST = 17;
const LINE_PAUVRETE_CORSE = 57;

const BRETAGNE = '53';
const PAYS_DE_LA_LOIRE = '52';
const HAUTS_DE_FRANCE = '32';
const OCCITANIE = '76';
const ILE_DE_FRANCE = '11';
const CORSE = '94';
const NORMANDIE = '28';
const FRANCE = 'FRM';

function build(text: string) {
  return buildFragility(parseCsv(text).rows);
}

/** The CSV text with one line rewritten. */
function editLine(lineNumber: number, edit: (line: string) => string): string {
  const lines = CSV_TEXT.split('\n');
  const line = lines[lineNumber - 1];
  if (line === undefined) throw new Error(`no line ${lineNumber}`);
  lines[lineNumber - 1] = edit(line);
  return lines.join('\n');
}

function indexOf(data: FragilityData, id: string): FragilityIndex {
  const index = data.indices.find((i) => i.id === id);
  if (!index) throw new Error(`no index ${id}`);
  return index;
}

function scoreOf(data: FragilityData, id: string, code: string): number | undefined {
  return indexOf(data, id).values[code]?.score;
}

const { data, problems } = build(CSV_TEXT);

describe('buildFragility on the 2020 data', () => {
  it('reads the 17 indices for the 13 regions and France without problems', () => {
    expect(problems).toEqual([]);
    expect(data.indices).toHaveLength(17);
    expect(data.regions).toHaveLength(13);
    expect(data.national).toEqual({ code: 'FRM', name: 'France métropolitaine' });
    for (const index of data.indices) expect(Object.keys(index.values)).toHaveLength(14);
    expect(data.source.credit).toBe('Observatoire des partenariats – programme IMPACT (Comisis / OpinionWay, 2020)');
  });

  it('scores chomage (higher is more fragile) between the best and the worst region', () => {
    // Regions: min 7.2 (Bretagne, Pays de la Loire), max 10.8 (Hauts-de-France); range 3.6.
    expect(scoreOf(data, 'chomage', HAUTS_DE_FRANCE)).toBe(10);
    expect(scoreOf(data, 'chomage', BRETAGNE)).toBe(0);
    expect(scoreOf(data, 'chomage', PAYS_DE_LA_LOIRE)).toBe(0);
    // Occitanie 10.3: 10 × (10.3 − 7.2) / 3.6 = 31 / 3.6 = 8.611… → 8.61
    expect(scoreOf(data, 'chomage', OCCITANIE)).toBe(8.61);
    // France 8.4: 10 × (8.4 − 7.2) / 3.6 = 12 / 3.6 = 3.333… → 3.33
    expect(scoreOf(data, 'chomage', FRANCE)).toBe(3.33);
  });

  it('scores entreprises (lower is more fragile) from the highest value down', () => {
    // Most favourable = max −0.6 (Corse), most critical = min −3.6 (Île-de-France); −3.6 − (−0.6) = −3.
    expect(scoreOf(data, 'entreprises', CORSE)).toBe(0);
    expect(scoreOf(data, 'entreprises', ILE_DE_FRANCE)).toBe(10);
    // Bretagne −1.5: 10 × (−1.5 + 0.6) / −3 = 10 × −0.9 / −3 = 3
    expect(scoreOf(data, 'entreprises', BRETAGNE)).toBe(3);
    // France −2.2: 10 × (−2.2 + 0.6) / −3 = 10 × −1.6 / −3 = 5.333… → 5.33
    expect(scoreOf(data, 'entreprises', FRANCE)).toBe(5.33);
  });

  it('scores couverture_4g (lower is more fragile)', () => {
    // Most favourable = max 99.5 (Île-de-France), most critical = min 68.6 (Corse); 68.6 − 99.5 = −30.9.
    expect(scoreOf(data, 'couverture_4g', ILE_DE_FRANCE)).toBe(0);
    expect(scoreOf(data, 'couverture_4g', CORSE)).toBe(10);
    // Bretagne 96.5: 10 × (96.5 − 99.5) / −30.9 = 30 / 30.9 = 0.9708… → 0.97
    expect(scoreOf(data, 'couverture_4g', BRETAGNE)).toBe(0.97);
    // France 83.4: 10 × (83.4 − 99.5) / −30.9 = 161 / 30.9 = 5.210… → 5.21
    expect(scoreOf(data, 'couverture_4g', FRANCE)).toBe(5.21);
  });

  it('scores revenu_median on the growth 2012→2016, lower growth being more fragile', () => {
    const index = indexOf(data, 'revenu_median');
    expect(index.indicatorKind).toBe('growth');
    expect(index.higherIsMoreFragile).toBe(false);
    // Growths: Corse 19519 / 18292 = 1.067078 (highest: most favourable, 0),
    // Île-de-France 22906 / 22180 = 1.032732 (lowest: most critical, 10); range −0.034346.
    expect(index.values[CORSE]).toEqual({ value: 19519, previous: 18292, indicator: 1.0671, score: 0 });
    expect(index.values[ILE_DE_FRANCE]?.score).toBe(10);
    // Bretagne 20742 / 19797 = 1.047734: 10 × (1.047734 − 1.067078) / −0.034346 = 5.632 → 5.63
    expect(index.values[BRETAGNE]?.indicator).toBe(1.0477);
    expect(index.values[BRETAGNE]?.score).toBe(5.63);
    // France 20520 / 19740 = 1.039514: 10 × (1.039514 − 1.067078) / −0.034346 = 8.025 → 8.03
    // (the printed 1.05 would have given 10 × (1.05 − 1.067078) / −0.034346 = 4.97).
    expect(index.values[FRANCE]).toEqual({ value: 20520, previous: 19740, indicator: 1.0395, score: 8.03 });
  });

  it('says that the source prints 1.05 for France where its medians give 1.04', () => {
    const index = indexOf(data, 'revenu_median');
    expect(index.valueNoteFr).toContain('1,05');
    expect(index.valueNoteFr).toContain('1,04');
    expect(index.valueNoteEn).toContain('1.05');
    expect(index.valueNoteEn).toContain('1.04');
  });

  it('gives the three indices read with care a French and an English note', () => {
    for (const id of ['logements', 'immigration', 'dechets']) {
      expect(indexOf(data, id).careNoteFr).toBeTruthy();
      expect(indexOf(data, id).careNoteEn).toBeTruthy();
    }
    expect('careNoteFr' in indexOf(data, 'chomage')).toBe(false);
    expect(indexOf(data, 'entreprises').source).toBeNull();
  });
});

describe('dimensionScores and regionScores', () => {
  it('averages the scores of a dimension for a region', () => {
    const bretagne = dimensionScores(data, BRETAGNE);
    // Économique: chomage 0, entreprises 3, revenu_median 5.63 → 8.63 / 3 = 2.8767
    expect(bretagne.economique).toBeCloseTo(2.8767, 4);
    // Environnementale: co2 10 × (7.89 − 4.00) / (10.87 − 4.00) = 38.9 / 6.87 = 5.662 → 5.66;
    // dechets 10 × (5.85 − 4.34) / (6.45 − 4.34) = 15.1 / 2.11 = 7.156 → 7.16; (5.66 + 7.16) / 2 = 6.41
    expect(bretagne.environnementale).toBeCloseTo(6.41, 4);
  });

  it('averages France on the same scale', () => {
    // Économique: chomage 3.33, entreprises 5.33, revenu_median 8.03 → 16.69 / 3 = 5.5633
    expect(dimensionScores(data, FRANCE).economique).toBeCloseTo(5.5633, 4);
  });

  it('gives null for a code that is not in the data', () => {
    expect(dimensionScores(data, '01')).toEqual({
      economique: null,
      sociale: null,
      societale: null,
      environnementale: null,
    });
  });

  it('lists the 17 scores of a region in index order', () => {
    const scores = regionScores(data, BRETAGNE);
    expect(scores).toHaveLength(17);
    // chomage 0, entreprises 3, revenu_median 5.63 (see above); the last two are co2 and dechets.
    expect(scores.slice(0, 3)).toEqual([0, 3, 5.63]);
    expect(scores.slice(-2)).toEqual([5.66, 7.16]);
    expect(regionScores(data, '01').every((s) => s === null)).toBe(true);
  });
});

describe('trend', () => {
  it('reads a fall as better when higher is more fragile, a rise as worse', () => {
    // chomage Bretagne 8.9 → 7.2: less unemployment.
    expect(trend(indexOf(data, 'chomage'), BRETAGNE)).toBe('better');
    // pauvrete Bretagne 10.9 → 11.2: more poverty.
    expect(trend(indexOf(data, 'pauvrete'), BRETAGNE)).toBe('worse');
  });

  it('reads a rise as better when lower is more fragile, a fall as worse', () => {
    // couverture_4g Bretagne 74.1 → 96.5.
    expect(trend(indexOf(data, 'couverture_4g'), BRETAGNE)).toBe('better');
    // transports_communs Bretagne 5.8 → 5.7.
    expect(trend(indexOf(data, 'transports_communs'), BRETAGNE)).toBe('worse');
  });

  it('reads a descriptive index (the source’s « diversité ») as up or down, never as worse or better', () => {
    // immigration Bretagne 2011 2.9 → 2016 3.5; no région's share fell.
    expect(trend(indexOf(data, 'immigration'), BRETAGNE)).toBe('up');
    const trends = data.regions.map((r) => trend(indexOf(data, 'immigration'), r.code));
    expect(new Set(trends)).toEqual(new Set(['up']));
  });

  it('reads an unchanged figure as stable', () => {
    // actifs_retraites Normandie 65.0 → 65.0.
    expect(trend(indexOf(data, 'actifs_retraites'), NORMANDIE)).toBe('stable');
  });

  it('gives null without a previous figure, for a growth index and for an unknown code', () => {
    expect(trend(indexOf(data, 'entreprises'), BRETAGNE)).toBeNull();
    // Corse has no 2008 poverty rate.
    expect(trend(indexOf(data, 'pauvrete'), CORSE)).toBeNull();
    // revenu_median's previous figure is the base of the growth.
    expect(trend(indexOf(data, 'revenu_median'), BRETAGNE)).toBeNull();
    expect(trend(indexOf(data, 'chomage'), '01')).toBeNull();
  });
});

describe('buildFragility on broken rows', () => {
  it('reports a non-numeric value with its line and column and leaves the index out', () => {
    const text = editLine(LINE_CHOMAGE_BRETAGNE, (l) => l.replace(',7.2,', ',sept virgule deux,'));
    const result = build(text);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: LINE_CHOMAGE_BRETAGNE, column: 'value', value: 'sept virgule deux' }),
    );
    // Without Bretagne chomage has 12 regions: reported on its first line (2), and left out.
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 2, column: 'region_code', value: BRETAGNE }));
    expect(result.problems).toHaveLength(2);
    expect(result.data.indices.map((i) => i.id)).not.toContain('chomage');
    expect(result.data.indices).toHaveLength(16);
  });

  it('reports an unknown dimension', () => {
    const text = editLine(LINE_ENTREPRISES_GRAND_EST, (l) => l.replace(',economique,', ',economie,'));
    const result = build(text);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: LINE_ENTREPRISES_GRAND_EST, column: 'dimension', value: 'economie' }),
    );
    expect(result.data.indices.map((i) => i.id)).not.toContain('entreprises');
  });

  it('reports a missing region code', () => {
    const text = editLine(LINE_PAUVRETE_CORSE, (l) => l.replace(',94,Corse,', ',,Corse,'));
    const result = build(text);
    expect(result.problems).toContainEqual(expect.objectContaining({ line: LINE_PAUVRETE_CORSE, column: 'region_code', value: '' }));
    // pauvrete starts on line 44 and now lacks Corse.
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 44, column: 'region_code', value: CORSE }));
  });

  it('reports a region given twice for one index, and the region then missing', () => {
    // Line 8 (chomage Bretagne) turned into a second Pays de la Loire: the real Pays de la Loire
    // row, line 13, comes second and is the one reported; Bretagne is then missing (line 2).
    const LINE_CHOMAGE_PAYS_DE_LA_LOIRE = 13;
    const text = editLine(LINE_CHOMAGE_BRETAGNE, (l) => l.replace(',53,Bretagne,', ',52,Pays de la Loire,'));
    const result = build(text);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: LINE_CHOMAGE_PAYS_DE_LA_LOIRE, column: 'region_code', value: PAYS_DE_LA_LOIRE }),
      expect.objectContaining({ line: 2, column: 'region_code', value: BRETAGNE }),
    ]);
    expect(result.problems[0]?.message).toContain('ligne 8');
  });

  it('reports a region outside metropolitan France and an index missing from the file', () => {
    const text = editLine(LINE_CHOMAGE_BRETAGNE, (l) => l.replace(',53,', ',01,'));
    const withoutNeet = CSV_TEXT.split('\n')
      .filter((l) => !l.startsWith('neet,'))
      .join('\n');
    expect(build(text).problems).toContainEqual(
      expect.objectContaining({ line: LINE_CHOMAGE_BRETAGNE, column: 'region_code', value: '01' }),
    );
    expect(build(withoutNeet).problems).toEqual([expect.objectContaining({ line: 0, column: 'index_id', value: 'neet' })]);
  });

  it('reports a description that differs between the rows of one index', () => {
    const text = editLine(LINE_CHOMAGE_BRETAGNE, (l) => l.replace(',true,', ',false,'));
    expect(build(text).problems).toContainEqual(
      expect.objectContaining({ line: LINE_CHOMAGE_BRETAGNE, column: 'higher_is_more_fragile', value: 'false' }),
    );
  });
});

describe('buildFragilityFile', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('writes the same JSON twice, into a folder it creates', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fragility-'));
    dirs.push(dir);
    const output = join(dir, 'nested', 'fragility.json');
    expect(await buildFragilityFile(CSV_PATH, output)).toEqual([]);
    const first = await readFile(output, 'utf8');
    expect(await buildFragilityFile(CSV_PATH, output)).toEqual([]);
    expect(await readFile(output, 'utf8')).toBe(first);
    expect(JSON.parse(first)).toEqual(data);
  });
});
