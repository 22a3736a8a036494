import { describe, expect, it } from 'vitest';
import { pickThemes, THEMES_PAGE } from './theme-options';

const pick = (names: readonly string[], counts: Record<string, number>, query = '', limit = THEMES_PAGE, selected: string[] = []) =>
  pickThemes(names, counts, { query, limit, selected });

/** Counts as the filter pass gives them: a record without a prototype. */
const record = (entries: [string, number][]): Record<string, number> =>
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(entries));

describe('pickThemes', () => {
  const names = ['zèbre', 'emploi', 'Écologie', 'abeille', 'santé', 'éducation', '__proto__'];
  const counts = record([
    ['zèbre', 5],
    ['emploi', 2],
    ['Écologie', 2],
    ['abeille', 2],
    ['santé', 0],
    ['éducation', 2],
    ['__proto__', 3],
  ]);

  it('puts the most used first; among equals the known themes, then French order', () => {
    expect(pick(names, counts).shown).toEqual(['zèbre', '__proto__', 'éducation', 'emploi', 'abeille', 'Écologie', 'santé']);
  });

  it('shows `limit` themes, then the selected ones out of rank', () => {
    expect(pick(names, counts, '', 2, ['santé', 'zèbre'])).toEqual({ shown: ['zèbre', '__proto__', 'santé'], ranked: 2, matching: 7 });
  });

  it('searches within the facet without accents, case or punctuation', () => {
    expect(pick(names, counts, 'ECO').shown).toEqual(['Écologie']);
    expect(pick(names, counts, 'e').matching).toBe(6);
    expect(pick(names, counts, 'proto').shown).toEqual(['__proto__']);
    expect(pick(names, counts, 'sante ', 12, ['zèbre'])).toEqual({ shown: ['santé', 'zèbre'], ranked: 1, matching: 1 });
    expect(pick(names, counts, 'xyz')).toEqual({ shown: [], ranked: 0, matching: 0 });
  });

  it('picks the first options of 98,000 themes in facet order, the same as a full sort', () => {
    const many = Array.from({ length: 98_000 }, (_, i) => `thème unique ${i + 1}`);
    const used = record(many.map((name, i) => [name, i % 1000 === 7 ? 2 : 1]));
    const started = performance.now();
    const { shown, matching } = pick(many, used);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(matching).toBe(98_000);
    const collator = new Intl.Collator('fr');
    const sorted = [...many].sort((a, b) => (used[b] ?? 0) - (used[a] ?? 0) || collator.compare(a, b));
    expect(shown).toEqual(sorted.slice(0, THEMES_PAGE));
    expect(pick(many, used, 'unique 70000').shown).toEqual(['thème unique 70000']);
    expect(pick(many, used, 'Thème Unique 7000', 48).matching).toBe(11);
  });
});
