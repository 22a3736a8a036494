import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

afterEach(() => vi.unstubAllGlobals());

describe('afterNextPaint', () => {
  it('waits for the next frame, then a task of its own', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    let done = false;
    const waiting = afterNextPaint().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toBe(false);
    frames.shift()?.();
    expect(done).toBe(false);
    await waiting;
    expect(done).toBe(true);
  });

  it('resolves in a new task where there are no frames', async () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    await expect(afterNextPaint()).resolves.toBeUndefined();
  });
});
