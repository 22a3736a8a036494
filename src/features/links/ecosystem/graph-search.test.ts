import { describe, expect, it } from 'vitest';
import { findNodes, fold } from './graph-search';

const nodes = [
  { id: 'pemb', name: 'Paris Est Marne & Bois' },
  { id: 'agir', name: 'Agir Ensemble à Charenton' },
  { id: 'club', name: 'Club Gravelle Entreprendre' },
  { id: 'vita', name: 'Vitawin' },
];

describe('fold', () => {
  it('drops accents and case', () => {
    expect(fold(' Été À Charenton ')).toBe('ete a charenton');
  });
});

describe('findNodes', () => {
  it('needs two letters', () => {
    expect(findNodes(nodes, 'e')).toEqual([]);
  });

  it('puts names starting with the query, then word starts, then inner matches', () => {
    expect(findNodes(nodes, 'en').map((n) => n.id)).toEqual(['agir', 'club']);
    // Both inside a word (p·ar·is, ch·ar·enton): in French alphabetical order.
    expect(findNodes(nodes, 'ar').map((n) => n.id)).toEqual(['agir', 'pemb']);
    expect(findNodes(nodes, 'gra').map((n) => n.id)).toEqual(['club']);
    expect(findNodes(nodes, 'vi').map((n) => n.id)).toEqual(['vita']);
  });

  it('ignores accents in the query', () => {
    expect(findNodes(nodes, 'CHÂRENTON').map((n) => n.id)).toEqual(['agir']);
  });

  it('stops at the limit', () => {
    expect(findNodes(nodes, 'ar', 1)).toHaveLength(1);
  });
});
