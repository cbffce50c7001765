import type { InputProblems } from '../lib/errors';
import type { Exposure } from './exposure.entity';
import type { Incident } from './incident.entity';

/**
 * The timeline rules of form section 6: a start that is exact or approximate has an instant and an
 * unknown one has none; nothing ends, is detected, or is known by a controller before it started.
 */
export type IncidentDates = Partial<Pick<Incident, 'startPrecision' | 'startAt' | 'endAt' | 'detectedAt' | 'ongoing'>>;

/** `at` is the argument path of the dates, e.g. `input` or `input.incidentFacts` for submitted facts. */
export function checkIncidentDates(problems: InputProblems, incident: IncidentDates, exposures: readonly Exposure[], at = 'input'): void {
  const { startPrecision, startAt, endAt, detectedAt, ongoing } = incident;
  if (startPrecision === 'UNKNOWN') {
    problems.check(!startAt, `${at}.startAt`, 'an unknown start has no instant: set startPrecision to EXACT or APPROXIMATE');
  } else if (startPrecision) {
    problems.check(Boolean(startAt), `${at}.startAt`, `a start that is ${startPrecision} needs its instant`);
  }
  problems.check(!(ongoing && endAt), `${at}.endAt`, 'an ongoing incident has no end yet');
  if (!startAt) return;
  if (endAt) problems.check(endAt >= startAt, `${at}.endAt`, `the end (${iso(endAt)}) is before the start (${iso(startAt)})`);
  if (detectedAt)
    problems.check(detectedAt >= startAt, `${at}.detectedAt`, `the detection (${iso(detectedAt)}) is before the start (${iso(startAt)})`);
  for (const exposure of exposures) {
    const aware = exposure.awareAt;
    if (aware && aware < startAt) {
      problems.add(`${at}.startAt`, `the start (${iso(startAt)}) is after exposure ${exposure.id}'s awareness instant (${iso(aware)})`);
    }
  }
}

export function checkExposureDates(problems: InputProblems, exposure: Exposure, incident: Incident): void {
  const { startAt } = incident;
  if (!startAt) return;
  const { processorAlertedAt, declaredAwareAt } = exposure;
  if (processorAlertedAt) {
    problems.check(
      processorAlertedAt >= startAt,
      'input.processorAlertedAt',
      `the processor's alert (${iso(processorAlertedAt)}) is before the incident started (${iso(startAt)})`,
    );
  }
  if (declaredAwareAt) {
    problems.check(
      declaredAwareAt >= startAt,
      'input.awareAt',
      `the awareness instant (${iso(declaredAwareAt)}) is before the incident started (${iso(startAt)})`,
    );
  }
}

function iso(date: Date): string {
  return date.toISOString();
}
