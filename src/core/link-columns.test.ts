/**
 * The links through their columns and their file (`links.columns.json`) and back: the same links,
 * in the same order, the same sources shared; a file whose columns do not fit is refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinkColumnsFileSchema, linkColumnsFileOf, linkColumnsOf, linkColumnsOfFile, linkRowsOfColumns, linkSlice } from './link-columns';
import { ColumnsError } from './column-schema';
import { COMMUNITY_METHOD, COMMUNITY_SEED } from './community-method';
import type { Link } from './model';
import { LINK_TYPES } from './vocabulary';

const link = (source: string, target: string, more: Partial<Link> = {}): Link => ({
  source,
  target,
  type: 'partenaire',
  note: '',
  sources: ['Document 004'],
  sample: false,
  ...more,
});

describe('link columns', () => {
  it('give back the links, each text once', () => {
    const links = [
      link('a', 'b'),
      link('b', 'c', { type: 'porte', note: 'Porteur du projet', sample: true }),
      link('a', 'c', { sources: ['Document 004', 'Annuaire'] }),
      link('c', 'a', { sources: ['["Document 004","Annuaire"]'] }),
      link('c', 'c', { sources: [] }),
    ];
    const columns = linkColumnsOf(links);
    expect(columns.ids).toEqual(['a', 'b', 'c']);
    expect([...columns.source]).toEqual([0, 1, 0, 2, 2]);
    expect([...columns.target]).toEqual([1, 2, 2, 0, 2]);
    expect(columns.notes).toEqual(['', 'Porteur du projet']);
    expect(columns.sourceLists).toEqual([['Document 004'], ['Document 004', 'Annuaire'], ['["Document 004","Annuaire"]'], []]);
    const back = linkSlice(columns, 0, links.length);
    expect(back).toEqual(links);
    expect(back[1]!.sources).toBe(back[0]!.sources);
    expect(linkSlice(columns, 2, 4)).toEqual(links.slice(2, 4));
  });

  it('give back any links', () => {
    const text = fc.string({ maxLength: 6 });
    const linkArb = fc.record({
      source: fc.string({ minLength: 1, maxLength: 3 }),
      target: fc.string({ minLength: 1, maxLength: 3 }),
      type: fc.constantFrom(...LINK_TYPES.codes),
      note: text,
      sources: fc.array(text, { maxLength: 3 }),
      sample: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(linkArb, { maxLength: 40 }), (links) => {
        expect(linkSlice(linkColumnsOf(links), 0, links.length)).toEqual(links);
        const file = LinkColumnsFileSchema.parse(JSON.parse(JSON.stringify(linkColumnsFileOf(links))));
        expect(linkSlice(linkColumnsOfFile(file), 0, links.length)).toEqual(links);
      }),
    );
  });
});

describe('the links file', () => {
  const links = [
    link('a', 'b', { type: 'porte', note: 'Porteur du projet' }),
    link('b', 'c', { sample: true }),
    link('c', 'a', { type: 'porte', sources: [] }),
  ];
  const file = linkColumnsFileOf(links);

  it('writes each end and each value once, every link as positions', () => {
    expect(file).toEqual({
      type: 'LinkColumns',
      version: 1,
      ids: ['a', 'b', 'c'],
      source: [0, 1, 2],
      target: [1, 2, 0],
      linkType: { values: ['porte', 'partenaire'], index: [0, 1, 0] },
      note: { values: ['Porteur du projet', ''], index: [0, 1, 1] },
      sources: { values: [['Document 004'], []], index: [0, 0, 1] },
      sample: [false, true, false],
    });
    expect(LinkColumnsFileSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
  });

  it.each([
    ['an unknown type', { linkType: { values: ['ami'], index: [0, 0, 0] } }],
    ['an empty id', { ids: ['a', '', 'c'] }],
    ['a position that is not a whole number', { source: [0, 1.5, 2] }],
    ['a sample that is not true or false', { sample: [false, 'oui', false] }],
    ['sources that are not texts', { sources: { values: [[1]], index: [0, 0, 0] } }],
    ['another layout', { version: 2 }],
  ])('refuses %s', (_, change) => {
    expect(LinkColumnsFileSchema.safeParse({ ...file, ...change }).success).toBe(false);
  });

  it.each([
    ['an end past the ids', { target: [1, 2, 3] }, 'target.2: 3 is past the 3 values'],
    ['a column shorter than the links', { sample: [false] }, 'sample: 1 links, not 3 as source'],
    ['an index past its values', { note: { values: [''], index: [0, 0, 1] } }, 'note.index.2: 1 is past the 1 values'],
    ['an index column of another length', { linkType: { values: ['porte'], index: [0] } }, 'linkType.index: 1 links, not 3 as source'],
  ])('says where the columns do not fit: %s', (_, change, message) => {
    expect(() => linkColumnsOfFile({ ...file, ...change } as typeof file)).toThrow(new ColumnsError(message));
  });

  it('gives the rows of the ends, looking each id up once (-1 for an id not among the rows)', () => {
    const columns = linkColumnsOfFile(file);
    const rows = linkRowsOfColumns(
      columns,
      new Map([
        ['a', 5],
        ['c', 0],
      ]),
      6,
    );
    expect([...rows.ends]).toEqual([5, -1, -1, 0, 0, 5]);
    expect(rows.communityLabels).toBeUndefined();
  });

  it('carries the communities of the ids, by row on the page; labels of another method or seed are left out', () => {
    const labelled = linkColumnsFileOf(links, (id) => (id === 'c' ? -1 : 7));
    expect(labelled.communities).toEqual({ method: COMMUNITY_METHOD, seed: COMMUNITY_SEED, labels: [7, 7, -1] });
    const columns = linkColumnsOfFile(LinkColumnsFileSchema.parse(JSON.parse(JSON.stringify(labelled))));
    expect([...columns.communityLabels!]).toEqual([7, 7, -1]);
    expect([
      ...linkRowsOfColumns(
        columns,
        new Map([
          ['a', 2],
          ['b', 0],
          ['c', 3],
        ]),
        5,
      ).communityLabels!,
    ]).toEqual([7, -1, 7, -1, -1]);
    for (const other of [{ method: 'louvain-0' }, { seed: COMMUNITY_SEED + 1 }]) {
      const older = { ...labelled, communities: { ...labelled.communities!, ...other } };
      expect(linkColumnsOfFile(older).communityLabels).toBeUndefined();
    }
    expect(() => linkColumnsOfFile({ ...labelled, communities: { ...labelled.communities!, labels: [7] } })).toThrow(
      new ColumnsError('communities.labels: 1 labels, not 3 as ids'),
    );
    expect(LinkColumnsFileSchema.safeParse({ ...labelled, communities: { ...labelled.communities!, labels: [7, -2, 0] } }).success).toBe(
      false,
    );
  });
});
