import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { SeverityLevel } from '../cnil/severity-rules';
import { GRAVITY, NOTIFICATION_TYPE } from '../cnil/enums';
import { SEVERITY_LEVEL } from '../cnil/severity-level';
import type { Gravity, NotificationType } from '../cnil/vocabulary';
import { TextInput } from '../lib/input-checks';

@InputType({ description: 'A new notification of an exposure to the CNIL (art. 33), started as a DRAFT.' })
export class CreateNotificationInput {
  @Field(() => ID, { description: 'The exposure notified: one of the viewer’s controller file.' }) exposureId!: string;
  @Field(() => NOTIFICATION_TYPE.values, { description: 'INITIAL or COMPLETE; a COMPLEMENTARY one starts from a filed notification.' })
  type!: NotificationType;
}

@InputType({ description: 'Override any computed ENISA component; the computed values stay visible.' })
export class SeverityOverrideInput {
  @Field(() => Int, { nullable: true, description: 'Data processing context, 1 to 4.' }) dpc?: number | null;
  @Field(() => Float, { nullable: true, description: 'Ease of identification: 0.25, 0.5, 0.75 or 1.' }) ei?: number | null;
  @Field(() => Float, { nullable: true, description: 'Circumstances of the breach, 0 to 2.' }) cb?: number | null;
  @Field(() => SEVERITY_LEVEL, { nullable: true, description: 'The ENISA level to retain instead of the one the SE gives.' })
  level?: SeverityLevel | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the assessment recommends informing the persons (art. 34(1)), instead of what the level and likelihood suggest.',
  })
  art34Recommended?: boolean | null;
  @TextInput('text') @Field({ description: 'Why the computed assessment does not fit: kept with the override.' }) reason!: string;
}

@InputType({ description: 'A choice among the listed codes, with the assessor’s reason.' })
export class ReasonedCodeInput {
  @Field({ description: 'One of the codes listed on the field that uses this input.' }) value!: string;
  @TextInput('text') @Field({ description: 'Why: a recorded fact or the assessor’s judgement, shown in the dossier.' }) reason!: string;
}

@InputType({ description: 'A number with the assessor’s reason.' })
export class ReasonedNumberInput {
  @Field(() => Float, { description: 'The number, within the range the field that uses this input states.' }) value!: number;
  @TextInput('text') @Field({ description: 'Why: a recorded fact or the assessor’s judgement, shown in the dossier.' }) reason!: string;
}

@InputType({ description: 'Yes or no with the assessor’s reason.' })
export class ReasonedBooleanInput {
  @Field(() => Boolean, { description: 'Yes (true) or no (false).' }) value!: boolean;
  @TextInput('text') @Field({ description: 'Why: a recorded fact or the assessor’s judgement, shown in the dossier.' }) reason!: string;
}

@InputType({ description: 'One contextual factor of the ENISA 2013 DPC (assessment table 1, annex A2), with its reason.' })
export class DpcFactorInput {
  @Field({
    description:
      'SIMPLE_PROFILING_OR_FINANCIAL_STATUS (+1), SIMPLE_SENSITIVE_ASSUMPTIONS (+2), BEHAVIOURAL_NO_INSIGHT (−1), BEHAVIOURAL_PROFILE (+1), FINANCIAL_NO_INSIGHT (−2), FINANCIAL_LIMITED_INSIGHT (−1), FINANCIAL_FULL_OR_PROFILE (+1), SENSITIVE_NO_INSIGHT_OR_PUBLIC (−3), SENSITIVE_GENERAL_ASSUMPTIONS (−2), SENSITIVE_ASSUMPTIONS (−1), PUBLICLY_AVAILABLE (−1), INVALID_OR_INACCURATE (−1), OLD_OR_INCOMPLETE (−1). A type-specific factor applies only when that type sets the base.',
  })
  factor!: string;
  @TextInput('text')
  @Field({ description: 'Why the factor applies: a recorded fact or the assessor’s judgement, shown in the dossier.' })
  reason!: string;
}

@InputType({
  description:
    'The assessor’s inputs to the ENISA 2013 method, each with its reason. A null part leaves what the facts suggest; dpcFactors, once given (even empty), replaces the suggested factors.',
})
export class SeverityFactorsInput {
  @Field(() => ReasonedCodeInput, {
    nullable: true,
    description: 'What leaked credentials open: SIMPLE, BEHAVIOURAL, FINANCIAL or SENSITIVE.',
  })
  credentialsOpen?: ReasonedCodeInput | null;
  @Field(() => [DpcFactorInput], {
    nullable: true,
    description: 'The contextual factors that raise or lower the DPC; null leaves the suggested ones, an empty list applies none.',
  })
  dpcFactors?: DpcFactorInput[] | null;
  @Field(() => ReasonedBooleanInput, {
    nullable: true,
    description: 'Whether, for the minors or vulnerable persons concerned, the data are critical to their safety or condition (+3).',
  })
  vulnerablePersons?: ReasonedBooleanInput | null;
  @Field(() => ReasonedNumberInput, { nullable: true, description: 'Ease of identification: 0.25, 0.5, 0.75 or 1.' })
  ei?: ReasonedNumberInput | null;
  @Field(() => ReasonedCodeInput, { nullable: true, description: 'NONE, KNOWN_RECIPIENTS (0.25) or UNKNOWN_RECIPIENTS (0.5).' })
  confidentiality?: ReasonedCodeInput | null;
  @Field(() => ReasonedCodeInput, {
    nullable: true,
    description: 'NONE, RECOVERABLE (0), RECOVERABLE_WITH_DIFFICULTY (0.25) or IRRECOVERABLE (0.5).',
  })
  integrity?: ReasonedCodeInput | null;
  @Field(() => ReasonedCodeInput, {
    nullable: true,
    description: 'NONE, RECOVERABLE (0), RECOVERABLE_WITH_DIFFICULTY (temporary, 0.25) or IRRECOVERABLE (full unavailability, 0.5).',
  })
  availability?: ReasonedCodeInput | null;
  @Field(() => ReasonedBooleanInput, { nullable: true, description: 'Malicious intent (+0.5).' }) malicious?: ReasonedBooleanInput | null;
  @Field(() => ReasonedCodeInput, {
    nullable: true,
    description: 'Likelihood, beside SE (not in it): NEGLIGIBLE, LIMITED, SIGNIFICANT or MAXIMUM. Weighs the art. 34 suggestion.',
  })
  likelihood?: ReasonedCodeInput | null;
}

@InputType({ description: 'Why an art. 33(3) item a non-final complementary notification leaves for later is not yet available.' })
export class MissingItemReasonInput {
  @Field({ description: 'The item’s form path, e.g. breach.causes, data.persons (the paths completeness reports).' }) path!: string;
  @TextInput('text') @Field({ description: 'Why it is not yet available (art. 33(4)): shown in section 1.' }) reason!: string;
}

@InputType({ description: 'Changes to a DRAFT notification: an omitted field stays as it is, null clears it.' })
export class UpdateNotificationInput {
  @Field(() => Int, { description: 'The version the update was prepared against; a stale one is a CONFLICT.' }) version!: number;
  @TextInput('text')
  @Field(() => String, {
    nullable: true,
    description:
      '« Motifs du retard » (section 6): required when filed after the 72 hours of art. 33(1), or after the promised follow-up date.',
  })
  delayReasons?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the processing is cross-border within the EU (art. 4(23)), section 14 of the form.',
  })
  crossBorder?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The other data-protection authority notified, if any (section 14).' })
  otherDpa?: string | null;
  @Field(() => GRAVITY.values, {
    nullable: true,
    description: 'A gravity for section 11 other than the suggested one; clears the sign-off (signOffGravity sets and signs off at once).',
  })
  gravityOverride?: Gravity | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with gravityOverride.' }) gravityOverrideReason?:
    string | null;
  @Field(() => SeverityOverrideInput, { nullable: true, description: 'null removes the override.' })
  severityOverride?: SeverityOverrideInput | null;
  @Field(() => SeverityFactorsInput, { nullable: true, description: 'The assessor’s ENISA factors; null removes them.' })
  severityFactors?: SeverityFactorsInput | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'COMPLEMENTARY only: the last one of the chain; every art. 33(3) item is then required (art. 33(4)).',
  })
  final?: boolean | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'INITIAL or non-final COMPLEMENTARY: « date à laquelle les informations complémentaires seront transmises »; null removes it.',
  })
  complementaryFollowUpAt?: Date | null;
  @Field(() => [MissingItemReasonInput], {
    nullable: true,
    description: 'COMPLEMENTARY only: replaces the reasons why missing art. 33(3) items are not yet available; null removes them.',
  })
  missingItemReasons?: MissingItemReasonInput[] | null;
}

@InputType({ description: 'The gravity of section 11 as a named person decides it: the computed level is only a suggestion.' })
export class SignOffGravityInput {
  @Field(() => GRAVITY.values, { description: 'The gravity retained for section 11.' }) gravity!: Gravity;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'Required when the gravity differs from the one the assessment suggests.' })
  reason?: string | null;
}

@InputType({ description: 'The filing of a READY notification with the CNIL, as its acknowledgement states it.' })
export class RecordFilingInput {
  @Field(() => Int, { description: 'The notification’s version the filing was prepared against; a stale one is a CONFLICT.' })
  version!: number;
  @Field({ description: 'The reference the CNIL gave the filing.' }) cnilReference!: string;
  @Field({ description: 'When it was filed with the CNIL.' }) filedAt!: Date;
  @Field(() => Date, { nullable: true, description: "The date of the CNIL's récapitulatif, shown on the archive copy." })
  recapitulatifAt?: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'INITIAL or non-final COMPLEMENTARY: the follow-up date promised in the filing, if not recorded before.',
  })
  complementaryFollowUpAt?: Date | null;
}
