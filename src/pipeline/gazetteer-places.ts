/** The gazetteer index and the départements' contours seen through what actor placement needs of them (with the arrondissements and overseas collectivities of `special-places.ts`). */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildGazetteerIndex, normalizeInseeCode, type Commune, type Gazetteer, type GazetteerIndex } from '../core/gazetteer';
import { departementLocator, type DepartementShape } from './departement-shapes';
import type { PlacePoint, Places } from './placement';
import { withSpecialPlaces } from './special-places';

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
  // A delegated commune's code (Pierrefitte-sur-Seine, 93059, part of Saint-Denis since 2025) is still written in sheets.
  const delegated = new Map(index.communes.filter((c) => c.parent !== '').map((c) => [c.code, c]));
  return withSpecialPlaces({
    communeByCode: (code) => {
      const c = index.byCode(code) ?? delegated.get(normalizeInseeCode(code));
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
  });
}

/** The places from the text of the gazetteer and of the detailed basemap (TopoJSON), as the app serves them. */
export function placesFromFiles(gazetteerText: string, basemapText: string): Places {
  const gazetteer = JSON.parse(gazetteerText) as Gazetteer;
  const basemap = JSON.parse(basemapText) as Topology<{ departements: GeometryCollection<{ code: string }> }>;
  const departements = feature(basemap, basemap.objects.departements).features as DepartementShape[];
  return placesFromGazetteer(buildGazetteerIndex(gazetteer), departements);
}
