/**
 * Places that real sheets name and the gazetteer leaves out: the municipal arrondissements of
 * Paris, Lyon and Marseille, and the overseas collectivities (Saint-Pierre-et-Miquelon,
 * Saint-Barthélemy, Saint-Martin; Wallis-et-Futuna, Polynésie française and Nouvelle-Calédonie
 * named only). `withSpecialPlaces` adds them to any `Places`, so that the command line and the
 * workshop read them alike.
 *
 * Codes, names and postcodes: INSEE, Code officiel géographique (as published in the npm package
 * `@etalab/decoupage-administratif`, checked against it in `special-places.test.ts`).
 */
import type { PlacePoint, Places } from './placement';

/** Code, name (COG), postcodes, code of the commune it divides. */
// prettier-ignore
export const ARRONDISSEMENTS: readonly (readonly [code: string, name: string, postcodes: string, parent: string])[] = [
  ['13201', 'Marseille 1er Arrondissement', '13001', '13055'], ['13202', 'Marseille 2e Arrondissement', '13002', '13055'],
  ['13203', 'Marseille 3e Arrondissement', '13003', '13055'], ['13204', 'Marseille 4e Arrondissement', '13004', '13055'],
  ['13205', 'Marseille 5e Arrondissement', '13005', '13055'], ['13206', 'Marseille 6e Arrondissement', '13006', '13055'],
  ['13207', 'Marseille 7e Arrondissement', '13007', '13055'], ['13208', 'Marseille 8e Arrondissement', '13008', '13055'],
  ['13209', 'Marseille 9e Arrondissement', '13009', '13055'], ['13210', 'Marseille 10e Arrondissement', '13010', '13055'],
  ['13211', 'Marseille 11e Arrondissement', '13011', '13055'], ['13212', 'Marseille 12e Arrondissement', '13012', '13055'],
  ['13213', 'Marseille 13e Arrondissement', '13013', '13055'], ['13214', 'Marseille 14e Arrondissement', '13014', '13055'],
  ['13215', 'Marseille 15e Arrondissement', '13015', '13055'], ['13216', 'Marseille 16e Arrondissement', '13016', '13055'],
  ['69381', 'Lyon 1er Arrondissement', '69001', '69123'], ['69382', 'Lyon 2e Arrondissement', '69002', '69123'],
  ['69383', 'Lyon 3e Arrondissement', '69003', '69123'], ['69384', 'Lyon 4e Arrondissement', '69004', '69123'],
  ['69385', 'Lyon 5e Arrondissement', '69005', '69123'], ['69386', 'Lyon 6e Arrondissement', '69006', '69123'],
  ['69387', 'Lyon 7e Arrondissement', '69007', '69123'], ['69388', 'Lyon 8e Arrondissement', '69008', '69123'],
  ['69389', 'Lyon 9e Arrondissement', '69009', '69123'],
  ['75101', 'Paris 1er Arrondissement', '75001', '75056'], ['75102', 'Paris 2e Arrondissement', '75002', '75056'],
  ['75103', 'Paris 3e Arrondissement', '75003', '75056'], ['75104', 'Paris 4e Arrondissement', '75004', '75056'],
  ['75105', 'Paris 5e Arrondissement', '75005', '75056'], ['75106', 'Paris 6e Arrondissement', '75006', '75056'],
  ['75107', 'Paris 7e Arrondissement', '75007', '75056'], ['75108', 'Paris 8e Arrondissement', '75008', '75056'],
  ['75109', 'Paris 9e Arrondissement', '75009', '75056'], ['75110', 'Paris 10e Arrondissement', '75010', '75056'],
  ['75111', 'Paris 11e Arrondissement', '75011', '75056'], ['75112', 'Paris 12e Arrondissement', '75012', '75056'],
  ['75113', 'Paris 13e Arrondissement', '75013', '75056'], ['75114', 'Paris 14e Arrondissement', '75014', '75056'],
  ['75115', 'Paris 15e Arrondissement', '75015', '75056'], ['75116', 'Paris 16e Arrondissement', '75016 75116', '75056'],
  ['75117', 'Paris 17e Arrondissement', '75017', '75056'], ['75118', 'Paris 18e Arrondissement', '75018', '75056'],
  ['75119', 'Paris 19e Arrondissement', '75019', '75056'], ['75120', 'Paris 20e Arrondissement', '75020', '75056'],
];

export interface Collectivity {
  code: string;
  name: string;
  /** INSEE code of the chef-lieu commune; '' when its communes are not placed (named only). */
  chefLieu: string;
  /** A box [west, south, east, north] around the French land of the collectivity; null when named only. */
  box: readonly [number, number, number, number] | null;
}

/**
 * The collectivities under the COG's codes 975 to 988 that sheets name. Their régions are not among
 * the atlas's 18: the région is left empty. Boxes drawn around the islands (degrees, WGS 84):
 * Saint-Martin's also holds a strip of the island's Dutch part (Sint Maarten), south of the border.
 */
export const COLLECTIVITIES: readonly Collectivity[] = [
  { code: '975', name: 'Saint-Pierre-et-Miquelon', chefLieu: '97502', box: [-56.45, 46.74, -56.1, 47.15] },
  { code: '977', name: 'Saint-Barthélemy', chefLieu: '97701', box: [-62.96, 17.86, -62.78, 17.98] },
  { code: '978', name: 'Saint-Martin', chefLieu: '97801', box: [-63.16, 18.04, -62.96, 18.13] },
  { code: '986', name: 'Wallis-et-Futuna', chefLieu: '', box: null },
  { code: '987', name: 'Polynésie française', chefLieu: '', box: null },
  { code: '988', name: 'Nouvelle-Calédonie', chefLieu: '', box: null },
];

/**
 * The communes of the collectivities that are placed, at their chef-lieu town (the town's
 * centre, to 0.01°: Saint-Pierre, Miquelon, Gustavia, Marigot), with their COG postcodes.
 */
// prettier-ignore
export const COLLECTIVITY_COMMUNES: readonly (readonly [code: string, name: string, postcodes: string, lat: number, lon: number])[] = [
  ['97501', 'Miquelon-Langlade', '97500', 47.1, -56.38],
  ['97502', 'Saint-Pierre', '97500', 46.78, -56.18],
  ['97701', 'Saint-Barthélemy', '97133', 17.9, -62.85],
  ['97801', 'Saint-Martin', '97150', 18.07, -63.08],
];

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bst\b/g, 'saint');

/**
 * How a sheet names an arrondissement: « Paris 15e Arrondissement », « Paris 15e », « PARIS 15 »,
 * « Paris 15ème », « Lyon 1er »… folded to « paris 15 ».
 */
function arrondissementKey(name: string): string | undefined {
  const m = /^(paris|lyon|marseille) (\d{1,2})(?: ?(?:e|er|eme|ème|ieme))?(?: arrondissement)?$/.exec(fold(name));
  return m ? `${m[1]} ${Number(m[2])}` : undefined;
}

/** The places with the arrondissements and the overseas collectivities added. */
export function withSpecialPlaces(places: Places): Places {
  const arrondissements: PlacePoint[] = [];
  const postcodesOf = new Map<string, string[]>();
  const byKey = new Map<string, PlacePoint>();
  for (const [code, name, postcodes, parent] of ARRONDISSEMENTS) {
    // The gazetteer has no point of its own for an arrondissement: it stands at its city's point.
    const city = places.communeByCode(parent);
    if (!city) continue;
    const point: PlacePoint = { ...city, code, name };
    arrondissements.push(point);
    postcodesOf.set(code, postcodes.split(' '));
    const key = arrondissementKey(name);
    if (key) byKey.set(key, point);
  }
  const collectivity = new Map(COLLECTIVITIES.map((c) => [c.code, c]));
  const overseas: PlacePoint[] = COLLECTIVITY_COMMUNES.map(([code, name, postcodes, lat, lon]) => {
    postcodesOf.set(code, postcodes.split(' '));
    return { code, name, departement: code.slice(0, 3), region: '', lat, lon };
  });
  const extra = [...arrondissements, ...overseas];
  const byCode = new Map(extra.map((p) => [p.code, p]));
  const byPostcode = new Map<string, PlacePoint[]>();
  for (const p of extra) for (const pc of postcodesOf.get(p.code) ?? []) byPostcode.set(pc, [...(byPostcode.get(pc) ?? []), p]);

  return {
    communeByCode: (code) => byCode.get(code.toUpperCase()) ?? places.communeByCode(code),
    communesByPostcode: (pc) => {
      const served = byPostcode.get(pc);
      return served ? [...served] : places.communesByPostcode(pc);
    },
    communesByName: (name, dep) => {
      const key = arrondissementKey(name);
      const arrondissement = key === undefined ? undefined : byKey.get(key);
      if (arrondissement && (!dep || arrondissement.departement === dep)) return [arrondissement];
      const folded = fold(name);
      const overseasNamed = overseas.filter((p) => fold(p.name) === folded && (!dep || p.departement === dep));
      return [...places.communesByName(name, dep), ...overseasNamed];
    },
    departementExists: (code) => collectivity.has(code) || places.departementExists(code),
    regionOfDepartement: (code) => (collectivity.has(code) ? '' : places.regionOfDepartement(code)),
    regionExists: (code) => places.regionExists(code),
    departementChefLieu: (code) => {
      const c = collectivity.get(code);
      return c ? byCode.get(c.chefLieu) : places.departementChefLieu(code);
    },
    regionChefLieu: (code) => places.regionChefLieu(code),
    departementAt: (lon, lat) =>
      places.departementAt(lon, lat) ??
      COLLECTIVITIES.find((c) => c.box && lon >= c.box[0] && lon <= c.box[2] && lat >= c.box[1] && lat <= c.box[3])?.code,
  };
}

/** The name of an overseas collectivity (975 to 988) the atlas knows, or undefined. */
export function collectivityName(code: string): string | undefined {
  return COLLECTIVITIES.find((c) => c.code === code)?.name;
}
