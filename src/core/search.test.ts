import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex, FrozenTextIndex, frozenBuffers, searchColumns, TextIndex } from './search';
import { ACTORS } from '../../tests/fixtures/actors';

const index = buildSearchIndex(ACTORS);
const find = (q: string) => index.search(q).map((i) => ACTORS[i]?.properties.id);

describe('buildSearchIndex', () => {
  it('finds a name typed without accents or capitals', () => {
    expect(find('reseau national')).toEqual(['c']);
    expect(find('venissieux')).toEqual(['e']);
  });

  it('finds as one types (prefix)', () => {
    expect(find('gravel')).toEqual(['b']);
  });

  it('tolerates a small typo', () => {
    expect(find('Poitieres')).toContain('a');
    expect(find('entreprendr')).toContain('b');
  });

  it('searches communes and themes too', () => {
    expect(find('lyon')).toEqual(['d']);
    expect(find('sante')).toEqual(['d']);
  });

  it('requires every word (AND)', () => {
    expect(find('maison poitiers')).toEqual(['a']);
    expect(find('maison lyon')).toEqual([]);
  });

  it('returns nothing for empty or punctuation-only queries', () => {
    expect(find('')).toEqual([]);
    expect(find(' -- ')).toEqual([]);
  });

  it('treats HTML as plain words', () => {
    expect(() => find('<script>alert(1)</script>')).not.toThrow();
  });
});

describe('TextIndex', () => {
  const columns = {
    names: ['Épicerie solidaire de Lyon', 'Maison du vélo', 'Lyon Métropole', 'Atelier Saint-Jean'],
    communeNames: ['Villeurbanne', 'Lyon', 'Lyon', 'Saint-Étienne'],
    themes: ['alimentation', 'mobilite', 'gouvernance', 'culture'],
    descriptions: null,
  };

  it('ranks a match in the name before one in the commune', () => {
    expect(new TextIndex(columns).search('lyon')).toEqual([2, 0, 1]);
  });

  it('folds accents and capitals on both sides', () => {
    const index = new TextIndex(columns);
    expect(index.search('EPICERIE')).toEqual([0]);
    expect(index.search('saint etienne')).toEqual([3]);
    expect(index.search('métropole')).toEqual([2]);
  });

  it('completes the last word only, from two letters', () => {
    const index = new TextIndex(columns);
    expect(index.search('epic')).toEqual([0]);
    expect(index.search('ali')).toEqual([0]);
    // "maison" is complete: "mais" is not completed when another word follows.
    expect(index.search('mais velo')).toEqual([]);
    expect(index.search('v')).toEqual([]);
  });

  it('forgives a typo in a word of five letters or more, not in shorter ones', () => {
    const index = new TextIndex(columns);
    expect(index.search('alimentaton')).toEqual([0]);
    expect(index.search('atelir')).toEqual([3]);
    expect(index.search('lyom')).toEqual([]);
  });

  it('adds the descriptions later, shard by shard, each row once', () => {
    const index = new TextIndex(columns);
    expect(index.search('reparation')).toEqual([]);
    index.addDescriptions(1, ['Réparation de vélos', 'Réparation']);
    index.addDescriptions(1, ['Réparation de vélos', 'Réparation']);
    // The shorter description comes first (BM25's length normalisation).
    expect(index.search('reparation')).toEqual([2, 1]);
    expect(index.search('velo reparation')).toEqual([1]);
  });

  it('finds the same once compacted, and still takes descriptions afterwards', () => {
    const index = new TextIndex(columns);
    index.addDescriptions(0, ['Réparation de vélos']);
    const before = ['lyon', 'velo', 'repar', 'alimentaton'].map((q) => index.search(q));
    index.compact();
    expect(['lyon', 'velo', 'repar', 'alimentaton'].map((q) => index.search(q))).toEqual(before);
    expect(before[2]).toEqual([0]);
    index.addDescriptions(3, ['Réparation de vélos']);
    expect(index.search('reparation velos')).toEqual([0, 3]);
  });

  it('indexes the descriptions the features carry (data files of before the details shards)', () => {
    expect(searchColumns(ACTORS).descriptions).toHaveLength(ACTORS.length);
    const features = ACTORS.map(({ properties: { description: _, ...properties }, ...f }) => ({ ...f, properties }));
    expect(searchColumns(features).descriptions).toBeNull();
  });
});

describe('FrozenTextIndex', () => {
  const words = ['lyon', 'velo', 'reparation', 'epicerie', 'solidaire', 'maison', 'atelier', 'saint', 'jean', 'ecole', 'jardin', 'partage'];
  const text = fc.array(fc.constantFrom(...words, 'Vélo', 'Réparation,', 'L’atelier'), { maxLength: 6 }).map((w) => w.join(' '));
  const columns = fc.array(fc.record({ name: text, commune: text, themes: text, description: text }), { minLength: 1, maxLength: 40 });
  const query = fc.array(fc.constantFrom(...words, 'ly', 'rep', 'velos', 'atelir', 'repartion', 'jardins', 'x'), {
    minLength: 1,
    maxLength: 3,
  });

  it('finds the same whether the descriptions came with the rows or after a search, frozen and moved or not', () => {
    fc.assert(
      fc.property(columns, fc.array(query, { minLength: 1, maxLength: 8 }), (rows, queries) => {
        const texts = {
          names: rows.map((r) => r.name),
          communeNames: rows.map((r) => r.commune),
          themes: rows.map((r) => r.themes),
        };
        const atOnce = new TextIndex({ ...texts, descriptions: rows.map((r) => r.description) });
        const later = new TextIndex({ ...texts, descriptions: null });
        // Searched before the descriptions come: what it searched then must not stay.
        for (const q of queries) later.search(q.join(' '));
        later.addDescriptions(
          0,
          rows.map((r) => r.description),
        );
        const moved = new FrozenTextIndex(structuredClone(later.freeze()));
        for (const q of queries.map((w) => w.join(' '))) {
          expect(later.search(q)).toEqual(atOnce.search(q));
          expect(moved.search(q)).toEqual(atOnce.search(q));
        }
      }),
    );
  });

  it('moves as buffers and keeps its rows in typed arrays', () => {
    const index = new TextIndex({
      names: ['Maison du vélo', 'Vélo école'],
      communeNames: ['Lyon', 'Lyon'],
      themes: ['', ''],
      descriptions: null,
    });
    const frozen = index.freeze();
    expect(frozen.words.slice().sort()).toEqual(['du', 'ecole', 'lyon', 'maison', 'velo']);
    const velo = frozen.words.indexOf('velo');
    expect([...frozen.rows.subarray(frozen.start[velo * 4], frozen.start[velo * 4 + 1])]).toEqual([0, 1]);
    expect(frozenBuffers(frozen)).toHaveLength(2 + 4 + 1);
    // A copy: texts added to the index afterwards are not in it.
    index.addDescriptions(0, ['Lyon']);
    expect(new FrozenTextIndex(frozen).search('lyon')).toEqual([0, 1]);
    expect(frozen.lengths[3]?.[0]).toBe(0);
  });
});
