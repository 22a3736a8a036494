/**
 * `npm run data:tiles`: the actors of `public/data/actors.columns.json` as a PMTiles archive of vector
 * tiles (`public/data/actors.pmtiles`), and `meta.json` told so (`tiles`), so that the map reads
 * the tiles by range requests instead of loading every actor (datasets past ~100,000 rows).
 * Run after `npm run data`, before `vite build`; `npm run data` alone leaves the dataset untiled.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorCollection, DatasetMeta } from '../src/core/model';
import { DatasetMetaSchema } from '../src/core/schema';
import { ACTORS_FILE } from '../src/core/actor-columns';
import { readBigFile } from '../src/state/data-file-read';
import { buildActorTiles, TILES_MAX_ZOOM, type TilePoint } from '../src/pipeline/actor-tiles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TILES_FILE = 'actors.pmtiles';

/** The points of the map's actors, in the row order of `actors.columns.json`. */
export function tilePoints(actors: ActorCollection): TilePoint[] {
  const points: TilePoint[] = [];
  actors.features.forEach((f, row) => {
    if (!f.geometry) return;
    const a = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    points.push({ row, id: a.id, name: a.name, lon, lat, kind: a.kind, practices: a.practices, profile: a.profile, sample: a.sample });
  });
  return points;
}

export async function buildTiles(outDir: string): Promise<{ bytes: number; tiles: number; points: number; ms: number }> {
  const started = performance.now();
  const actors = readBigFile(ACTORS_FILE, JSON.parse(await readFile(resolve(outDir, ACTORS_FILE), 'utf8')));
  const built = buildActorTiles(tilePoints(actors));
  await writeFile(resolve(outDir, TILES_FILE), built.archive);
  const meta = JSON.parse(await readFile(resolve(outDir, 'meta.json'), 'utf8')) as DatasetMeta;
  const tiled: DatasetMeta = { ...meta, tiles: { file: TILES_FILE, maxZoom: TILES_MAX_ZOOM, points: built.points } };
  DatasetMetaSchema.parse(tiled);
  await writeFile(resolve(outDir, 'meta.json'), JSON.stringify(tiled));
  return { bytes: built.archive.length, tiles: built.tiles, points: built.points, ms: performance.now() - started };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(ROOT, process.argv[2] ?? 'public/data');
  const { bytes, tiles, points, ms } = await buildTiles(outDir);
  console.log(`${TILES_FILE}: ${points} points, ${tiles} tiles, ${(bytes / 2 ** 20).toFixed(1)} MB, ${(ms / 1000).toFixed(1)} s`);
}
