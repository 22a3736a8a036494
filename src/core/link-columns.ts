/**
 * The links as columns, for their move from the worker that reads `links.json` to the page: a
 * few typed arrays (moved, not copied) and the distinct texts once, instead of 120,000 objects,
 * which the page took ~0.5 s of its main thread to receive (and as much again in garbage) while
 * a person was already using the map. The page makes the links again from them, in slices.
 */
import type { Link } from './model';
import { LINK_TYPES } from './vocabulary';
import { Interner } from './filters';
import { sourcesKey } from './schema';

export interface LinkColumns {
  /** The ids of the links' ends, each once. */
  ids: string[];
  /** Each link's ends, as positions in `ids`. */
  source: Uint32Array;
  target: Uint32Array;
  /** Each link's type, as its position in `LINK_TYPES.codes`. */
  type: Uint8Array;
  notes: string[];
  note: Uint32Array;
  /** The distinct lists of sources; links citing the same get the same array back. */
  sourceLists: string[][];
  sources: Uint32Array;
  sample: Uint8Array;
}

export function linkColumnsOf(links: readonly Link[]): LinkColumns {
  const n = links.length;
  const ids = new Interner();
  const notes = new Interner();
  // Same lists, same number. The links read by `plainLinks` already share their lists: those are
  // found by the array first, without making their key.
  const listKeys = new Interner();
  const sourceLists: string[][] = [];
  const listOf = new Map<readonly string[], number>();
  const listNumber = (l: string[]): number => {
    let k = listOf.get(l);
    if (k === undefined) {
      k = listKeys.id(sourcesKey(l));
      if (k === sourceLists.length) sourceLists.push(l);
      listOf.set(l, k);
    }
    return k;
  };
  const columns = {
    source: new Uint32Array(n),
    target: new Uint32Array(n),
    type: new Uint8Array(n),
    note: new Uint32Array(n),
    sources: new Uint32Array(n),
    sample: new Uint8Array(n),
  };
  for (let i = 0; i < n; i += 1) {
    const link = links[i]!;
    columns.source[i] = ids.id(link.source);
    columns.target[i] = ids.id(link.target);
    columns.type[i] = LINK_TYPES.codes.indexOf(link.type);
    columns.note[i] = notes.id(link.note);
    columns.sources[i] = listNumber(link.sources);
    columns.sample[i] = link.sample ? 1 : 0;
  }
  return { ids: ids.values, notes: notes.values, sourceLists, ...columns };
}

/** The buffers of the number columns, to move with the columns. */
export function linkColumnBuffers(c: LinkColumns): ArrayBuffer[] {
  return [c.source, c.target, c.type, c.note, c.sources, c.sample].map((a) => a.buffer as ArrayBuffer);
}

/** Links `from` to `to - 1` again, from their columns. */
export function linkSlice(c: LinkColumns, from: number, to: number): Link[] {
  const links = new Array<Link>(to - from);
  for (let i = from; i < to; i += 1) {
    links[i - from] = {
      source: c.ids[c.source[i]!]!,
      target: c.ids[c.target[i]!]!,
      type: LINK_TYPES.codes[c.type[i]!]!,
      note: c.notes[c.note[i]!]!,
      sources: c.sourceLists[c.sources[i]!]!,
      sample: c.sample[i] === 1,
    };
  }
  return links;
}
