import { EXPOSURE_FACT_FIELDS, type FactSpec, INCIDENT_FACT_FIELDS } from '../cnil/fact-catalogue';
import type { Exposure } from '../incidents/exposure.entity';
import type { Incident } from '../incidents/incident.entity';
import type { RecordAuthors } from '../incidents/record-authors';
import type { FactValues } from './fact-submission.entity';

/** JSON form of a fact value: dates as ISO strings; absent and null both mean "not stated". */
function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? undefined;
}

/** Keeps the stated fields of a patch-shaped input, as JSON values. */
export function statedFacts(input: object | null | undefined, fields: Readonly<Record<string, FactSpec>>): FactValues {
  const stated: FactValues = {};
  for (const field of Object.keys(fields)) {
    const value = jsonValue((input as Record<string, unknown> | null | undefined)?.[field]);
    if (value !== undefined) stated[field] = value;
  }
  return stated;
}

export interface RecordFacts {
  incident: FactValues;
  exposure: FactValues;
  /** Who last set each field, by level; a field without an entry names no one. */
  authors?: { incident: RecordAuthors; exposure: RecordAuthors };
}

/** What the incident and exposure records themselves say: the fallback source of every fact. */
export function recordFacts(incident: Incident, exposure: Exposure): RecordFacts {
  return {
    incident: statedFacts(incident, INCIDENT_FACT_FIELDS),
    exposure: statedFacts({ ...exposure, awareAt: exposure.declaredAwareAt }, EXPOSURE_FACT_FIELDS),
    authors: { incident: incident.recordedBy ?? {}, exposure: exposure.recordedBy ?? {} },
  };
}
