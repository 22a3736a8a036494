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

/**
 * A pause lasts at most this long; then the work goes on for `MIN_WORK_MS` whatever the inputs:
 * someone who never stops still gets their measures, at a twentieth of a core.
 */
export const MAX_PAUSE_MS = 2000;

/** Work done after a pause that ran to `MAX_PAUSE_MS`. */
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

/** A hold tells the workers at most this long: a drawing that never ends does not stop them for good. */
export const MAX_HOLD_MS = 10_000;

/**
 * The page's side, for an answer that takes longer than a pause (the ecosystem's first drawing,
 * 1–2 s at 100,000 fiches): tells the workers again every half pause until the returned function is
 * called (or `MAX_HOLD_MS` went by), so that the work done ahead waits for the whole answer, not
 * only its first 600 ms.
 */
export function holdPauses(channel: InputChannel | null = openChannel(), every = PAUSE_AFTER_INPUT_MS / 2): () => void {
  if (!channel) return () => {};
  channel.postMessage(null);
  const timer = setInterval(() => channel.postMessage(null), every);
  const release = () => {
    clearInterval(timer);
    clearTimeout(limit);
    channel.close();
  };
  const limit = setTimeout(release, MAX_HOLD_MS);
  return release;
}

/** The channel on which the page says that the work `name` is awaited now (`awaitWork`). */
function awaitedChannel(name: string): InputChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`atlas:awaited:${name}`);
}

/**
 * The page's side, when the person now waits for what a worker computes ahead (the list, open,
 * for its orders): that worker (`inputPauses(…, name)`) stops pausing.
 */
export function awaitWork(name: string, channel: InputChannel | null = awaitedChannel(name)): void {
  channel?.postMessage(null);
  channel?.close();
}

/** How often `awaitWhile` says it again. */
export const AWAIT_AGAIN_MS = 250;

/**
 * `awaitWork(name)` now and again every `AWAIT_AGAIN_MS` until `answer` settles: a worker started
 * just before (its script still loading, not yet listening) hears it too. Returns `answer`.
 */
export function awaitWhile<T>(name: string, answer: Promise<T>, say: () => void = () => awaitWork(name)): Promise<T> {
  say();
  const timer = setInterval(say, AWAIT_AGAIN_MS);
  const stop = () => clearInterval(timer);
  answer.then(stop, stop);
  return answer;
}

export interface InputPauses {
  /** Resolves in a new task (where the inputs are heard), after a pause while someone acts. */
  next(): Promise<void>;
  /** The work is awaited now (the person asked for what it makes): no more pauses. */
  hurry(): void;
  close(): void;
}

/**
 * A worker's side, for long work run in steps (`runStepsInSlices(steps, ms, pauses.next)`): each
 * `next()` lets the inputs in, then waits until none came for `PAUSE_AFTER_INPUT_MS`. A pause cut
 * short at `MAX_PAUSE_MS` is followed by `MIN_WORK_MS` of work; one that ends with the quiet is not,
 * so that an input right after it pauses the work again at its next step. With a `name`, the page's
 * `awaitWork(name)` ends the pauses for good (`hurry`).
 */
export function inputPauses(
  name: string | null = null,
  channel: InputChannel | null = openChannel(),
  now = () => performance.now(),
  awaited: InputChannel | null = name === null ? null : awaitedChannel(name),
): InputPauses {
  let quietFrom = -Infinity;
  if (channel) channel.onmessage = () => (quietFrom = now() + PAUSE_AFTER_INPUT_MS);
  let workUntil = -Infinity;
  let hurried = false;
  let wake = () => {};
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const hurry = () => {
    hurried = true;
    wake();
  };
  if (awaited) awaited.onmessage = hurry;
  return {
    async next() {
      await nextMessageTask();
      const pausedFrom = now();
      if (hurried || pausedFrom < workUntil) return;
      for (let wait = quietFrom - now(); wait > 0; wait = quietFrom - now()) {
        const left = pausedFrom + MAX_PAUSE_MS - now();
        if (left <= 0) {
          workUntil = now() + MIN_WORK_MS;
          return;
        }
        await sleep(Math.min(wait, left));
        if (hurried) return;
      }
    },
    hurry,
    close: () => {
      channel?.close();
      awaited?.close();
    },
  };
}
