/**
 * Placing an actor on the map from what its row says: a commune (INSEE code, postcode, or name
 * with its département), else its département's chef-lieu, else its région's; never an invented
 * address. Coordinates are used when they lie in a French département and near the commune the
 * row names. Every fallback is said, so the report can tell the sheet's keeper.
 */
import { distance } from '@turf/distance';
import { COMMUNE_CODE, POSTCODE } from '../core/grammar/insee';
import type { Precision } from '../core/vocabulary';

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
  commune: string;
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
  /** Placed at the row's own coordinates (not at a commune's or chef-lieu's point). */
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
/** A shared postcode's note names this many communes, then says how many more. */
const NAMED_CANDIDATES = 4;

interface Territory {
  departement: string;
  region: string;
}

type Coordinates = { point: [number, number]; departement: string } | { refused: 'lat' | 'lon'; message: string } | null;

export function placeActor(input: PlacementInput, places: Places): Placement {
  const notes: PlacementNote[] = [];
  const given = givenTerritory(input, places, notes);
  const coordinates = readCoordinates(input, places);
  const explicit = coordinates && 'point' in coordinates ? coordinates : null;
  const found = findCommune(input, { departement: given.departement, hasPoint: explicit !== null }, places, notes);

  let placement: Placement;
  if (found.commune) {
    placement = atCommune(found.commune, explicit, given.departement, input, notes);
  } else if (explicit) {
    // A point in a département says which, when the row does not.
    const territory = given.departement ? given : adopt(explicit.departement, 'aux coordonnées', given, input, places, notes);
    placement = { ...unplaced(territory), point: explicit.point, precision: 'commune', fromCoordinates: true };
  } else {
    const territory =
      given.departement || !found.departement ? given : adopt(found.departement, 'au code postal', given, input, places, notes);
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
  explicit: { point: [number, number]; departement: string } | null,
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
  if (km <= reach) return { ...placement, point: explicit.point, fromCoordinates: true };
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
}

/** The commune the row names; else, for a postcode shared by several communes of one département, that département. */
function findCommune(input: PlacementInput, search: Search, places: Places, notes: PlacementNote[]): Found {
  const name = input.commune.trim();
  const postcode = input.postcode.trim();
  const { departement } = search;
  const fallback = search.hasPoint ? 'placé à ses coordonnées' : departement ? 'placé au chef-lieu du département' : 'sans commune';

  if (COMMUNE_CODE.test(name)) {
    const byCode = places.communeByCode(name.toUpperCase());
    if (byCode) return { commune: byCode };
    // A five-digit value may be a postcode typed in the commune column.
    if (!POSTCODE.test(name) || places.communesByPostcode(name).length === 0) {
      notes.push({ column: 'commune', value: name, message: 'code INSEE de commune inconnu', action: fallback });
      return {};
    }
  }
  const pc = postcode || (POSTCODE.test(name) ? name : '');
  if (pc) {
    let matches = places.communesByPostcode(pc);
    if (departement) matches = matches.filter((c) => c.departement === departement);
    if (matches.length === 1) return { commune: matches[0] };
    if (matches.length > 1 && name && name !== pc) {
      const named = places.communesByName(name, departement || undefined).filter((c) => matches.some((m) => m.code === c.code));
      if (named.length === 1) return { commune: named[0] };
    }
    if (matches.length > 1 && (name === pc || !name)) return sharedPostcode(pc, matches, postcode ? 'postcode' : 'commune', search, notes);
    if (matches.length === 0) {
      notes.push({
        column: postcode ? 'postcode' : 'commune',
        value: pc,
        message: 'code postal inconnu',
        action: name && name !== pc ? 'recherche par le nom' : fallback,
      });
    }
    if (name === pc || !name) return {};
  }
  if (!name) return {};

  const byName = places.communesByName(name, departement || undefined);
  if (byName.length === 1) return { commune: byName[0] };
  if (byName.length > 1) {
    const where = byName.map((c) => c.departement).join(', ');
    notes.push({
      column: 'commune',
      value: name,
      message: `plusieurs communes portent ce nom (départements ${where})`,
      action: `${fallback} ; précisez le département ou le code INSEE`,
    });
    return {};
  }
  notes.push({
    column: 'commune',
    value: name,
    message: departement ? `commune introuvable dans le département ${departement}` : 'commune introuvable',
    action: fallback,
  });
  return {};
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
function readCoordinates(input: PlacementInput, places: Places): Coordinates {
  const latText = input.lat.trim();
  const lonText = input.lon.trim();
  if (!latText && !lonText) return null;
  const lat = decimalNumber(latText);
  const lon = decimalNumber(lonText);
  if (latText === '' || lonText === '')
    return { refused: latText === '' ? 'lat' : 'lon', message: 'coordonnée manquante (il faut la latitude et la longitude)' };
  if (Number.isNaN(lat)) return { refused: 'lat', message: 'latitude illisible (nombre décimal attendu, par exemple 46.58)' };
  if (Number.isNaN(lon)) return { refused: 'lon', message: 'longitude illisible (nombre décimal attendu, par exemple 0.34)' };
  if (Math.abs(lat) > 90) return { refused: 'lat', message: 'latitude hors de l’intervalle -90 à 90' };
  if (Math.abs(lon) > 180) return { refused: 'lon', message: 'longitude hors de l’intervalle -180 à 180' };
  const departement = places.departementAt(lon, lat);
  if (departement) return { point: [lon, lat], departement };
  const swapped = Math.abs(lon) <= 90 && places.departementAt(lat, lon) !== undefined;
  return {
    refused: 'lat',
    message: `coordonnées hors du territoire français de la carte (${swapped ? 'latitude et longitude inversées ?' : 'en mer, à l’étranger ou dans une collectivité d’outre-mer'})`,
  };
}

function coordinatesValue(input: PlacementInput): string {
  return `${input.lat.trim()} ; ${input.lon.trim()}`;
}

/** A plain decimal number ("46.58", "-0,34": French spreadsheets write a comma); NaN otherwise (no "1e3", "0x2E", "Infinity"). */
function decimalNumber(text: string): number {
  return /^[-+]?\d{1,3}(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
}
