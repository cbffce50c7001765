import { Field, ID, InputType, Int } from 'type-graphql';
import { BREACH_NATURE, DATE_PRECISION, INCIDENT_CAUSE, INCIDENT_ORIGIN } from '../cnil/enums';
import { FACT_CATALOGUE, type FactInputMismatches, type IncidentFactValues, type NoMismatch } from '../cnil/fact-catalogue';
import type { BreachNature, DatePrecision, IncidentCause, IncidentOrigin } from '../cnil/vocabulary';
import { TextInput } from '../lib/input-checks';

@InputType({
  description:
    'The breach facts of an incident, shared by every controller it exposes: an omitted field is left alone, null clears it (an empty list for a list).',
})
export class IncidentPatch {
  @Field(() => DATE_PRECISION.values, { nullable: true, description: FACT_CATALOGUE.startPrecision.description })
  startPrecision?: DatePrecision | null;
  @Field(() => Date, { nullable: true, description: FACT_CATALOGUE.startAt.description }) startAt?: Date | null;
  @Field(() => Date, { nullable: true, description: FACT_CATALOGUE.endAt.description }) endAt?: Date | null;
  @Field(() => Boolean, { nullable: true, description: FACT_CATALOGUE.ongoing.description }) ongoing?: boolean | null;
  @Field(() => Date, { nullable: true, description: FACT_CATALOGUE.detectedAt.description }) detectedAt?: Date | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.datesComment.description }) datesComment?:
    string | null;
  @Field(() => [BREACH_NATURE.values], { nullable: true, description: FACT_CATALOGUE.natures.description }) natures?: BreachNature[] | null;
  @Field(() => [INCIDENT_ORIGIN.values], { nullable: true, description: FACT_CATALOGUE.origins.description }) origins?:
    IncidentOrigin[] | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.originsOther.description }) originsOther?:
    string | null;
  @Field(() => [INCIDENT_CAUSE.values], { nullable: true, description: FACT_CATALOGUE.causes.description }) causes?: IncidentCause[] | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.causesOther.description }) causesOther?:
    string | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.attackVector.description }) attackVector?:
    string | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.affectedSystem.description }) affectedSystem?:
    string | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: FACT_CATALOGUE.description.description }) description?:
    string | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: FACT_CATALOGUE.discoveryCircumstances.description })
  discoveryCircumstances?: string | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: FACT_CATALOGUE.priorSecurityMeasures.description })
  priorSecurityMeasures?: string | null;
}

/** Compile-time check: the patch has exactly the catalogue's incident facts, of their types. */
export type IncidentPatchFacts = NoMismatch<FactInputMismatches<IncidentPatch, IncidentFactValues>>;

@InputType({
  description: "A new incident at the viewer's organisation (or, for an admin, any organisation), with the facts known so far.",
})
export class CreateIncidentInput extends IncidentPatch {
  @Field({ description: 'A short title naming the incident in lists and in the register; required, not blank.' }) title!: string;
  @Field(() => ID, { nullable: true, description: "Where the incident happened; defaults to the viewer's organisation." })
  sourceOrganizationId?: string | null;
}

@InputType({ description: "Changes to an incident's title and facts." })
export class UpdateIncidentInput extends IncidentPatch {
  @Field(() => String, { nullable: true, description: 'A new title; omitted leaves it unchanged, and it may not be blank.' }) title?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'The version the update was prepared against; a stale one is a CONFLICT.' })
  version?: number | null;
}

@InputType({ description: 'Narrows the incidents listed; the conditions given all apply.' })
export class IncidentFilter {
  @Field(() => ID, { nullable: true, description: 'Only the incidents that happened at this organisation.' }) sourceOrganizationId?: string;
  @Field({ nullable: true, description: 'Only the ongoing incidents (true) or only the ended ones (false).' }) ongoing?: boolean;
  @Field({ nullable: true, description: 'Detected at or after this instant.' }) detectedFrom?: Date;
  @Field({ nullable: true, description: 'Detected before this instant.' }) detectedBefore?: Date;
  @TextInput('key') @Field({ nullable: true, description: 'Case-insensitive text searched in the title.' }) search?: string;
}
