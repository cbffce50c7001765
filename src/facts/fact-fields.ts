import type { Exposure } from '../incidents/exposure.entity';
import type { Incident } from '../incidents/incident.entity';
import { isUuid } from '../lib/uuid';
import type { FactValues } from './fact-submission.entity';

/**
 * The facts a source can state, by level. `list` fields are compared as sets: two sources naming the
 * same data categories in another order agree.
 *
 * `controllerOnly` marks the controller's own judgement, which on the exposure record only its
 * controller (or an admin) may set: when it became aware (its 72 hours run from it), the likely
 * consequences and harms (its risk assessment, which decides art. 34), and whether and how it informs
 * the persons (its art. 34 decision). The rest is what a processor knows as well as the controller
 * (dates, data, counts, measures) and either may keep on the record. A processor's view of a
 * controller-only field is a fact it submits, with its provenance (submitBreachFacts).
 */
export type FactLevel = 'INCIDENT' | 'EXPOSURE';
type Kind = 'scalar' | 'list';
interface FieldRule {
  kind: Kind;
  controllerOnly?: true;
}

const SCALAR = { kind: 'scalar' } as const;
const LIST = { kind: 'list' } as const;
const JUDGEMENT_SCALAR = { kind: 'scalar', controllerOnly: true } as const;
const JUDGEMENT_LIST = { kind: 'list', controllerOnly: true } as const;

export const INCIDENT_FACT_FIELDS = {
  startPrecision: SCALAR,
  startAt: SCALAR,
  endAt: SCALAR,
  ongoing: SCALAR,
  detectedAt: SCALAR,
  datesComment: SCALAR,
  natures: LIST,
  origins: LIST,
  causes: LIST,
  attackVector: SCALAR,
  affectedSystem: SCALAR,
  description: SCALAR,
  discoveryCircumstances: SCALAR,
  priorSecurityMeasures: SCALAR,
} as const satisfies Record<string, FieldRule>;

export const EXPOSURE_FACT_FIELDS = {
  processorAlertedAt: SCALAR,
  awareAt: JUDGEMENT_SCALAR,
  dataCategories: LIST,
  sensitiveData: LIST,
  exposedDataItems: LIST,
  notExposedDataItems: LIST,
  subjectCategories: LIST,
  approxPersons: SCALAR,
  approxRecords: SCALAR,
  consequences: JUDGEMENT_LIST,
  harms: JUDGEMENT_LIST,
  harmsDescription: JUDGEMENT_SCALAR,
  measuresTaken: SCALAR,
  measuresPlanned: SCALAR,
  communicationStatus: JUDGEMENT_SCALAR,
  communicationChannels: JUDGEMENT_LIST,
  communicationAt: JUDGEMENT_SCALAR,
  nonCommunicationJustification: JUDGEMENT_SCALAR,
  communicationDetails: JUDGEMENT_SCALAR,
} as const satisfies Record<string, FieldRule>;

export const FACT_FIELDS: readonly { field: string; level: FactLevel; kind: Kind }[] = [
  ...Object.entries(INCIDENT_FACT_FIELDS).map(([field, rule]) => ({ field, level: 'INCIDENT' as const, kind: rule.kind })),
  ...Object.entries(EXPOSURE_FACT_FIELDS).map(([field, rule]) => ({ field, level: 'EXPOSURE' as const, kind: rule.kind })),
];

/** JSON form of a fact value: dates as ISO strings; absent and null both mean "not stated". */
function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value ?? undefined;
}

/** Keeps the stated fields of a patch-shaped input, as JSON values. */
export function statedFacts(input: object | null | undefined, fields: Record<string, FieldRule>): FactValues {
  const stated: FactValues = {};
  for (const field of Object.keys(fields)) {
    const value = jsonValue((input as Record<string, unknown> | null | undefined)?.[field]);
    if (value !== undefined) stated[field] = value;
  }
  return stated;
}

/** The controller-only exposure fields an input sets (null included: clearing one is a change too). */
export function controllerOnlyFieldsIn(input: object): string[] {
  return Object.entries(EXPOSURE_FACT_FIELDS)
    .filter(([field, rule]) => 'controllerOnly' in rule && (input as Record<string, unknown>)[field] !== undefined)
    .map(([field]) => field);
}

/**
 * Who last set each fact field of a record, and when. Kept on the row itself, beside the values it
 * speaks for, and written in the same audited flush: the simplest honest answer to "who says so?"
 * for a RECORD source, without replaying the audit trail (whose events hash rows, not fields).
 * Records written before it was kept have no entry: their source names no one.
 */
export type RecordAuthors = Record<string, RecordAuthor>;
export interface RecordAuthor {
  /** Null for the gateway's own loaders (the demo), whose viewer is no organisation. */
  organizationId: string | null;
  subject: string;
  at: string;
}

export function noteRecordAuthors(
  record: { recordedBy: RecordAuthors },
  input: object,
  fields: Record<string, FieldRule>,
  author: { organizationId: string; subject: string },
  at: Date,
): void {
  const stated = Object.keys(fields).filter((field) => (input as Record<string, unknown>)[field] !== undefined);
  if (stated.length === 0) return;
  const by: RecordAuthor = { organizationId: isUuid(author.organizationId) ? author.organizationId : null, subject: author.subject, at: at.toISOString() };
  // A new object, so the ORM sees the JSON column change.
  record.recordedBy = { ...record.recordedBy, ...Object.fromEntries(stated.map((field) => [field, by])) };
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
