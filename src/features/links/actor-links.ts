/**
 * An actor's links, grouped by type and by direction, for its detail sheet: "porte" (outgoing),
 * "est porté par" (incoming); symmetric types ("partenaire de") make one group whatever the
 * direction. Groups follow the order of LINK_TYPES, outgoing before incoming; names sort in French.
 */
import type { DatasetIndex } from '../../core/dataset-index';
import { LINK_TYPES, type Lang, type LinkType } from '../../core/vocabulary';

export type LinkDirection = 'out' | 'in' | 'both';

export interface LinkedActor {
  id: string;
  name: string;
  /** The links' notes (several when the same two actors are linked twice in this way). */
  notes: string[];
  /** The link or the linked actor is generated sample data. */
  sample: boolean;
}

export interface LinkGroup {
  type: LinkType;
  direction: LinkDirection;
  items: LinkedActor[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const DIRECTION_ORDER: readonly LinkDirection[] = ['out', 'both', 'in'];

export function groupActorLinks(data: Pick<DatasetIndex, 'features' | 'rowOf' | 'linksOf'>, id: string): LinkGroup[] {
  const groups = new Map<string, { type: LinkType; direction: LinkDirection; byId: Map<string, LinkedActor> }>();
  for (const link of data.linksOf.get(id) ?? []) {
    const symmetric = LINK_TYPES.list.find((term) => term.code === link.type)?.symmetric ?? false;
    const outgoing = link.source === id;
    const otherId = outgoing ? link.target : link.source;
    const direction: LinkDirection = symmetric ? 'both' : outgoing ? 'out' : 'in';
    const other = data.features[data.rowOf.get(otherId) ?? -1]?.properties;
    if (!other) continue;
    const key = `${link.type}/${direction}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: link.type, direction, byId: new Map() };
      groups.set(key, group);
    }
    const note = link.note.trim();
    const item = group.byId.get(otherId);
    if (item) {
      if (note && !item.notes.includes(note)) item.notes.push(note);
      item.sample ||= link.sample;
    } else {
      group.byId.set(otherId, { id: otherId, name: other.name, notes: note ? [note] : [], sample: link.sample || other.sample });
    }
  }
  const typeRank = (type: LinkType) => LINK_TYPES.codes.indexOf(type);
  return [...groups.values()]
    .sort((a, b) => typeRank(a.type) - typeRank(b.type) || DIRECTION_ORDER.indexOf(a.direction) - DIRECTION_ORDER.indexOf(b.direction))
    .map(({ type, direction, byId }) => ({
      type,
      direction,
      items: [...byId.values()].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
    }));
}

/** How the group reads from the actor of the sheet: "porte", "est porté par", "partenaire de". */
export function linkGroupLabel(group: Pick<LinkGroup, 'type' | 'direction'>, lang: Lang): string {
  return group.direction === 'in' ? LINK_TYPES.inverseLabel(group.type, lang) : LINK_TYPES.label(group.type, lang);
}

/** Number of linked actors across the groups. */
export function linkCount(groups: readonly LinkGroup[]): number {
  return groups.reduce((n, g) => n + g.items.length, 0);
}
