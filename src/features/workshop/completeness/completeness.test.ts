import { describe, expect, it } from 'vitest';
import { actor } from '../../../../tests/fixtures/actors';
import { QUALIFICATION_FIELDS, type QualificationField } from '../../../core/qualification';
import { codeKey, completeness } from './completeness';

const score = (missing: readonly string[]) => Math.round(((11 - missing.length) / 11) * 100) / 100;

function fiche(id: string, missing: QualificationField[], region = '75', departement = '86') {
  return actor({ id, name: `Fiche ${id}`, missing, qualification: score(missing), region, departement });
}

const ACTORS = [
  fiche('a', []),
  fiche('b', ['website']),
  fiche('c', ['website', 'themes'], '75', '33'),
  fiche('d', ['sources'], '11', '94'),
  fiche('e', ['website'], '11', '94'),
  fiche('f', ['practices', 'profile', 'scope', 'territory', 'place', 'description', 'website', 'themes', 'sources'], '', ''),
  fiche('g', [], '11', '2A'),
];

describe('completeness', () => {
  const c = completeness(ACTORS);

  it('counts the complete fiches and the mean qualification', () => {
    expect(c.total).toBe(7);
    expect(c.complete).toBe(2);
    expect(c.incomplete).toBe(5);
    expect(c.completeShare).toBeCloseTo(2 / 7);
    expect(c.meanQualification).toBeCloseTo((1 + 0.91 + 0.82 + 0.91 + 0.91 + 0.18 + 1) / 7);
  });

  it('says how often each key field is filled, in the order of the fields', () => {
    expect(c.fields.map((f) => f.field)).toEqual(QUALIFICATION_FIELDS.map((f) => f.field));
    const byField = Object.fromEntries(c.fields.map((f) => [f.field, f.filled]));
    expect(byField).toMatchObject({ name: 7, kind: 7, website: 3, themes: 5, sources: 5, practices: 6 });
    expect(c.fields.find((f) => f.field === 'website')?.share).toBeCloseTo(3 / 7);
  });

  it('tallies each région and département, those without one last', () => {
    expect(c.regions).toEqual([
      { code: '11', region: '', count: 3, complete: 1, completeShare: 1 / 3, meanQualification: (0.91 + 0.91 + 1) / 3 },
      { code: '75', region: '', count: 3, complete: 1, completeShare: 1 / 3, meanQualification: (1 + 0.91 + 0.82) / 3 },
      { code: '', region: '', count: 1, complete: 0, completeShare: 0, meanQualification: 0.18 },
    ]);
    expect(c.departements.map((d) => [d.code, d.region, d.count, d.complete])).toEqual([
      ['2A', '11', 1, 1],
      ['33', '75', 1, 0],
      ['86', '75', 2, 1],
      ['94', '11', 2, 0],
      ['', '', 1, 0],
    ]);
  });

  it('lists the least complete fiches first, with what each lacks, then in the order of the rows', () => {
    expect(c.leastComplete.map((f) => [f.id, f.missing.length])).toEqual([
      ['f', 9],
      ['c', 2],
      ['b', 1],
      ['d', 1],
      ['e', 1],
    ]);
    expect(c.leastComplete[1]).toEqual({
      id: 'c',
      name: 'Fiche c',
      qualification: 0.82,
      missing: ['website', 'themes'],
      region: '75',
      departement: '33',
      sample: false,
    });
    expect(completeness(ACTORS, { limit: 2 }).leastComplete.map((f) => f.id)).toEqual(['f', 'c']);
    expect(completeness(ACTORS, { limit: 2 }).incomplete).toBe(5);
  });

  it('orders what to complete next by the fiches it completes, then by the fiches lacking it', () => {
    expect(c.next).toEqual([
      { field: 'website', wouldComplete: 2, lacking: 4 },
      { field: 'sources', wouldComplete: 1, lacking: 2 },
      { field: 'themes', wouldComplete: 0, lacking: 2 },
      { field: 'practices', wouldComplete: 0, lacking: 1 },
      { field: 'profile', wouldComplete: 0, lacking: 1 },
      { field: 'scope', wouldComplete: 0, lacking: 1 },
      { field: 'territory', wouldComplete: 0, lacking: 1 },
      { field: 'place', wouldComplete: 0, lacking: 1 },
      { field: 'description', wouldComplete: 0, lacking: 1 },
    ]);
  });

  it('ignores a missing field it does not know and gives zeros for no fiche', () => {
    const odd = actor({ id: 'x', missing: ['colour', 'website'], qualification: 0.91 });
    expect(completeness([odd]).next).toEqual([{ field: 'website', wouldComplete: 1, lacking: 1 }]);
    expect(completeness([odd]).leastComplete[0]?.missing).toEqual(['website']);
    const none = completeness([]);
    expect([none.total, none.completeShare, none.meanQualification, none.regions, none.leastComplete, none.next]).toEqual([
      0,
      0,
      0,
      [],
      [],
      [],
    ]);
    expect(none.fields.every((f) => f.filled === 0 && f.share === 0)).toBe(true);
  });

  it('orders territory codes as the official lists do', () => {
    expect(['971', '21', '2B', '2A', '19', '01'].sort((a, b) => (codeKey(a) < codeKey(b) ? -1 : 1))).toEqual([
      '01',
      '19',
      '2A',
      '2B',
      '21',
      '971',
    ]);
  });

  it('goes through 100,000 fiches in one pass', () => {
    const fields = QUALIFICATION_FIELDS.map((f) => f.field);
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const missing = fields.filter((_, k) => k > 0 && (i + k) % (k + 2) === 0);
      const dep = String((i % 95) + 1).padStart(2, '0');
      return fiche(`r${i}`, missing, String(i % 18), dep);
    });
    const big = completeness(many, { limit: 50 });
    expect(big.total).toBe(100_000);
    expect(big.departements).toHaveLength(95);
    expect(big.departements.reduce((n, d) => n + d.count, 0)).toBe(100_000);
    expect(big.leastComplete).toHaveLength(50);
    const most = big.leastComplete[0]!.missing.length;
    expect(big.leastComplete.every((f, k) => k === 0 || f.missing.length <= big.leastComplete[k - 1]!.missing.length)).toBe(true);
    expect(many.some((a) => a.properties.missing.length > most)).toBe(false);
    const lacking = (field: string) => many.filter((a) => a.properties.missing.includes(field)).length;
    expect(big.fields.find((f) => f.field === 'website')?.filled).toBe(100_000 - lacking('website'));
    expect(big.complete).toBe(many.filter((a) => a.properties.missing.length === 0).length);
  });
});
