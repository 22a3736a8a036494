import { describe, expect, it } from 'vitest';
import { ariaSort, effectiveSort, moveIndex } from './list-nav';

describe('moveIndex', () => {
  it.each([
    ['ArrowDown', 0, 5, 1],
    ['ArrowDown', 4, 5, 4],
    ['ArrowUp', 0, 5, 0],
    ['ArrowUp', 3, 5, 2],
    ['Home', 3, 5, 0],
    ['End', 0, 5, 4],
    ['PageDown', 0, 25, 10],
    ['PageDown', 20, 25, 24],
    ['PageUp', 5, 25, 0],
    ['ArrowDown', 9, 5, 4],
  ])('%s from %d of %d → %d', (key, from, count, to) => {
    expect(moveIndex(key, from, count)).toBe(to);
  });

  it('ignores other keys and empty lists', () => {
    expect(moveIndex('Enter', 0, 5)).toBeNull();
    expect(moveIndex('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('effectiveSort and ariaSort', () => {
  it('gives way to relevance only for the name sort with a search', () => {
    expect(effectiveSort('name', [3, 1])).toBe('relevance');
    expect(effectiveSort('name', [])).toBe('name');
    expect(effectiveSort('name', undefined)).toBe('name');
    expect(effectiveSort('place', [3, 1])).toBe('place');
  });

  it('sorts by name while the network metrics are computed', () => {
    expect(effectiveSort('links', undefined, false)).toBe('name');
    expect(effectiveSort('betweenness', [3, 1], false)).toBe('name');
    expect(effectiveSort('links', undefined, true)).toBe('links');
    expect(effectiveSort('place', undefined, false)).toBe('place');
  });

  it('marks only the sorted column, qualification best first', () => {
    expect(ariaSort('name', 'name')).toBe('ascending');
    expect(ariaSort('qualification', 'qualification')).toBe('descending');
    expect(ariaSort('place', 'name')).toBe('none');
    expect(ariaSort('name', 'relevance')).toBe('none');
  });
});
