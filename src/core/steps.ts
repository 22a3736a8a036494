/**
 * Long work written as a generator that pauses (`yield`) now and then, run at once or in slices.
 * In slices, a new task starts after each pause, so that the thread (a page's main thread) can
 * answer input and draw frames meanwhile.
 */

/** Resolves in a new task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a new task without the 4-ms floor of nested timers (a message to itself): for a
 * worker's long work, which yields hundreds of times. The page's slices keep `nextTask`, where a
 * timer lets the browser's other tasks and frames in between.
 */
export function nextMessageTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return nextTask();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Runs `steps` to its end at once; its value. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` in a new task after each pause once `sliceMs` have gone by in the current one; its
 * value. `next` gives the new task (a worker's may wait while a person acts: `input-pauses.ts`).
 */
export async function runStepsInSlices<T>(steps: Generator<void, T>, sliceMs = 0, next: () => Promise<void> = nextTask): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await next();
      sliceStart = performance.now();
    }
  }
}

/**
 * The time a generator run in steps spends working, its pauses left out: it pauses with
 * `yield* clock.pause()`, and `worked()` gives the ms of work so far (a time budget, timings).
 */
export interface WorkClock {
  worked(): number;
  pause(): Generator<void, void>;
}

export function workClock(now: () => number = () => performance.now()): WorkClock {
  let resumed = now();
  let total = 0;
  return {
    worked: () => total + now() - resumed,
    *pause() {
      total += now() - resumed;
      yield;
      resumed = now();
    },
  };
}

/** Items sorted between two pauses of `sortInSteps`: a few ms of comparisons. */
export const SORT_STEP = 4096;

/**
 * `items` sorted by `compare` (stable), pausing (`yield`) every `SORT_STEP` items placed: runs of
 * `SORT_STEP` sorted by the engine, then merged two by two. A sort of 100,000 names by the
 * collator is half a second of one call otherwise, which a worker cannot interrupt to hear an input.
 * May sort `items` in place; gives the sorted array.
 */
export function* sortInSteps(items: Int32Array, compare: (a: number, b: number) => number): Generator<void, Int32Array> {
  const n = items.length;
  for (let from = 0; from < n; from += SORT_STEP) {
    items.subarray(from, Math.min(n, from + SORT_STEP)).sort(compare);
    yield;
  }
  let source: Int32Array = items;
  let target: Int32Array = new Int32Array(n);
  for (let width = SORT_STEP; width < n; width *= 2) {
    let placed = 0;
    for (let low = 0; low < n; low += 2 * width) {
      const middle = Math.min(low + width, n);
      const high = Math.min(low + 2 * width, n);
      let i = low;
      let j = middle;
      let k = low;
      while (i < middle && j < high) {
        const a = source[i] as number;
        const b = source[j] as number;
        if (compare(a, b) <= 0) {
          target[k++] = a;
          i++;
        } else {
          target[k++] = b;
          j++;
        }
        if (++placed % SORT_STEP === 0) yield;
      }
      target.set(source.subarray(i, middle), k);
      target.set(source.subarray(j, high), k + middle - i);
    }
    [source, target] = [target, source];
    yield;
  }
  return source;
}
