/**
 * The view as a URL: every filter, the search text, the selected actor, the view and the map's
 * camera, so that a link restores exactly what was on screen. `parseParams` never throws: what it
 * cannot read is ignored and told in a notice; `serializeParams` writes only what differs from
 * the defaults, in a fixed order, so equal views give equal URLs.
 */
import { EMPTY_FILTERS, type DataFilter, type Filters } from './filters';
import { isKnownOverlayId } from './map-overlay';
import { KINDS, PRACTICES, PROFILES, SCOPES, type Lang } from './vocabulary';

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

export interface UrlState {
  filters: Filters;
  selected: string | null;
  view: ViewMode;
  camera: Camera | null;
  lang: Lang;
  sort: ListSort;
  /** List limited to the actors in the visible map area. */
  inView: boolean;
  near: NearQuery | null;
  radius: Radius;
  /** The map overlay shown under the actors (a fragility index, a coverage measure…), or none. */
  overlay: string | null;
  /** An open territory panel: "r84" (région) or "d75" (département). */
  area: string | null;
  depth: LinkDepth;
}

export const DEFAULT_URL_STATE: UrlState = {
  filters: EMPTY_FILTERS,
  selected: null,
  view: 'map',
  camera: null,
  lang: 'fr',
  sort: 'name',
  inView: false,
  near: null,
  radius: DEFAULT_RADIUS,
  overlay: null,
  area: null,
  depth: 1,
};

/** Parameter names, as documented in the README. */
export const PARAMS = {
  practices: 'practice',
  profiles: 'profile',
  scopes: 'scope',
  kinds: 'kind',
  themes: 'theme',
  regions: 'region',
  departements: 'dep',
  data: 'data',
  minQualification: 'qmin',
  text: 'q',
  selected: 'actor',
  view: 'view',
  camera: 'map',
  lang: 'lang',
  sort: 'sort',
  inView: 'inview',
  near: 'near',
  radius: 'radius',
  overlay: 'overlay',
  area: 'area',
  depth: 'depth',
} as const;

export const MAX_TEXT_LENGTH = 200;
const MAX_LIST_ITEMS = 50;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const REGION_CODE = /^\d{2}$/;
const DEP_CODE = /^(\d{2}|2[AB]|97\d)$/i;
const THEME_MAX = 60;
const ZOOM_RANGE = [0, 22] as const;
const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/i;
const OVERLAY_ID = /^[a-z0-9][a-z0-9_.:-]{0,59}$/i;
const AREA_CODE = /^(r\d{2}|d(\d{2}|2[AB]|97\d))$/i;

export interface ParseResult {
  state: UrlState;
  /** French sentences, one per ignored parameter or value. */
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
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) notices.push(`Paramètre inconnu ignoré : « ${clip(key)} ».`);
  }
  const get = (name: string) => params.get(name);

  const list = <C extends string>(name: string, accept: (v: string) => v is C, what: string): C[] => {
    const raw = get(name);
    if (raw === null) return [];
    const out: C[] = [];
    for (const v of raw.split(',').map((x) => x.trim()).filter(Boolean).slice(0, MAX_LIST_ITEMS)) {
      if (accept(v)) {
        if (!out.includes(v)) out.push(v);
      } else {
        notices.push(`${what} inconnu(e) ignoré(e) : « ${clip(v)} ».`);
      }
    }
    return out;
  };
  const codeList = (name: string, pattern: RegExp, what: string) =>
    list(name, (v): v is string => pattern.test(v), what).map((v) => v.toUpperCase());

  const filters: Filters = {
    practices: list(PARAMS.practices, PRACTICES.is, 'Pratique'),
    profiles: list(PARAMS.profiles, PROFILES.is, 'Profil'),
    scopes: list(PARAMS.scopes, SCOPES.is, 'Échelle'),
    kinds: list(PARAMS.kinds, KINDS.is, 'Nature'),
    themes: list(PARAMS.themes, (v): v is string => v.length <= THEME_MAX, 'Thème'),
    regions: codeList(PARAMS.regions, REGION_CODE, 'Région'),
    departements: codeList(PARAMS.departements, DEP_CODE, 'Département'),
    data: readChoice(get(PARAMS.data), ['all', 'real', 'sample'] as const, 'all', 'Données', notices) as DataFilter,
    minQualification: readPercent(get(PARAMS.minQualification), notices),
    text: readText(get(PARAMS.text), notices),
  };

  const selectedRaw = get(PARAMS.selected);
  let selected: string | null = null;
  if (selectedRaw !== null && selectedRaw !== '') {
    if (ID_PATTERN.test(selectedRaw)) selected = selectedRaw;
    else notices.push(`Identifiant d’acteur invalide ignoré : « ${clip(selectedRaw)} ».`);
  }

  return {
    state: {
      filters,
      selected,
      view: readChoice(get(PARAMS.view), VIEW_MODES, 'map', 'Vue', notices),
      camera: readCamera(get(PARAMS.camera), notices),
      lang: readChoice(get(PARAMS.lang), ['fr', 'en'] as const, 'fr', 'Langue', notices),
      sort: readChoice(get(PARAMS.sort), LIST_SORTS, 'name', 'Tri', notices),
      inView: readFlag(get(PARAMS.inView), 'inview', notices),
      near: readNear(get(PARAMS.near), notices),
      radius: Number(readChoice(get(PARAMS.radius), RADII.map(String), String(DEFAULT_RADIUS), 'Rayon', notices)) as Radius,
      overlay: readOverlay(get(PARAMS.overlay), notices),
      area: normalizeArea(readPattern(get(PARAMS.area), AREA_CODE, 'Territoire', notices)),
      depth: readChoice(get(PARAMS.depth), ['1', '2'] as const, '1', 'Profondeur des liens', notices) === '2' ? 2 : 1,
    },
    notices,
  };
}

/** Writes the state as a query string (without '?'), defaults left out. */
export function serializeParams(state: UrlState): string {
  const params = new URLSearchParams();
  const f = state.filters;
  const setList = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  setList(PARAMS.practices, f.practices);
  setList(PARAMS.profiles, f.profiles);
  setList(PARAMS.scopes, f.scopes);
  setList(PARAMS.kinds, f.kinds);
  setList(PARAMS.themes, f.themes);
  setList(PARAMS.regions, f.regions);
  setList(PARAMS.departements, f.departements);
  if (f.data !== 'all') params.set(PARAMS.data, f.data);
  if (f.minQualification > 0) params.set(PARAMS.minQualification, String(Math.round(f.minQualification * 100)));
  if (f.text.trim()) params.set(PARAMS.text, f.text.trim().slice(0, MAX_TEXT_LENGTH));
  if (state.selected) params.set(PARAMS.selected, state.selected);
  if (state.view !== 'map') params.set(PARAMS.view, state.view);
  if (state.camera) params.set(PARAMS.camera, formatCamera(state.camera));
  if (state.lang !== 'fr') params.set(PARAMS.lang, state.lang);
  if (state.sort !== 'name') params.set(PARAMS.sort, state.sort);
  if (state.inView) params.set(PARAMS.inView, '1');
  if (state.near) params.set(PARAMS.near, formatNear(state.near));
  if (state.radius !== DEFAULT_RADIUS) params.set(PARAMS.radius, String(state.radius));
  if (state.overlay) params.set(PARAMS.overlay, state.overlay);
  if (state.area) params.set(PARAMS.area, state.area);
  if (state.depth !== 1) params.set(PARAMS.depth, String(state.depth));
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
    zoom !== undefined && lat !== undefined && lon !== undefined &&
    Number.isFinite(zoom) && Number.isFinite(lat) && Number.isFinite(lon) &&
    zoom >= ZOOM_RANGE[0] && zoom <= ZOOM_RANGE[1] &&
    Math.abs(lat) <= 85 && Math.abs(lon) <= 180
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
  if (parts.length === 2 && lat !== undefined && lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    return { kind: 'point', lat, lon };
  }
  notices.push(`Lieu « près de » invalide ignoré : « ${clip(raw)} » (attendu : code INSEE ou latitude,longitude).`);
  return null;
}

/** "R84" → "r84", "d2a" → "d2A": a lower-case kind letter, then the official code. */
function normalizeArea(raw: string | null): string | null {
  return raw === null ? null : raw.charAt(0).toLowerCase() + raw.slice(1).toUpperCase();
}

function readOverlay(raw: string | null, notices: string[]): string | null {
  const id = readPattern(raw, OVERLAY_ID, 'Calque', notices);
  if (id === null || isKnownOverlayId(id)) return id;
  notices.push(`Calque inconnu ignoré : « ${clip(id)} ».`);
  return null;
}

function readPattern(raw: string | null, pattern: RegExp, what: string, notices: string[]): string | null {
  if (raw === null || raw === '') return null;
  if (pattern.test(raw)) return raw;
  notices.push(`${what} : valeur inconnue ignorée « ${clip(raw)} ».`);
  return null;
}

function readChoice<C extends string>(raw: string | null, choices: readonly C[], fallback: C, what: string, notices: string[]): C {
  if (raw === null || raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as C;
  notices.push(`${what} : valeur inconnue ignorée « ${clip(raw)} ».`);
  return fallback;
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

function readFlag(raw: string | null, name: string, notices: string[]): boolean {
  if (raw === null || raw === '' || raw === '0') return false;
  if (raw === '1' || raw === 'true') return true;
  notices.push(`Paramètre « ${name} » : valeur inconnue ignorée « ${clip(raw)} ».`);
  return false;
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
