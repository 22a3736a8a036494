/**
 * How the network's communities are found (`link-communities.ts`), apart from the algorithm and its
 * library: the links' file names them, and the page reads them without loading graphology.
 */

/** Seed of the random source Louvain visits the nodes with: the same data, the same communities. */
export const COMMUNITY_SEED = 2014;

/**
 * How the labels are worked out; labels written by another method (an earlier version of the
 * folding, say) are not used, and the communities are found again.
 */
export const COMMUNITY_METHOD = 'louvain-folded-trees-1';
