/** The gazetteer index and the départements' contours seen through what actor placement needs of them. */
import type { Commune, GazetteerIndex } from '../core/gazetteer';
import { departementLocator, type DepartementShape } from './departement-shapes';
import type { PlacePoint, Places } from './placement';

export function placesFromGazetteer(index: GazetteerIndex, departementShapes: readonly DepartementShape[]): Places {
  // A delegated commune keeps its own point and name, but the actor belongs to today's commune.
  const point = (c: Commune): PlacePoint => ({
    code: c.parent || c.code,
    name: c.name,
    departement: c.departement,
    region: c.region,
    lon: c.lon,
    lat: c.lat,
  });
  const regionChefLieu = (code: string): PlacePoint | undefined => {
    const region = index.region(code);
    if (!region) return undefined;
    const commune = index.byCode(region.chefLieu);
    return commune ? point(commune) : undefined;
  };
  return {
    communeByCode: (code) => {
      const c = index.byCode(code);
      return c ? point(c) : undefined;
    },
    communesByPostcode: (pc) => index.byPostcode(pc).map(point),
    communesByName: (name, dep) => index.byName(name, dep).map(point),
    departementExists: (code) => index.departement(code) !== undefined,
    regionOfDepartement: (code) => index.departement(code)?.region,
    regionExists: (code) => index.region(code) !== undefined,
    departementChefLieu: (code) => {
      const c = index.chefLieuOf(code);
      return c ? point(c) : undefined;
    },
    regionChefLieu,
    departementAt: departementLocator(departementShapes),
  };
}
