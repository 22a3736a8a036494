/**
 * The links as columns: in their file, `links.columns.json`, and on their way from the worker that
 * reads it to the page. The file lays them out as `actors.columns.json` lays out the actors (the
 * ends' ids once each and every link's ends as positions among them; repeated values as a
 * dictionary and each link's index in it): at 120,000 links, ~6 MB instead of the 33 MB of a
 * list of objects, read and checked in ~0.1 s instead of ~0.8 s, with far less memory held
 * while the page is already in use. The page receives them as a few typed arrays (moved, not
 * copied) and the distinct texts once, instead of 120,000 objects (~0.5 s of its main thread),
 * and makes the links again from them, in slices.
 */
import type { Link } from './model';
import type { LinkRows } from './dataset-index';
import { LINK_TYPES } from './vocabulary';
import { Interner } from './filters';
import { sourcesKey } from './schema';
import { z } from './zod';
import { arrayOf, booleans, checkIndexes, code, coded, codedOf, failColumn, rowNumbers, texts } from './column-schema';
import { COMMUNITY_METHOD, COMMUNITY_SEED } from './community-method';

const isLabel = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= -1;

/** The file's name in the data folder. */
export const LINKS_FILE = 'links.columns.json';

export const LinkColumnsFileSchema = z.object({
  type: z.literal('LinkColumns'),
  /** The layout's version: a later change of layout gets another number, and older readers say so. */
  version: z.literal(1),
  /** The ids of the links' ends, each once. */
  ids: texts,
  /** Each link's ends, as positions in `ids`. */
  source: rowNumbers,
  target: rowNumbers,
  /** Each link's type (`porte`, `partenaire`…): `type` names the file's layout. */
  linkType: coded(code(LINK_TYPES.codes)),
  note: coded(z.string()),
  /** The distinct lists of sources each link cites. */
  sources: coded(z.array(z.string())),
  sample: booleans,
  /**
   * The whole network's Louvain communities (`louvainLabels`), a label per id (-1: no link but to
   * itself), with how and with what seed they were found: the ecosystem's first level without
   * running Louvain on the page. Optional: without it, the page finds them.
   */
  communities: z.optional(z.object({ method: z.string(), seed: z.int(), labels: arrayOf(isLabel, 'expected a whole number, -1 or more') })),
});

export type LinkColumnsFile = z.infer<typeof LinkColumnsFileSchema>;

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
  /** The file's community label of each id (see `LinkColumnsFileSchema`), when it has them by this build's method and seed. */
  communityLabels?: Int32Array | undefined;
}

export function linkColumnsOf(links: readonly Link[]): LinkColumns {
  const n = links.length;
  const ids = new Interner();
  const notes = new Interner();
  // Same lists, same number. Links that share their lists (as `linkSlice` gives them) are found
  // by the array first, without making their key.
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

/** The file's layout of `links` (`links.columns.json`), with the label of each end's community when `labelOf` gives them. */
export function linkColumnsFileOf(links: readonly Link[], labelOf?: (id: string) => number): LinkColumnsFile {
  const c = linkColumnsOf(links);
  return {
    type: 'LinkColumns',
    version: 1,
    ids: c.ids,
    source: [...c.source],
    target: [...c.target],
    linkType: codedOf(Array.from(c.type, (t) => LINK_TYPES.codes[t]!)),
    note: { values: c.notes, index: [...c.note] },
    sources: { values: c.sourceLists, index: [...c.sources] },
    sample: Array.from(c.sample, (v) => v === 1),
    ...(labelOf ? { communities: { method: COMMUNITY_METHOD, seed: COMMUNITY_SEED, labels: c.ids.map(labelOf) } } : {}),
  };
}

const PER_LINK = ['target', 'sample'] as const;

/**
 * The columns of a file that passed `LinkColumnsFileSchema`, as the page takes them; a
 * `ColumnsError` when its columns do not fit one another (lengths, positions past their values).
 */
export function linkColumnsOfFile(f: LinkColumnsFile): LinkColumns {
  const n = f.source.length;
  for (const key of PER_LINK) if (f[key].length !== n) failColumn(key, `${f[key].length} links, not ${n} as source`);
  for (const key of ['linkType', 'note', 'sources'] as const) {
    if (f[key].index.length !== n) failColumn(`${key}.index`, `${f[key].index.length} links, not ${n} as source`);
    checkIndexes(`${key}.index`, f[key].index, f[key].values.length);
  }
  checkIndexes('source', f.source, f.ids.length);
  checkIndexes('target', f.target, f.ids.length);
  const communities = f.communities;
  if (communities && communities.labels.length !== f.ids.length)
    failColumn('communities.labels', `${communities.labels.length} labels, not ${f.ids.length} as ids`);
  const current = communities?.method === COMMUNITY_METHOD && communities.seed === COMMUNITY_SEED;
  const typeCode = f.linkType.values.map((t) => LINK_TYPES.codes.indexOf(t));
  const type = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) type[i] = typeCode[f.linkType.index[i]!]!;
  return {
    ids: f.ids,
    source: Uint32Array.from(f.source),
    target: Uint32Array.from(f.target),
    type,
    notes: f.note.values,
    note: Uint32Array.from(f.note.index),
    sourceLists: f.sources.values,
    sources: Uint32Array.from(f.sources.index),
    sample: Uint8Array.from(f.sample, Number),
    communityLabels: current ? Int32Array.from(communities.labels) : undefined,
  };
}

/**
 * What the links' columns give against the actors' rows `rowOf` (`rows` of them): the rows of each
 * link's ends (-1 for an id it does not know; source of link i at [2i], target at [2i + 1]), each
 * id looked up once; and the community labels by row, when the file has them (-1 for a row
 * without links).
 */
export function linkRowsOfColumns(c: LinkColumns, rowOf: ReadonlyMap<string, number>, rows: number): LinkRows {
  const rowOfId = Int32Array.from(c.ids, (id) => rowOf.get(id) ?? -1);
  const ends = new Int32Array(c.source.length * 2);
  for (let i = 0; i < c.source.length; i += 1) {
    ends[2 * i] = rowOfId[c.source[i]!]!;
    ends[2 * i + 1] = rowOfId[c.target[i]!]!;
  }
  const labels = c.communityLabels;
  if (!labels) return { ends };
  const communityLabels = new Int32Array(rows).fill(-1);
  for (let k = 0; k < rowOfId.length; k += 1) if (rowOfId[k]! >= 0) communityLabels[rowOfId[k]!] = labels[k]!;
  return { ends, communityLabels };
}
