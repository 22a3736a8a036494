/**
 * The HTML a partner pastes into their page to embed the map: an `<iframe>`, or an element read by
 * the loader script. Built from the current view's query string and the embed options; every value
 * is escaped for an HTML attribute, so no preset can break out of the snippet.
 */
import { serializeEmbedParams, type EmbedOptions } from '../embed-page/embed-params';

export interface FrameSize {
  /** CSS width: a number of px, or "100%". */
  width: number | '100%';
  height: number;
}

export const FRAME_SIZES = {
  responsive: { width: '100%', height: 600 },
  large: { width: 960, height: 640 },
  medium: { width: 640, height: 520 },
  small: { width: 360, height: 560 },
} as const satisfies Record<string, FrameSize>;
export type FrameSizeId = keyof typeof FRAME_SIZES;
export const FRAME_SIZE_IDS = Object.keys(FRAME_SIZES) as FrameSizeId[];

export const MIN_FRAME_HEIGHT = 320;

/**
 * The frame's `fit` for the current territory filter: the one département, else the one région
 * (`d33`, `r84`); null when the filter holds no territory or several (the embed then frames them
 * as the full map does).
 */
export function fitOfFilters(filters: { regions: readonly string[]; departements: readonly string[] }): string | null {
  const [departement] = filters.departements;
  if (filters.departements.length === 1 && departement !== undefined) return `d${departement}`;
  const [region] = filters.regions;
  if (filters.departements.length === 0 && filters.regions.length === 1 && region !== undefined) return `r${region}`;
  return null;
}
export const MAX_SNIPPET_HEIGHT = 4000;

/** `embed.html` next to `pageUrl`, with the view's parameters and the embed options. */
export function embedUrl(pageUrl: string, viewQuery: string, options: EmbedOptions): string {
  const url = new URL('embed.html', pageUrl);
  const query = embedQuery(viewQuery, options);
  url.search = query ? `?${query}` : '';
  url.hash = '';
  return url.toString();
}

/** The embed's query string (without '?'): the view's parameters, then the embed options. */
export function embedQuery(viewQuery: string, options: EmbedOptions): string {
  return [stripQuestion(viewQuery), serializeEmbedParams(options)].filter(Boolean).join('&');
}

/** The full map (the site's index page) showing the same view, for the embed's "open" link. */
export function fullMapUrl(pageUrl: string, viewQuery: string): string {
  const url = new URL('./', pageUrl);
  const query = stripQuestion(viewQuery);
  url.search = query ? `?${query}` : '';
  url.hash = '';
  return url.toString();
}

/** The loader script's address, next to the page. */
export function loaderUrl(pageUrl: string): string {
  return new URL('embed-loader.js', pageUrl).toString();
}

export function iframeSnippet(src: string, size: FrameSize, title: string): string {
  const width = size.width === '100%' ? '100%' : String(Math.round(size.width));
  const height = String(clampHeight(size.height));
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}

/** The element the loader replaces with a responsive frame, and the loader itself. */
export function loaderSnippet(scriptSrc: string, presets: string, height: number, title: string): string {
  return (
    `<div data-atlas-catalyseurs="${escapeAttribute(stripQuestion(presets))}" ` +
    `data-height="${clampHeight(height)}" data-title="${escapeAttribute(title)}"></div>\n` +
    `<script src="${escapeAttribute(scriptSrc)}" async></script>`
  );
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clampHeight(height: number): number {
  if (!Number.isFinite(height)) return FRAME_SIZES.responsive.height;
  return Math.min(MAX_SNIPPET_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.round(height)));
}

function stripQuestion(query: string): string {
  return query.startsWith('?') ? query.slice(1) : query;
}
