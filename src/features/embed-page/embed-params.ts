/**
 * The embed page's own URL parameters (`embed.html`): which controls show, a territory to fit the
 * map to, and the host origins allowed to talk to it. Everything else (filters, actor, camera,
 * language…) is the app's URL state (`url-state.ts`), shared by both pages. Like `parseParams`,
 * `parseEmbedParams` never throws: what it cannot read is ignored and told in a notice.
 */
import { isAreaCode } from '../../core/grammar/insee';
import { TERRITORY_VIEWS } from '../../core/territories';
import { clip } from '../../core/grammar/text';
import { parseBoolean } from '../../core/grammar/codes';
import { rawValue, splitParamList } from '../../core/url-params';
import { normalizeArea } from '../../core/url-state';

export const EMBED_PARAMS = {
  controls: 'controls',
  fit: 'fit',
  origins: 'origins',
  propose: 'propose',
} as const;

export const EMBED_PARAM_NAMES: readonly string[] = Object.values(EMBED_PARAMS);

/**
 * The controls a host can show or hide: the filter button and drawer (with the active filter
 * chips), the search box, the map/list switch, the legend, the overseas territory buttons and the
 * language switch. The map itself, the detail panel, the attributions and the link to the full
 * map are always there.
 */
export const EMBED_CONTROLS = ['filters', 'search', 'list', 'legend', 'territories', 'lang'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];
export const DEFAULT_CONTROLS: readonly EmbedControl[] = ['filters', 'search', 'list', 'legend', 'territories'];
/** `controls=none`: no control at all, only the map, its count and the link. */
export const NO_CONTROLS = 'none';

export interface EmbedOptions {
  controls: EmbedControl[];
  /** "r84" (région), "d75" (département) or a territory view id ("metropole", "971"…). */
  fit: string | null;
  /** Origins allowed to exchange messages with the embed; empty: any host (see embed-messages.ts). */
  origins: string[];
  /** `propose=1`: offer « Proposer une fiche », and corrections and reports on the fiches; absent: not offered. */
  propose?: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  controls: [...DEFAULT_CONTROLS],
  fit: null,
  origins: [],
};

export const MAX_ORIGINS = 10;
const MAX_ORIGIN_LENGTH = 200;
/** A scheme, a host (and port), nothing after but an optional slash. */
const BARE_ORIGIN = /^https?:\/\/[^/?#\s\\@]+\/?$/i;

export function isEmbedControl(value: string): value is EmbedControl {
  return (EMBED_CONTROLS as readonly string[]).includes(value);
}

/** A fit target, normalised ("R84" → "r84", "d2a" → "d2A", "Metropole" → "metropole"), or null. */
export function normalizeFit(raw: string): string | null {
  if (isAreaCode(raw)) return normalizeArea(raw);
  const id = raw.toLowerCase();
  return TERRITORY_VIEWS.some((v) => v.id === id) ? id : null;
}

/**
 * An origin as the browser writes `location.origin` ("https://www.example.org", "http://127.0.0.1:8080";
 * default ports dropped), or null for anything that is not a bare http(s) origin.
 */
export function normalizeOrigin(raw: string): string | null {
  if (raw.length > MAX_ORIGIN_LENGTH || !BARE_ORIGIN.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username || url.password || url.origin === 'null') return null;
  return url.origin;
}

export interface EmbedParseResult {
  options: EmbedOptions;
  notices: string[];
}

export function parseEmbedParams(search: string): EmbedParseResult {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const notices: string[] = [];

  let controls = [...DEFAULT_CONTROLS];
  const rawControls = rawValue(params, EMBED_PARAMS.controls, true, notices);
  if (rawControls !== null && rawControls.trim() !== '') {
    controls = [];
    for (const value of splitParamList(rawControls)) {
      if (value === NO_CONTROLS) continue;
      if (isEmbedControl(value)) {
        if (!controls.includes(value)) controls.push(value);
      } else {
        notices.push(`Contrôle inconnu ignoré : « ${clip(value)} ».`);
      }
    }
  }

  let fit: string | null = null;
  const rawFit = rawValue(params, EMBED_PARAMS.fit, false, notices);
  if (rawFit !== null && rawFit !== '') {
    fit = normalizeFit(rawFit);
    if (fit === null) notices.push(`Territoire à cadrer inconnu ignoré : « ${clip(rawFit)} ».`);
  }

  const origins: string[] = [];
  const rawOrigins = rawValue(params, EMBED_PARAMS.origins, true, notices);
  if (rawOrigins !== null) {
    for (const value of splitParamList(rawOrigins)) {
      const origin = normalizeOrigin(value);
      if (origin === null) notices.push(`Origine invalide ignorée : « ${clip(value)} » (attendu : https://exemple.fr).`);
      else if (origins.length >= MAX_ORIGINS) notices.push(`Plus de ${MAX_ORIGINS} origines : « ${clip(value)} » ignorée.`);
      else if (!origins.includes(origin)) origins.push(origin);
    }
  }

  let propose = false;
  const rawPropose = rawValue(params, EMBED_PARAMS.propose, false, notices);
  if (rawPropose !== null && rawPropose !== '') {
    const value = parseBoolean(rawPropose);
    if (value === undefined) notices.push(`Valeur de « propose » inconnue ignorée : « ${clip(rawPropose)} » (attendu : 1 ou 0).`);
    else propose = value;
  }

  return { options: { controls, fit, origins, ...(propose ? { propose } : {}) }, notices };
}

/** The embed parameters as a query string (without '?'), defaults left out. */
export function serializeEmbedParams(options: EmbedOptions): string {
  const params = new URLSearchParams();
  const ordered = EMBED_CONTROLS.filter((c) => options.controls.includes(c));
  const isDefault = ordered.length === DEFAULT_CONTROLS.length && ordered.every((c) => DEFAULT_CONTROLS.includes(c));
  if (!isDefault) params.set(EMBED_PARAMS.controls, ordered.length > 0 ? ordered.join(',') : NO_CONTROLS);
  if (options.fit) params.set(EMBED_PARAMS.fit, options.fit);
  if (options.origins.length > 0) params.set(EMBED_PARAMS.origins, options.origins.join(','));
  if (options.propose) params.set(EMBED_PARAMS.propose, '1');
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}
