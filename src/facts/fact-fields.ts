import type { Exposure } from '../incidents/exposure.entity';
import type { Incident } from '../incidents/incident.entity';
import type { FactValues } from './fact-submission.entity';

/**
 * The facts a source can state, by level. `list` fields are compared as sets: two sources naming the
 * same data categories in another order agree.
 */
export type FactLevel = 'INCIDENT' | 'EXPOSURE';
type Kind = 'scalar' | 'list';

export const INCIDENT_FACT_FIELDS = {
  startPrecision: 'scalar',
  startAt: 'scalar',
  endAt: 'scalar',
  ongoing: 'scalar',
  detectedAt: 'scalar',
  datesComment: 'scalar',
  natures: 'list',
  origins: 'list',
  causes: 'list',
  attackVector: 'scalar',
  affectedSystem: 'scalar',
  description: 'scalar',
  discoveryCircumstances: 'scalar',
  priorSecurityMeasures: 'scalar',
} as const satisfies Record<string, Kind>;

export const EXPOSURE_FACT_FIELDS = {
  processorAlertedAt: 'scalar',
  awareAt: 'scalar',
  dataCategories: 'list',
  sensitiveData: 'list',
  exposedDataItems: 'list',
  notExposedDataItems: 'list',
  subjectCategories: 'list',
  approxPersons: 'scalar',
  approxRecords: 'scalar',
  consequences: 'list',
  harms: 'list',
  harmsDescription: 'scalar',
  measuresTaken: 'scalar',
  measuresPlanned: 'scalar',
  communicationStatus: 'scalar',
  communicationChannels: 'list',
  communicationAt: 'scalar',
  nonCommunicationJustification: 'scalar',
  communicationDetails: 'scalar',
} as const satisfies Record<string, Kind>;

export const FACT_FIELDS: readonly { field: string; level: FactLevel; kind: Kind }[] = [
  ...Object.entries(INCIDENT_FACT_FIELDS).map(([field, kind]) => ({ field, level: 'INCIDENT' as const, kind })),
  ...Object.entries(EXPOSURE_FACT_FIELDS).map(([field, kind]) => ({ field, level: 'EXPOSURE' as const, kind })),
];

/** JSON form of a fact value: dates as ISO strings; absent and null both mean "not stated". */
function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? undefined;
}

/** Keeps the stated fields of a patch-shaped input, as JSON values. */
export function statedFacts(input: object | null | undefined, fields: Record<string, Kind>): FactValues {
  const stated: FactValues = {};
  for (const field of Object.keys(fields)) {
    const value = jsonValue((input as Record<string, unknown> | null | undefined)?.[field]);
    if (value !== undefined) stated[field] = value;
  }
  return stated;
}

/** What the incident and exposure records themselves say: the fallback source of every fact. */
export function recordFacts(incident: Incident, exposure: Exposure): { incident: FactValues; exposure: FactValues } {
  return {
    incident: statedFacts(incident, INCIDENT_FACT_FIELDS),
    exposure: statedFacts({ ...exposure, awareAt: exposure.declaredAwareAt }, EXPOSURE_FACT_FIELDS),
  };
}
