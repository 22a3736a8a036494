/**
 * The mulberry32 generator: a 32-bit seed, uniform numbers in [0, 1), the same on every run. What
 * is drawn at random (the sample data, the sources of the sampled betweenness, Louvain's visiting
 * order) draws from it, so that the same inputs always give the same results.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
