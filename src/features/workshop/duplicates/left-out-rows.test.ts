import { describe, expect, it } from 'vitest';
import { resolveDuplicateDecisions } from '../../../pipeline/duplicate-decisions';
import { leftOutRows } from './left-out-rows';

describe('leftOutRows', () => {
  it('keeps the report lines of the rows left out, not the decisions that could not be followed', () => {
    const { problems } = resolveDuplicateDecisions(
      [
        { file: 'acteurs.csv', line: 3, column: 'doublon', id: 'b', cell: 'même que a' },
        { file: 'acteurs.csv', line: 4, column: 'doublon', id: 'c', cell: 'même que zz' },
      ],
      new Set(['a', 'b', 'c']),
    );
    expect(problems).toHaveLength(2);
    expect(leftOutRows(problems).map((p) => [p.file, p.line, p.message])).toEqual([['acteurs.csv', 3, 'même organisation que « a »']]);
  });
});
