/**
 * What the list and the detail sheet say about one actor, computed once here: where it is and how
 * exactly, its qualification as a percentage and what it lacks, and which of its addresses are
 * safe to link to.
 */
import type { ActorProperties } from '../../core/model';
import { QUALIFICATION_FIELDS, type QualificationField } from '../../core/qualification';
import type { Precision } from '../../core/vocabulary';

type PlaceFacts = Pick<ActorProperties, 'precision' | 'commune' | 'communeName' | 'departement' | 'region' | 'scope'>;

export interface PlaceSummary {
  /** The level the point stands for: the commune itself, a chef-lieu, or no place at all. */
  level: Precision;
  /** The commune's name, or the INSEE code of the département or région. Empty when `none` (and for coordinates in no known commune). */
  text: string;
  /** The point is not the actor's own address (département or région chef-lieu). */
  approximate: boolean;
}

export function placeSummary(a: PlaceFacts): PlaceSummary {
  if (a.precision === 'commune' && (a.communeName || a.commune)) {
    return { level: 'commune', text: a.communeName || a.commune, approximate: false };
  }
  // The sheet's own point: exact, in its commune when one is known.
  if (a.precision === 'coordinates') return { level: 'coordinates', text: a.communeName || a.commune, approximate: false };
  if ((a.precision === 'commune' || a.precision === 'departement') && a.departement) {
    return { level: 'departement', text: a.departement, approximate: true };
  }
  if (a.precision !== 'none' && a.region) return { level: 'region', text: a.region, approximate: true };
  return { level: 'none', text: '', approximate: false };
}

/** Why the point is not exact, when it is not: the key of the plain-language note to show. */
export type PrecisionNote = 'departement' | 'region' | 'nationalNoSeat' | 'noSeat';

export function precisionNote(a: PlaceFacts): PrecisionNote | null {
  const level = placeSummary(a).level;
  if (level === 'departement' || level === 'region') return level;
  if (level === 'none') return a.scope === 'national' ? 'nationalNoSeat' : 'noSeat';
  return null;
}

/** The qualification share (0–1) as a whole percentage, 0 to 100. */
export function qualificationPercent(share: number): number {
  if (!Number.isFinite(share)) return 0;
  return Math.min(100, Math.max(0, Math.round(share * 100)));
}

const FIELD_ORDER = QUALIFICATION_FIELDS.map((f) => f.field);

/** The known missing fields, in display order; unknown names are left out. */
export function missingFields(missing: readonly string[]): QualificationField[] {
  return FIELD_ORDER.filter((field) => missing.includes(field));
}

/** The address if it is an absolute http(s) URL, else null: nothing else becomes a link. */
export function safeHttpUrl(value: string): string | null {
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}
