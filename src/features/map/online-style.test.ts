/**
 * The fallback from an online basemap style to the offline one, on a stand-in for the map: an error
 * before the style has arrived, or the timeout, replaces it once; errors after it has arrived
 * (a missing tile) do not.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fallBackWhenStyleFails, ONLINE_STYLE_TIMEOUT_MS } from './online-style';

function fakeMap() {
  const handlers = new Map<string, Set<() => void>>();
  const styles: unknown[] = [];
  const map = {
    on: (type: string, f: () => void) => handlers.set(type, (handlers.get(type) ?? new Set()).add(f)),
    off: (type: string, f: () => void) => handlers.get(type)?.delete(f),
    setStyle: (style: unknown) => styles.push(style),
  };
  const fire = (type: string) => [...(handlers.get(type) ?? [])].forEach((f) => f());
  return { map: map as unknown as MapLibreMap, fire, styles, listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0) };
}

describe('fallBackWhenStyleFails', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('puts the offline style in place at the first error before the style has loaded, once', () => {
    const { map, fire, styles, listeners } = fakeMap();
    const onFallback = vi.fn();
    fallBackWhenStyleFails(map, onFallback);
    fire('error');
    fire('error');
    expect(onFallback).toHaveBeenCalledTimes(1);
    expect(styles).toHaveLength(1);
    expect(styles[0]).toMatchObject({ version: 8, name: 'Atlas des catalyseurs — fond hors ligne' });
    expect(listeners()).toBe(0);
  });

  it('falls back when the style takes longer than the timeout', () => {
    const { map, styles } = fakeMap();
    const onFallback = vi.fn();
    fallBackWhenStyleFails(map, onFallback);
    vi.advanceTimersByTime(ONLINE_STYLE_TIMEOUT_MS - 1);
    expect(onFallback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onFallback).toHaveBeenCalledTimes(1);
    expect(styles).toHaveLength(1);
  });

  it('does nothing once the online style has loaded, even on later errors or after the timeout', () => {
    const { map, fire, styles, listeners } = fakeMap();
    const onFallback = vi.fn();
    fallBackWhenStyleFails(map, onFallback);
    fire('style.load');
    fire('error');
    vi.advanceTimersByTime(ONLINE_STYLE_TIMEOUT_MS * 2);
    expect(onFallback).not.toHaveBeenCalled();
    expect(styles).toEqual([]);
    expect(listeners()).toBe(0);
  });

  it('stops watching when the map goes away', () => {
    const { map, fire, styles } = fakeMap();
    const onFallback = vi.fn();
    const stop = fallBackWhenStyleFails(map, onFallback);
    stop();
    fire('error');
    vi.advanceTimersByTime(ONLINE_STYLE_TIMEOUT_MS);
    expect(onFallback).not.toHaveBeenCalled();
    expect(styles).toEqual([]);
  });
});
