import { describe, expect, it } from 'vitest';
import { appendAll } from './arrays';

describe('appendAll', () => {
  it('appends in order, in place', () => {
    const target = [1, 2];
    expect(appendAll(target, [3, 4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it('appends more items than a call may take as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const target: number[] = [];
    appendAll(target, many);
    expect(target.length).toBe(500_000);
    expect(target[499_999]).toBe(499_999);
  });
});
