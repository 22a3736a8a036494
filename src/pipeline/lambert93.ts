/**
 * Lambert-93 (RGF93, EPSG:2154, the legal projection of metropolitan France) to longitude and
 * latitude. Sheets exported from a GIS often give metres. The inverse of IGN's conic conformal
 * projection (notes NT/G 71, algorithms ALG0004 and ALG0002) is a closed formula and a short
 * iteration: exact to the millimetre, with no library in the workshop's bundle. RGF93 and WGS 84
 * differ by a few centimetres: no datum shift is needed at the scale of a map.
 */

/** Constants of Lambert-93 (IGN): cone exponent, constant, false origin Y, eccentricity of GRS 80, central meridian. */
const N = 0.725607765053267;
const C = 11754255.426096;
const XS = 700000;
const YS = 12655612.049876;
const E = 0.0818191910428158;
const LON0 = (3 * Math.PI) / 180;
const EPSILON = 1e-12;

/** Where metropolitan France lies in Lambert-93, with a margin (metres): X 100 to 1,300 km, Y 6,000 to 7,200 km. */
export function looksLikeLambert93(x: number, y: number): boolean {
  return x >= 100_000 && x <= 1_300_000 && y >= 6_000_000 && y <= 7_200_000;
}

/** [longitude, latitude] in degrees of a Lambert-93 point (metres). */
export function lambert93ToLonLat(x: number, y: number): [number, number] {
  const dx = x - XS;
  const dy = y - YS;
  const r = Math.hypot(dx, dy);
  const gamma = Math.atan(dx / -dy);
  const lon = LON0 + gamma / N;
  const isometric = -Math.log(Math.abs(r / C)) / N;
  let lat = 2 * Math.atan(Math.exp(isometric)) - Math.PI / 2;
  for (let i = 0; i < 20; i++) {
    const s = E * Math.sin(lat);
    const next = 2 * Math.atan(((1 + s) / (1 - s)) ** (E / 2) * Math.exp(isometric)) - Math.PI / 2;
    if (Math.abs(next - lat) < EPSILON) {
      lat = next;
      break;
    }
    lat = next;
  }
  return [(lon * 180) / Math.PI, (lat * 180) / Math.PI];
}
