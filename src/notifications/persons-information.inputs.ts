import { Field, ID, InputType, Int } from 'type-graphql';
import { COMMUNICATION_CHANNEL, NON_COMMUNICATION_JUSTIFICATION } from '../cnil/enums';
import type { CommunicationChannel, NonCommunicationJustification } from '../cnil/vocabulary';
import { TextInput } from '../lib/input-checks';
import { PersonsInformationChoice } from './persons-information.entities';

@InputType()
export class DecidePersonsInformationInput {
  @Field(() => PersonsInformationChoice) decision!: PersonsInformationChoice;
  @Field(() => NON_COMMUNICATION_JUSTIFICATION.values, { nullable: true, description: 'Required with NOT_INFORM.' })
  ground?: NonCommunicationJustification | null;
  @TextInput('text') @Field({ description: 'Why: required, kept with the decision.' }) reasoning!: string;
  @Field(() => ID, { nullable: true, description: 'The current decision this one replaces; required once there is one.' })
  replaces?: string | null;
  @Field(() => Date, { nullable: true, description: 'Art. 34(3)(c): when the public communication was made.' })
  publicCommunicationAt?: Date | null;
  @Field(() => COMMUNICATION_CHANNEL.values, { nullable: true }) publicCommunicationChannel?: CommunicationChannel | null;
  @TextInput('text') @Field(() => String, { nullable: true }) publicCommunicationReference?: string | null;
}

@InputType()
export class RecordPersonsCommunicationInput {
  @Field() sentAt!: Date;
  @Field(() => COMMUNICATION_CHANNEL.values) channel!: CommunicationChannel;
  @Field(() => Int) personsReached!: number;
  @Field(() => Int, { nullable: true, description: 'Persons it failed to reach; 0 when omitted.' }) failures?: number | null;
  @Field(() => Boolean, { nullable: true }) isReminder?: boolean | null;
  @TextInput('text') @Field(() => String, { nullable: true }) note?: string | null;
}
