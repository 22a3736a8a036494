import { afterEach, describe, expect, it, vi } from 'vitest';
import { runStepsInSlices } from '../core/steps';
import {
  AWAIT_AGAIN_MS,
  awaitWhile,
  awaitWork,
  holdPauses,
  inputPauses,
  MAX_HOLD_MS,
  MAX_PAUSE_MS,
  MIN_WORK_MS,
  PAUSE_AFTER_INPUT_MS,
  tellInputs,
  type InputChannel,
} from './input-pauses';

afterEach(() => vi.useRealTimers());

/** Two ends of one channel, as a `BroadcastChannel` of the page and one of a worker. */
function channels(): { page: InputChannel & { sent: number }; worker: InputChannel } {
  const worker: InputChannel = { postMessage: () => {}, onmessage: null, close: () => {} };
  const page = {
    sent: 0,
    onmessage: null,
    postMessage() {
      page.sent += 1;
      worker.onmessage?.(new MessageEvent('message', { data: null }));
    },
    close: () => {},
  };
  return { page, worker };
}

describe('tellInputs', () => {
  it('tells the workers of clicks, keys, wheels and history moves, not of pointer moves', () => {
    const { page } = channels();
    const target = new EventTarget();
    let time = 0;
    const stop = tellInputs(target, page, () => time);
    for (const type of ['pointerdown', 'keydown', 'wheel', 'popstate']) {
      time += 1000;
      target.dispatchEvent(new Event(type));
    }
    target.dispatchEvent(new Event('pointermove'));
    expect(page.sent).toBe(4);
    stop();
    time += 1000;
    target.dispatchEvent(new Event('keydown'));
    expect(page.sent).toBe(4);
  });

  it('sends one message per 100 ms while inputs follow each other (a person typing)', () => {
    const { page } = channels();
    const target = new EventTarget();
    let time = 0;
    tellInputs(target, page, () => time);
    for (let i = 0; i < 10; i++) {
      target.dispatchEvent(new Event('keydown'));
      time += 30;
    }
    // Keys at 0, 30, …, 270 ms: told at 0 and 120 and 240.
    expect(page.sent).toBe(3);
  });

  it('does nothing where there is no channel', () => {
    const target = new EventTarget();
    expect(() => {
      tellInputs(target, null)();
      target.dispatchEvent(new Event('keydown'));
    }).not.toThrow();
  });
});

/** A worker's pauses on fake timers, the page's end of its channel, and of the channel naming its work awaited. */
function pausedWorker() {
  vi.useFakeTimers();
  const { page, worker } = channels();
  const awaited = channels();
  const pauses = inputPauses('work', worker, () => Date.now(), awaited.worker);
  return { page, pauses, awaited: awaited.page };
}

describe('holdPauses', () => {
  it('keeps the workers paused while a long answer is drawn, until released', async () => {
    const { page, pauses } = pausedWorker();
    const release = holdPauses(page);
    let resumed = false;
    const waiting = pauses.next().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(3 * PAUSE_AFTER_INPUT_MS);
    expect(resumed).toBe(false);
    const told = page.sent;
    release();
    await vi.advanceTimersByTimeAsync(PAUSE_AFTER_INPUT_MS);
    await waiting;
    expect(resumed).toBe(true);
    expect(page.sent).toBe(told);
  });

  it(`tells the workers ${MAX_HOLD_MS / 1000} s at most`, async () => {
    vi.useFakeTimers();
    const { page } = channels();
    holdPauses(page);
    await vi.advanceTimersByTimeAsync(MAX_HOLD_MS);
    const told = page.sent;
    await vi.advanceTimersByTimeAsync(MAX_HOLD_MS);
    expect(page.sent).toBe(told);
    expect(told).toBeGreaterThan(MAX_HOLD_MS / PAUSE_AFTER_INPUT_MS);
  });
});

describe('awaitWhile', () => {
  it(`says the work is awaited at once and every ${AWAIT_AGAIN_MS} ms until the answer comes, then no more`, async () => {
    vi.useFakeTimers();
    let said = 0;
    let answer = (_: string) => {};
    const awaited = awaitWhile('work', new Promise<string>((resolve) => (answer = resolve)), () => (said += 1));
    expect(said).toBe(1);
    await vi.advanceTimersByTimeAsync(4 * AWAIT_AGAIN_MS);
    expect(said).toBe(5);
    answer('done');
    await expect(awaited).resolves.toBe('done');
    await vi.advanceTimersByTimeAsync(4 * AWAIT_AGAIN_MS);
    expect(said).toBe(5);
  });

  it('stops saying it when the answer fails too', async () => {
    vi.useFakeTimers();
    let said = 0;
    const failed = awaitWhile('work', Promise.reject(new Error('no')), () => (said += 1));
    await expect(failed).rejects.toThrow('no');
    await vi.advanceTimersByTimeAsync(4 * AWAIT_AGAIN_MS);
    expect(said).toBe(1);
  });
});

describe('inputPauses', () => {
  it('goes on at once while nobody acts', async () => {
    const { worker } = channels();
    const pauses = inputPauses(null, worker);
    const started = performance.now();
    for (let i = 0; i < 20; i++) await pauses.next();
    expect(performance.now() - started).toBeLessThan(PAUSE_AFTER_INPUT_MS);
  });

  it('waits until no input came for the pause, then goes on', async () => {
    const { page, pauses } = pausedWorker();
    page.postMessage(null);
    let resumed = false;
    const waiting = pauses.next().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(PAUSE_AFTER_INPUT_MS / 2);
    expect(resumed).toBe(false);
    // Another input meanwhile: the pause runs from it.
    page.postMessage(null);
    await vi.advanceTimersByTimeAsync(PAUSE_AFTER_INPUT_MS - 10);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    await waiting;
    expect(resumed).toBe(true);
  });

  it('pauses again at the next step after an input that follows a pause at once', async () => {
    const { page, pauses } = pausedWorker();
    page.postMessage(null);
    const first = pauses.next();
    await vi.advanceTimersByTimeAsync(PAUSE_AFTER_INPUT_MS);
    await first;
    // The work just resumed; a click comes: the next step waits for the quiet again.
    page.postMessage(null);
    let resumed = false;
    const second = pauses.next().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(PAUSE_AFTER_INPUT_MS - 10);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    await second;
    expect(resumed).toBe(true);
  });

  it(`pauses ${MAX_PAUSE_MS} ms at most, then works ${MIN_WORK_MS} ms: someone who never stops still gets the work done`, async () => {
    const { page, pauses } = pausedWorker();
    // Inputs every 300 ms, without end.
    const inputs = setInterval(() => page.postMessage(null), 300);
    page.postMessage(null);
    let resumed = false;
    const long = pauses.next().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(MAX_PAUSE_MS - 10);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(20);
    await long;
    expect(resumed).toBe(true);
    // Its work time: steps go on at once, inputs or not…
    const atOnce = pauses.next();
    await vi.advanceTimersByTimeAsync(1);
    await atOnce;
    // …until it is over: then the next step pauses again.
    await vi.advanceTimersByTimeAsync(MIN_WORK_MS);
    resumed = false;
    const again = pauses.next().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(PAUSE_AFTER_INPUT_MS);
    expect(resumed).toBe(false);
    clearInterval(inputs);
    await vi.advanceTimersByTimeAsync(MAX_PAUSE_MS);
    await again;
    expect(resumed).toBe(true);
  });

  it('stops pausing once the page says the work is awaited (awaitWork), even in the middle of a pause', async () => {
    const { page, pauses, awaited } = pausedWorker();
    page.postMessage(null);
    let resumed = false;
    const paused = pauses.next().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(resumed).toBe(false);
    awaitWork('work', awaited);
    await vi.advanceTimersByTimeAsync(1);
    await paused;
    expect(resumed).toBe(true);
    // Inputs no longer pause it.
    page.postMessage(null);
    const atOnce = pauses.next();
    await vi.advanceTimersByTimeAsync(1);
    await atOnce;
  });

  it('runs long work in steps that stop while a person acts (runStepsInSlices)', async () => {
    const { page, pauses } = pausedWorker();
    let done = 0;
    function* work(): Generator<void, number> {
      for (let i = 0; i < 5; i++) {
        done += 1;
        yield;
      }
      return done;
    }
    page.postMessage(null);
    const running = runStepsInSlices(work(), 0, pauses.next);
    await vi.advanceTimersByTimeAsync(PAUSE_AFTER_INPUT_MS / 2);
    expect(done).toBe(1);
    await vi.advanceTimersByTimeAsync(PAUSE_AFTER_INPUT_MS);
    await expect(running).resolves.toBe(5);
  });
});
