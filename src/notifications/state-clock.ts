import type { Obligation } from './obligations';

/*
 * Time in stored derived state (derived-state.ts): a state is computed at one instant and stays true
 * until the clock alone would change it. These pure rules say until when, and judge a stored
 * obligation against the clock of the read.
 */

/**
 * The earliest instant after `after` at which the clock alone changes the judgement: a due instant
 * or a period's legal end passes, or a rule comes into force (its first day, from midnight in Paris,
 * taken at UTC+2 so it is never late). Null when none lies ahead.
 */
export function nextChange(obligations: readonly Obligation[], after: Date): Date | null {
  const instants = obligations.flatMap((o) => [
    o.dueAt,
    o.legalEnd ?? null,
    o.effectiveFrom ? new Date(`${o.effectiveFrom}T00:00:00+02:00`) : null,
  ]);
  const ahead = instants.filter((d): d is Date => d !== null && d.getTime() > after.getTime());
  return ahead.length ? new Date(Math.min(...ahead.map((d) => d.getTime()))) : null;
}

/** A state stored and still true now; null sends the reader to compute it in memory. */
export function isFresh(state: { validUntil?: Date | null } | undefined, now: Date): boolean {
  return state !== undefined && (state.validUntil == null || now < state.validUntil);
}

/** Stored JSON gives instants back as strings. */
const instant = (value: Date | string | null | undefined): Date | null => (value == null ? null : new Date(value));

/**
 * An obligation as read back, judged against `now`: a stored PENDING or OVERDUE duty turns over at
 * its due instant whether or not the state was refreshed since, so no list ever shows a passed
 * deadline as pending. (Its rationale is the one of its last computation: see refreshStaleStates.)
 */
export function judged(stored: Obligation, now: Date): Obligation {
  const dueAt = instant(stored.dueAt);
  const doneAt = instant(stored.doneAt);
  const legalEnd = instant(stored.legalEnd);
  const open = stored.status === 'PENDING' || stored.status === 'OVERDUE';
  const status = open && !doneAt && dueAt ? (now > dueAt ? 'OVERDUE' : 'PENDING') : stored.status;
  return { ...stored, dueAt, doneAt, ...(stored.legalEnd !== undefined ? { legalEnd } : {}), status };
}
