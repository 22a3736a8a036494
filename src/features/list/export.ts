/**
 * Exports of the filtered actors, with every property: the map's (actors.geojson) and the fiche's
 * details (the shards), put together by the export worker (`export.worker.ts`). The CSV is written with `neutralizeFormulas` (core/csv.ts): no
 * fragment of a cell that a spreadsheet could read as a formula, whatever separator it splits on.
 */
import { toCsv } from '../../core/csv';
import type { ActorDetails, ActorFeature, ActorRecordCollection, ActorRecordFeature } from '../../core/model';
import { KINDS, PRACTICES, PRECISIONS, PROFILES, SCOPES } from '../../core/vocabulary';

export const EXPORT_COLUMNS = [
  'id',
  'nom',
  'nature',
  'pratiques',
  'profil',
  'echelle',
  'themes',
  'description',
  'site_web',
  'region',
  'departement',
  'commune',
  'nom_commune',
  'precision',
  'longitude',
  'latitude',
  'qualification',
  'manquant',
  'sources',
  'donnee_exemple',
] as const;

export function actorsToCsv(features: readonly ActorRecordFeature[]): string {
  const rows = features.map((f) => {
    const a = f.properties;
    const [lon, lat] = f.geometry?.coordinates ?? [];
    return [
      a.id,
      a.name,
      KINDS.label(a.kind),
      a.practices.map((p) => PRACTICES.label(p)).join('; '),
      a.profile ? PROFILES.label(a.profile) : '',
      a.scope ? SCOPES.label(a.scope) : '',
      a.themes.join('; '),
      a.description,
      a.website,
      a.region,
      a.departement,
      a.commune,
      a.communeName,
      PRECISIONS.label(a.precision),
      lon === undefined ? '' : String(lon),
      lat === undefined ? '' : String(lat),
      String(Math.round(a.qualification * 100)),
      a.missing.join('; '),
      a.sources.join('; '),
      a.sample ? 'oui' : 'non',
    ];
  });
  // A BOM so that spreadsheets open the accents right.
  return `\uFEFF${toCsv([...EXPORT_COLUMNS], rows, { neutralizeFormulas: true })}`;
}

export function actorsToGeoJson(features: readonly ActorRecordFeature[]): string {
  const collection: ActorRecordCollection = { type: 'FeatureCollection', features: [...features] };
  return JSON.stringify(collection, null, 1);
}

/** No details (a shard without the actor's entry): empty, as in a sheet that leaves them blank. */
const NO_DETAILS: Omit<ActorDetails, 'id'> = { description: '', website: '', sources: [], locationBasis: '' };

/**
 * The actor with its details, the properties in the order of the pipeline's records (`locationBasis`
 * and `sources` among the others), so that an export reads as before the split.
 */
export function withDetails(feature: ActorFeature, details: ActorDetails | undefined): ActorRecordFeature {
  const { description, website, sources, locationBasis } = details ?? NO_DETAILS;
  const { id, name, kind, practices, profile, scope, themes, region, departement, commune, communeName, precision, ...rest } =
    feature.properties;
  return {
    ...feature,
    properties: {
      id,
      name,
      kind,
      practices,
      profile,
      scope,
      themes,
      description,
      website,
      region,
      departement,
      commune,
      communeName,
      precision,
      locationBasis,
      sources,
      ...rest,
    },
  };
}
