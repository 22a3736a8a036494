/**
 * "Qualified" means checked and complete. Each actor gets the share of its key fields that are
 * filled and valid, and the list of those that are not, for the interface to show.
 */
import type { ActorRecordProperties } from './model';

export type QualificationField =
  'name' | 'kind' | 'practices' | 'profile' | 'scope' | 'territory' | 'place' | 'description' | 'website' | 'themes' | 'sources';

type Checked = Omit<ActorRecordProperties, 'qualification' | 'missing'>;

/** Each key field and how it is judged filled and valid. Order = display order of the "missing" list. */
export const QUALIFICATION_FIELDS: readonly { field: QualificationField; ok: (a: Checked) => boolean }[] = [
  { field: 'name', ok: (a) => a.name.trim() !== '' },
  { field: 'kind', ok: () => true },
  { field: 'practices', ok: (a) => a.practices.length > 0 },
  { field: 'profile', ok: (a) => a.profile !== null },
  { field: 'scope', ok: (a) => a.scope !== null },
  // A national network needs no département; anyone else does.
  { field: 'territory', ok: (a) => a.departement !== '' || a.scope === 'national' },
  // Placed at its own commune, or at its coordinates in a known commune: the département's
  // chef-lieu, coordinates in no known commune, or no place at all is not a place.
  { field: 'place', ok: (a) => a.precision === 'commune' || (a.precision === 'coordinates' && a.commune !== '') },
  { field: 'description', ok: (a) => a.description.trim() !== '' },
  { field: 'website', ok: (a) => a.website !== '' },
  { field: 'themes', ok: (a) => a.themes.length > 0 },
  { field: 'sources', ok: (a) => a.sources.length > 0 },
];

export const QUALIFICATION_LABELS: Record<QualificationField, { fr: string; en: string }> = {
  name: { fr: 'nom', en: 'name' },
  kind: { fr: 'nature (acteur ou projet)', en: 'kind (actor or project)' },
  practices: { fr: 'pratiques', en: 'practices' },
  profile: { fr: 'profil', en: 'profile' },
  scope: { fr: 'échelle', en: 'scope' },
  territory: { fr: 'territoire (département)', en: 'territory (département)' },
  place: { fr: 'commune d’implantation', en: 'municipality' },
  description: { fr: 'description', en: 'description' },
  website: { fr: 'site web', en: 'website' },
  themes: { fr: 'thèmes', en: 'themes' },
  sources: { fr: 'sources', en: 'sources' },
};

export function qualify(actor: Checked): { qualification: number; missing: QualificationField[] } {
  const missing = QUALIFICATION_FIELDS.filter((f) => !f.ok(actor)).map((f) => f.field);
  const share = (QUALIFICATION_FIELDS.length - missing.length) / QUALIFICATION_FIELDS.length;
  return { qualification: Math.round(share * 100) / 100, missing };
}
