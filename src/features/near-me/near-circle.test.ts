import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM } from './nearby';
import { nearShape } from './near-circle';

const POITIERS = { lat: 46.58356, lon: 0.35969 };

describe('nearShape', () => {
  const { features, bounds } = nearShape(POITIERS, 25);
  const [ring, point] = features.features;

  it('draws every vertex of the circle at the radius from the origin', () => {
    expect(ring?.geometry.type).toBe('Polygon');
    const vertices = ring?.geometry.type === 'Polygon' ? (ring.geometry.coordinates[0] ?? []) : [];
    expect(vertices.length).toBe(97);
    for (const [lon = 0, lat = 0] of vertices) expect(distanceKm(POITIERS.lat, POITIERS.lon, lat, lon)).toBeCloseTo(25, 6);
  });

  it('marks the origin', () => {
    expect(point?.geometry).toEqual({ type: 'Point', coordinates: [0.35969, 46.58356] });
  });

  it('bounds the circle: 25 km is 0.225° of latitude, 0.327° of longitude at 46.6°', () => {
    const dLat = (25 / EARTH_RADIUS_KM) * (180 / Math.PI);
    const [west, south, east, north] = bounds;
    expect(north - POITIERS.lat).toBeCloseTo(dLat, 3);
    expect(POITIERS.lat - south).toBeCloseTo(dLat, 3);
    expect(east - POITIERS.lon).toBeCloseTo(0.327, 3);
    expect(POITIERS.lon - west).toBeCloseTo(0.327, 3);
  });
});
