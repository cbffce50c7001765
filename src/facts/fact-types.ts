import { Field, Int, ObjectType } from 'type-graphql';
// Registers the CNIL answer lists as GraphQL enums: the typed facts' code fields use them.
import '../cnil/enums';
import {
  EXPOSURE_FACT_FIELDS,
  type ExposureFactValues,
  FACT_CATALOGUE,
  type FactField,
  type FactSpec,
  INCIDENT_FACT_FIELDS,
  type IncidentFactValues,
} from '../cnil/fact-catalogue';
import { codeEnum } from '../lib/code-enum';
import type { FactValues } from './fact-submission.entity';

/**
 * The typed reading of the facts, for the API: every fact field named by an enum, the facts of a
 * submission as objects with one typed field per fact, and a unified fact's value as a FactValue
 * whose `kind` says which member holds it. Derived from the fact catalogue, so a fact added there
 * appears here with its type; its one-line description below is required by the compiler.
 */
const FACT_FIELD_DESCRIPTIONS: Readonly<Record<FactField, string>> = {
  startPrecision: 'Whether the start of the breach is exact, approximate or unknown (section 6).',
  startAt: 'Début de la violation: when the breach started (section 6).',
  endAt: 'Fin de la violation: when it ended (section 6).',
  ongoing: 'Toujours en cours: whether the breach is still going on (section 6).',
  detectedAt: 'When the source organisation detected the incident (not on the form: starts the processor’s duty to alert).',
  datesComment: 'Commentaires sur les dates (section 6).',
  natures: 'Nature de la violation: confidentiality, integrity, availability (section 7).',
  origins: "Origine de l'incident (section 7).",
  originsOther: 'Origine « Autre (à préciser) »: the text the form asks for (section 7).',
  causes: "Cause de l'incident (section 7).",
  causesOther: 'Cause « Autre (à préciser) »: the text the form asks for (section 7).',
  attackVector: 'How the attacker got in (not on the form).',
  affectedSystem: 'The system the breach happened on (not on the form).',
  description: 'Descriptif détaillé de la violation (section 7).',
  discoveryCircumstances: 'Circonstances de la découverte (section 6).',
  priorSecurityMeasures: 'Mesures de sécurité préalables (section 9).',
  processorAlertedAt: 'When the processor alerted this controller, art. 33(2) (section 5).',
  awareAt: "Prise de connaissance: the controller's own awareness instant, which starts its 72 hours (section 6).",
  dataCategories: 'Nature des données (section 8).',
  dataCategoriesOther: 'Nature des données « Autre (à préciser) »: the text the form asks for (section 8).',
  sensitiveData: 'Données sensibles, art. 9 (section 8).',
  exposedDataItems: 'Data items exposed, as the sources name them (section 8).',
  notExposedDataItems: 'Data items explicitly not exposed (section 8).',
  subjectCategories: 'Catégories de personnes concernées (section 8).',
  subjectCategoriesOther: 'Catégorie de personnes « Autre (à préciser) »: the text the form asks for (section 8).',
  approxPersons: 'Nombre approximatif de personnes concernées (section 8).',
  approxRecords: "Nombre approximatif d'enregistrements concernés (section 8).",
  consequences: 'Conséquences potentielles (section 10).',
  consequencesOther: 'Conséquence « Autre (à préciser) »: the text the form asks for (section 10).',
  harms: 'Préjudices potentiels (section 11).',
  harmsOther: 'Préjudice « Autre (à préciser) »: the text the form asks for (section 11).',
  harmsDescription: 'Préjudices potentiels: free text (section 11).',
  measuresTaken: 'Mesures prises suite à la violation (section 12).',
  measuresPlanned: 'Mesures envisagées (section 12).',
  communicationStatus: 'Communication aux personnes: whether they were, will be or will not be informed (section 13).',
  communicationChannels: 'Moyens de communication aux personnes (section 13).',
  communicationAt: 'When the persons were or will be informed (section 13).',
  nonCommunicationJustification: 'Why the persons are not informed: the ground of art. 34(3) (section 13).',
  communicationDetails: 'Content of the communication, or the justification of its absence (section 13).',
};

/** The catalogue's field names as an enum; each value is the field's own name, as the wire had it. */
export const FACT_FIELD = codeEnum(
  'FactField',
  'A fact of the catalogue: the name of its field in IncidentFacts or ExposureFacts (and in IncidentPatch or ExposurePatch).',
  FACT_FIELD_DESCRIPTIONS,
);

export const FACT_VALUE_KIND = codeEnum('FactValueKind', 'Which member of a FactValue holds the value.', {
  INSTANT: 'An instant: read `instant`.',
  TEXT: 'Free text: read `text`.',
  TEXTS: 'A list of free texts: read `texts`.',
  BOOLEAN: 'Yes or no: read `boolean`.',
  INTEGER: 'A count: read `integer`.',
  CODE: 'One code of a CNIL answer list: read `code`.',
  CODES: 'Codes of a CNIL answer list, as a set: read `codes`.',
});
export type FactValueKind = keyof typeof FACT_VALUE_KIND;

@ObjectType('FactValue', {
  description:
    'A fact value, typed: `kind` names the one member that is set, the others are null. Codes are those of the answer list (the GraphQL enum) the field names; the vocabulary query gives their labels.',
})
export class FactValueObject {
  @Field(() => FACT_VALUE_KIND, { description: 'Which member holds the value.' }) kind!: FactValueKind;
  @Field(() => Date, { nullable: true, description: 'Set when kind is INSTANT.' }) instant!: Date | null;
  @Field(() => String, { nullable: true, description: 'Set when kind is TEXT.' }) text!: string | null;
  @Field(() => [String], { nullable: true, description: 'Set when kind is TEXTS.' }) texts!: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Set when kind is BOOLEAN.' }) boolean!: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Set when kind is INTEGER.' }) integer!: number | null;
  @Field(() => String, { nullable: true, description: 'Set when kind is CODE.' }) code!: string | null;
  @Field(() => [String], { nullable: true, description: 'Set when kind is CODES.' }) codes!: string[] | null;
}

function kindOf(spec: FactSpec): FactValueKind {
  switch (spec.type) {
    case 'date':
      return 'INSTANT';
    case 'text':
      return spec.kind === 'list' ? 'TEXTS' : 'TEXT';
    case 'boolean':
      return 'BOOLEAN';
    case 'integer':
      return 'INTEGER';
    default:
      return spec.kind === 'list' ? 'CODES' : 'CODE';
  }
}

/** A fact's typed value from its JSON form (instants as ISO strings, as submitted and stored). */
export function factValue(field: FactField, json: unknown): FactValueObject {
  const kind = kindOf(FACT_CATALOGUE[field]);
  const value: FactValueObject = { kind, instant: null, text: null, texts: null, boolean: null, integer: null, code: null, codes: null };
  switch (kind) {
    case 'INSTANT':
      return { ...value, instant: new Date(json as string) };
    case 'TEXT':
      return { ...value, text: json as string };
    case 'TEXTS':
      return { ...value, texts: json as string[] };
    case 'BOOLEAN':
      return { ...value, boolean: json as boolean };
    case 'INTEGER':
      return { ...value, integer: json as number };
    case 'CODE':
      return { ...value, code: json as string };
    case 'CODES':
      return { ...value, codes: json as string[] };
  }
}

/** The GraphQL type of one fact field: its scalar or answer-list enum, in a list for a list fact. */
function graphqlTypeOf(spec: FactSpec): () => unknown {
  const scalar = (() => {
    switch (spec.type) {
      case 'date':
        return Date;
      case 'text':
        return String;
      case 'boolean':
        return Boolean;
      case 'integer':
        return Int;
      default:
        return spec.type.values;
    }
  })();
  return () => (spec.kind === 'list' ? [scalar] : scalar);
}

/** Declares one nullable GraphQL field per catalogued fact of a level on a typed-facts class. */
function declareFactFields(target: { prototype: object }, fields: Readonly<Record<string, FactSpec>>): void {
  for (const [field, spec] of Object.entries(fields)) {
    Field(graphqlTypeOf(spec) as () => never, {
      nullable: true,
      description: `${FACT_FIELD_DESCRIPTIONS[field as FactField]} Null when not stated.`,
    })(target.prototype, field);
  }
}

type Stated<V> = { [K in keyof V]: V[K] | null };
/** What an IncidentFacts or ExposureFacts object holds: every fact of its level, null when not stated. */
export type StatedIncidentFacts = Stated<IncidentFactValues>;
export type StatedExposureFacts = Stated<ExposureFactValues>;

// The GraphQL fields of these two types are declared from the catalogue, one per fact of the level;
// their TypeScript shape is StatedIncidentFacts and StatedExposureFacts.
@ObjectType('IncidentFacts', { description: 'Incident-level facts, typed: one field per fact of the catalogue, null when not stated.' })
export class IncidentFactsObject {}
declareFactFields(IncidentFactsObject, INCIDENT_FACT_FIELDS);

@ObjectType('ExposureFacts', { description: 'Exposure-level facts, typed: one field per fact of the catalogue, null when not stated.' })
export class ExposureFactsObject {}
declareFactFields(ExposureFactsObject, EXPOSURE_FACT_FIELDS);

/** Stated facts (JSON, as stored) as a typed-facts object: every field of the level, instants as Date. */
export function typedFacts<T>(values: FactValues, fields: Readonly<Record<string, FactSpec>>): T {
  return Object.fromEntries(
    Object.entries(fields).map(([field, spec]) => {
      const json = values[field];
      if (json === undefined || json === null) return [field, null];
      return [field, spec.type === 'date' ? new Date(json as string) : json];
    }),
  ) as T;
}
