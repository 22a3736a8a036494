/**
 * Placing an actor on the map from what its row says: a commune (INSEE code, postcode, or name
 * with its département), else its département's chef-lieu, else its région's; never an invented
 * address. Coordinates are used when they lie in a French département and near the commune the
 * row names. Every fallback is said, so the report can tell the sheet's keeper; so is every
 * reading of a spreadsheet's habits (a postcode that lost its leading zero, a CEDEX code, a name
 * in capitals or with « St », coordinates in Lambert-93 metres or swapped).
 */
import { distance } from '@turf/distance';
import { COMMUNE_CODE, POSTCODE } from '../core/grammar/insee';
import type { Precision } from '../core/vocabulary';
import { lambert93ToLonLat, looksLikeLambert93 } from './lambert93';
import { collectivityName } from './special-places';

export interface PlacePoint {
  code: string;
  name: string;
  departement: string;
  region: string;
  lon: number;
  lat: number;
}

/** What placement needs of the gazetteer (an adapter over the gazetteer index implements it). */
export interface Places {
  communeByCode(code: string): PlacePoint | undefined;
  communesByPostcode(postcode: string): PlacePoint[];
  communesByName(name: string, departement?: string): PlacePoint[];
  departementExists(code: string): boolean;
  regionOfDepartement(code: string): string | undefined;
  regionExists(code: string): boolean;
  departementChefLieu(code: string): PlacePoint | undefined;
  regionChefLieu(code: string): PlacePoint | undefined;
  /** The département whose territory holds the point (see `departement-shapes.ts`); undefined at sea or abroad. */
  departementAt(lon: number, lat: number): string | undefined;
}

export interface PlacementInput {
  /** The commune's INSEE code (a sheet with no name column may write the name here). */
  commune: string;
  /** The commune's name, from its own column; used when the code is missing or unknown. */
  communeName?: string;
  postcode: string;
  departement: string;
  region: string;
  lat: string;
  lon: string;
}

export interface PlacementNote {
  column: keyof PlacementInput;
  value: string;
  message: string;
  action: string;
}

export interface Placement {
  point: [number, number] | null;
  precision: Precision;
  commune: string;
  communeName: string;
  departement: string;
  region: string;
  /** Placed at the row's own coordinates (not at a commune's or chef-lieu's point): `precision` is then `coordinates`. */
  fromCoordinates: boolean;
  notes: PlacementNote[];
}

/**
 * How far from its commune's point an actor's coordinates may lie. The gazetteer has a point per
 * commune, not its contour, so one radius serves all: it covers the largest metropolitan commune
 * (Arles reaches 24 km from its point). Guyane's communes are far larger (Maripasoula spans
 * 18,000 km²; Mana's town is 69 km from its point).
 */
export const COMMUNE_REACH_KM = 25;
const COMMUNE_REACH_KM_BY_DEPARTEMENT: Readonly<Record<string, number>> = { '973': 150 };
/** Where a row's coordinates were read from, when not as plain degrees. */
type CoordinatesReading = 'lambert93' | 'swapped';
/** A shared postcode's note names this many communes, then says how many more. */
const NAMED_CANDIDATES = 4;

interface Territory {
  departement: string;
  region: string;
}

type Explicit = { point: [number, number]; departement: string; reading?: CoordinatesReading };
type Coordinates = Explicit | { refused: 'lat' | 'lon'; message: string } | null;

export function placeActor(input: PlacementInput, places: Places): Placement {
  const notes: PlacementNote[] = [];
  const given = givenTerritory(input, places, notes);
  const coordinates = readCoordinates(input, given.departement, places);
  const explicit = coordinates && 'point' in coordinates ? coordinates : null;
  if (explicit?.reading) notes.push(readingNote(explicit, input));
  const found = findCommune(input, { departement: given.departement, hasPoint: explicit !== null }, places, notes);

  let placement: Placement;
  if (found.commune) {
    placement = atCommune(found.commune, explicit, given.departement, input, notes);
  } else if (explicit) {
    // A point in a département says which, when the row does not.
    const territory = given.departement ? given : adopt(explicit.departement, 'aux coordonnées', given, input, places, notes);
    placement = { ...unplaced(territory), point: explicit.point, precision: 'coordinates', fromCoordinates: true };
  } else {
    const territory =
      given.departement || !found.departement
        ? given
        : adopt(found.departement, found.from ?? 'au code postal', given, input, places, notes);
    placement = atChefLieu(territory, places);
  }
  if (coordinates && 'refused' in coordinates) {
    notes.push({
      column: coordinates.refused,
      value: coordinatesValue(input),
      message: coordinates.message,
      action: `ignorées ; ${placedAt(placement)}`,
    });
  }
  return { ...placement, notes };
}

/** The département and région the row gives, each checked; the département's région prevails. */
function givenTerritory(input: PlacementInput, places: Places, notes: PlacementNote[]): Territory {
  // "1" for "01" is a common spreadsheet artefact (leading zeros lost).
  const twoDigits = (code: string) => (/^\d$/.test(code) ? code.padStart(2, '0') : code);
  let departement = twoDigits(input.departement.trim().toUpperCase());
  let region = twoDigits(input.region.trim());

  if (departement && !places.departementExists(departement)) {
    notes.push({ column: 'departement', value: input.departement, message: 'code de département inconnu', action: 'ignoré' });
    departement = '';
  }
  if (region && !places.regionExists(region)) {
    notes.push({ column: 'region', value: input.region, message: 'code de région inconnu', action: 'ignoré' });
    region = '';
  }
  if (departement) {
    const depRegion = places.regionOfDepartement(departement) ?? '';
    if (region && region !== depRegion) {
      notes.push({
        column: 'region',
        value: input.region,
        message: `la région ne correspond pas au département ${departement}`,
        action: `région ${depRegion} retenue (celle du département)`,
      });
    }
    region = depRegion;
  }
  return { departement, region };
}

/** A département the row did not give but its coordinates or its postcode imply; a région the row gives yields to it. */
function adopt(
  departement: string,
  source: string,
  given: Territory,
  input: PlacementInput,
  places: Places,
  notes: PlacementNote[],
): Territory {
  const region = places.regionOfDepartement(departement) ?? '';
  if (given.region && given.region !== region) {
    notes.push({
      column: 'region',
      value: input.region,
      message: `la région ne correspond pas ${source} (département ${departement})`,
      action: `région ${region} retenue (celle du département)`,
    });
  }
  return { departement, region };
}

/** At the commune: at the row's coordinates when they lie in or near it, else at the commune's point. */
function atCommune(
  commune: PlacePoint,
  explicit: Explicit | null,
  departement: string,
  input: PlacementInput,
  notes: PlacementNote[],
): Placement {
  if (departement && commune.departement !== departement) {
    notes.push({
      column: 'commune',
      value: input.commune || input.postcode,
      message: `la commune n’est pas dans le département ${departement}`,
      action: `département ${commune.departement} retenu (celui de la commune)`,
    });
  }
  const placement: Placement = {
    point: [commune.lon, commune.lat],
    precision: 'commune',
    commune: commune.code,
    communeName: commune.name,
    departement: commune.departement,
    region: commune.region,
    fromCoordinates: false,
    notes: [],
  };
  if (!explicit) return placement;
  const km = distance([commune.lon, commune.lat], explicit.point, { units: 'kilometers' });
  const reach = COMMUNE_REACH_KM_BY_DEPARTEMENT[commune.departement] ?? COMMUNE_REACH_KM;
  if (km <= reach) return { ...placement, point: explicit.point, precision: 'coordinates', fromCoordinates: true };
  notes.push({
    column: 'lat',
    value: coordinatesValue(input),
    message:
      `coordonnées à ${Math.round(km)} km de la commune ${commune.name} (${commune.code}), dans le département ${explicit.departement} ` +
      `(écart admis : ${reach} km autour du point de la commune)`,
    action: 'ignorées ; placé au point de la commune',
  });
  return placement;
}

function atChefLieu(territory: Territory, places: Places): Placement {
  const depChefLieu = territory.departement ? places.departementChefLieu(territory.departement) : undefined;
  if (depChefLieu) return { ...unplaced(territory), point: [depChefLieu.lon, depChefLieu.lat], precision: 'departement' };
  const regionChefLieu = territory.region ? places.regionChefLieu(territory.region) : undefined;
  if (regionChefLieu) return { ...unplaced(territory), point: [regionChefLieu.lon, regionChefLieu.lat], precision: 'region' };
  return unplaced(territory);
}

function unplaced({ departement, region }: Territory): Placement {
  return { point: null, precision: 'none', commune: '', communeName: '', departement, region, fromCoordinates: false, notes: [] };
}

/** What was done instead, for the note on refused coordinates. */
function placedAt(placement: Placement): string {
  switch (placement.precision) {
    case 'coordinates':
      return 'placé à ses coordonnées';
    case 'commune':
      return 'placé au point de la commune';
    case 'departement':
      return 'placé au chef-lieu du département';
    case 'region':
      return 'placé au chef-lieu de la région';
    default:
      return 'non placé (ni commune, ni département, ni région)';
  }
}

/** What is known beside the commune columns when searching them. */
interface Search {
  departement: string;
  /** The row has coordinates in France: it is placed there when no commune is found. */
  hasPoint: boolean;
}

interface Found {
  commune?: PlacePoint | undefined;
  /** Without a commune: the département of all the communes a postcode may mean. */
  departement?: string | undefined;
  /** How that département was read, for the note of a région that disagrees (« au code postal »). */
  from?: string;
}

/** A postcode cell as read: the digits, and what was made of an irregular one. */
interface PostcodeReading {
  code: string;
  /** `cedex`: an organisation's own code, absent from the communes' postcodes. */
  cedex: boolean;
}

/** « 86035 CEDEX », « 86035 Cedex 9 » → 86035 (CEDEX); « 1000 » → 01000 (the leading zero a spreadsheet drops). */
function readPostcode(text: string, notes: PlacementNote[]): PostcodeReading {
  const cedex = /^(\d{4,5})\s*cedex(?:\s*\d{1,2})?$/i.exec(text);
  const digits = cedex?.[1] ?? text;
  const code = /^\d{4}$/.test(digits) ? `0${digits}` : digits;
  if (code !== digits) {
    notes.push({
      column: 'postcode',
      value: text,
      message: 'code postal de 4 chiffres (zéro initial perdu par le tableur ?)',
      action: `lu comme ${code}`,
    });
  }
  return { code, cedex: cedex !== null };
}

/** The département a postcode's first digits name (Corsica's 20xxx: 2A below 20200, else 2B). */
export function departementOfPostcode(postcode: string): string | undefined {
  if (!POSTCODE.test(postcode)) return undefined;
  if (/^9[78]/.test(postcode)) return postcode.slice(0, 3);
  if (postcode.startsWith('20')) return Number(postcode) < 20200 ? '2A' : '2B';
  return postcode.slice(0, 2);
}

/** The commune the row names; else, for a postcode shared by several communes of one département, that département. */
function findCommune(input: PlacementInput, search: Search, places: Places, notes: PlacementNote[]): Found {
  const codeCell = input.commune.trim();
  const nameCell = (input.communeName ?? '').trim();
  const postcodeCell = input.postcode.trim();
  const { departement } = search;
  const fallback = search.hasPoint ? 'placé à ses coordonnées' : departement ? 'placé au chef-lieu du département' : 'sans commune';

  // « 1053 » for 01053: the leading zero a spreadsheet drops.
  const code = /^\d{4}$/.test(codeCell) ? `0${codeCell}` : codeCell;
  const searchBy = (what: string) => (nameCell || postcodeCell ? `recherche par ${what}` : fallback);
  if (COMMUNE_CODE.test(code)) {
    const byCode = places.communeByCode(code.toUpperCase());
    if (byCode) {
      if (code !== codeCell)
        notes.push({
          column: 'commune',
          value: codeCell,
          message: 'code INSEE de 4 chiffres (zéro initial perdu par le tableur ?)',
          action: `lu comme ${code} (${byCode.name})`,
        });
      return { commune: byCode };
    }
    // A commune of a collectivity the map does not draw (Nouvelle-Calédonie…): named, not placed.
    const overseas = collectivityName(code.slice(0, 3));
    if (overseas && places.departementExists(code.slice(0, 3)) && !places.departementChefLieu(code.slice(0, 3))) {
      notes.push({
        column: 'commune',
        value: codeCell,
        message: `commune de ${overseas} (${code.slice(0, 3)}), collectivité d’outre-mer que la carte ne dessine pas`,
        action: search.hasPoint ? 'placé à ses coordonnées' : 'sans point sur la carte',
      });
      return { departement: code.slice(0, 3), from: 'au code de la commune' };
    }
    // A five-digit value may be a postcode typed in the commune column.
    if (!POSTCODE.test(code) || places.communesByPostcode(code).length === 0) {
      notes.push({
        column: 'commune',
        value: codeCell,
        message: 'code INSEE de commune inconnu',
        action: searchBy('le code postal et le nom'),
      });
      if (!nameCell && !postcodeCell) return {};
    }
  } else if (codeCell && nameCell) {
    // Beside a name column, the code column holds a code: « 0null » is not a commune's name.
    notes.push({
      column: 'commune',
      value: codeCell,
      message: 'code INSEE illisible (5 chiffres attendus)',
      action: 'recherche par le nom',
    });
  }
  // The commune's name: its own column, else the code column when it holds a name.
  const name = nameCell || (COMMUNE_CODE.test(code) ? '' : codeCell);
  const nameColumn: keyof PlacementInput = nameCell ? 'communeName' : 'commune';
  const typedPostcode = POSTCODE.test(code) && !places.communeByCode(code.toUpperCase()) ? code : '';
  const reading = postcodeCell ? readPostcode(postcodeCell, notes) : { code: typedPostcode, cedex: false };
  const pc = reading.code;
  const pcColumn: keyof PlacementInput = postcodeCell ? 'postcode' : 'commune';

  if (reading.cedex) return cedexCommune(postcodeCell, pc, name, search, places, notes);
  if (pc) {
    let matches = places.communesByPostcode(pc);
    if (departement) matches = matches.filter((c) => c.departement === departement);
    if (matches.length === 1) return { commune: matches[0] };
    if (matches.length > 1 && name) {
      const named = places.communesByName(name, departement || undefined).filter((c) => matches.some((m) => m.code === c.code));
      if (named.length === 1) return { commune: readName(named[0], name, nameColumn, notes) };
    }
    if (matches.length > 1 && !name) return sharedPostcode(pc, matches, pcColumn, search, notes);
    if (matches.length === 0) {
      notes.push({
        column: pcColumn,
        value: postcodeCell || pc,
        message: 'code postal inconnu',
        action: name ? 'recherche par le nom' : fallback,
      });
    }
    if (!name) return {};
  }
  if (!name) return {};

  // Without a département, a postcode's first digits narrow a name that several départements share.
  const pcDepartement = departement ? '' : (departementOfPostcode(pc) ?? '');
  let byName = places.communesByName(name, departement || undefined);
  if (byName.length > 1 && pcDepartement) {
    const narrowed = byName.filter((c) => c.departement === pcDepartement);
    if (narrowed.length > 0) byName = narrowed;
  }
  if (byName.length === 1) return { commune: readName(byName[0], name, nameColumn, notes) };
  if (byName.length > 1) {
    const where = byName.map((c) => c.departement).join(', ');
    notes.push({
      column: nameColumn,
      value: name,
      message: `plusieurs communes portent ce nom (départements ${where})`,
      action: `${fallback} ; précisez le département ou le code INSEE`,
    });
    return {};
  }
  notes.push({
    column: nameColumn,
    value: name,
    message: departement ? `commune introuvable dans le département ${departement}` : 'commune introuvable',
    action: fallback,
  });
  return {};
}

/** A name found as written otherwise (« POITIERS », « St Benoit »): say how it was read. */
function readName(
  commune: PlacePoint | undefined,
  name: string,
  column: keyof PlacementInput,
  notes: PlacementNote[],
): PlacePoint | undefined {
  if (commune && commune.name !== name) {
    notes.push({
      column,
      value: name,
      message: `nom de commune lu comme « ${commune.name} » (${commune.code})`,
      action: 'placé à la commune',
    });
  }
  return commune;
}

/**
 * A CEDEX code is an organisation's own postcode: the communes' postcodes do not hold it. Its first
 * digits still give the département, where the name is looked for; without a name, the row goes
 * to that département's chef-lieu.
 */
function cedexCommune(text: string, pc: string, name: string, search: Search, places: Places, notes: PlacementNote[]): Found {
  const fromCode = departementOfPostcode(pc);
  const dep = search.departement || (fromCode && places.departementExists(fromCode) ? fromCode : '');
  const named = name ? places.communesByName(name, dep || undefined) : [];
  const commune = named.length === 1 ? named[0] : undefined;
  const action = commune
    ? `placé à la commune ${commune.name} (${commune.code}), trouvée par son nom${dep ? ` dans le département ${dep}` : ''}`
    : search.hasPoint
      ? 'placé à ses coordonnées'
      : dep
        ? `placé au chef-lieu du département ${dep}${name ? ` (commune « ${name} » introuvable)` : ''} ; donnez la commune`
        : 'sans commune ; donnez la commune';
  notes.push({
    column: 'postcode',
    value: text,
    message: `code CEDEX (propre à un organisme, absent des codes postaux des communes)${dep ? ` : département ${dep} lu` : ''}`,
    action,
  });
  if (commune) return { commune };
  return { departement: dep || undefined, from: 'au code CEDEX' };
}

/** A postcode alone that several communes share: none is chosen; their common département, if any, is kept. */
function sharedPostcode(
  pc: string,
  matches: readonly PlacePoint[],
  column: 'postcode' | 'commune',
  search: Search,
  notes: PlacementNote[],
): Found {
  const departements = new Set(matches.map((c) => c.departement));
  const common = !search.departement && departements.size === 1 ? matches[0]?.departement : undefined;
  const done = search.hasPoint
    ? 'placé à ses coordonnées'
    : search.departement
      ? 'placé au chef-lieu du département'
      : common
        ? `placé au chef-lieu du département ${common}, celui de ces communes`
        : 'sans commune ni département (ces communes sont dans plusieurs départements)';
  const named = matches.slice(0, NAMED_CANDIDATES).map((c) => `${c.name} (${c.code})`);
  const others = matches.length - named.length;
  notes.push({
    column,
    value: pc,
    message:
      `code postal partagé par ${matches.length} communes${search.departement ? ` du département ${search.departement}` : ''} : ` +
      `${named.join(', ')}${others > 0 ? ` … et ${others} autre${others > 1 ? 's' : ''}` : ''}`,
    action: `${done} ; précisez la commune (nom ou code INSEE)`,
  });
  return { departement: common };
}

/** The row's coordinates when they are readable and lie in a French département; else why they are refused. */
function readCoordinates(input: PlacementInput, givenDepartement: string, places: Places): Coordinates {
  const latText = input.lat.trim();
  const lonText = input.lon.trim();
  if (!latText && !lonText) return null;
  if (latText === '' || lonText === '')
    return { refused: latText === '' ? 'lat' : 'lon', message: 'coordonnée manquante (il faut la latitude et la longitude)' };
  const metres = [metreNumber(lonText), metreNumber(latText)] as const;
  // Lambert-93 metres (X east, Y north), in either column order.
  for (const [x, y] of [metres, [metres[1], metres[0]] as const]) {
    if (!looksLikeLambert93(x, y)) continue;
    const point = lambert93ToLonLat(x, y);
    const departement = places.departementAt(point[0], point[1]);
    if (departement) return { point: [round6(point[0]), round6(point[1])], departement, reading: 'lambert93' };
  }
  const lat = decimalNumber(latText);
  const lon = decimalNumber(lonText);
  if (Number.isNaN(lat)) return { refused: 'lat', message: 'latitude illisible (nombre décimal attendu, par exemple 46.58)' };
  if (Number.isNaN(lon)) return { refused: 'lon', message: 'longitude illisible (nombre décimal attendu, par exemple 0.34)' };
  if (Math.abs(lat) > 90) return { refused: 'lat', message: 'latitude hors de l’intervalle -90 à 90' };
  if (Math.abs(lon) > 180) return { refused: 'lon', message: 'longitude hors de l’intervalle -180 à 180' };
  const departement = places.departementAt(lon, lat);
  if (departement) return { point: [lon, lat], departement };
  const swapped = Math.abs(lon) <= 90 ? places.departementAt(lat, lon) : undefined;
  // Read swapped only when nothing in the row contradicts it.
  if (swapped && (!givenDepartement || swapped === givenDepartement))
    return { point: [lat, lon], departement: swapped, reading: 'swapped' };
  if (swapped) {
    return {
      refused: 'lat',
      message: `coordonnées hors du territoire français de la carte (latitude et longitude inversées ? inversées, elles tombent dans le département ${swapped}, pas dans le ${givenDepartement})`,
    };
  }
  return {
    refused: 'lat',
    message: 'coordonnées hors du territoire français de la carte (en mer, à l’étranger ou dans une collectivité d’outre-mer)',
  };
}

/** The note that says how unusual coordinates were read. */
function readingNote(explicit: Explicit, input: PlacementInput): PlacementNote {
  const [lon, lat] = explicit.point;
  const degrees = `${lat.toFixed(5)} ; ${lon.toFixed(5)}`;
  return explicit.reading === 'lambert93'
    ? {
        column: 'lat',
        value: coordinatesValue(input),
        message: 'coordonnées en mètres, lues en Lambert-93 (le système légal de la métropole)',
        action: `converties en latitude et longitude : ${degrees}`,
      }
    : {
        column: 'lat',
        value: coordinatesValue(input),
        message: `latitude et longitude inversées (lues ainsi, elles tombent hors de France ; inversées, dans le département ${explicit.departement})`,
        action: `lues inversées : latitude ${lat} ; longitude ${lon}`,
      };
}

function coordinatesValue(input: PlacementInput): string {
  return `${input.lat.trim()} ; ${input.lon.trim()}`;
}

/** A plain decimal number ("46.58", "-0,34": French spreadsheets write a comma); NaN otherwise (no "1e3", "0x2E", "Infinity"). */
function decimalNumber(text: string): number {
  return /^[-+]?\d{1,3}(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
}

/** Metres as GIS exports write them: « 652000 », « 6 862 000,5 »; NaN otherwise. */
function metreNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{5,7}(?:[.,]\d+)?$/.test(compact) ? Number(compact.replace(',', '.')) : NaN;
}

/** A converted point to 6 decimals (~0.1 m): the source's own precision, no more. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
