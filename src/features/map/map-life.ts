/**
 * The map's life as one state: waiting for the offline basemap, to be created, unsupported, its
 * style loading, loaded (drawing the basemap and the actors), ready. `reduce` moves it on events;
 * an event that makes no sense in the current state leaves it as it is (the same object, so that
 * React commits nothing). Everything MapView shows is derived from it by the functions below.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The map's style: the online one, the offline one, or the offline one after the online one failed. */
export type MapStyle = 'online' | 'offline' | 'fallback';

export type MapLife =
  /** Offline style: the map is created once the basemap has loaded, with the basemap in its style. */
  | { phase: 'awaiting-basemap'; style: 'offline' }
  /** The map is created at the next effect. */
  | { phase: 'creating'; style: 'online' | 'offline' }
  /** No WebGL, or MapLibre could not create the map: a message instead. */
  | { phase: 'unsupported'; style: 'online' | 'offline' }
  /** The map exists (DOM markers need its camera only); its style is on its way. */
  | { phase: 'style-loading'; style: MapStyle; map: MapLibreMap; actorsDrawn: boolean }
  /** The style has loaded: layers can be added. Ready at the first idle with everything drawn. */
  | { phase: 'loaded'; style: MapStyle; map: MapLibreMap; basemapDrawn: boolean; actorsDrawn: boolean }
  /** Drawn once with all its data: interactive. */
  | { phase: 'ready'; style: MapStyle; map: MapLibreMap };

export type MapLifeEvent =
  /** The offline basemap has loaded or failed: only the first load is waited for. */
  | { type: 'basemap-settled' }
  | { type: 'unsupported' }
  | { type: 'created'; map: MapLibreMap }
  /** The online style failed or was too slow; the offline one replaces it. */
  | { type: 'style-failed' }
  /** MapLibre's `load`. */
  | { type: 'style-loaded'; map: MapLibreMap }
  /** The offline basemap is in the map's source. */
  | { type: 'basemap-drawn' }
  /** The first actor markers are in the page. */
  | { type: 'actors-drawn' }
  /** The map went idle with the basemap and the actors drawn. */
  | { type: 'idle' }
  | { type: 'removed'; map: MapLibreMap };

export function initialLife(online: boolean): MapLife {
  return online ? { phase: 'creating', style: 'online' } : { phase: 'awaiting-basemap', style: 'offline' };
}

export function reduce(life: MapLife, event: MapLifeEvent): MapLife {
  switch (event.type) {
    case 'basemap-settled':
      return life.phase === 'awaiting-basemap' ? { phase: 'creating', style: life.style } : life;
    case 'unsupported':
      return life.phase === 'creating' ? { phase: 'unsupported', style: life.style } : life;
    case 'created':
      return life.phase === 'creating' ? { phase: 'style-loading', style: life.style, map: event.map, actorsDrawn: false } : life;
    case 'style-failed':
      return life.phase === 'style-loading' && life.style === 'online' ? { ...life, style: 'fallback' } : life;
    case 'style-loaded':
      if (life.phase !== 'style-loading' || life.map !== event.map) return life;
      // The online style brings its own basemap.
      return { phase: 'loaded', style: life.style, map: life.map, basemapDrawn: life.style === 'online', actorsDrawn: life.actorsDrawn };
    case 'basemap-drawn':
      return life.phase === 'loaded' && !life.basemapDrawn ? { ...life, basemapDrawn: true } : life;
    case 'actors-drawn':
      return waitsForActors(life) ? { ...life, actorsDrawn: true } : life;
    case 'idle':
      return awaitsIdle(life) ? { phase: 'ready', style: life.style, map: life.map } : life;
    case 'removed':
      // The next map starts again from the configured style.
      return createdMap(life) === event.map ? { phase: 'creating', style: life.style === 'offline' ? 'offline' : 'online' } : life;
  }
}

/** The map is not created until the offline basemap has settled. */
export function waitsForBasemap(life: MapLife): boolean {
  return life.phase === 'awaiting-basemap';
}

export function isUnsupported(life: MapLife): boolean {
  return life.phase === 'unsupported';
}

export function isReady(life: MapLife): boolean {
  return life.phase === 'ready';
}

/** Neither ready nor given up: `aria-busy`. */
export function isBusy(life: MapLife): boolean {
  return !isReady(life) && !isUnsupported(life);
}

/** `data-map-state` on the map's region. */
export function mapStateAttribute(life: MapLife): 'unsupported' | 'ready' | 'loading' {
  return isUnsupported(life) ? 'unsupported' : isReady(life) ? 'ready' : 'loading';
}

/** The map as soon as it exists: for the DOM markers. */
export function createdMap(life: MapLife): MapLibreMap | null {
  return life.phase === 'style-loading' || life.phase === 'loaded' || life.phase === 'ready' ? life.map : null;
}

/** The map once its style has loaded: for the layers drawn on it. */
export function loadedMap(life: MapLife): MapLibreMap | null {
  return life.phase === 'loaded' || life.phase === 'ready' ? life.map : null;
}

/** The map draws the offline basemap: configured so, or after the online style failed. */
export function usesOfflineStyle(life: MapLife): boolean {
  return life.style !== 'online';
}

/** The online style failed: the reader is told. */
export function styleFellBack(life: MapLife): boolean {
  return life.style === 'fallback';
}

/** The map exists and its first actor markers are not drawn yet. */
export function waitsForActors(life: MapLife): life is Extract<MapLife, { phase: 'style-loading' | 'loaded' }> {
  return (life.phase === 'style-loading' || life.phase === 'loaded') && !life.actorsDrawn;
}

/** The basemap is drawn (the online style's own, or the offline one in its source). */
export function basemapShown(life: MapLife): boolean {
  return (life.phase === 'loaded' && life.basemapDrawn) || life.phase === 'ready';
}

/** Loaded with the basemap and the actors drawn: ready at the next idle. */
export function awaitsIdle(life: MapLife): life is Extract<MapLife, { phase: 'loaded' }> {
  return life.phase === 'loaded' && life.basemapDrawn && life.actorsDrawn;
}
