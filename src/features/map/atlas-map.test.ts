import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it } from 'vitest';
import { followContainerSize } from './atlas-map';

const RealObserver = globalThis.ResizeObserver;
afterEach(() => {
  globalThis.ResizeObserver = RealObserver;
});

/** A map whose container and canvas sizes the test sets, and a ResizeObserver the test fires. */
function setup() {
  let notify = () => {};
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      notify = callback;
    }
    observe() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  const container = { clientWidth: 800, clientHeight: 600 };
  const canvas = { clientWidth: 800, clientHeight: 600 };
  let resizes = 0;
  const map = {
    getContainer: () => container,
    getCanvas: () => canvas,
    resize: () => {
      resizes += 1;
      canvas.clientWidth = container.clientWidth;
      canvas.clientHeight = container.clientHeight;
    },
    once: () => {},
  };
  followContainerSize(map as unknown as MapLibreMap);
  const sizeTo = (width: number, height: number) => {
    container.clientWidth = width;
    container.clientHeight = height;
    notify();
  };
  return { sizeTo, resizes: () => resizes };
}

describe('followContainerSize', () => {
  /** Box sizes in turn, and the resizes counted after each. */
  it.each<[string, [number, number, number][]]>([
    [
      'resizes the map when its box changes, not when nothing changed',
      [
        [800, 600, 0],
        [1024, 600, 1],
      ],
    ],
    [
      // Back on the map at the same size: resized all the same, for what waits for it to be shown.
      'leaves a hidden map alone (the list or the ecosystem is shown), and resizes it once shown again',
      [
        [0, 0, 0],
        [800, 600, 1],
        [800, 600, 1],
      ],
    ],
  ])('%s', (_, steps) => {
    const { sizeTo, resizes } = setup();
    for (const [width, height, expected] of steps) {
      sizeTo(width, height);
      expect(resizes()).toBe(expected);
    }
  });
});
