/**
 * One actor's place in the network that needs no computation over the whole network: its links,
 * the actors linked and the worlds (profiles) among them. O(its links): the sheet shows them at
 * once, while the betweenness is computed in a worker. The same counts as `link-metrics.ts`.
 */
import type { DatasetIndex } from '../../core/dataset-index';
import { PROFILES, type Profile } from '../../core/vocabulary';
import type { ActorLinkMetrics } from './link-metrics';

export type ActorLinkFacts = Pick<ActorLinkMetrics, 'links' | 'linked' | 'worlds' | 'profiles'>;

export function actorLinkFacts(data: Pick<DatasetIndex, 'features' | 'rowOf' | 'linksOf'>, id: string): ActorLinkFacts {
  let links = 0;
  const linked = new Set<string>();
  const seen = new Set<Profile>();
  for (const link of data.linksOf.get(id) ?? []) {
    // A link of the actor to itself is listed twice in `linksOf` and is no link in the network.
    if (link.source === link.target) continue;
    links += 1;
    const other = link.source === id ? link.target : link.source;
    if (linked.has(other)) continue;
    linked.add(other);
    const profile = data.features[data.rowOf.get(other) ?? -1]?.properties.profile;
    if (profile) seen.add(profile);
  }
  const profiles = PROFILES.codes.filter((code) => seen.has(code));
  return { links, linked: linked.size, worlds: profiles.length, profiles };
}
