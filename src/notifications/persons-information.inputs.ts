import { Field, ID, InputType, Int } from 'type-graphql';
import { COMMUNICATION_CHANNEL, NON_COMMUNICATION_JUSTIFICATION } from '../cnil/enums';
import type { CommunicationChannel, NonCommunicationJustification } from '../cnil/vocabulary';
import { TextInput } from '../lib/input-checks';
import { PersonsInformationChoice } from './persons-information.entities';

@InputType({ description: 'A decision to inform the persons of the breach or not (art. 34), with its ground and reasons.' })
export class DecidePersonsInformationInput {
  @Field(() => PersonsInformationChoice, { description: 'Inform the persons (art. 34(1)) or not.' }) decision!: PersonsInformationChoice;
  @Field(() => NON_COMMUNICATION_JUSTIFICATION.values, { nullable: true, description: 'Required with NOT_INFORM.' })
  ground?: NonCommunicationJustification | null;
  @TextInput('text') @Field({ description: 'Why: required, kept with the decision.' }) reasoning!: string;
  @Field(() => ID, { nullable: true, description: 'The current decision this one replaces; required once there is one.' })
  replaces?: string | null;
  @Field(() => Date, { nullable: true, description: 'Art. 34(3)(c): when the public communication was made.' })
  publicCommunicationAt?: Date | null;
  @Field(() => COMMUNICATION_CHANNEL.values, {
    nullable: true,
    description:
      'Art. 34(3)(c): where the public communication was made; required with the ground DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION.',
  })
  publicCommunicationChannel?: CommunicationChannel | null;
  @TextInput('text')
  @Field(() => String, {
    nullable: true,
    description: 'Art. 34(3)(c): its reference (URL, publication, notice number); required with that same ground.',
  })
  publicCommunicationReference?: string | null;
}

@InputType({ description: 'One sending of the communication to the persons (art. 34), or a reminder, as it was made.' })
export class RecordPersonsCommunicationInput {
  @Field({ description: 'When it was sent, ISO 8601 in UTC; not in the future.' }) sentAt!: Date;
  @Field(() => COMMUNICATION_CHANNEL.values, { description: 'How it was sent (section 13 of the form).' }) channel!: CommunicationChannel;
  @Field(() => Int, { description: 'Persons it reached, 0 or more.' }) personsReached!: number;
  @Field(() => Int, { nullable: true, description: 'Persons it failed to reach; 0 when omitted.' }) failures?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A reminder of an earlier first communication (which must be recorded first); false when omitted.',
  })
  isReminder?: boolean | null;
  @TextInput('text') @Field(() => String, { nullable: true, description: 'Any precision worth keeping with it.' }) note?: string | null;
}
