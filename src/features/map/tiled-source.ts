/**
 * The actors' PMTiles archive as MapLibre reads it: the `pmtiles://` protocol (range requests to
 * the one static file) and, for "near me", the tiles around a place read and decoded directly.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { addProtocol, type VectorSourceSpecification } from 'maplibre-gl';
import { PbfReader } from 'pbf';
import { PMTiles, Protocol } from 'pmtiles';
import { ACTORS_TILE_LAYER } from '../../core/actor-tile-keys';
import { dataFolder } from '../../state/data-file-fetch';
import type { TileAddress, TileFeature } from './tiled-filter';

export const TILED_SOURCE = 'actors-tiles';

let protocol: Protocol | null = null;
const archives = new Map<string, PMTiles>();

/** The archive's absolute URL (the protocol keys archives by URL). */
export function archiveUrl(file: string): string {
  return new URL(`${dataFolder()}${file}`, document.baseURI).href;
}

function archive(url: string): PMTiles {
  let found = archives.get(url);
  if (!found) {
    found = new PMTiles(url);
    archives.set(url, found);
    protocol?.add(found);
  }
  return found;
}

function registerProtocol(): void {
  if (protocol) return;
  protocol = new Protocol();
  addProtocol('pmtiles', protocol.tile);
}

/** The vector source of the actors' tiles, registering the protocol once. */
export function tiledSource(file: string, maxZoom: number): VectorSourceSpecification {
  registerProtocol();
  const url = archiveUrl(file);
  archive(url);
  return { type: 'vector', url: `pmtiles://${url}`, maxzoom: maxZoom };
}

/** Reads the archive's header and root directory ahead of the map (the protocol reuses them). */
export function prefetchArchive(file: string): void {
  registerProtocol();
  archive(archiveUrl(file))
    .getHeader()
    .catch(() => undefined);
}

/** The features of some tiles of the archive, with their place in degrees. */
export async function readTiles(file: string, tiles: readonly TileAddress[], signal?: AbortSignal): Promise<TileFeature[]> {
  const pm = archive(archiveUrl(file));
  const out: TileFeature[] = [];
  await Promise.all(
    tiles.map(async ({ z, x, y }) => {
      const response = await pm.getZxy(z, x, y, signal);
      if (!response) return;
      const layer = new VectorTile(new PbfReader(new Uint8Array(response.data))).layers[ACTORS_TILE_LAYER];
      if (!layer) return;
      for (let i = 0; i < layer.length; i += 1) {
        const feature = layer.feature(i).toGeoJSON(x, y, z);
        if (feature.geometry.type !== 'Point') continue;
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        out.push({ lon, lat, props: feature.properties ?? {} });
      }
    }),
  );
  return out;
}
