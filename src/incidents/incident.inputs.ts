import { Field, ID, InputType, Int } from 'type-graphql';
import { BREACH_NATURE, DATE_PRECISION, INCIDENT_CAUSE, INCIDENT_ORIGIN } from '../cnil/enums';
import type { FactInputMismatches, IncidentFactValues, NoMismatch } from '../cnil/fact-catalogue';
import type { BreachNature, DatePrecision, IncidentCause, IncidentOrigin } from '../cnil/vocabulary';
import { TextInput } from '../lib/input-checks';

@InputType()
export class IncidentPatch {
  @Field(() => DATE_PRECISION.values, { nullable: true }) startPrecision?: DatePrecision | null;
  @Field(() => Date, { nullable: true }) startAt?: Date | null;
  @Field(() => Date, { nullable: true }) endAt?: Date | null;
  @Field(() => Boolean, { nullable: true }) ongoing?: boolean | null;
  @Field(() => Date, { nullable: true }) detectedAt?: Date | null;
  @TextInput('text') @Field(() => String, { nullable: true }) datesComment?: string | null;
  @Field(() => [BREACH_NATURE.values], { nullable: true }) natures?: BreachNature[] | null;
  @Field(() => [INCIDENT_ORIGIN.values], { nullable: true }) origins?: IncidentOrigin[] | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with origin OTHER.' }) originsOther?: string | null;
  @Field(() => [INCIDENT_CAUSE.values], { nullable: true }) causes?: IncidentCause[] | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with cause OTHER.' }) causesOther?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) attackVector?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) affectedSystem?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) description?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) discoveryCircumstances?: string | null;
  @TextInput('text') @Field(() => String, { nullable: true }) priorSecurityMeasures?: string | null;
}

/** Compile-time check: the patch has exactly the catalogue's incident facts, of their types. */
export type IncidentPatchFacts = NoMismatch<FactInputMismatches<IncidentPatch, IncidentFactValues>>;

@InputType()
export class CreateIncidentInput extends IncidentPatch {
  @Field() title!: string;
  @Field(() => ID, { nullable: true, description: "Where the incident happened; defaults to the viewer's organisation." })
  sourceOrganizationId?: string | null;
}

@InputType()
export class UpdateIncidentInput extends IncidentPatch {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the update was prepared against; a stale one is a CONFLICT.' })
  version?: number | null;
}

@InputType()
export class IncidentFilter {
  @Field(() => ID, { nullable: true }) sourceOrganizationId?: string;
  @Field({ nullable: true }) ongoing?: boolean;
  @Field({ nullable: true, description: 'Detected at or after this instant.' }) detectedFrom?: Date;
  @Field({ nullable: true, description: 'Detected before this instant.' }) detectedBefore?: Date;
  @TextInput('key') @Field({ nullable: true, description: 'Case-insensitive text searched in the title.' }) search?: string;
}
