import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  frenchPublicHolidays,
  nextWorkingDayNoon,
  parisDate,
  parisInstant,
  periodEnd,
  type Period,
} from '../../src/lib/legal-periods';

const hours = (count: number): Period => ({ unit: 'hours', count });
const days = (count: number): Period => ({ unit: 'days', count });
const months = (count: number): Period => ({ unit: 'months', count });

/**
 * Regulation (EEC, Euratom) No 1182/71, article 3, in Paris time. Each row: the event (UTC), the
 * period, the gateway's conservative due instant and the regulation's own end (both UTC).
 */
const PERIODS: [edge: string, event: string, period: Period, dueAt: string, legalEnd: string][] = [
  // Article 3(2)(c): the last day of a shorter month (legal review D4).
  ['31 Jan 2024 + 1 month: 29 Feb (leap year)', '2024-01-31T09:00:00Z', months(1), '2024-02-29T09:00:00Z', '2024-02-29T23:00:00Z'],
  ['31 Jan 2025 + 1 month: 28 Feb', '2025-01-31T09:00:00Z', months(1), '2025-02-28T09:00:00Z', '2025-02-28T23:00:00Z'],
  ['31 Mar 2025 + 1 month: 30 Apr (summer time)', '2025-03-31T08:00:00Z', months(1), '2025-04-30T08:00:00Z', '2025-04-30T22:00:00Z'],
  // 30 Nov 2025 is a Sunday: the legal end moves to the end of Monday 1 Dec (article 3(4)); the due instant does not.
  ['31 Oct 2025 + 1 month: 30 Nov, a Sunday', '2025-10-31T09:00:00Z', months(1), '2025-11-30T09:00:00Z', '2025-12-01T23:00:00Z'],
  ['29 Feb 2024 + 1 month: 29 Mar', '2024-02-29T09:00:00Z', months(1), '2024-03-29T09:00:00Z', '2024-03-29T23:00:00Z'],
  ['29 Feb 2024 + 12 months: 28 Feb 2025', '2024-02-29T09:00:00Z', months(12), '2025-02-28T09:00:00Z', '2025-02-28T23:00:00Z'],
  // A Paris day, not a UTC one: 31 Jan 23:30 UTC is already 1 Feb in Paris.
  ['the Paris date counts: 1 Feb 00:30 Paris + 1 month', '2024-01-31T23:30:00Z', months(1), '2024-02-29T23:30:00Z', '2024-03-01T23:00:00Z'],
  // Hours: elapsed time; the legal end skips the hour of the event (article 3(1)).
  [
    '72 h across the spring DST change (legal review D1)',
    '2024-03-29T09:00:00Z',
    hours(72),
    '2024-04-01T09:00:00Z',
    '2024-04-01T10:00:00Z',
  ],
  ['72 h across the autumn DST change', '2025-10-24T08:00:00Z', hours(72), '2025-10-27T08:00:00Z', '2025-10-27T09:00:00Z'],
  [
    '72 h within an hour: the legal end is the next full hour + 72 h',
    '2024-02-01T17:59:00Z',
    hours(72),
    '2024-02-04T17:59:00Z',
    '2024-02-04T18:00:00Z',
  ],
  ['24 h over a weekend: weekends count', '2025-02-07T16:00:00Z', hours(24), '2025-02-08T16:00:00Z', '2025-02-08T17:00:00Z'],
  // Days: Paris calendar days, the same wall-clock time whatever the offset.
  ['3 days across the spring DST change: same Paris time', '2025-03-28T09:00:00Z', days(3), '2025-03-31T08:00:00Z', '2025-03-31T22:00:00Z'],
  ['3 days across the autumn DST change: same Paris time', '2025-10-24T08:00:00Z', days(3), '2025-10-27T09:00:00Z', '2025-10-27T23:00:00Z'],
  // Article 3(4): the last day on Easter Monday 2025 moves the legal end to Tuesday.
  ['3 days ending on lundi de Pâques 2025', '2025-04-18T08:00:00Z', days(3), '2025-04-21T08:00:00Z', '2025-04-22T22:00:00Z'],
];

describe('legal periods (Regulation 1182/71, article 3, Paris time)', () => {
  it.each(PERIODS)('%s', (_edge, event, period, dueAt, legalEnd) => {
    const end = periodEnd(new Date(event), period);
    expect(end.dueAt.toISOString()).toBe(new Date(dueAt).toISOString());
    expect(end.legalEnd.toISOString()).toBe(new Date(legalEnd).toISOString());
    expect(end.legalEnd.getTime()).toBeGreaterThanOrEqual(end.dueAt.getTime());
  });

  it('refuses a period that is not a whole, non-negative count', () => {
    expect(() => periodEnd(new Date(), hours(1.5))).toThrow(/period.count must be a non-negative integer, got 1.5/);
    expect(() => periodEnd(new Date(), months(-1))).toThrow(/period.count/);
  });
});

describe('Paris wall-clock times', () => {
  it.each([
    ['an ordinary winter time', { year: 2025, month: 1, day: 15, hour: 10 }, '2025-01-15T09:00:00Z'],
    ['an ordinary summer time', { year: 2025, month: 7, day: 15, hour: 10 }, '2025-07-15T08:00:00Z'],
    [
      'the spring gap (02:30 does not exist): one hour later',
      { year: 2025, month: 3, day: 30, hour: 2, minute: 30 },
      '2025-03-30T01:30:00Z',
    ],
    [
      'the autumn overlap (02:30 twice): the earlier instant',
      { year: 2025, month: 10, day: 26, hour: 2, minute: 30 },
      '2025-10-26T00:30:00Z',
    ],
  ])('%s', (_edge, t, instant) => {
    expect(parisInstant({ minute: 0, second: 0, millisecond: 0, ...t }).toISOString()).toBe(new Date(instant).toISOString());
  });

  it('dates an instant by the Paris calendar', () => {
    expect(parisDate(new Date('2025-01-16T23:30:00Z'))).toBe('2025-01-17');
    expect(parisDate(new Date('2025-01-16T22:59:59Z'))).toBe('2025-01-16');
  });
});

describe('French public holidays (Code du travail, article L3133-1)', () => {
  it.each([
    [2024, '03-31'],
    [2025, '04-20'],
    [2026, '04-05'],
    [2038, '04-25'],
  ])('Easter %i falls on %s', (year, day) => {
    const easter = easterSunday(year);
    expect(`${String(easter.month).padStart(2, '0')}-${String(easter.day).padStart(2, '0')}`).toBe(day);
  });

  it('computes the eleven days, the Easter-based ones included', () => {
    expect([...frenchPublicHolidays(2025)]).toEqual([
      ['2025-01-01', 'Jour de l’an'],
      ['2025-04-21', 'Lundi de Pâques'],
      ['2025-05-01', 'Fête du Travail'],
      ['2025-05-08', 'Victoire 1945'],
      ['2025-05-29', 'Ascension'],
      ['2025-06-09', 'Lundi de Pentecôte'],
      ['2025-07-14', 'Fête nationale'],
      ['2025-08-15', 'Assomption'],
      ['2025-11-01', 'Toussaint'],
      ['2025-11-11', 'Armistice 1918'],
      ['2025-12-25', 'Noël'],
    ]);
    expect(frenchPublicHolidays(2024).get('2024-05-09')).toBe('Ascension');
    expect(frenchPublicHolidays(2024).get('2024-05-20')).toBe('Lundi de Pentecôte');
  });
});

/** The DORA noon rule (ESAs, JC 2024 33): a deadline on a non-working day moves to 12:00 Paris on the next working day. */
const NOON: [edge: string, due: string, moved: string][] = [
  ['a working day: unchanged', '2025-04-23T08:00:00Z', '2025-04-23T08:00:00Z'],
  ['a Saturday, then lundi de Pâques: Tuesday noon', '2025-04-19T10:00:00Z', '2025-04-22T10:00:00Z'],
  ['a Sunday: Monday noon', '2025-02-09T15:00:00Z', '2025-02-10T11:00:00Z'],
  ['Ascension (Thursday 29 May 2025): Friday noon', '2025-05-29T10:00:00Z', '2025-05-30T10:00:00Z'],
  ['1 May 2025 (Thursday): Friday noon', '2025-05-01T06:00:00Z', '2025-05-02T10:00:00Z'],
  ['14 July 2025 (Monday): Tuesday noon', '2025-07-14T20:00:00Z', '2025-07-15T10:00:00Z'],
  ['Sunday of the autumn DST change, by Paris date: Monday noon in winter time', '2025-10-25T22:30:00Z', '2025-10-27T11:00:00Z'],
  ['Monday 00:30 Paris, still Sunday in UTC: a working day, unchanged', '2025-10-26T23:30:00Z', '2025-10-26T23:30:00Z'],
];

describe('the next working day at noon', () => {
  it.each(NOON)('%s', (_edge, due, moved) => {
    expect(nextWorkingDayNoon(new Date(due)).toISOString()).toBe(new Date(moved).toISOString());
  });
});
