/**
 * A PMTiles v3 archive written in memory: one file of tiles that a map reads by HTTP range
 * requests from any static host. The `pmtiles` package (the format's reference JS library) only
 * reads; it gives the tile ids (`zxyToTileId`) and this module follows the v3 specification for
 * the rest: the 127-byte header, the root directory (within the first 16 KiB) and, when the root
 * would not fit, leaf directories; entries as varints, directories gzipped.
 */
import { gzipSync } from 'fflate';
import { zxyToTileId } from 'pmtiles';

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes as stored (already compressed when `tileCompression` says so). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** 1 = MVT. */
  tileType: 1;
  /** 1 = none, 2 = gzip: how the tiles' bytes are stored. */
  tileCompression: 1 | 2;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  /** The JSON metadata (e.g. `vector_layers`). */
  metadata: Record<string, unknown>;
}

export interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The header and the root directory are fetched in one first request of 16 KiB. */
const ROOT_BUDGET = 16_384 - HEADER_BYTES;
const GZIP = 2;

/** The archive's bytes. Tiles may come in any order; identical tiles are stored once. */
export function writePmtiles(tiles: readonly TileInput[], options: ArchiveOptions): Uint8Array {
  const sorted = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const chunks: Uint8Array[] = [];
  const seen = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  for (const { id, data } of sorted) {
    // Small tiles repeat (one point in a corner, the same cluster seen from two zooms): keyed by content.
    const key = data.length <= 256 ? bytesKey(data) : undefined;
    const known = key === undefined ? undefined : seen.get(key);
    const last = entries.at(-1);
    if (known && last && last.tileId + last.runLength === id && last.offset === known.offset && last.length === known.length) {
      last.runLength += 1;
      continue;
    }
    if (known) {
      entries.push({ tileId: id, offset: known.offset, length: known.length, runLength: 1 });
      continue;
    }
    entries.push({ tileId: id, offset: dataLength, length: data.length, runLength: 1 });
    if (key !== undefined) seen.set(key, { offset: dataLength, length: data.length });
    chunks.push(data);
    dataLength += data.length;
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(options.metadata)), { mtime: 0 });

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const out = new Uint8Array(dataOffset + dataLength);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('PMTiles'), 0);
  out[7] = 3;
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(
    72,
    entries.reduce((n, e) => n + e.runLength, 0),
  );
  u64(80, entries.length);
  u64(88, chunks.length);
  out[96] = 1; // clustered: tile data in tile-id order
  out[97] = GZIP; // internal compression (directories, metadata)
  out[98] = options.tileCompression;
  out[99] = options.tileType;
  out[100] = options.minZoom;
  out[101] = options.maxZoom;
  const e7 = (deg: number) => Math.round(deg * 1e7);
  const [west, south, east, north] = options.bounds;
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  out[118] = options.center[2];
  view.setInt32(119, e7(options.center[0]), true);
  view.setInt32(123, e7(options.center[1]), true);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  out.set(leaves, leavesOffset);
  let at = dataOffset;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The root directory alone when it fits in the first request; otherwise a root of leaves. */
function directories(entries: readonly Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const whole = gzipSync(serializeDirectory(entries), { mtime: 0 });
  if (whole.length <= ROOT_BUDGET) return { root: whole, leaves: new Uint8Array(0) };
  // As the reference writers do: leaves of `leafSize` entries, grown until the root fits.
  for (let leafSize = 4096; ; leafSize = Math.ceil(leafSize * 1.2)) {
    const rootEntries: Entry[] = [];
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const slice = entries.slice(i, i + leafSize);
      const leaf = gzipSync(serializeDirectory(slice), { mtime: 0 });
      rootEntries.push({ tileId: slice[0]?.tileId ?? 0, offset, length: leaf.length, runLength: 0 });
      parts.push(leaf);
      offset += leaf.length;
    }
    const root = gzipSync(serializeDirectory(rootEntries), { mtime: 0 });
    if (root.length <= ROOT_BUDGET) return { root, leaves: concat(parts, offset) };
  }
}

/** A directory as the spec lays it out: count, then ids (deltas), run lengths, lengths, offsets, all varints. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const bytes: number[] = [];
  writeVarint(bytes, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(bytes, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(bytes, e.runLength);
  for (const e of entries) writeVarint(bytes, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    // 0 = right after the previous entry's bytes; otherwise offset + 1.
    if (previous && e.offset === previous.offset + previous.length) writeVarint(bytes, 0);
    else writeVarint(bytes, e.offset + 1);
  });
  return Uint8Array.from(bytes);
}

/** Unsigned LEB128, for values up to 2^53 (tile ids at zoom 26 and archive offsets). */
function writeVarint(bytes: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    bytes.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  bytes.push(v);
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function bytesKey(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += String.fromCharCode(b);
  return s;
}
