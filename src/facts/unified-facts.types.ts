import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FactConfidence, FactSourceType } from './fact-submission.entity';
import type { FactField, FactLevel } from '../cnil/fact-catalogue';
import { FACT_FIELD, FactValueObject, factValue } from './fact-types';
import type { FactCandidate, FactSourceInfo, UnifiedFact, UnifiedFacts } from './unify';

export const FACT_LEVEL = { INCIDENT: 'INCIDENT', EXPOSURE: 'EXPOSURE' } as const;
registerEnumType(FACT_LEVEL, {
  name: 'FactLevel',
  description: 'Whether a fact is about the incident or one exposure.',
  valuesConfig: {
    INCIDENT: { description: 'About the incident: the same for every controller it exposes.' },
    EXPOSURE: { description: 'About one exposure: this controller’s data, persons, judgement and measures.' },
  },
});

@ObjectType('FactSource', { description: 'Who said it: a submission, or the record itself (type RECORD).' })
export class FactSourceObject implements FactSourceInfo {
  @Field(() => ID, { nullable: true, description: 'The submission that said it; null for the record itself.' }) submissionId!:
    string | null;
  @Field(() => FactSourceType, { description: 'The kind of source; RECORD for the record itself.' }) type!: FactSourceType;
  @Field(() => FactConfidence, { nullable: true, description: 'How sure the source is; null for the record itself.' })
  confidence!: FactConfidence | null;
  @Field(() => String, { nullable: true, description: "The source's own reference (report number, notice id…); null when it gave none." })
  reference!: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that submitted it, or that last set the record field.' })
  organizationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The person (token subject) who submitted it, or who last set the record field.' })
  subject!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was submitted, or when the record field was last set.' })
  submittedAt!: Date | null;
}

const JSON_VALUE_DEPRECATION = 'Read typedValue instead; removed in 0.3.0.';

@ObjectType('FactCandidate', { description: 'One source’s value for a fact.' })
export class FactCandidateType implements FactCandidate {
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The value as JSON (instants as ISO strings).',
    deprecationReason: JSON_VALUE_DEPRECATION,
  })
  value!: unknown;
  @Field(() => FactValueObject, { description: 'The value, typed: its kind and the member that holds it.' })
  typedValue!: FactValueObject;
  @Field(() => FactSourceObject, { description: 'Who gave this value.' }) source!: FactSourceInfo;
}

@ObjectType('UnifiedFact', { description: 'One fact as unified: the chosen value, its source, and every candidate.' })
export class UnifiedFactType implements UnifiedFact {
  @Field(() => FACT_FIELD, { description: 'The fact: its field in IncidentFacts or ExposureFacts.' }) field!: FactField;
  @Field(() => FACT_LEVEL, { description: 'Whether the fact is about the incident or this exposure.' }) level!: FactLevel;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The chosen value as JSON (instants as ISO strings).',
    deprecationReason: JSON_VALUE_DEPRECATION,
  })
  value!: unknown;
  @Field(() => FactValueObject, { description: 'The chosen value, typed: its kind and the member that holds it.' })
  typedValue!: FactValueObject;
  @Field(() => FactSourceObject, { description: 'Who gave the chosen value (the record itself when no submission states it).' })
  source!: FactSourceInfo;
  @Field({ description: 'Sources disagree on this field.' }) conflicting!: boolean;
  @Field(() => [FactCandidateType], { description: 'Every source that states the field, best first (the record itself when none does).' })
  candidates!: FactCandidateType[];
}

@ObjectType('UnifiedFacts', { description: 'The unified view of an exposure, derived from every visible submission.' })
export class UnifiedFactsType implements UnifiedFacts {
  @Field(() => [UnifiedFactType], { description: 'Every catalogued fact, incident facts first, each with its chosen value.' })
  fields!: UnifiedFactType[];
  @Field(() => [UnifiedFactType], { description: 'The fields where sources disagree, each with every value.' })
  conflicts!: UnifiedFactType[];
}

/** The unified facts as the API shows them: each value, chosen or candidate, also typed. */
export function typedUnifiedFacts(unified: UnifiedFacts): UnifiedFactsType {
  // Unify reads the catalogue's fields only (FACT_FIELDS).
  const fields = unified.fields.map((fact: UnifiedFact) => {
    const field = fact.field as FactField;
    return {
      ...fact,
      field,
      typedValue: factValue(field, fact.value),
      candidates: fact.candidates.map((candidate) => ({ ...candidate, typedValue: factValue(field, candidate.value) })),
    };
  });
  return { fields, conflicts: fields.filter((fact) => fact.conflicting) };
}
