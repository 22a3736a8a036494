/**
 * Work for later gives way to the person. While someone clicks, types, scrolls or goes back, the
 * workers that compute ahead (the network measures, the search's descriptions) pause, so that the
 * frame answering the input has the machine's cores: on two cores, where the map is drawn in
 * software, a worker computing beside the page made a fiche's first frame 160–500 ms late where
 * it took ~90 ms alone. The page tells its inputs on a `BroadcastChannel`, which every worker of
 * the origin hears, those it starts and those its workers start; an atlas open in another tab
 * pauses too, leaving the machine to the tab in use.
 */

import { nextMessageTask } from '../core/steps';

export const INPUT_CHANNEL = 'atlas:input';

/** A worker stays paused this long after the last input it heard. */
export const PAUSE_AFTER_INPUT_MS = 600;

/** Work done between two pauses at least: someone who never stops still gets their measures. */
export const MIN_WORK_MS = 100;

/** Inputs that ask for an answer on screen (not pointer moves: a drag starts with a pointerdown). */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'popstate'] as const;

/** At most one message per this many ms while inputs follow each other. */
const TELL_EVERY_MS = 100;

/** A `BroadcastChannel` as used here (a fake one in the tests). */
export interface InputChannel {
  postMessage(message: null): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

function openChannel(): InputChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(INPUT_CHANNEL);
}

/** The page's side: tells the workers of each input on `target` until the returned function is called. */
export function tellInputs(target: EventTarget, channel: InputChannel | null = openChannel(), now = () => performance.now()): () => void {
  if (!channel) return () => {};
  let last = -Infinity;
  const onInput = () => {
    const time = now();
    if (time - last < TELL_EVERY_MS) return;
    last = time;
    channel.postMessage(null);
  };
  const options = { capture: true, passive: true };
  for (const type of INPUT_EVENTS) target.addEventListener(type, onInput, options);
  return () => {
    for (const type of INPUT_EVENTS) target.removeEventListener(type, onInput, options);
    channel.close();
  };
}

export interface InputPauses {
  /** Resolves in a new task (where the inputs are heard), after a pause while someone acts. */
  next(): Promise<void>;
  close(): void;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A worker's side, for long work run in steps (`runStepsInSlices(steps, ms, pauses.next)`): each
 * `next()` lets the inputs in, then waits until none came for `PAUSE_AFTER_INPUT_MS`, once at
 * least `MIN_WORK_MS` of work went by since the last pause.
 */
export function inputPauses(channel: InputChannel | null = openChannel(), now = () => performance.now()): InputPauses {
  let quietFrom = -Infinity;
  if (channel) channel.onmessage = () => (quietFrom = now() + PAUSE_AFTER_INPUT_MS);
  let workFrom = -Infinity;
  return {
    async next() {
      await nextMessageTask();
      if (now() - workFrom < MIN_WORK_MS) return;
      let paused = false;
      for (let wait = quietFrom - now(); wait > 0; wait = quietFrom - now()) {
        paused = true;
        await sleep(wait);
      }
      if (paused) workFrom = now();
    },
    close: () => channel?.close(),
  };
}
