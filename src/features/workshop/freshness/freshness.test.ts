import { describe, expect, it } from 'vitest';
import { actor } from '../../../../tests/fixtures/actors';
import { freshness } from './freshness';

const fiche = (id: string, verifiedAt: string, region = '75', departement = '86') =>
  actor({ id, name: `Fiche ${id}`, verifiedAt, region, departement });

const ACTORS = [
  fiche('fresh', '2026-03-03'),
  fiche('old', '2024-01-15'),
  fiche('older', '2023-06-30'),
  fiche('undated', ''),
  fiche('exactly-a-year', '2025-12-06', '11', '94'),
  fiche('a-day-short', '2025-12-07', '11', '94'),
  fiche('month-only', '2025-12', '11', '2A'),
  fiche('nowhere', '', '', ''),
];

describe('freshness', () => {
  const f = freshness(ACTORS, { today: '2026-12-06' });

  it('counts the fiches checked within 12 months, those checked before and those never dated', () => {
    expect([f.months, f.cutoff, f.total, f.fresh, f.stale, f.undated]).toEqual([12, '2025-12-06', 8, 2, 4, 2]);
  });

  it('groups the due fiches by région then département, none last, the undated then the oldest first', () => {
    expect(f.regions.map((r) => [r.region, r.count, r.departements.map((d) => [d.departement, d.fiches.map((x) => x.id)])])).toEqual([
      [
        '11',
        2,
        [
          ['2A', ['month-only']],
          ['94', ['exactly-a-year']],
        ],
      ],
      ['75', 3, [['86', ['undated', 'older', 'old']]]],
      ['', 1, [['', ['nowhere']]]],
    ]);
  });

  it('says how many whole months have gone by since each check', () => {
    const due = f.regions.flatMap((r) => r.departements.flatMap((d) => d.fiches));
    expect(Object.fromEntries(due.map((x) => [x.id, x.monthsSince]))).toEqual({
      'month-only': 12,
      'exactly-a-year': 12,
      undated: null,
      older: 41,
      old: 34,
      nowhere: null,
    });
    expect(due.find((x) => x.id === 'old')).toEqual({
      id: 'old',
      name: 'Fiche old',
      verifiedAt: '2024-01-15',
      monthsSince: 34,
      region: '75',
      departement: '86',
      sample: false,
    });
  });

  it('takes another number of months, ending at a month’s last day when the day does not exist', () => {
    const six = freshness(ACTORS, { today: '2026-12-06', months: 6 });
    expect([six.cutoff, six.fresh, six.stale]).toEqual(['2026-06-06', 0, 6]);
    expect(freshness(ACTORS, { today: '2026-12-06', months: 10 }).fresh).toBe(1);
    expect(freshness([], { today: '2026-03-31', months: 1 }).cutoff).toBe('2026-02-28');
    expect(freshness([], { today: '2024-03-31', months: 1 }).cutoff).toBe('2024-02-29');
    expect(freshness([], { today: '2026-01-15', months: 1 }).cutoff).toBe('2025-12-15');
    expect(freshness(ACTORS, { today: '2026-12-06', months: 0 }).fresh).toBe(0);
  });
});
