import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actor } from '../../tests/fixtures/actors';
import { indexActors, indexDataset, linkEndRows, pointColumnsOf, rowsById, rowsOfIds, withLinks } from './dataset-index';
import type { Link } from './model';
import { buildActorTable } from './filters';

const link = (source: string, target: string, note = ''): Link => ({
  source,
  target,
  type: 'partenaire',
  note,
  sources: [],
  sample: false,
});

/** What the index must answer: each link under both ends, in the links' order, a self-link twice, none with an unknown end. */
function naive(ids: readonly string[], links: readonly Link[]): Map<string, Link[]> {
  const known = new Set(ids);
  const lists = new Map<string, Link[]>();
  for (const l of links) {
    if (!known.has(l.source) || !known.has(l.target)) continue;
    for (const end of [l.source, l.target]) lists.set(end, [...(lists.get(end) ?? []), l]);
  }
  return lists;
}

describe('the links by actor', () => {
  it('lists each link under both ends, in order, and nothing for an actor without links', () => {
    const features = ['a', 'b', 'c', 'd'].map((id) => actor({ id }));
    const ab = link('a', 'b');
    const ca = link('c', 'a');
    const cc = link('c', 'c');
    const ax = link('a', 'x');
    const data = indexDataset(features, [ab, ax, ca, cc]);
    expect(data.linksOf.get('a')).toEqual([ab, ca]);
    expect(data.linksOf.get('a')?.[0]).toBe(ab);
    expect(data.linksOf.get('b')).toEqual([ab]);
    expect(data.linksOf.get('c')).toEqual([ca, cc, cc]);
    expect(data.linksOf.get('d')).toBeUndefined();
    expect(data.linksOf.get('x')).toBeUndefined();
    // The same list each time it is asked for.
    expect(data.linksOf.get('a')).toBe(data.linksOf.get('a'));
  });

  it('answers as a list per actor would, for any links', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const end = fc.constantFrom(...ids, 'unknown');
    fc.assert(
      fc.property(fc.array(fc.tuple(end, end), { maxLength: 40 }), (pairs) => {
        const links = pairs.map(([s, t], i) => link(s, t, String(i)));
        const data = indexDataset(
          ids.map((id) => actor({ id })),
          links,
        );
        const expected = naive(ids, links);
        for (const id of [...ids, 'unknown']) expect(data.linksOf.get(id)).toEqual(expected.get(id));
      }),
    );
  });

  it('gives the ends’ rows, -1 for an unknown id, the last row of a repeated id', () => {
    const rowOf = rowsById(['a', 'b', 'a'].map((id) => actor({ id })));
    expect([...linkEndRows([link('a', 'b'), link('b', 'x')], rowOf)]).toEqual([2, 1, 1, -1]);
    // The same rows from the ids alone (the actors' columns file gives them so).
    expect(rowsOfIds(['a', 'b', 'a'])).toEqual(rowOf);
  });

  it('answers the same with the ends’ rows worked out ahead (by the links’ reader), and ignores ends of other links', () => {
    const features = ['a', 'b', 'c'].map((id) => actor({ id }));
    const links = [link('a', 'b'), link('c', 'x'), link('b', 'c')];
    const actors = indexActors(features);
    const ahead = withLinks(actors, links, { ends: linkEndRows(links, rowsById(features)) });
    const here = withLinks(actors, links);
    const stale = withLinks(actors, links, { ends: new Int32Array([0, 0]) });
    for (const id of ['a', 'b', 'c', 'x']) {
      expect(ahead.linksOf.get(id)).toEqual(here.linksOf.get(id));
      expect(stale.linksOf.get(id)).toEqual(here.linksOf.get(id));
    }
    expect(ahead.linksOf.get('b')).toEqual([links[0], links[2]]);
  });

  it('keeps the community labels given for its rows, and only those', () => {
    const features = ['a', 'b', 'c'].map((id) => actor({ id }));
    const actors = indexActors(features);
    const labels = Int32Array.of(0, 0, -1);
    expect(withLinks(actors, [], { ends: new Int32Array(0), communityLabels: labels }).communityLabels).toBe(labels);
    expect(withLinks(actors, [], { ends: new Int32Array(0), communityLabels: Int32Array.of(0, 0) }).communityLabels).toBeUndefined();
    expect(withLinks(actors, []).communityLabels).toBeUndefined();
  });
});

describe('the point columns', () => {
  const FEATURES = [
    actor({ id: 'a', practices: ['dialogue', 'lieu'], kind: 'actor' }, [1.5, 43.6]),
    actor({ id: 'b', practices: [], kind: 'project' }, null),
    actor({ id: 'c', practices: ['accompagnement'], kind: 'project' }, [-4.48, 48.39]),
  ];

  it('hold each row’s place (NaN without one), practices as the filter table’s bits and kind', () => {
    const columns = pointColumnsOf(FEATURES);
    expect([...columns.coords]).toEqual([1.5, 43.6, NaN, NaN, -4.48, 48.39]);
    const table = indexActors(FEATURES).table;
    expect([...columns.practiceMask]).toEqual([...table.practiceMask]);
    expect([...columns.practiceMask]).toEqual([0b1001, 0, 0b0100]);
    expect([...columns.kind]).toEqual([...table.kind]);
    expect([...columns.kind]).toEqual([0, 1, 1]);
  });

  it('are the index’s own when worked out ahead (by the file’s reader), and made here otherwise', () => {
    const ahead = pointColumnsOf(FEATURES);
    expect(indexActors(FEATURES, { columns: ahead }).columns).toBe(ahead);
    expect(indexActors(FEATURES).columns).toEqual(ahead);
    // Columns of other rows are not taken for these.
    expect(indexActors(FEATURES.slice(0, 2), { columns: ahead }).columns).toEqual(pointColumnsOf(FEATURES.slice(0, 2)));
  });

  it('takes the filter table made ahead from the file’s columns, and makes one for other rows', () => {
    const ahead = buildActorTable(FEATURES);
    expect(indexActors(FEATURES, { table: ahead }).table).toBe(ahead);
    const fewer = indexActors(FEATURES.slice(0, 2), { table: ahead }).table;
    expect(fewer).not.toBe(ahead);
    expect(fewer).toEqual(buildActorTable(FEATURES.slice(0, 2)));
  });
});
