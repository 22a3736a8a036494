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

/** Runs `steps` to its end at once; its value and how many times it paused (how fine its steps are). */
export function runStepsCounting<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
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
