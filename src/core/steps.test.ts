import { describe, expect, it } from 'vitest';
import { nextMessageTask, runSteps, runStepsCounting, runStepsInSlices } from './steps';

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

describe('runStepsCounting', () => {
  it('runs every step at once and tells how many times the work paused', () => {
    const log: string[] = [];
    expect(runStepsCounting(counting(4, log))).toEqual({ value: 'done', pauses: 4 });
    expect(runStepsCounting(counting(0, []))).toEqual({ value: 'done', pauses: 0 });
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
