/**
 * Exports of the filtered actors. CSV cells that a spreadsheet would run as a formula (=, +, -, @,
 * tab, carriage return first) are prefixed with an apostrophe so they open as text. So is a
 * formula after a semicolon or comma inside a cell: a spreadsheet that splits the file on another
 * separator than ours would make it the start of a cell.
 */
import { toCsv } from '../../core/csv';
import type { ActorCollection, ActorFeature } from '../../core/model';
import { KINDS, PRACTICES, PRECISIONS, PROFILES, SCOPES } from '../../core/vocabulary';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

// "=" after a separator always; "+", "-", "@" only before something that is not a number or a space
// ("Tours, -20 %" stays as it is).
const FORMULA_AFTER_SEPARATOR = /([;,]\s*)(=|[+\-@](?=[^\d\s]))/g;

export function neutralizeFormula(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) && !PLAIN_NUMBER.test(inner) ? `'${inner}` : inner;
}

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

export function actorsToCsv(features: readonly ActorFeature[]): string {
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
    ].map(neutralizeFormula);
  });
  // A BOM so that spreadsheets open the accents right.
  return `\uFEFF${toCsv([...EXPORT_COLUMNS], rows)}`;
}

export function actorsToGeoJson(features: readonly ActorFeature[]): string {
  const collection: ActorCollection = { type: 'FeatureCollection', features: [...features] };
  return JSON.stringify(collection, null, 1);
}
