/**
 * Exports of the filtered actors, with every property: the map's (actors.columns.json) and the fiche's
 * details (the shards), put together by the export worker (`export.worker.ts`).
 *
 * The CSV opens right in a French spreadsheet: `;` between cells (French Excel's list separator),
 * UTF-8 with a BOM (without it Excel reads the accents as Windows-1252), CRLF, headers and values
 * in the interface's language, région and département names beside their codes. A cell with several
 * values (practices, themes, social networks, missing fields, sources) joins them with « | »: not
 * `;`, the separator, and not `,`, which occurs inside the values themselves (sources, themes). The
 * comma variant (`delimiter: ','`) is the same file for tools that expect commas. Every cell is
 * written with `neutralizeFormulas` (core/csv.ts): no fragment a spreadsheet could run as a formula,
 * whatever separator it splits on.
 */
import { neutralizeFormulas, toCsv } from '../../core/csv';
import type { ActorDetails, ActorFeature, ActorRecordCollection, ActorRecordFeature } from '../../core/model';
import { QUALIFICATION_LABELS } from '../../core/qualification';
import { KINDS, PRACTICES, PRECISIONS, PROFILES, SCOPES, type Lang } from '../../core/vocabulary';
import { missingFields } from '../fiche/actor-facts';

/** Between the values of a cell that holds several. */
export const MULTI_VALUE_SEPARATOR = ' | ';

/** Names of the régions and départements by code (from the basemap), written beside the codes. */
export interface ExportNames {
  regions: Readonly<Record<string, string>>;
  departements: Readonly<Record<string, string>>;
}

export interface CsvExportOptions {
  /** The language of the headers and of the values; French unless told. */
  lang?: Lang;
  /** `;` for French spreadsheets (the default), `,` for other tools. */
  delimiter?: ';' | ',';
  names?: ExportNames;
}

type Props = ActorRecordFeature['properties'];

interface Column {
  /** A stable name for the column (the snake_case names of the former exports). */
  key: string;
  fr: string;
  en: string;
  value: (a: Props, lang: Lang, names: ExportNames, coordinates: readonly number[]) => string;
}

/** Several values in one cell; each is made safe on its own, as it may start a fragment for a reader splitting on « | ». */
function joined(values: readonly string[]): string {
  return values.map((v) => neutralizeFormulas(v, false)).join(MULTI_VALUE_SEPARATOR);
}

const YES_NO = { fr: ['oui', 'non'], en: ['yes', 'no'] } as const;

const COLUMNS: readonly Column[] = [
  { key: 'id', fr: 'Identifiant', en: 'Identifier', value: (a) => a.id },
  { key: 'nom', fr: 'Nom', en: 'Name', value: (a) => a.name },
  { key: 'nature', fr: 'Nature', en: 'Kind', value: (a, lang) => KINDS.label(a.kind, lang) },
  { key: 'pratiques', fr: 'Pratiques', en: 'Practices', value: (a, lang) => joined(a.practices.map((p) => PRACTICES.label(p, lang))) },
  { key: 'profil', fr: 'Profil', en: 'Profile', value: (a, lang) => (a.profile ? PROFILES.label(a.profile, lang) : '') },
  { key: 'echelle', fr: 'Échelle d’action', en: 'Scope', value: (a, lang) => (a.scope ? SCOPES.label(a.scope, lang) : '') },
  { key: 'themes', fr: 'Thèmes', en: 'Themes', value: (a) => joined(a.themes) },
  { key: 'description', fr: 'Description', en: 'Description', value: (a) => a.description },
  { key: 'site_web', fr: 'Site web', en: 'Website', value: (a) => a.website },
  { key: 'email', fr: 'Courriel', en: 'Email', value: (a) => a.contact?.email ?? '' },
  { key: 'telephone', fr: 'Téléphone', en: 'Phone', value: (a) => a.contact?.phone ?? '' },
  { key: 'adresse', fr: 'Adresse', en: 'Address', value: (a) => a.contact?.street ?? '' },
  { key: 'code_postal', fr: 'Code postal', en: 'Postcode', value: (a) => a.contact?.postcode ?? '' },
  { key: 'page_contact', fr: 'Page de contact', en: 'Contact page', value: (a) => a.contact?.contactPage ?? '' },
  { key: 'reseaux_sociaux', fr: 'Réseaux sociaux', en: 'Social networks', value: (a) => joined(a.contact?.social ?? []) },
  { key: 'horaires', fr: 'Horaires', en: 'Opening hours', value: (a) => a.contact?.hours ?? '' },
  { key: 'code_region', fr: 'Code région', en: 'Région code', value: (a) => a.region },
  { key: 'region', fr: 'Région', en: 'Région', value: (a, _, names) => (a.region ? (names.regions[a.region] ?? '') : '') },
  { key: 'code_departement', fr: 'Code département', en: 'Département code', value: (a) => a.departement },
  {
    key: 'departement',
    fr: 'Département',
    en: 'Département',
    value: (a, _, names) => (a.departement ? (names.departements[a.departement] ?? '') : ''),
  },
  { key: 'commune', fr: 'Code commune (INSEE)', en: 'Municipality code (INSEE)', value: (a) => a.commune },
  { key: 'nom_commune', fr: 'Commune', en: 'Municipality', value: (a) => a.communeName },
  { key: 'precision', fr: 'Précision du lieu', en: 'Location precision', value: (a, lang) => PRECISIONS.label(a.precision, lang) },
  { key: 'longitude', fr: 'Longitude', en: 'Longitude', value: (_, __, ___, [lon]) => (lon === undefined ? '' : String(lon)) },
  { key: 'latitude', fr: 'Latitude', en: 'Latitude', value: (_, __, ___, [, lat]) => (lat === undefined ? '' : String(lat)) },
  { key: 'qualification', fr: 'Qualification (%)', en: 'Qualification (%)', value: (a) => String(Math.round(a.qualification * 100)) },
  {
    key: 'manquant',
    fr: 'Informations manquantes',
    en: 'Missing information',
    value: (a, lang) => joined(missingFields(a.missing).map((field) => QUALIFICATION_LABELS[field][lang])),
  },
  { key: 'sources', fr: 'Sources', en: 'Sources', value: (a) => joined(a.sources) },
  { key: 'donnee_exemple', fr: 'Donnée d’exemple', en: 'Sample data', value: (a, lang) => YES_NO[lang][a.sample ? 0 : 1] },
];

/** The columns' stable names, in order. */
export const EXPORT_COLUMNS = COLUMNS.map((c) => c.key);

/** The header row in a language. */
export function exportHeader(lang: Lang = 'fr'): string[] {
  return COLUMNS.map((c) => c[lang]);
}

const NO_NAMES: ExportNames = { regions: {}, departements: {} };

export function actorsToCsv(features: readonly ActorRecordFeature[], options: CsvExportOptions = {}): string {
  const lang = options.lang ?? 'fr';
  const names = options.names ?? NO_NAMES;
  const rows = features.map((f) => {
    const coordinates = f.geometry?.coordinates ?? [];
    return COLUMNS.map((c) => c.value(f.properties, lang, names, coordinates));
  });
  // A BOM so that spreadsheets open the accents right.
  return `\uFEFF${toCsv(exportHeader(lang), rows, { delimiter: options.delimiter ?? ';', neutralizeFormulas: true })}`;
}

export function actorsToGeoJson(features: readonly ActorRecordFeature[]): string {
  const collection: ActorRecordCollection = { type: 'FeatureCollection', features: [...features] };
  return JSON.stringify(collection, null, 1);
}

/** No details (a shard without the actor's entry): empty, as in a sheet that leaves them blank. */
const NO_DETAILS: Omit<ActorDetails, 'id'> = { description: '', website: '', sources: [], locationBasis: '', verifiedAt: '' };

/**
 * The actor with its details, the properties in the order of the pipeline's records (`locationBasis`
 * and `sources` among the others), so that an export reads as before the split.
 */
export function withDetails(feature: ActorFeature, details: ActorDetails | undefined): ActorRecordFeature {
  const { description, website, sources, locationBasis, verifiedAt, contact } = details ?? NO_DETAILS;
  const { id, name, kind, practices, profile, scope, themes, region, departement, commune, communeName, precision, sample, ...rest } =
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
      sample,
      verifiedAt,
      ...(contact ? { contact } : {}),
      ...rest,
    },
  };
}
