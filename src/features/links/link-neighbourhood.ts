/**
 * The part of the network around one actor: its own links (depth 1), or also the links of the
 * actors it is linked to (depth 2). Pure: works on the dataset's `linksOf`, which already leaves
 * out the links whose ends are not actors of the data.
 */
import type { LinksByActor } from '../../core/dataset-index';
import type { Link } from '../../core/model';
import type { LinkDepth } from '../../core/url-state';

export interface Neighbourhood {
  /** The actor itself. */
  center: string;
  /** Every actor reached, with its distance in links (0 for the center, 1 or 2). */
  distance: ReadonlyMap<string, number>;
  /** Links drawn, each once, with their ring: 1 touches the center, 2 starts from a linked actor. */
  links: readonly { link: Link; ring: 1 | 2 }[];
}

export function neighbourhood(linksOf: LinksByActor, center: string, depth: LinkDepth): Neighbourhood {
  const distance = new Map<string, number>([[center, 0]]);
  const seen = new Set<Link>();
  const links: { link: Link; ring: 1 | 2 }[] = [];
  const ring1: string[] = [];
  for (const link of linksOf.get(center) ?? []) {
    const other = link.source === center ? link.target : link.source;
    if (other === center) continue;
    seen.add(link);
    links.push({ link, ring: 1 });
    if (!distance.has(other)) {
      distance.set(other, 1);
      ring1.push(other);
    }
  }
  if (depth === 2) {
    for (const id of ring1) {
      for (const link of linksOf.get(id) ?? []) {
        if (seen.has(link)) continue;
        const other = link.source === id ? link.target : link.source;
        if (other === id) continue;
        seen.add(link);
        links.push({ link, ring: 2 });
        if (!distance.has(other)) distance.set(other, 2);
      }
    }
  }
  return { center, distance, links };
}
