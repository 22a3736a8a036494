/**
 * The texts the search indexes, taken from the features as columns (one array of strings per
 * field, in row order): what the page sends to the search worker (`state/search.worker.ts`).
 * Apart from `search.ts` so that the page does not load the search code to send them.
 */
import type { ActorFeature } from './model';

/** The searched texts of every row, one array per field, in row order. */
export interface SearchColumns {
  names: string[];
  communeNames: string[];
  /** The row's themes, joined by spaces. */
  themes: string[];
  /** Null when the rows do not carry their descriptions (they are in the details shards). */
  descriptions: string[] | null;
}

/** The description of a feature that still carries one (data files of before the details shards). */
function descriptionOf(feature: ActorFeature): string | undefined {
  const value = (feature.properties as { description?: unknown }).description;
  return typeof value === 'string' ? value : undefined;
}

/** The searched texts of the features; `descriptions` when every feature carries one. */
export function searchColumns(features: readonly ActorFeature[]): SearchColumns {
  const descriptions = features.map(descriptionOf);
  return {
    names: features.map((f) => f.properties.name),
    communeNames: features.map((f) => f.properties.communeName),
    themes: features.map((f) => f.properties.themes.join(' ')),
    descriptions: features.length > 0 && descriptions.every((d) => d !== undefined) ? (descriptions as string[]) : null,
  };
}
