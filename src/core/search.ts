/**
 * Full-text search over names, descriptions, themes and communes: accent- and case-insensitive,
 * prefix matching as one types, and tolerant of small typos (MiniSearch's fuzzy matching).
 */
import MiniSearch from 'minisearch';
import type { ActorFeature } from './model';
import { foldText } from './grammar/text';

export interface SearchIndex {
  /** Row indices (into the features given to `buildSearchIndex`) matching the query, best first. */
  search(query: string): number[];
}

/** Up to one typo in five letters; short words must match exactly. */
const FUZZY = 0.2;
const MIN_FUZZY_LENGTH = 4;
const BOOST = { name: 3, communeName: 2, themes: 1.5, description: 1 };

interface Doc {
  id: number;
  name: string;
  description: string;
  themes: string;
  communeName: string;
}

export function buildSearchIndex(features: readonly ActorFeature[]): SearchIndex {
  const mini = new MiniSearch<Doc>({
    fields: ['name', 'description', 'themes', 'communeName'],
    processTerm: (term) => foldText(term) || null,
    tokenize: (text) => foldText(text).split(' '),
    searchOptions: {
      boost: BOOST,
      prefix: true,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZY : false),
      combineWith: 'AND',
    },
  });
  mini.addAll(
    features.map((f, id) => ({
      id,
      name: f.properties.name,
      description: f.properties.description,
      themes: f.properties.themes.join(' '),
      communeName: f.properties.communeName,
    })),
  );
  return {
    search(query) {
      if (!foldText(query)) return [];
      return mini.search(query).map((r) => r.id as number);
    },
  };
}
