import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex, type Commune } from '../../core/gazetteer';
import { GazetteerSchema } from '../../core/gazetteer-schema';
import { communeByCode, communeLabel, placeFromInput, suggestPlaces, type PlaceChoice } from './near-place';
import { FIXTURE_GAZETTEER, toColumns } from '../../../tests/fixtures/gazetteer.fixture';

/** The fixture plus the Vienne around Poitiers and a Buxerolles homonym in Côte-d'Or (COG, 2018 points). */
const extra = toColumns([
  ['86194', 'Poitiers', '86', '86000', 46.58356, 0.35969, 89916, ''],
  ['86041', 'Buxerolles', '86', '86180', 46.60521, 0.36956, 10289, ''],
  ['21123', 'Buxerolles', '21', '21290', 47.80769, 4.95574, 34, ''],
  ['86214', 'Saint-Benoît', '86', '86280', 46.54851, 0.35293, 7375, ''],
  ['78513', 'Les Mureaux-sur-Seine', '78', '78130', 48.99, 1.9, 10, ''],
]);
const g = FIXTURE_GAZETTEER;
const index = buildGazetteerIndex({
  ...g,
  communes: {
    code: [...g.communes.code, ...extra.code],
    name: [...g.communes.name, ...extra.name],
    dep: [...g.communes.dep, ...extra.dep],
    postcodes: [...g.communes.postcodes, ...extra.postcodes],
    lat: [...g.communes.lat, ...extra.lat],
    lon: [...g.communes.lon, ...extra.lon],
    population: [...g.communes.population, ...extra.population],
    parent: [...g.communes.parent, ...extra.parent],
  },
  departements: [
    ...g.departements,
    { code: '21', name: 'Côte-d’Or', region: '27', chefLieu: '21231', lat: 47.32286, lon: 5.03748, population: 533819 },
    { code: '86', name: 'Vienne', region: '75', chefLieu: '86194', lat: 46.58356, lon: 0.35969, population: 438897 },
  ],
});

const labels = (communes: readonly Commune[]) => communes.map(communeLabel);

function described(choice: PlaceChoice): string | string[] {
  if (choice.kind === 'one') return communeLabel(choice.commune);
  if (choice.kind === 'choose') return [choice.why, ...labels(choice.communes)];
  return 'none';
}

describe('communeLabel', () => {
  it('names the commune with its département', () => {
    expect(communeLabel({ name: 'Poitiers', departement: '86' })).toBe('Poitiers (86)');
  });
});

describe('suggestPlaces', () => {
  it('suggests as one types, in lower case and without accents', () => {
    expect(labels(suggestPlaces(index, 'poitie', 8))).toEqual(['Poitiers (86)']);
    expect(labels(suggestPlaces(index, 'saint-beno', 8))).toEqual(['Saint-Benoît (86)']);
    expect(labels(suggestPlaces(index, 'ST BENOIT', 8))).toEqual(['Saint-Benoît (86)']);
  });

  it('tells homonyms apart by département, most populated first', () => {
    expect(labels(suggestPlaces(index, 'buxerolles', 8))).toEqual(['Buxerolles (86)', 'Buxerolles (21)']);
  });

  it('reads back the label of a suggestion', () => {
    expect(labels(suggestPlaces(index, 'Buxerolles (21)', 8))).toEqual(['Buxerolles (21)']);
  });

  it('suggests every commune of a postcode', () => {
    expect(labels(suggestPlaces(index, '78130', 8))).toEqual(['Les Mureaux (78)', 'Chapet (78)', 'Les Mureaux-sur-Seine (78)']);
  });

  it('suggests a commune by its INSEE code', () => {
    expect(labels(suggestPlaces(index, '86194', 8))).toEqual(['Poitiers (86)']);
  });

  it('suggests nothing for an unknown name', () => {
    expect(suggestPlaces(index, 'trifouilly', 8)).toEqual([]);
  });
});

describe('placeFromInput', () => {
  it('finds a commune typed in lower case without accents', () => {
    expect(described(placeFromInput(index, 'poitiers'))).toBe('Poitiers (86)');
    expect(described(placeFromInput(index, 'saint benoit'))).toBe('Saint-Benoît (86)');
  });

  it('reads "St" as "Saint" and ignores hyphens', () => {
    expect(described(placeFromInput(index, 'St-Benoit'))).toBe('Saint-Benoît (86)');
  });

  it('asks to choose between homonyms', () => {
    expect(described(placeFromInput(index, 'Buxerolles'))).toEqual(['homonyms', 'Buxerolles (86)', 'Buxerolles (21)']);
  });

  it('takes the homonym of the département given in the label', () => {
    expect(described(placeFromInput(index, 'buxerolles (21)'))).toBe('Buxerolles (21)');
  });

  it('finds the one commune of a postcode', () => {
    expect(described(placeFromInput(index, '86000'))).toBe('Poitiers (86)');
    expect(described(placeFromInput(index, '86 000'))).toBe('Poitiers (86)');
  });

  it('asks to choose among the communes of a shared postcode', () => {
    expect(described(placeFromInput(index, '78130'))).toEqual([
      'postcode',
      'Les Mureaux (78)',
      'Chapet (78)',
      'Les Mureaux-sur-Seine (78)',
    ]);
  });

  it('finds a commune by its INSEE code, leading zero lost or not', () => {
    expect(described(placeFromInput(index, '86194'))).toBe('Poitiers (86)');
    expect(described(placeFromInput(index, '1053'))).toBe('Bourg-en-Bresse (01)');
    expect(described(placeFromInput(index, '2a004'))).toBe('Ajaccio (2A)');
  });

  it('offers both when five digits are a postcode of one commune and the code of another', () => {
    // 78140 is Chapet's INSEE code; made a postcode of Versailles here.
    const both = buildGazetteerIndex({
      ...g,
      communes: toColumns([
        ['78140', 'Chapet', '78', '78130', 48.96834, 1.93902, 1331, ''],
        ['78646', 'Versailles', '78', '78000 78140', 48.80229, 2.1175, 84095, ''],
      ]),
    });
    expect(described(placeFromInput(both, '78140'))).toEqual(['postcode', 'Versailles (78)', 'Chapet (78)']);
  });

  it('answers none for an unknown name, postcode or code, and for nothing typed', () => {
    expect(placeFromInput(index, 'Trifouilly-les-Oies')).toEqual({ kind: 'none' });
    expect(placeFromInput(index, '99999')).toEqual({ kind: 'none' });
    expect(placeFromInput(index, '   ')).toEqual({ kind: 'none' });
    expect(placeFromInput(index, 'poit')).toEqual({ kind: 'none' });
  });
});

describe('communeByCode', () => {
  it('finds a current commune', () => {
    expect(communeByCode(index, '86194')?.name).toBe('Poitiers');
  });

  it('finds a delegated commune that has its own code', () => {
    expect(communeByCode(index, '01340')?.name).toBe('Saint-Bois');
  });

  it('answers undefined for an unknown code', () => {
    expect(communeByCode(index, '99999')).toBeUndefined();
  });
});

describe('the built gazetteer (public/data/gazetteer.json)', () => {
  const json: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/gazetteer.json'), 'utf8'));
  const parsed = GazetteerSchema.safeParse(json);
  const built = buildGazetteerIndex(parsed.success ? parsed.data : g);

  it('passes the schema the app checks it with', () => {
    expect(parsed.success).toBe(true);
  });

  it('finds Poitiers typed in lower case, by postcode and by INSEE code', () => {
    expect(labels(suggestPlaces(built, 'poitiers', 8))[0]).toBe('Poitiers (86)');
    expect(described(placeFromInput(built, 'poitiers'))).toBe('Poitiers (86)');
    expect(described(placeFromInput(built, '86000'))).toBe('Poitiers (86)');
    expect(described(placeFromInput(built, '86194'))).toBe('Poitiers (86)');
  });

  it('asks to choose between the communes of 78130', () => {
    expect(described(placeFromInput(built, '78130'))).toEqual(['postcode', 'Les Mureaux (78)', 'Chapet (78)']);
  });

  it('tells the Saint-Denis apart by département', () => {
    const choice = placeFromInput(built, 'st denis');
    expect(choice.kind === 'choose' ? labels(choice.communes).slice(0, 4) : choice).toEqual([
      'Saint-Denis (974)',
      'Saint-Denis (93)',
      'Saint-Denis (11)',
      'Saint-Denis (30)',
    ]);
  });

  it('rejects a file whose columns differ in length', () => {
    const broken = structuredClone(json) as { communes: { lat: number[] } };
    broken.communes.lat.pop();
    expect(GazetteerSchema.safeParse(broken).success).toBe(false);
  });
});
