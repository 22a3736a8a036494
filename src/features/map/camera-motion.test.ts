import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { cameraAnimates, followFramePace, framePace, SMOOTH_FRAME_MS } from './camera-motion';

/** A map that fires its events when the test says, moving or not, on the test's clock. */
function fakeMap() {
  const handlers = new Map<string, (() => void)[]>();
  let moving = false;
  let time = 0;
  const map = {
    on: (type: string, handler: () => void) => handlers.set(type, [...(handlers.get(type) ?? []), handler]),
    isMoving: () => moving,
  } as unknown as MapLibreMap;
  const fire = (type: string) => handlers.get(type)?.forEach((handler) => handler());
  followFramePace(map, () => time);
  /** A move whose frames come `frameMs` apart. */
  const move = (frames: number, frameMs: number) => {
    moving = true;
    fire('movestart');
    for (let i = 0; i < frames; i++) {
      time += frameMs;
      fire('render');
    }
    moving = false;
    time += 1000;
    fire('render');
  };
  return { map, move, fire };
}

describe('the camera’s motion', () => {
  it('animates until the map’s frames are known', () => {
    const { map } = fakeMap();
    expect(framePace(map)).toBeNull();
    expect(cameraAnimates(map)).toBe(true);
  });

  it('animates where the map draws smoothly', () => {
    const { map, move } = fakeMap();
    move(10, 16);
    expect(framePace(map)).toBeCloseTo(16);
    expect(cameraAnimates(map)).toBe(true);
  });

  it('jumps where the map draws slowly (software, a slow device), and animates again once it draws fast', () => {
    const { map, move } = fakeMap();
    move(6, 90);
    expect(framePace(map)).toBeGreaterThan(SMOOTH_FRAME_MS);
    expect(cameraAnimates(map)).toBe(false);
    move(20, 16);
    expect(cameraAnimates(map)).toBe(true);
  });

  it('counts only the frames of a move, not the time between two moves', () => {
    const { map, move, fire } = fakeMap();
    move(5, 16);
    // Frames drawn at rest (new data on a still map), seconds apart, say nothing of the moves.
    fire('render');
    move(5, 16);
    expect(framePace(map)).toBeCloseTo(16);
  });

  it('does not count a map that knows nothing of the frames (no pace followed)', () => {
    expect(cameraAnimates({} as MapLibreMap)).toBe(true);
  });
});
