/**
 * The plain way, for comparison: a page with MapLibre's own GeoJSON clustering (`cluster: true`)
 * and `setData` with the filtered actors at every filter change. Served to Chromium through a
 * request route (no second server), on the same origin as the app.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { CLUSTER_OPTIONS } from '../src/core/cluster-index';

export const BUILTIN_PATH = '/__bench/builtin.html';

const require = createRequire(import.meta.url);
const maplibreDist = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));

/** Files of the page, by path under /__bench/. */
export function builtinFiles(): Map<string, { body: Buffer | string; contentType: string }> {
  const js = 'text/javascript';
  return new Map([
    ['/__bench/builtin.html', { body: HTML, contentType: 'text/html' }],
    ['/__bench/builtin.js', { body: SCRIPT, contentType: js }],
    ['/__bench/maplibre-gl.mjs', { body: readFileSync(resolve(maplibreDist, 'maplibre-gl.mjs')), contentType: js }],
    ['/__bench/maplibre-gl-worker.mjs', { body: readFileSync(resolve(maplibreDist, 'maplibre-gl-worker.mjs')), contentType: js }],
    ['/__bench/maplibre-gl.css', { body: readFileSync(resolve(maplibreDist, 'maplibre-gl.css')), contentType: 'text/css' }],
  ]);
}

const HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/__bench/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module" src="/__bench/builtin.js"></script></body></html>`;

// Runs in the page. Same cluster radius and last zoom as the app; circles only (no basemap, no
// labels), which makes the plain way's drawing cheaper than the app's, not dearer.
const SCRIPT = `
import * as maplibregl from '/__bench/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/__bench/maplibre-gl-worker.mjs');
// The app's columns file, as GeoJSON features of the properties filtered on.
const c = await (await fetch('/__bench/actors.columns.json')).json();
const features = [];
for (let i = 0; i < c.id.length; i += 1) {
  if (c.lon[i] === null) continue;
  const practices = c.practices.index.slice(c.practices.offsets[i], c.practices.offsets[i + 1]).map((k) => c.practices.values[k]);
  const profile = c.profile.values[c.profile.index[i]];
  features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [c.lon[i], c.lat[i]] }, properties: { practices, profile } });
}
const map = new maplibregl.Map({
  container: 'map',
  bounds: [-5.3, 41.2, 9.7, 51.2],
  fitBoundsOptions: { padding: 12 },
  fadeDuration: 0,
  style: {
    version: 8,
    sources: { actors: { type: 'geojson', data: { type: 'FeatureCollection', features }, cluster: true,
      clusterRadius: ${CLUSTER_OPTIONS.radius}, clusterMaxZoom: ${CLUSTER_OPTIONS.maxZoom}, clusterMinPoints: ${CLUSTER_OPTIONS.minPoints} } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'clusters', type: 'circle', source: 'actors', filter: ['has', 'point_count'],
        paint: { 'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 100, 22], 'circle-color': '#2a6f97' } },
      { id: 'points', type: 'circle', source: 'actors', filter: ['!', ['has', 'point_count']],
        paint: { 'circle-radius': 5, 'circle-color': '#b5179e' } },
    ],
  },
});
await new Promise((r) => map.once('idle', r));
const idle = () => new Promise((r) => map.once('idle', r));
/** Filters like the app (practices OR, profiles OR, facets AND), setData, and waits for 'idle'. */
window.benchApply = async (practices, profiles) => {
  const start = performance.now();
  const matching = features.filter((f) =>
    (practices.length === 0 || f.properties.practices.some((p) => practices.includes(p))) &&
    (profiles.length === 0 || profiles.includes(f.properties.profile)));
  await map.getSource('actors').setData({ type: 'FeatureCollection', features: matching });
  // The tiles reload once the worker has the data; 'idle' comes when they are drawn.
  const done = idle();
  map.triggerRepaint();
  await done;
  return performance.now() - start;
};
window.benchReady = true;
`;
