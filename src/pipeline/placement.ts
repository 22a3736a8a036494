/**
 * Placing an actor on the map from what its row says: a commune (INSEE code, postcode, or name
 * with its département), else its département's chef-lieu, else its région's; never an invented
 * address. Every fallback is said, so the report can tell the sheet's keeper.
 */
import { COMMUNE_CODE, POSTCODE } from '../core/grammar/insee';
import { TERRITORY_VIEWS } from '../core/territories';
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
  notes: PlacementNote[];
}

/** Coordinates outside every territory of the map are treated as errors in the sheet. */
const FRENCH_EXTENTS = TERRITORY_VIEWS.map((t) => t.bounds);

export function placeActor(input: PlacementInput, places: Places): Placement {
  const notes: PlacementNote[] = [];
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

  const commune = findCommune(input, departement, places, notes);
  const explicit = parseCoordinates(input, notes);

  if (commune) {
    if (departement && commune.departement !== departement) {
      notes.push({
        column: 'commune',
        value: input.commune || input.postcode,
        message: `la commune n’est pas dans le département ${departement}`,
        action: `département ${commune.departement} retenu (celui de la commune)`,
      });
    }
    return {
      point: explicit ?? [commune.lon, commune.lat],
      precision: 'commune',
      commune: commune.code,
      communeName: commune.name,
      departement: commune.departement,
      region: commune.region,
      notes,
    };
  }
  if (explicit) {
    return { point: explicit, precision: 'commune', commune: '', communeName: '', departement, region, notes };
  }
  if (departement) {
    const chefLieu = places.departementChefLieu(departement);
    if (chefLieu) {
      return { point: [chefLieu.lon, chefLieu.lat], precision: 'departement', commune: '', communeName: '', departement, region, notes };
    }
  }
  if (region) {
    const chefLieu = places.regionChefLieu(region);
    if (chefLieu) {
      return { point: [chefLieu.lon, chefLieu.lat], precision: 'region', commune: '', communeName: '', departement, region, notes };
    }
  }
  return { point: null, precision: 'none', commune: '', communeName: '', departement, region, notes };
}

function findCommune(input: PlacementInput, departement: string, places: Places, notes: PlacementNote[]): PlacePoint | undefined {
  const name = input.commune.trim();
  const postcode = input.postcode.trim();
  const fallback = departement ? 'placé au chef-lieu du département' : 'sans commune';

  if (COMMUNE_CODE.test(name)) {
    const byCode = places.communeByCode(name.toUpperCase());
    if (byCode) return byCode;
    // A five-digit value may be a postcode typed in the commune column.
    if (!POSTCODE.test(name) || places.communesByPostcode(name).length === 0) {
      notes.push({ column: 'commune', value: name, message: 'code INSEE de commune inconnu', action: fallback });
      return undefined;
    }
  }
  const pc = postcode || (POSTCODE.test(name) ? name : '');
  if (pc) {
    let matches = places.communesByPostcode(pc);
    if (departement) matches = matches.filter((c) => c.departement === departement);
    if (matches.length === 1) return matches[0];
    if (matches.length > 1 && name && name !== pc) {
      const named = places.communesByName(name, departement || undefined).filter((c) => matches.some((m) => m.code === c.code));
      if (named.length === 1) return named[0];
    }
    if (matches.length > 1 && name === pc) {
      notes.push({
        column: postcode ? 'postcode' : 'commune',
        value: pc,
        message: `code postal partagé par ${matches.length} communes`,
        action: `${fallback} ; précisez la commune`,
      });
      return undefined;
    }
    if (matches.length === 0) {
      notes.push({
        column: postcode ? 'postcode' : 'commune',
        value: pc,
        message: 'code postal inconnu',
        action: name && name !== pc ? 'recherche par le nom' : fallback,
      });
    }
    if (name === pc || !name) return undefined;
  }
  if (!name) return undefined;

  const byName = places.communesByName(name, departement || undefined);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) {
    const where = byName.map((c) => c.departement).join(', ');
    notes.push({
      column: 'commune',
      value: name,
      message: `plusieurs communes portent ce nom (départements ${where})`,
      action: `${fallback} ; précisez le département ou le code INSEE`,
    });
    return undefined;
  }
  notes.push({
    column: 'commune',
    value: name,
    message: departement ? `commune introuvable dans le département ${departement}` : 'commune introuvable',
    action: fallback,
  });
  return undefined;
}

function parseCoordinates(input: PlacementInput, notes: PlacementNote[]): [number, number] | null {
  const latText = input.lat.trim();
  const lonText = input.lon.trim();
  if (!latText && !lonText) return null;
  const lat = decimalNumber(latText);
  const lon = decimalNumber(lonText);
  const refuse = (column: 'lat' | 'lon', message: string) => {
    notes.push({ column, value: `${latText} ; ${lonText}`, message, action: 'ignorées ; placé d’après la commune ou le département' });
    return null;
  };
  if (latText === '' || lonText === '')
    return refuse(latText === '' ? 'lat' : 'lon', 'coordonnée manquante (il faut la latitude et la longitude)');
  if (Number.isNaN(lat)) return refuse('lat', 'latitude illisible (nombre décimal attendu, par exemple 46.58)');
  if (Number.isNaN(lon)) return refuse('lon', 'longitude illisible (nombre décimal attendu, par exemple 0.34)');
  if (Math.abs(lat) > 90) return refuse('lat', 'latitude hors de l’intervalle -90 à 90');
  if (Math.abs(lon) > 180) return refuse('lon', 'longitude hors de l’intervalle -180 à 180');
  if (!FRENCH_EXTENTS.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n)) {
    return refuse('lat', 'coordonnées hors de France (latitude et longitude inversées ?)');
  }
  return [lon, lat];
}

/** A plain decimal number ("46.58", "-0,34": French spreadsheets write a comma); NaN otherwise (no "1e3", "0x2E", "Infinity"). */
function decimalNumber(text: string): number {
  return /^[-+]?\d{1,3}(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
}
