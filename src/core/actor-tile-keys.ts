/**
 * The properties of the actors' vector tiles (`actors.pmtiles`), shared by the pipeline that
 * writes them and the map that reads them. A cluster carries `point_count`, `cluster_id` and a
 * count per key below; a point carries the same keys as 0/1 flags, with `row`, `id`, `name`, `sample`.
 */
import { KINDS, PRACTICES, PROFILES } from './vocabulary';

/** The archive's one layer. */
export const ACTORS_TILE_LAYER = 'actors';

/** `p_<practice>`, `k_<kind>`, `f_<profile>` (`f_unknown` when the profile is not given). */
export const practiceKey = (code: string): string => `p_${code}`;
export const kindKey = (code: string): string => `k_${code}`;
export const profileKey = (code: string): string => `f_${code}`;

export const COUNT_KEYS: readonly string[] = [
  ...PRACTICES.codes.map(practiceKey),
  ...KINDS.codes.map(kindKey),
  ...[...PROFILES.codes, 'unknown'].map(profileKey),
];
