import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  awaitsIdle,
  createdMap,
  initialLife,
  isBusy,
  isReady,
  isUnsupported,
  loadedMap,
  mapStateAttribute,
  reduce,
  styleFellBack,
  usesOfflineStyle,
  waitsForActors,
  waitsForBasemap,
  type MapLife,
  type MapLifeEvent,
} from './map-life';

/** The reducer only compares maps: any object will do. */
const map = { name: 'map' } as unknown as MapLibreMap;
const other = { name: 'other' } as unknown as MapLibreMap;

function run(life: MapLife, ...events: MapLifeEvent[]): MapLife {
  return events.reduce(reduce, life);
}

const ALL_EVENTS: MapLifeEvent[] = [
  { type: 'basemap-settled' },
  { type: 'unsupported' },
  { type: 'created', map },
  { type: 'style-failed' },
  { type: 'style-loaded', map },
  { type: 'basemap-drawn' },
  { type: 'actors-drawn' },
  { type: 'idle' },
  { type: 'removed', map },
];

const offline = initialLife(false);
const online = initialLife(true);
/** One state of each kind, by name. */
const STATES: Record<string, MapLife> = {
  'awaiting-basemap': offline,
  creating: online,
  unsupported: run(online, { type: 'unsupported' }),
  'style-loading': run(online, { type: 'created', map }),
  loaded: run(offline, { type: 'basemap-settled' }, { type: 'created', map }, { type: 'style-loaded', map }),
  'loaded, all drawn': run(
    offline,
    { type: 'basemap-settled' },
    { type: 'created', map },
    { type: 'style-loaded', map },
    { type: 'basemap-drawn' },
    { type: 'actors-drawn' },
  ),
  ready: run(online, { type: 'created', map }, { type: 'style-loaded', map }, { type: 'actors-drawn' }, { type: 'idle' }),
};

describe('initialLife', () => {
  it('waits for the basemap with the offline style only', () => {
    expect(offline).toEqual({ phase: 'awaiting-basemap', style: 'offline' });
    expect(online).toEqual({ phase: 'creating', style: 'online' });
  });
});

describe('reduce', () => {
  it('creates the offline map once the basemap has settled', () => {
    expect(run(offline, { type: 'basemap-settled' })).toEqual({ phase: 'creating', style: 'offline' });
  });

  it('gives up without WebGL', () => {
    expect(run(online, { type: 'unsupported' })).toEqual({ phase: 'unsupported', style: 'online' });
  });

  it('holds the map from its creation', () => {
    expect(run(online, { type: 'created', map })).toEqual({ phase: 'style-loading', style: 'online', map, actorsDrawn: false });
  });

  it('falls back from a failed online style', () => {
    expect(run(online, { type: 'created', map }, { type: 'style-failed' })).toMatchObject({ phase: 'style-loading', style: 'fallback' });
  });

  it('counts the basemap as drawn once loaded with the online style only', () => {
    const created = run(online, { type: 'created', map });
    expect(run(created, { type: 'style-loaded', map })).toEqual({
      phase: 'loaded',
      style: 'online',
      map,
      basemapDrawn: true,
      actorsDrawn: false,
    });
    expect(run(created, { type: 'style-failed' }, { type: 'style-loaded', map })).toMatchObject({ style: 'fallback', basemapDrawn: false });
    expect(run(offline, { type: 'basemap-settled' }, { type: 'created', map }, { type: 'style-loaded', map })).toMatchObject({
      style: 'offline',
      basemapDrawn: false,
    });
  });

  it('keeps actors drawn before the style has loaded', () => {
    const life = run(online, { type: 'created', map }, { type: 'actors-drawn' });
    expect(life).toMatchObject({ phase: 'style-loading', actorsDrawn: true });
    expect(run(life, { type: 'style-loaded', map })).toMatchObject({ phase: 'loaded', actorsDrawn: true });
  });

  it('draws the basemap and the actors once loaded, in either order', () => {
    const loaded = STATES['loaded']!;
    const drawn = { ...loaded, basemapDrawn: true, actorsDrawn: true };
    expect(run(loaded, { type: 'basemap-drawn' }, { type: 'actors-drawn' })).toEqual(drawn);
    expect(run(loaded, { type: 'actors-drawn' }, { type: 'basemap-drawn' })).toEqual(drawn);
  });

  it('is ready at the first idle with everything drawn', () => {
    const loaded = STATES['loaded']!;
    expect(run(loaded, { type: 'idle' })).toBe(loaded);
    expect(run(loaded, { type: 'basemap-drawn' }, { type: 'idle' })).toMatchObject({ phase: 'loaded' });
    expect(run(STATES['loaded, all drawn']!, { type: 'idle' })).toEqual({ phase: 'ready', style: 'offline', map });
  });

  it('starts again from the configured style when the map is removed', () => {
    expect(run(STATES['ready']!, { type: 'removed', map })).toEqual({ phase: 'creating', style: 'online' });
    expect(run(STATES['loaded']!, { type: 'removed', map })).toEqual({ phase: 'creating', style: 'offline' });
    const fellBack = run(online, { type: 'created', map }, { type: 'style-failed' });
    expect(run(fellBack, { type: 'removed', map })).toEqual({ phase: 'creating', style: 'online' });
  });

  it('ignores the events of another map', () => {
    const created = STATES['style-loading']!;
    expect(run(created, { type: 'style-loaded', map: other })).toBe(created);
    expect(run(created, { type: 'removed', map: other })).toBe(created);
  });

  it('ignores what cannot happen in a state, and repeats, returning the same object', () => {
    const moves: Record<string, MapLifeEvent['type'][]> = {
      'awaiting-basemap': ['basemap-settled'],
      creating: ['unsupported', 'created'],
      unsupported: [],
      'style-loading': ['style-failed', 'style-loaded', 'actors-drawn', 'removed'],
      loaded: ['basemap-drawn', 'actors-drawn', 'removed'],
      'loaded, all drawn': ['idle', 'removed'],
      ready: ['removed'],
    };
    for (const [name, life] of Object.entries(STATES)) {
      for (const event of ALL_EVENTS) {
        const next = reduce(life, event);
        if (moves[name]!.includes(event.type)) expect(next, `${name} + ${event.type}`).not.toBe(life);
        else expect(next, `${name} + ${event.type}`).toBe(life);
      }
    }
  });

  it('falls back once only, and only from the online style', () => {
    const fellBack = run(online, { type: 'created', map }, { type: 'style-failed' });
    expect(run(fellBack, { type: 'style-failed' })).toBe(fellBack);
    const offlineCreated = run(offline, { type: 'basemap-settled' }, { type: 'created', map });
    expect(run(offlineCreated, { type: 'style-failed' })).toBe(offlineCreated);
  });
});

describe('derived flags', () => {
  it('say what the map view shows in each state', () => {
    const flags = (life: MapLife) => ({
      waitsForBasemap: waitsForBasemap(life),
      unsupported: isUnsupported(life),
      ready: isReady(life),
      busy: isBusy(life),
      attribute: mapStateAttribute(life),
      created: createdMap(life) !== null,
      loaded: loadedMap(life) !== null,
      offline: usesOfflineStyle(life),
      waitsForActors: waitsForActors(life),
      awaitsIdle: awaitsIdle(life),
    });
    const table = Object.fromEntries(Object.entries(STATES).map(([name, life]) => [name, flags(life)]));
    const loading = { waitsForBasemap: false, unsupported: false, ready: false, busy: true, attribute: 'loading' };
    expect(table).toEqual({
      'awaiting-basemap': {
        ...loading,
        waitsForBasemap: true,
        created: false,
        loaded: false,
        offline: true,
        waitsForActors: false,
        awaitsIdle: false,
      },
      creating: { ...loading, created: false, loaded: false, offline: false, waitsForActors: false, awaitsIdle: false },
      unsupported: {
        ...loading,
        unsupported: true,
        busy: false,
        attribute: 'unsupported',
        created: false,
        loaded: false,
        offline: false,
        waitsForActors: false,
        awaitsIdle: false,
      },
      'style-loading': { ...loading, created: true, loaded: false, offline: false, waitsForActors: true, awaitsIdle: false },
      loaded: { ...loading, created: true, loaded: true, offline: true, waitsForActors: true, awaitsIdle: false },
      'loaded, all drawn': { ...loading, created: true, loaded: true, offline: true, waitsForActors: false, awaitsIdle: true },
      ready: {
        ...loading,
        ready: true,
        busy: false,
        attribute: 'ready',
        created: true,
        loaded: true,
        offline: false,
        waitsForActors: false,
        awaitsIdle: false,
      },
    });
  });

  it('give the map itself once created, and once loaded', () => {
    expect(createdMap(STATES['style-loading']!)).toBe(map);
    expect(loadedMap(STATES['style-loading']!)).toBeNull();
    expect(loadedMap(STATES['ready']!)).toBe(map);
  });

  it('tell the style fell back, and that the basemap is then drawn offline', () => {
    const fellBack = run(online, { type: 'created', map }, { type: 'style-failed' });
    expect(styleFellBack(fellBack)).toBe(true);
    expect(usesOfflineStyle(fellBack)).toBe(true);
    expect(Object.values(STATES).some(styleFellBack)).toBe(false);
  });
});
