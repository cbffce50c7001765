import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FactConfidence, FactSourceType } from './fact-submission.entity';
import type { FactLevel } from '../cnil/fact-catalogue';
import type { FactCandidate, FactSourceInfo, UnifiedFact, UnifiedFacts } from './unify';

export const FACT_LEVEL = { INCIDENT: 'INCIDENT', EXPOSURE: 'EXPOSURE' } as const;
registerEnumType(FACT_LEVEL, { name: 'FactLevel', description: 'Whether a fact is about the incident or one exposure.' });

@ObjectType('FactSource', { description: 'Who said it: a submission, or the record itself (type RECORD).' })
export class FactSourceObject implements FactSourceInfo {
  @Field(() => ID, { nullable: true }) submissionId!: string | null;
  @Field(() => FactSourceType) type!: FactSourceType;
  @Field(() => FactConfidence, { nullable: true }) confidence!: FactConfidence | null;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that submitted it, or that last set the record field.' })
  organizationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The person (token subject) who submitted it, or who last set the record field.' })
  subject!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was submitted, or when the record field was last set.' })
  submittedAt!: Date | null;
}

@ObjectType('FactCandidate')
export class FactCandidateType implements FactCandidate {
  @Field(() => GraphQLJSON, { nullable: true }) value!: unknown;
  @Field(() => FactSourceObject) source!: FactSourceInfo;
}

@ObjectType('UnifiedFact', { description: 'One fact as unified: the chosen value, its source, and every candidate.' })
export class UnifiedFactType implements UnifiedFact {
  @Field() field!: string;
  @Field(() => FACT_LEVEL) level!: FactLevel;
  @Field(() => GraphQLJSON, { nullable: true }) value!: unknown;
  @Field(() => FactSourceObject) source!: FactSourceInfo;
  @Field({ description: 'Sources disagree on this field.' }) conflicting!: boolean;
  @Field(() => [FactCandidateType]) candidates!: FactCandidate[];
}

@ObjectType('UnifiedFacts', { description: 'The unified view of an exposure, derived from every visible submission.' })
export class UnifiedFactsType implements UnifiedFacts {
  @Field(() => [UnifiedFactType]) fields!: UnifiedFact[];
  @Field(() => [UnifiedFactType], { description: 'The fields where sources disagree, each with every value.' }) conflicts!: UnifiedFact[];
}
