/** Helpers for the tests of work written in steps (generators that pause with `yield`). */
import { buildCsr, type CsrGraph } from '../../src/features/links/csr-graph';

/** Runs `steps` to its end at once; its value and how many times it paused (how fine its steps are). */
export function runStepsCounting<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses += 1;
  }
}

/** The graph of `n` nodes and these pairs (`buildCsr`). */
export function csrOfPairs(n: number, pairs: readonly (readonly [number, number])[]): CsrGraph {
  return buildCsr(
    n,
    Int32Array.from(pairs, (p) => p[0]),
    Int32Array.from(pairs, (p) => p[1]),
  );
}
