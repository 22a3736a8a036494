/** `plainLinks`: the quick check of `links.json` takes exactly what the schema takes, and gives the same. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LinksSchema, plainLinks } from './schema';
import { LINK_TYPES } from './vocabulary';

const link = {
  source: 'maison-des-alliances',
  target: 'projet-mobilite',
  type: 'porte',
  note: 'Porteur du projet',
  sources: ['Document 004'],
  sample: false,
};

describe('plainLinks', () => {
  it('gives well-formed links as the schema does, other keys left out', () => {
    const json = [link, { ...link, type: 'partenaire', sources: [], sample: true, extra: '<b>x</b>' }];
    expect(plainLinks(json)).toEqual(LinksSchema.parse(json));
    expect(plainLinks(json)?.[1]).not.toHaveProperty('extra');
    expect(plainLinks([])).toEqual([]);
  });

  it.each([
    ['not a list', { links: [link] }],
    ['an item that is not an object', [link, 'lien']],
    ['a null item', [null]],
    ['an empty source', [{ ...link, source: '' }]],
    ['a missing target', [{ ...link, target: undefined }]],
    ['an unknown type', [{ ...link, type: 'ami' }]],
    ['a note that is a number', [{ ...link, note: 3 }]],
    ['a source that is not a text', [{ ...link, sources: ['doc', 4] }]],
    ['sample as a text', [{ ...link, sample: 'true' }]],
  ])('leaves %s to the schema, which refuses it', (_, json) => {
    expect(plainLinks(json)).toBeNull();
    expect(LinksSchema.safeParse(json).success).toBe(false);
  });

  it('takes exactly what the schema takes, and gives what it gives (random items)', () => {
    const anything = fc.oneof(
      fc.string({ maxLength: 3 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }),
    );
    const item = fc.record({
      source: fc.oneof(fc.string({ maxLength: 4 }), anything),
      target: fc.oneof(fc.string({ maxLength: 4 }), anything),
      type: fc.oneof(fc.constantFrom(...LINK_TYPES.codes), anything),
      note: fc.oneof(fc.string({ maxLength: 4 }), anything),
      sources: fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), anything),
      sample: fc.oneof(fc.boolean(), anything),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), (json) => {
        const quick = plainLinks(json);
        const parsed = LinksSchema.safeParse(json);
        if (quick !== null) expect(parsed.success && parsed.data).toEqual(quick);
        if (parsed.success) expect(quick).toEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('plainLinks, sources', () => {
  it('gives links citing the same sources one shared array, and others their own', () => {
    const json = [
      { ...link, sources: ['Document 004'] },
      { ...link, target: 'b', sources: ['Document 004'] },
      { ...link, target: 'c', sources: ['Document 004', 'Annuaire'] },
      { ...link, target: 'd', sources: ['Document 004', 'Annuaire'] },
      { ...link, target: 'e', sources: ['Document 004,Annuaire'] },
      { ...link, target: 'f', sources: [] },
      { ...link, target: 'g', sources: ['["Document 004","Annuaire"]'] },
    ];
    const links = plainLinks(json)!;
    expect(links.map((l) => l.sources)).toEqual(json.map((l) => l.sources));
    expect(links[1]!.sources).toBe(links[0]!.sources);
    expect(links[3]!.sources).toBe(links[2]!.sources);
    expect(links[4]!.sources).not.toBe(links[2]!.sources);
    expect(links[6]!.sources).toEqual(['["Document 004","Annuaire"]']);
  });
});
