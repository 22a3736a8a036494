import { describe, expect, it } from 'vitest';
import { isoStartTime, localToday, readDate } from './dates';

const TODAY = '2026-12-06';
const read = (text: string) => readDate(text, TODAY);

describe('readDate', () => {
  it('reads French day-first dates, with or without leading zeros', () => {
    expect(read('03/03/2026')).toEqual({ kind: 'date', iso: '2026-03-03' });
    expect(read('3/3/2026')).toEqual({ kind: 'date', iso: '2026-03-03' });
    expect(read(' 28.02.2025 ')).toEqual({ kind: 'date', iso: '2025-02-28' });
    expect(read('1-9-2024')).toEqual({ kind: 'date', iso: '2024-09-01' });
    expect(read('03/03/26')).toEqual({ kind: 'date', iso: '2026-03-03' });
  });

  it('reads ISO dates, a time after them ignored', () => {
    expect(read('2026-03-03')).toEqual({ kind: 'date', iso: '2026-03-03' });
    expect(read('2026-3-3')).toEqual({ kind: 'date', iso: '2026-03-03' });
    expect(read('2026-03-03T10:15:00Z')).toEqual({ kind: 'date', iso: '2026-03-03' });
    expect(read('2026-03-03 10:15')).toEqual({ kind: 'date', iso: '2026-03-03' });
  });

  it('keeps a month alone as a month', () => {
    expect(read('03/2026')).toEqual({ kind: 'date', iso: '2026-03' });
    expect(read('3/2026')).toEqual({ kind: 'date', iso: '2026-03' });
    expect(read('2026-03')).toEqual({ kind: 'date', iso: '2026-03' });
    expect(read('13/2026')).toEqual({ kind: 'impossible' });
  });

  it('reads a spreadsheet day number from 2000 to 2099, with or without its time of day', () => {
    expect(read('46084')).toEqual({ kind: 'date', iso: '2026-03-03' });
    expect(read('46084.75')).toEqual({ kind: 'date', iso: '2026-03-03' });
    expect(read('46084,5')).toEqual({ kind: 'date', iso: '2026-03-03' });
    expect(read('36526')).toEqual({ kind: 'date', iso: '2000-01-01' });
    expect(read('36525')).toEqual({ kind: 'unreadable' });
    // A year or a small count is not a day number.
    expect(read('2026')).toEqual({ kind: 'unreadable' });
    expect(read('12')).toEqual({ kind: 'unreadable' });
  });

  it('tells an empty cell, text that is no date and a day that does not exist apart', () => {
    expect(read('')).toEqual({ kind: 'empty' });
    expect(read('   ')).toEqual({ kind: 'empty' });
    expect(read('mars 2026')).toEqual({ kind: 'unreadable' });
    expect(read('03/03/2026 ou avant')).toEqual({ kind: 'unreadable' });
    expect(read('2026/03/03')).toEqual({ kind: 'unreadable' });
    expect(read('31/02/2026')).toEqual({ kind: 'impossible' });
    expect(read('29/02/2025')).toEqual({ kind: 'impossible' });
    expect(read('29/02/2024')).toEqual({ kind: 'date', iso: '2024-02-29' });
    expect(read('12/13/2026')).toEqual({ kind: 'impossible' });
    expect(read('2026-00-10')).toEqual({ kind: 'impossible' });
  });

  it('says a date after today is in the future, today and this month are not', () => {
    expect(read('06/12/2026')).toEqual({ kind: 'date', iso: '2026-12-06' });
    expect(read('07/12/2026')).toEqual({ kind: 'future', iso: '2026-12-07' });
    expect(read('12/2026')).toEqual({ kind: 'date', iso: '2026-12' });
    expect(read('01/2027')).toEqual({ kind: 'future', iso: '2027-01' });
    expect(read('73050')).toEqual({ kind: 'future', iso: '2099-12-31' });
  });
});

describe('localToday and isoStartTime', () => {
  it('write the local calendar day and read a day or a month back as its first instant', () => {
    expect(localToday(new Date(2026, 2, 3, 23, 59))).toBe('2026-03-03');
    expect(isoStartTime('2026-03-03')).toBe(Date.UTC(2026, 2, 3));
    expect(isoStartTime('2026-03')).toBe(Date.UTC(2026, 2, 1));
    expect(isoStartTime('')).toBeNaN();
    expect(isoStartTime('2026-13')).toBeNaN();
  });
});
