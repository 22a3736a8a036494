/** Timing helpers: many runs, median and 95th percentile. */

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), runs: sorted.length };
}

/** Nearest-rank quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Runs `fn` once per input, after `warmup` unmeasured runs, and returns the timings in ms. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = 3): Timing {
  for (let i = 0; i < Math.min(warmup, inputs.length); i += 1) fn(inputs[i] as T);
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    fn(input);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}
