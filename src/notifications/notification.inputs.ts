import { Field, ID, InputType, Int } from 'type-graphql';
import { GRAVITY, NOTIFICATION_TYPE } from '../cnil/enums';
import type { Gravity, NotificationType } from '../cnil/vocabulary';

@InputType()
export class CreateNotificationInput {
  @Field(() => ID) exposureId!: string;
  @Field(() => NOTIFICATION_TYPE.values, { description: 'INITIAL or COMPLETE; a COMPLEMENTARY one starts from a filed notification.' })
  type!: NotificationType;
}

@InputType()
export class UpdateNotificationInput {
  @Field(() => Int, { description: 'The version the update was prepared against; a stale one is a CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) delayReasons?: string | null;
  @Field(() => Boolean, { nullable: true }) crossBorder?: boolean | null;
  @Field(() => String, { nullable: true }) otherDpa?: string | null;
  @Field(() => GRAVITY.values, { nullable: true }) gravityOverride?: Gravity | null;
  @Field(() => String, { nullable: true, description: 'Required with gravityOverride.' }) gravityOverrideReason?: string | null;
}

@InputType()
export class RecordFilingInput {
  @Field(() => Int) version!: number;
  @Field({ description: 'The reference the CNIL gave the filing.' }) cnilReference!: string;
  @Field({ description: 'When it was filed with the CNIL.' }) filedAt!: Date;
}
