import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { SeverityLevel } from '../cnil/severity-rules';
import { GRAVITY, NOTIFICATION_TYPE } from '../cnil/enums';
import type { Gravity, NotificationType } from '../cnil/vocabulary';
import { TextInput } from '../lib/input-checks';

@InputType()
export class CreateNotificationInput {
  @Field(() => ID) exposureId!: string;
  @Field(() => NOTIFICATION_TYPE.values, { description: 'INITIAL or COMPLETE; a COMPLEMENTARY one starts from a filed notification.' })
  type!: NotificationType;
}

@InputType({ description: 'Override any computed ENISA component; the computed values stay visible.' })
export class SeverityOverrideInput {
  @Field(() => Int, { nullable: true, description: 'Data processing context, 1 to 4.' }) dpc?: number | null;
  @Field(() => Float, { nullable: true, description: 'Ease of identification: 0.25, 0.5, 0.75 or 1.' }) ei?: number | null;
  @Field(() => Float, { nullable: true, description: 'Circumstances of the breach, 0 to 2.' }) cb?: number | null;
  @Field(() => String, { nullable: true, description: 'LOW, MEDIUM, HIGH or VERY_HIGH.' }) level?: SeverityLevel | null;
  @Field(() => Boolean, { nullable: true }) art34Recommended?: boolean | null;
  @TextInput('text') @Field({ description: 'Why the computed assessment does not fit: kept with the override.' }) reason!: string;
}

@InputType()
export class UpdateNotificationInput {
  @Field(() => Int, { description: 'The version the update was prepared against; a stale one is a CONFLICT.' }) version!: number;
  @TextInput('text') @Field(() => String, { nullable: true }) delayReasons?: string | null;
  @Field(() => Boolean, { nullable: true }) crossBorder?: boolean | null;
  @Field(() => String, { nullable: true }) otherDpa?: string | null;
  @Field(() => GRAVITY.values, { nullable: true }) gravityOverride?: Gravity | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Required with gravityOverride.' }) gravityOverrideReason?:
    string | null;
  @Field(() => SeverityOverrideInput, { nullable: true, description: 'null removes the override.' })
  severityOverride?: SeverityOverrideInput | null;
}

@InputType({ description: 'The gravity of section 11 as a named person decides it: the computed level is only a suggestion.' })
export class SignOffGravityInput {
  @Field(() => GRAVITY.values, { description: 'The gravity retained for section 11.' }) gravity!: Gravity;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'Required when the gravity differs from the one the assessment suggests.' })
  reason?: string | null;
}

@InputType()
export class RecordFilingInput {
  @Field(() => Int) version!: number;
  @Field({ description: 'The reference the CNIL gave the filing.' }) cnilReference!: string;
  @Field({ description: 'When it was filed with the CNIL.' }) filedAt!: Date;
  @Field(() => Date, { nullable: true, description: "The date of the CNIL's récapitulatif, shown on the archive copy." })
  recapitulatifAt?: Date | null;
}
