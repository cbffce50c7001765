import {
  BREACH_NATURE,
  COMMUNICATION_CHANNEL,
  COMMUNICATION_STATUS,
  CONSEQUENCE,
  DATA_CATEGORY,
  DATE_PRECISION,
  HARM,
  INCIDENT_CAUSE,
  INCIDENT_ORIGIN,
  NON_COMMUNICATION_JUSTIFICATION,
  SENSITIVE_DATA,
  SUBJECT_CATEGORY,
  type VocabularyList,
} from './vocabulary';
import type { FORM_SECTIONS } from './form';

/**
 * The breach facts, one declaration per field: the one place a fact is named. Everything else is
 * derived from it (the value types, the registries unify and the services read) or checked against
 * it by the compiler (the incident and exposure columns, the patch inputs): a field added here and
 * forgotten there fails `tsc`, naming the field.
 *
 * `level` says whether the fact is about the incident (the same for every controller) or about one
 * exposure. `list` fields are compared as sets: two sources naming the same data categories in
 * another order agree.
 *
 * `controllerOnly` marks the controller's own judgement, which on the exposure record only its
 * controller (or an admin) may set: when it became aware (its 72 hours run from it), the likely
 * consequences and harms (its risk assessment, which decides art. 34), and whether and how it informs
 * the persons (its art. 34 decision). The rest is what a processor knows as well as the controller
 * (dates, data, counts, measures) and either may keep on the record. A processor's view of a
 * controller-only field is a fact it submits, with its provenance (submitBreachFacts).
 *
 * `section` is the CNIL form section (cnil/form.ts) the fact fills; null for a fact the form does
 * not ask for but the gateway keeps (a deadline's start, the attack's details).
 *
 * The order is the order of the unified facts (incident facts first): keep it.
 */
export type FactLevel = 'INCIDENT' | 'EXPOSURE';
export type FactKind = 'scalar' | 'list';
/** What one value is: an instant, free text, yes/no, a count, or a code of a CNIL answer list. */
export type FactType = 'date' | 'text' | 'boolean' | 'integer' | VocabularyList<string>;

export interface FactSpec {
  level: FactLevel;
  type: FactType;
  kind: FactKind;
  section: (typeof FORM_SECTIONS)[number]['number'] | null;
  controllerOnly?: true;
  /** The fact's GraphQL description, shared by the record's field and every input that sets it. */
  description: string;
}

export const FACT_CATALOGUE = {
  startPrecision: {
    level: 'INCIDENT',
    type: DATE_PRECISION,
    kind: 'scalar',
    section: 6,
    description: "Whether the breach's start is exact, approximate or unknown (form section 6).",
  },
  startAt: {
    level: 'INCIDENT',
    type: 'date',
    kind: 'scalar',
    section: 6,
    description: 'When the breach began (ISO 8601, UTC), as precise as startPrecision says; null while unknown (form section 6).',
  },
  endAt: {
    level: 'INCIDENT',
    type: 'date',
    kind: 'scalar',
    section: 6,
    description: 'When the breach ended (ISO 8601, UTC); null while it is ongoing or the end is unknown (form section 6).',
  },
  ongoing: {
    level: 'INCIDENT',
    type: 'boolean',
    kind: 'scalar',
    section: 6,
    description: 'Whether the breach is still under way (« toujours en cours », form section 6).',
  },
  // Not on the form: it starts the processor's duty to alert its controllers.
  detectedAt: {
    level: 'INCIDENT',
    type: 'date',
    kind: 'scalar',
    section: null,
    description:
      "When the source organisation detected the incident (ISO 8601, UTC), which starts a processor's duty to alert its controllers (art. 33(2)); null while unknown.",
  },
  datesComment: {
    level: 'INCIDENT',
    type: 'text',
    kind: 'scalar',
    section: 6,
    description: 'Free-text comment on the dates, e.g. why the start is approximate (form section 6).',
  },
  natures: {
    level: 'INCIDENT',
    type: BREACH_NATURE,
    kind: 'list',
    section: 7,
    description: "The breach's natures: loss of confidentiality, integrity or availability (form section 7, art. 33(3)(a)).",
  },
  origins: {
    level: 'INCIDENT',
    type: INCIDENT_ORIGIN,
    kind: 'list',
    section: 7,
    description: 'Where the breach came from, as the CNIL list codes it (form section 7).',
  },
  // « Autre (à préciser) »: the free text the form asks for beside each list's OTHER answer.
  originsOther: {
    level: 'INCIDENT',
    type: 'text',
    kind: 'scalar',
    section: 7,
    description: 'The free text the form asks for beside the origin OTHER (« Autre (à préciser) »); required with it.',
  },
  causes: {
    level: 'INCIDENT',
    type: INCIDENT_CAUSE,
    kind: 'list',
    section: 7,
    description: 'What caused the breach, as the CNIL list codes it (form section 7).',
  },
  causesOther: {
    level: 'INCIDENT',
    type: 'text',
    kind: 'scalar',
    section: 7,
    description: 'The free text the form asks for beside the cause OTHER (« Autre (à préciser) »); required with it.',
  },
  attackVector: {
    level: 'INCIDENT',
    type: 'text',
    kind: 'scalar',
    section: null,
    description: 'How the attacker got in, e.g. phished credentials; kept by the gateway, not asked by the form.',
  },
  affectedSystem: {
    level: 'INCIDENT',
    type: 'text',
    kind: 'scalar',
    section: null,
    description: 'The system the breach happened on; kept by the gateway, not asked by the form.',
  },
  description: {
    level: 'INCIDENT',
    type: 'text',
    kind: 'scalar',
    section: 7,
    description: 'Detailed description of the breach (« descriptif détaillé », form section 7, art. 33(3)(a)).',
  },
  // Shown with the dates (section 6), where the form asks how the breach was discovered.
  discoveryCircumstances: {
    level: 'INCIDENT',
    type: 'text',
    kind: 'scalar',
    section: 6,
    description: 'How the breach was discovered (« circonstances de la découverte », form section 6).',
  },
  priorSecurityMeasures: {
    level: 'INCIDENT',
    type: 'text',
    kind: 'scalar',
    section: 9,
    description: 'The security measures in place before the breach (form section 9, art. 32).',
  },

  processorAlertedAt: {
    level: 'EXPOSURE',
    type: 'date',
    kind: 'scalar',
    section: 5,
    description:
      "When the processor alerted this controller (ISO 8601, UTC; art. 33(2)); null while it has not, or for the controller's own incident.",
  },
  awareAt: {
    level: 'EXPOSURE',
    type: 'date',
    kind: 'scalar',
    section: 6,
    controllerOnly: true,
    description:
      'When the controller became aware of the breach (ISO 8601, UTC), which starts its 72 hours (art. 33(1)); null while not stated.',
  },
  dataCategories: {
    level: 'EXPOSURE',
    type: DATA_CATEGORY,
    kind: 'list',
    section: 8,
    description: 'The categories of personal data concerned (form section 8, art. 33(3)(a)).',
  },
  dataCategoriesOther: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'scalar',
    section: 8,
    description: 'The free text the form asks for beside the data category OTHER (« Autre (à préciser) »); required with it.',
  },
  sensitiveData: {
    level: 'EXPOSURE',
    type: SENSITIVE_DATA,
    kind: 'list',
    section: 8,
    description: 'The special categories of data concerned (art. 9 and 10 GDPR, form section 8).',
  },
  exposedDataItems: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'list',
    section: 8,
    description: 'Data items exposed, as the sources name them (e.g. « date de naissance »; form section 8).',
  },
  notExposedDataItems: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'list',
    section: 8,
    description: 'Data items explicitly not exposed (e.g. « coordonnées bancaires »; form section 8).',
  },
  subjectCategories: {
    level: 'EXPOSURE',
    type: SUBJECT_CATEGORY,
    kind: 'list',
    section: 8,
    description: 'The categories of persons concerned (form section 8, art. 33(3)(a)).',
  },
  subjectCategoriesOther: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'scalar',
    section: 8,
    description: 'The free text the form asks for beside the subject category OTHER (« Autre (à préciser) »); required with it.',
  },
  approxPersons: {
    level: 'EXPOSURE',
    type: 'integer',
    kind: 'scalar',
    section: 8,
    description: 'Approximate number of persons concerned (art. 33(3)(a), form section 8); null while unknown.',
  },
  approxRecords: {
    level: 'EXPOSURE',
    type: 'integer',
    kind: 'scalar',
    section: 8,
    description: 'Approximate number of records concerned (art. 33(3)(a), form section 8); null while unknown.',
  },
  consequences: {
    level: 'EXPOSURE',
    type: CONSEQUENCE,
    kind: 'list',
    section: 10,
    controllerOnly: true,
    description: "The likely consequences of the breach for the persons (form section 10, art. 33(3)(c)); the controller's judgement.",
  },
  consequencesOther: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'scalar',
    section: 10,
    controllerOnly: true,
    description: 'The free text the form asks for beside the consequence OTHER (« Autre (à préciser) »); required with it.',
  },
  harms: {
    level: 'EXPOSURE',
    type: HARM,
    kind: 'list',
    section: 11,
    controllerOnly: true,
    description: "The potential harms to the persons (form section 11, art. 33(3)(c)); the controller's judgement.",
  },
  harmsOther: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'scalar',
    section: 11,
    controllerOnly: true,
    description: 'The free text the form asks for beside the harm OTHER (« Autre (à préciser) »); required with it.',
  },
  harmsDescription: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'scalar',
    section: 11,
    controllerOnly: true,
    description: 'Free-text description of the potential harms (« préjudices potentiels », form section 11).',
  },
  measuresTaken: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'scalar',
    section: 12,
    description: 'Measures taken after the breach to address it and mitigate its effects (form section 12, art. 33(3)(d)).',
  },
  measuresPlanned: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'scalar',
    section: 12,
    description: 'Measures planned to address the breach and mitigate its effects (form section 12, art. 33(3)(d)).',
  },
  communicationStatus: {
    level: 'EXPOSURE',
    type: COMMUNICATION_STATUS,
    kind: 'scalar',
    section: 13,
    controllerOnly: true,
    description: 'Whether the persons were, will be or will not be informed (form section 13, art. 34); null while undecided.',
  },
  communicationChannels: {
    level: 'EXPOSURE',
    type: COMMUNICATION_CHANNEL,
    kind: 'list',
    section: 13,
    controllerOnly: true,
    description: 'How the persons were or will be informed (form section 13, art. 34).',
  },
  communicationAt: {
    level: 'EXPOSURE',
    type: 'date',
    kind: 'scalar',
    section: 13,
    controllerOnly: true,
    description: 'When the persons were or will be informed (ISO 8601, UTC; form section 13); null while not set.',
  },
  nonCommunicationJustification: {
    level: 'EXPOSURE',
    type: NON_COMMUNICATION_JUSTIFICATION,
    kind: 'scalar',
    section: 13,
    controllerOnly: true,
    description: 'Why the persons are not informed: an exemption of art. 34(3) (form section 13); null unless they are not.',
  },
  communicationDetails: {
    level: 'EXPOSURE',
    type: 'text',
    kind: 'scalar',
    section: 13,
    controllerOnly: true,
    description: 'The content of the communication to the persons, or the justification of its absence (form section 13).',
  },
} as const satisfies Record<string, FactSpec>;

type Catalogue = typeof FACT_CATALOGUE;
export type FactField = keyof Catalogue;
export type FactFieldAt<L extends FactLevel> = { [K in FactField]: Catalogue[K]['level'] extends L ? K : never }[FactField];
export type IncidentFactField = FactFieldAt<'INCIDENT'>;
export type ExposureFactField = FactFieldAt<'EXPOSURE'>;

type ScalarValue<T extends FactType> = T extends 'date'
  ? Date
  : T extends 'text'
    ? string
    : T extends 'boolean'
      ? boolean
      : T extends 'integer'
        ? number
        : T extends VocabularyList<infer C>
          ? C
          : never;
type ValueOf<S extends FactSpec> = S['kind'] extends 'list' ? ScalarValue<S['type']>[] : ScalarValue<S['type']>;

/** Every fact's value, typed: dates as Date, codes as their vocabulary's union, lists as arrays. */
export type BreachFactValues = { [K in FactField]: ValueOf<Catalogue[K]> };
export type IncidentFactValues = Pick<BreachFactValues, IncidentFactField>;
export type ExposureFactValues = Pick<BreachFactValues, ExposureFactField>;
/** The fields whose value is a V (e.g. `FactFieldOf<Date>`, the instants). */
export type FactFieldOf<V> = { [K in FactField]: BreachFactValues[K] extends V ? K : never }[FactField];

function fieldsAt<L extends FactLevel>(level: L): { readonly [K in FactFieldAt<L>]: Catalogue[K] } {
  return Object.fromEntries(Object.entries(FACT_CATALOGUE).filter(([, spec]) => spec.level === level)) as {
    [K in FactFieldAt<L>]: Catalogue[K];
  };
}

/** The registries the services and unify read, derived: they cannot miss a catalogued field. */
export const INCIDENT_FACT_FIELDS = fieldsAt('INCIDENT');
export const EXPOSURE_FACT_FIELDS = fieldsAt('EXPOSURE');
export const FACT_FIELDS: readonly { field: FactField; level: FactLevel; kind: FactKind; type: FactType }[] = Object.entries(
  FACT_CATALOGUE,
).map(([field, spec]) => ({ field: field as FactField, level: spec.level, kind: spec.kind, type: spec.type }));

/** The controller-only exposure fields an input sets (null included: clearing one is a change too). */
export function controllerOnlyFieldsIn(input: object): string[] {
  return Object.entries(EXPOSURE_FACT_FIELDS)
    .filter(([field, spec]) => 'controllerOnly' in spec && (input as Record<string, unknown>)[field] !== undefined)
    .map(([field]) => field);
}

/**
 * Compile-time links to the catalogue. `FactColumnMismatches<Entity, Values>` names every catalogued
 * field the entity lacks or types otherwise (its own nullability aside); `FactInputMismatches` also
 * names every input field the catalogue lacks, for a patch input carries facts only. Both are
 * `never` when all agree, which `NoMismatch` demands: its error names the culprit, e.g.
 * `Type '"newField: no column"' does not satisfy the constraint 'never'`.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type FactColumnMismatches<Entity, Values> = {
  [K in keyof Values]-?: K extends keyof Entity
    ? Same<NonNullable<Entity[K]>, Values[K]> extends true
      ? never
      : `${K & string}: column type differs`
    : `${K & string}: no column`;
}[keyof Values];
export type FactInputMismatches<Input, Values> =
  | {
      [K in keyof Values]-?: K extends keyof Input
        ? Same<NonNullable<Input[K]>, Values[K]> extends true
          ? never
          : `${K & string}: input type differs`
        : `${K & string}: no input field`;
    }[keyof Values]
  | { [K in keyof Input]-?: K extends keyof Values ? never : `${K & string}: not in the fact catalogue` }[keyof Input];
export type NoMismatch<T extends never> = T;
