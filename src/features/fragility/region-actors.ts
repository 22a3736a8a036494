/**
 * The records of the network based in one région (its `region` code), for the région's profile:
 * real records first, then sample data, each group by name.
 */
import type { ActorProperties } from '../../core/model';

export function regionActors<A extends Pick<ActorProperties, 'id' | 'name' | 'region' | 'sample'>>(
  actors: readonly A[],
  regionCode: string,
): A[] {
  return actors
    .filter((a) => a.region === regionCode)
    .sort((a, b) => Number(a.sample) - Number(b.sample) || a.name.localeCompare(b.name, 'fr'));
}
