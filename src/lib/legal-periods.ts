/**
 * Legal periods as Regulation (EEC, Euratom) No 1182/71 counts them, in Paris time, with the French
 * public holidays. Each period gives two instants: `dueAt`, the gateway's conservative reading
 * (counted from the exact instant of the event, the same wall-clock time on the last day), and
 * `legalEnd`, the end the regulation itself sets (article 3: the hour or day of the event is not
 * counted, a period ends with the expiry of its last hour or day). A deadline shown from `dueAt` is
 * never later than the law's, at the price of up to an hour (hours) or a day (days, months) of margin.
 */

export const LEGAL_TIME_ZONE = 'Europe/Paris';

export type Period = { unit: 'hours' | 'days' | 'months'; count: number };

export interface PeriodEnd {
  /** The conservative due instant the gateway shows and judges lateness against. */
  dueAt: Date;
  /** The end of the period under article 3 of Regulation 1182/71, for the record. */
  legalEnd: Date;
}

const HOUR_MS = 3_600_000;

/** A date on the Paris calendar, and a wall-clock time there. Month 1–12. */
export interface ParisDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LEGAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

export function parisDateTime(instant: Date): ParisDateTime {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    millisecond: instant.getUTCMilliseconds(),
  };
}

function asUtc(t: ParisDateTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
}

/**
 * The instant at which Paris clocks read `t`. In the spring gap (02:00–03:00 on the last Sunday of
 * March) the wall time does not exist and the instant one hour later is returned; in the autumn
 * overlap the first (summer-time) occurrence, the earlier one, is returned.
 */
export function parisInstant(t: ParisDateTime): Date {
  const wall = asUtc(t);
  // Paris is UTC+1 or UTC+2: try the summer offset first so an ambiguous time resolves to the earlier instant.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(wall - offsetHours * HOUR_MS);
    if (asUtc(parisDateTime(candidate)) === wall) return candidate;
  }
  return new Date(wall - HOUR_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar day `days` after (or before) a Paris date, keeping the wall-clock time. */
function plusDays(t: ParisDateTime, days: number): ParisDateTime {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
  return { ...t, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Article 3(2)(c): the same date `months` later or, when that month is shorter, its last day
 * (31 January + 1 month = 29 February in a leap year, 28 February otherwise; 31 March + 1 month = 30 April).
 */
function plusMonths(t: ParisDateTime, months: number): ParisDateTime {
  const index = t.year * 12 + (t.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { ...t, year, month, day: Math.min(t.day, daysInMonth(year, month)) };
}

const startOfDay = (t: ParisDateTime): ParisDateTime => ({ ...t, hour: 0, minute: 0, second: 0, millisecond: 0 });

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm), as [month, day]. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/**
 * The French public holidays of a year (Code du travail, article L3133-1), as `YYYY-MM-DD` with
 * their names. Lundi de Pentecôte stays listed although it may be the « journée de solidarité »
 * (article L3133-7): it is still a jour férié. The Alsace-Moselle days (Vendredi saint, 26 décembre)
 * are not included: they are local, and no rule of the gateway is tied to that territory.
 */
export function frenchPublicHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const fromEaster = (offset: number) => {
    const d = new Date(Date.UTC(year, easter.month - 1, easter.day + offset));
    return d.toISOString().slice(0, 10);
  };
  const fixed = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return new Map([
    [fixed(1, 1), 'Jour de l’an'],
    [fromEaster(1), 'Lundi de Pâques'],
    [fixed(5, 1), 'Fête du Travail'],
    [fixed(5, 8), 'Victoire 1945'],
    [fromEaster(39), 'Ascension'],
    [fromEaster(50), 'Lundi de Pentecôte'],
    [fixed(7, 14), 'Fête nationale'],
    [fixed(8, 15), 'Assomption'],
    [fixed(11, 1), 'Toussaint'],
    [fixed(11, 11), 'Armistice 1918'],
    [fixed(12, 25), 'Noël'],
  ]);
}

const isoDate = (t: ParisDateTime) => `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

/** The Paris calendar day of an instant, `YYYY-MM-DD`: what a rule's dates of application are compared with. */
export const parisDate = (instant: Date): string => isoDate(parisDateTime(instant));

/** Saturday, Sunday or a French public holiday, on the Paris calendar. */
export function isNonWorkingDay(t: ParisDateTime): boolean {
  const weekday = new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay();
  return weekday === 0 || weekday === 6 || frenchPublicHolidays(t.year).has(isoDate(t));
}

/**
 * The noon rule for deadlines falling on a non-working day: 12:00 (Paris) on the next working day.
 * A deadline on a working day stays as it is. Used by the rules that provide for it (DORA reports,
 * ESAs final report JC 2024 33), for the entities it applies to.
 */
export function nextWorkingDayNoon(due: Date): Date {
  let day = parisDateTime(due);
  if (!isNonWorkingDay(day)) return due;
  while (isNonWorkingDay(day)) day = plusDays(day, 1);
  return parisInstant({ ...day, hour: 12, minute: 0, second: 0, millisecond: 0 });
}

/**
 * Article 3(4): a period expressed otherwise than in hours whose last day is a Saturday, Sunday or
 * public holiday ends with the last hour of the following working day. `end` is the instant the day
 * after the last day begins.
 */
function beyondNonWorkingDays(end: ParisDateTime): ParisDateTime {
  let lastDay = plusDays(end, -1);
  while (isNonWorkingDay(lastDay)) lastDay = plusDays(lastDay, 1);
  return plusDays(lastDay, 1);
}

/**
 * The end of `period` counted from `event`. Hours are elapsed hours in absolute time (a DST change
 * neither adds nor removes one); days and months are Paris calendar days and months.
 */
export function periodEnd(event: Date, period: Period): PeriodEnd {
  if (!Number.isInteger(period.count) || period.count < 0)
    throw new RangeError(`period.count must be a non-negative integer, got ${period.count}`);
  if (period.unit === 'hours') {
    // Article 3(1): the hour in which the event occurs is not counted; the period starts at the next full hour.
    const nextHour = Math.floor(event.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
    return {
      dueAt: new Date(event.getTime() + period.count * HOUR_MS),
      legalEnd: new Date(nextHour + period.count * HOUR_MS),
    };
  }
  const start = parisDateTime(event);
  const last = period.unit === 'days' ? plusDays(start, period.count) : plusMonths(start, period.count);
  // Article 3(1) and 3(2)(b), (c): the day of the event is not counted, the last day is counted whole.
  return { dueAt: parisInstant(last), legalEnd: parisInstant(beyondNonWorkingDays(startOfDay(plusDays(last, 1)))) };
}
