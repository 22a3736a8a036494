/**
 * How complete the fiches of a build are, for the people who keep the sheet: the share of complete
 * fiches, how often each key field is filled, the same per région and département, the least
 * complete fiches with what each lacks, and which field to fill next to complete the most fiches.
 * One pass over the actors (no sort of them): it stays linear at 100,000 rows.
 */
import type { ActorRecordFeature } from '../../../core/model';
import { QUALIFICATION_FIELDS, type QualificationField } from '../../../core/qualification';

export interface FieldCompleteness {
  field: QualificationField;
  /** Fiches where the field is filled and valid. */
  filled: number;
  /** `filled / total`, 0 when there is no fiche. */
  share: number;
}

export interface TerritoryCompleteness {
  /** INSEE code; '' for the fiches with no région (or département). */
  code: string;
  /** For a département: its région's code (of its first fiche); '' for a région. */
  region: string;
  count: number;
  complete: number;
  completeShare: number;
  /** Mean of the fiches' qualification (0–1). */
  meanQualification: number;
}

export interface IncompleteFiche {
  id: string;
  name: string;
  qualification: number;
  /** The key fields it lacks, in the order of QUALIFICATION_FIELDS. */
  missing: QualificationField[];
  region: string;
  departement: string;
  sample: boolean;
}

export interface NextField {
  field: QualificationField;
  /** Fiches that lack this field only: filling it completes them. */
  wouldComplete: number;
  /** Fiches that lack it at all. */
  lacking: number;
}

export interface Completeness {
  total: number;
  complete: number;
  completeShare: number;
  meanQualification: number;
  /** Every key field, in the order of QUALIFICATION_FIELDS. */
  fields: FieldCompleteness[];
  /** By code ('' last). */
  regions: TerritoryCompleteness[];
  departements: TerritoryCompleteness[];
  /** Fiches not complete: the most fields lacking first, then in the order of the rows; at most `limit`. */
  leastComplete: IncompleteFiche[];
  /** Fiches not complete, all of them (`leastComplete` may show fewer). */
  incomplete: number;
  /** The fields some fiche lacks: those that complete the most fiches first, then the most lacking. */
  next: NextField[];
}

export interface CompletenessOptions {
  /** How many of the least complete fiches to list (default 100). */
  limit?: number;
}

const FIELD_INDEX = new Map<string, number>(QUALIFICATION_FIELDS.map((f, i) => [f.field, i]));

interface Tally {
  region: string;
  count: number;
  complete: number;
  qualification: number;
}

export function completeness(actors: readonly ActorRecordFeature[], options: CompletenessOptions = {}): Completeness {
  const limit = options.limit ?? 100;
  const fieldCount = QUALIFICATION_FIELDS.length;
  const lacking = new Array<number>(fieldCount).fill(0);
  const alone = new Array<number>(fieldCount).fill(0);
  const regions = new Map<string, Tally>();
  const departements = new Map<string, Tally>();
  // Buckets by number of fields lacking (0 to all): a counting sort keeps the pass linear.
  const byLacking: ActorRecordFeature[][] = Array.from({ length: fieldCount + 1 }, () => []);
  let complete = 0;
  let qualificationSum = 0;

  for (const actor of actors) {
    const p = actor.properties;
    let known = 0;
    let last = -1;
    for (const field of p.missing) {
      const i = FIELD_INDEX.get(field);
      if (i === undefined) continue;
      lacking[i]! += 1;
      known += 1;
      last = i;
    }
    if (known === 1) alone[last]! += 1;
    const isComplete = known === 0;
    if (isComplete) complete += 1;
    else if (byLacking[known]!.length < limit) byLacking[known]!.push(actor);
    qualificationSum += p.qualification;
    add(regions, p.region, '', isComplete, p.qualification);
    add(departements, p.departement, p.region, isComplete, p.qualification);
  }

  const total = actors.length;
  const leastComplete: IncompleteFiche[] = [];
  for (let k = fieldCount; k >= 1 && leastComplete.length < limit; k -= 1) {
    for (const actor of byLacking[k]!) {
      if (leastComplete.length >= limit) break;
      leastComplete.push(incompleteFiche(actor));
    }
  }

  return {
    total,
    complete,
    completeShare: ratio(complete, total),
    meanQualification: ratio(qualificationSum, total),
    fields: QUALIFICATION_FIELDS.map(({ field }, i) => ({ field, filled: total - lacking[i]!, share: ratio(total - lacking[i]!, total) })),
    regions: territories(regions),
    departements: territories(departements),
    leastComplete,
    incomplete: total - complete,
    next: QUALIFICATION_FIELDS.map(({ field }, i) => ({ field, wouldComplete: alone[i]!, lacking: lacking[i]!, i }))
      .filter((f) => f.lacking > 0)
      .sort((a, b) => b.wouldComplete - a.wouldComplete || b.lacking - a.lacking || a.i - b.i)
      .map(({ field, wouldComplete, lacking: n }) => ({ field, wouldComplete, lacking: n })),
  };
}

function add(tallies: Map<string, Tally>, code: string, region: string, isComplete: boolean, qualification: number): void {
  let tally = tallies.get(code);
  if (!tally) tallies.set(code, (tally = { region, count: 0, complete: 0, qualification: 0 }));
  tally.count += 1;
  if (isComplete) tally.complete += 1;
  tally.qualification += qualification;
}

function territories(tallies: Map<string, Tally>): TerritoryCompleteness[] {
  return [...tallies]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : codeKey(a) < codeKey(b) ? -1 : 1))
    .map(([code, t]) => ({
      code,
      region: t.region,
      count: t.count,
      complete: t.complete,
      completeShare: ratio(t.complete, t.count),
      meanQualification: ratio(t.qualification, t.count),
    }));
}

/** Territory codes in their official order: 19, 2A, 2B, 21 … 95, 971. */
export function codeKey(code: string): string {
  return code === '2A' || code === '2B' ? `020${code[1]}` : `${code.padStart(3, '0')} `;
}

function incompleteFiche(actor: ActorRecordFeature): IncompleteFiche {
  const p = actor.properties;
  const missing = p.missing
    .filter((f): f is QualificationField => FIELD_INDEX.has(f))
    .sort((a, b) => FIELD_INDEX.get(a)! - FIELD_INDEX.get(b)!);
  return {
    id: p.id,
    name: p.name,
    qualification: p.qualification,
    missing,
    region: p.region,
    departement: p.departement,
    sample: p.sample,
  };
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}
