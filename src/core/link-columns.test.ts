/** The links through their columns and back: the same links, in the same order, the same sources shared. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkColumnsOf, linkSlice } from './link-columns';
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
      }),
    );
  });
});
