/**
 * The view as a URL: every filter, the search text, the selected actor, the view and the map's
 * camera, so that a link restores exactly what was on screen. `URL_PARAMS` declares each field's
 * parameter once; the state type, the defaults, the names, the parser and the writer follow from
 * it. `parseParams` never throws: what it cannot read is ignored and told in a notice;
 * `serializeParams` writes only what differs from the defaults, in the table's order, so equal
 * views give equal URLs.
 */
import type { Filters } from './filters';
import { ACTOR_ID } from './grammar/ids';
import { COMMUNE_CODE, isAreaCode, isDepartementCode, isRegionCode } from './grammar/insee';
import { clip } from './grammar/text';
import { isKnownOverlayId } from './overlays';
import {
  choiceParam,
  codeListParam,
  defaultsOf,
  flagParam,
  groupedNotice,
  listParam,
  namesOf,
  param,
  readParams,
  readPattern,
  writeParams,
  type StateOf,
  type UrlParam,
} from './url-params';
import { KINDS, PRACTICES, PROFILES, SCOPES } from './vocabulary';

export type ViewMode = 'map' | 'list' | 'graph';
export const VIEW_MODES = ['map', 'list', 'graph'] as const;

/** "Near me": a commune (INSEE code) or a point (the browser's position). */
export type NearQuery = { kind: 'commune'; code: string } | { kind: 'point'; lat: number; lon: number };
export const RADII = [10, 25, 50, 100] as const;
export type Radius = (typeof RADII)[number];
export const DEFAULT_RADIUS: Radius = 25;
/** How far the selected actor's links are followed: its own, or links of links too. */
export type LinkDepth = 1 | 2;
/** The list's order; `links`, `worlds` and `betweenness` are the network metrics, highest first. */
export type ListSort = 'name' | 'qualification' | 'place' | 'links' | 'worlds' | 'betweenness';
export const LIST_SORTS = ['name', 'qualification', 'place', 'links', 'worlds', 'betweenness'] as const satisfies readonly ListSort[];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export const MAX_TEXT_LENGTH = 200;
const THEME_MAX = 60;
const ZOOM_RANGE = [0, 22] as const;
const OVERLAY_ID = /^[a-z0-9][a-z0-9_.:-]{0,59}$/i;

const FILTER_PARAMS = {
  practices: listParam('practice', PRACTICES.is, 'Pratique inconnue ignorée'),
  profiles: listParam('profile', PROFILES.is, 'Profil inconnu ignoré'),
  scopes: listParam('scope', SCOPES.is, 'Échelle inconnue ignorée'),
  kinds: listParam('kind', KINDS.is, 'Nature inconnue ignorée'),
  themes: listParam('theme', (v): v is string => v.length <= THEME_MAX, 'Thème trop long ignoré'),
  regions: codeListParam('region', isRegionCode, 'Région inconnue ignorée'),
  departements: codeListParam('dep', isDepartementCode, 'Département inconnu ignoré'),
  data: choiceParam('data', ['all', 'real', 'sample'], 'all', 'Données'),
  /** Minimum qualification, 0–1; the URL writes a percentage. */
  minQualification: param({ name: 'qmin', default: 0, read: readPercent, write: (q) => (q > 0 ? String(Math.round(q * 100)) : null) }),
  text: param({ name: 'q', default: '', read: readText, write: (text) => text.trim().slice(0, MAX_TEXT_LENGTH) || null }),
} satisfies { [K in keyof Filters]-?: UrlParam<Filters[K]> };

/**
 * Every field of the view the URL keeps, by store field, in the order the URL writes them. A new
 * parameter is one entry here (and its name in the README).
 */
export const URL_PARAMS = {
  filters: FILTER_PARAMS,
  selected: param({ name: 'actor', default: null, read: readActor, write: (id) => id || null }),
  view: choiceParam('view', VIEW_MODES, 'map', 'Vue'),
  camera: param({ name: 'map', default: null, read: readCamera, write: (camera) => (camera ? formatCamera(camera) : null) }),
  lang: choiceParam('lang', ['fr', 'en'], 'fr', 'Langue'),
  sort: choiceParam('sort', LIST_SORTS, 'name', 'Tri'),
  /** List limited to the actors in the visible map area. */
  inView: flagParam('inview'),
  near: param({ name: 'near', default: null, read: readNear, write: (near) => (near ? formatNear(near) : null) }),
  radius: choiceParam('radius', RADII, DEFAULT_RADIUS, 'Rayon'),
  /** The map overlay shown under the actors (a fragility index, a coverage measure…), or none. */
  overlay: param({ name: 'overlay', default: null, read: readOverlay, write: (id) => id || null }),
  /** An open territory panel: "r84" (région) or "d75" (département). */
  area: param({ name: 'area', default: null, read: readArea, write: (area) => area || null }),
  depth: choiceParam('depth', [1, 2], 1, 'Profondeur des liens'),
  /** The data workshop's preview (`apercu=1`): the data files are read from this browser's preview, not the published ones. */
  preview: flagParam('apercu'),
};

export type UrlState = StateOf<typeof URL_PARAMS>;

export const DEFAULT_URL_STATE: UrlState = defaultsOf(URL_PARAMS);

/** The fields of `UrlState`, in the table's order. */
export const URL_FIELDS = Object.keys(URL_PARAMS) as (keyof UrlState)[];

/** Parameter names by field, the filters' included: `PARAMS.departements` is `'dep'`. */
export const PARAMS = namesOf(URL_PARAMS);

export interface ParseResult {
  state: UrlState;
  /**
   * French sentences about what was ignored: one per parameter, one for all the unknown parameters
   * (see `groupedNotice`), so at most 1 + 2 × the number of parameters (a repeated one may have two).
   */
  notices: string[];
}

/**
 * Reads a query string. `extraKnown` lists parameters owned by other modules (near-me, overlays,
 * embed…), so they are not reported as unknown here.
 */
export function parseParams(search: string, extraKnown: readonly string[] = []): ParseResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const notices: string[] = [];
  const known = new Set<string>([...Object.values(PARAMS), ...extraKnown]);
  const unknown = [...new Set(params.keys())].filter((key) => !known.has(key));
  if (unknown.length > 0) notices.push(groupedNotice(unknown, 'Paramètre inconnu ignoré', 'paramètres inconnus ignorés'));
  return { state: readParams(URL_PARAMS, params, notices), notices };
}

/** Writes the state as a query string (without '?'), defaults left out. */
export function serializeParams(state: UrlState): string {
  const params = new URLSearchParams();
  writeParams(URL_PARAMS, state, params);
  // Commas and slashes are safe in a query string and keep links readable.
  return params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
}

/** "zoom/lat/lon" with the precision that zoom needs (as OpenStreetMap writes it). */
export function formatCamera(c: Camera): string {
  const decimals = Math.max(0, Math.min(6, Math.ceil(c.zoom * Math.log10(2))));
  return `${round(c.zoom, 2)}/${c.lat.toFixed(decimals)}/${c.lon.toFixed(decimals)}`;
}

function readCamera(raw: string | null, notices: string[]): Camera | null {
  if (raw === null || raw === '') return null;
  const parts = raw.split('/').map(Number);
  const [zoom, lat, lon] = parts;
  if (
    parts.length === 3 &&
    zoom !== undefined &&
    lat !== undefined &&
    lon !== undefined &&
    Number.isFinite(zoom) &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    zoom >= ZOOM_RANGE[0] &&
    zoom <= ZOOM_RANGE[1] &&
    Math.abs(lat) <= 85 &&
    Math.abs(lon) <= 180
  ) {
    return { zoom, lat, lon };
  }
  notices.push(`Position de carte invalide ignorée : « ${clip(raw)} » (attendu : zoom/latitude/longitude).`);
  return null;
}

/** "86194" (INSEE code of a commune) or "46.5802,0.3404" (latitude,longitude). */
export function formatNear(near: NearQuery): string {
  return near.kind === 'commune' ? near.code : `${near.lat.toFixed(4)},${near.lon.toFixed(4)}`;
}

function readNear(raw: string | null, notices: string[]): NearQuery | null {
  if (raw === null || raw === '') return null;
  if (COMMUNE_CODE.test(raw)) return { kind: 'commune', code: raw.toUpperCase() };
  const parts = raw.split(',');
  const [lat, lon] = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (
    parts.length === 2 &&
    lat !== undefined &&
    lon !== undefined &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
  ) {
    return { kind: 'point', lat, lon };
  }
  notices.push(`Lieu « près de » invalide ignoré : « ${clip(raw)} » (attendu : code INSEE ou latitude,longitude).`);
  return null;
}

function readActor(raw: string | null, notices: string[]): string | null {
  if (raw === null || raw === '') return null;
  if (ACTOR_ID.test(raw)) return raw;
  notices.push(`Identifiant d’acteur invalide ignoré : « ${clip(raw)} ».`);
  return null;
}

/** A territory code ("r84", "d2A") as the URL keeps it: "R84" → "r84", "d2a" → "d2A". */
export function normalizeArea(raw: string): string {
  return raw.charAt(0).toLowerCase() + raw.slice(1).toUpperCase();
}

function readArea(raw: string | null, notices: string[]): string | null {
  if (raw === null || raw === '') return null;
  if (isAreaCode(raw)) return normalizeArea(raw);
  notices.push(`Territoire inconnu ignoré : « ${clip(raw)} ».`);
  return null;
}

function readOverlay(raw: string | null, notices: string[]): string | null {
  const id = readPattern(raw, OVERLAY_ID, 'Calque', notices);
  if (id === null || isKnownOverlayId(id)) return id;
  notices.push(`Calque inconnu ignoré : « ${clip(id)} ».`);
  return null;
}

function readPercent(raw: string | null, notices: string[]): number {
  if (raw === null || raw === '') return 0;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 0 && n <= 100) return n / 100;
  notices.push(`Qualification minimale invalide ignorée : « ${clip(raw)} » (attendu : 0 à 100).`);
  return 0;
}

function readText(raw: string | null, notices: string[]): string {
  if (raw === null) return '';
  // Control characters never belong in a search.
  const text = raw.replace(/[\u0000-\u001F\u007F]/g, ' ').trim();
  if (text.length > MAX_TEXT_LENGTH) {
    notices.push(`Recherche trop longue, coupée à ${MAX_TEXT_LENGTH} caractères.`);
    return text.slice(0, MAX_TEXT_LENGTH);
  }
  return text;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
