import { describe, expect, it } from 'vitest';
import { mulberry32 } from './mulberry32';
import { nextMessageTask, runSteps, runStepsInSlices, SORT_STEP, sortInSteps, workClock } from './steps';
import { runStepsCounting } from '../../tests/helpers/steps';

function* counting(pauses: number, log: string[]): Generator<void, string> {
  for (let i = 0; i < pauses; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return 'done';
}

describe('runSteps', () => {
  it('runs every step at once and gives the value', () => {
    const log: string[] = [];
    expect(runSteps(counting(3, log))).toBe('done');
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });
});

describe('runStepsInSlices', () => {
  it('starts a new task at each pause by default: other tasks run in between', async () => {
    const log: string[] = [];
    const running = runStepsInSlices(counting(3, log));
    setTimeout(() => log.push('another task'), 0);
    expect(log).toEqual(['step 0']);
    await expect(running).resolves.toBe('done');
    expect(log.indexOf('another task')).toBeGreaterThan(0);
    expect(log.indexOf('another task')).toBeLessThan(log.length - 1);
  });

  it('keeps working through pauses until the slice’s time is over', async () => {
    const log: string[] = [];
    const running = runStepsInSlices(counting(50, log), 60_000);
    // Within one slice: every step before anything else runs.
    expect(log).toHaveLength(50);
    await expect(running).resolves.toBe('done');
  });
});

describe('nextMessageTask', () => {
  it('resolves in a new task, after the microtasks of the current one', async () => {
    const log: string[] = [];
    const next = nextMessageTask().then(() => log.push('new task'));
    void Promise.resolve().then(() => log.push('microtask'));
    log.push('current task');
    await next;
    expect(log).toEqual(['current task', 'microtask', 'new task']);
  });
});

describe('sortInSteps', () => {
  const random = mulberry32(7);
  const values = Array.from({ length: 3 * SORT_STEP + 7 }, () => Math.floor(random() * 500));
  const byValue = (a: number, b: number) => (values[a] as number) - (values[b] as number);

  it('sorts as the engine does, equal items in their order (stable), pausing every SORT_STEP items or so', () => {
    const rows = Int32Array.from(values.keys());
    const { value, pauses } = runStepsCounting(sortInSteps(rows, byValue));
    const expected = [...values.keys()].sort((a, b) => byValue(a, b) || a - b);
    expect(Array.from(value)).toEqual(expected);
    // 4 runs sorted, then merges of 2 and 4 runs: a pause per run, per SORT_STEP placed, per pass.
    expect(pauses).toBeGreaterThanOrEqual(4 + 2);
    expect(pauses).toBeLessThanOrEqual(4 + 2 + (2 * values.length) / SORT_STEP + 1);
  });

  it('sorts what fits in one run, and nothing', () => {
    const small = Int32Array.of(3, 1, 2);
    expect(Array.from(runSteps(sortInSteps(small, (a, b) => a - b)))).toEqual([1, 2, 3]);
    expect(Array.from(runSteps(sortInSteps(new Int32Array(0), (a, b) => a - b)))).toEqual([]);
  });
});

describe('workClock', () => {
  it('counts the time worked between pauses, not the pauses', () => {
    let now = 100;
    const clock = workClock(() => now);
    function* work(): Generator<void, number> {
      now += 5;
      yield* clock.pause();
      now += 7;
      yield* clock.pause();
      now += 1;
      return clock.worked();
    }
    const steps = work();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        expect(step.value).toBe(13);
        break;
      }
      now += 1000;
    }
  });
});
