import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { actor } from '../../../../tests/fixtures/actors';
import { describe, expect, it } from 'vitest';
import { DuplicatesPanel } from './duplicates-panel';
import type { ActorRecordFeature } from '../../../core/model';
import type { DuplicatePair } from './duplicate-pairs';

const record = (id: string, name: string): ActorRecordFeature =>
  actor(
    {
      id,
      name,
      practices: ['dialogue'],
      profile: 'association',
      region: '75',
      departement: '86',
      commune: '86194',
      communeName: 'Poitiers',
      precision: 'commune',
      website: 'https://amis.example.org/',
      sources: ['Annuaire 2024'],
    },
    [0.34, 46.58],
  );

const records = new Map([
  ['a1', record('a1', 'Les Amis du Moulin')],
  ['b2', record('b2', 'Amis du moulin <b>')],
]);
const pair: DuplicatePair = {
  a: 'a1',
  b: 'b2',
  score: 0.93,
  reasons: ['name', 'place'],
  nameSimilarity: 0.93,
  distanceKm: 0,
  place: 'same-commune',
  explanation: 'noms proches (93 %), même commune',
};

describe('DuplicatesPanel', () => {
  it('renders the pairs as a table with a comparison button, names as text', () => {
    const html = renderToStaticMarkup(
      createElement(DuplicatesPanel, { lang: 'fr', pairs: [pair], recordOf: (id) => records.get(id), onDecide: () => undefined }),
    );
    expect(html).toContain('<h2');
    expect(html).toContain('Doublons possibles');
    expect(html).toContain('1 paire à examiner');
    expect(html).toContain('<caption>Paires de fiches qui se ressemblent');
    expect(html).toContain('Amis du moulin &lt;b&gt;');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toMatch(/noms proches \(93\s%\), même commune/);
    expect(html).toContain('À décider');
  });

  it('shows a decision already taken, in English', () => {
    const html = renderToStaticMarkup(
      createElement(DuplicatesPanel, {
        lang: 'en',
        pairs: [pair],
        recordOf: (id) => records.get(id),
        decisions: new Map([['a1\nb2', 'different' as const]]),
        onDecide: () => undefined,
      }),
    );
    expect(html).toContain('Possible duplicates');
    expect(html).toContain('Decided: different records');
  });

  it('says when there is nothing to review', () => {
    const html = renderToStaticMarkup(
      createElement(DuplicatesPanel, { lang: 'fr', pairs: [], recordOf: () => undefined, onDecide: () => undefined }),
    );
    expect(html).toContain('Aucun doublon possible trouvé.');
  });
});
