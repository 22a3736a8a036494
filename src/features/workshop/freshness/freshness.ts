/**
 * Which fiches are due for a check: those whose verification date (`verifiedAt`) is `months` months
 * old or more as of `today`, and those with no date at all, grouped by région then département,
 * the oldest first. A date given as a month alone counts from the month's first day (the oldest it
 * can be), so that a fiche is never called fresh on a day the sheet does not give.
 */
import { isoStartTime } from '../../../core/grammar/dates';
import type { ActorRecordFeature } from '../../../core/model';
import { codeKey } from '../completeness/completeness';

export const DEFAULT_MONTHS = 12;

export interface FreshnessOptions {
  /** `yyyy-mm-dd`: the day the ages are counted to. */
  today: string;
  /** A fiche checked this many months ago or more is due (default 12). */
  months?: number;
}

export interface DueFiche {
  id: string;
  name: string;
  /** `yyyy-mm-dd`, `yyyy-mm`, or '' when the sheet gives no date. */
  verifiedAt: string;
  /** Whole months since the check, null without a date. */
  monthsSince: number | null;
  region: string;
  departement: string;
  sample: boolean;
}

export interface DepartementDue {
  /** '' for the fiches with no département. */
  departement: string;
  fiches: DueFiche[];
}

export interface RegionDue {
  /** '' for the fiches with no région. */
  region: string;
  count: number;
  departements: DepartementDue[];
}

export interface Freshness {
  months: number;
  /** `yyyy-mm-dd`: a check on this day or before is due. */
  cutoff: string;
  total: number;
  /** Checked within the period. */
  fresh: number;
  /** Checked, but `months` months ago or more. */
  stale: number;
  /** With no verification date. */
  undated: number;
  /** The stale and undated fiches, by région then département (codes in order, none last), the undated then the oldest first. */
  regions: RegionDue[];
}

export function freshness(actors: readonly ActorRecordFeature[], options: FreshnessOptions): Freshness {
  const months = Math.max(0, Math.floor(options.months ?? DEFAULT_MONTHS));
  const today = dayParts(options.today);
  const cutoff = monthsBefore(today, months);
  const cutoffTime = Date.UTC(cutoff.y, cutoff.m - 1, cutoff.d);
  const byRegion = new Map<string, Map<string, DueFiche[]>>();
  let stale = 0;
  let undated = 0;

  for (const actor of actors) {
    const p = actor.properties;
    const start = isoStartTime(p.verifiedAt);
    const dated = !Number.isNaN(start);
    if (dated && start > cutoffTime) continue;
    if (dated) stale += 1;
    else undated += 1;
    let departements = byRegion.get(p.region);
    if (!departements) byRegion.set(p.region, (departements = new Map()));
    let fiches = departements.get(p.departement);
    if (!fiches) departements.set(p.departement, (fiches = []));
    fiches.push({
      id: p.id,
      name: p.name,
      verifiedAt: dated ? p.verifiedAt : '',
      monthsSince: dated ? monthsBetween(dayParts(p.verifiedAt), today) : null,
      region: p.region,
      departement: p.departement,
      sample: p.sample,
    });
  }

  const regions: RegionDue[] = sortedByCode([...byRegion]).map(([region, departements]) => {
    const list = sortedByCode([...departements]).map(([departement, fiches]) => ({ departement, fiches: oldestFirst(fiches) }));
    return { region, count: list.reduce((n, d) => n + d.fiches.length, 0), departements: list };
  });

  return {
    months,
    cutoff: `${pad(cutoff.y, 4)}-${pad(cutoff.m, 2)}-${pad(cutoff.d, 2)}`,
    total: actors.length,
    fresh: actors.length - stale - undated,
    stale,
    undated,
    regions,
  };
}

interface Day {
  y: number;
  m: number;
  d: number;
}

/** `yyyy-mm-dd` or `yyyy-mm` (day 1). */
function dayParts(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

/** The same day `months` months earlier, the month's last day when it has no such day (31 March − 1 month = 28/29 February). */
function monthsBefore(day: Day, months: number): Day {
  const index = day.y * 12 + (day.m - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(day.d, last) };
}

/** Whole months from `from` to `to` (0 when `to` is before). */
function monthsBetween(from: Day, to: Day): number {
  const n = (to.y - from.y) * 12 + (to.m - from.m) - (to.d < from.d ? 1 : 0);
  return Math.max(0, n);
}

function sortedByCode<T>(entries: [string, T][]): [string, T][] {
  return entries.sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : codeKey(a) < codeKey(b) ? -1 : 1));
}

/** No date first, then the oldest check; ties by name. */
function oldestFirst(fiches: DueFiche[]): DueFiche[] {
  return fiches.sort((a, b) => {
    if (a.verifiedAt !== b.verifiedAt) {
      if (a.verifiedAt === '') return -1;
      if (b.verifiedAt === '') return 1;
      return isoStartTime(a.verifiedAt) - isoStartTime(b.verifiedAt);
    }
    return a.name.localeCompare(b.name, 'fr');
  });
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
