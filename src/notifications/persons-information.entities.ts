import { DateTimeType, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { COMMUNICATION_CHANNEL, NON_COMMUNICATION_JUSTIFICATION } from '../cnil/enums';
import { SEVERITY_LEVEL } from '../cnil/severity-level';
import type { SeverityLevel } from '../cnil/severity-rules';
import type { CommunicationChannel, NonCommunicationJustification } from '../cnil/vocabulary';
import { BaseEntity } from '../db/base.entity';
import { codeEnum } from '../lib/code-enum';
import { Exposure } from '../incidents/exposure.entity';
import { Organization } from '../organizations/organization.entity';

/** The French label of each choice, as the register prints it. */
export const PERSONS_INFORMATION_LABELS = {
  INFORM: 'Informer les personnes',
  NOT_INFORM: 'Ne pas informer les personnes',
} as const;

export const PersonsInformationChoice = codeEnum(
  'PersonsInformationChoice',
  'Whether the controller informs the persons of the breach (art. 34).',
  PERSONS_INFORMATION_LABELS,
);
export type PersonsInformationChoice = keyof typeof PersonsInformationChoice;

/**
 * The controller's decision on informing the persons (art. 34), by a named person at a recorded
 * instant. Never changed once written: a new decision replaces the current one and both are kept,
 * `replaces` chaining them (unique, so two people replacing the same decision at once conflict).
 */
@Entity()
@Index({ properties: ['exposure', 'decidedAt'] })
@ObjectType({ description: 'A decision to inform the persons of a breach or not, with its ground under art. 34(3).' })
export class PersonsInformationDecision extends BaseEntity {
  @ManyToOne(() => Exposure, { ref: true })
  exposure!: Ref<Exposure>;

  /** The controller whose decision it is. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => ID, { nullable: true, description: 'The decision this one replaced.' })
  @Property({ type: 'uuid', nullable: true, unique: true })
  replaces?: string;

  @Field(() => PersonsInformationChoice, { description: 'Inform the persons (art. 34(1)) or not.' })
  @Property({ type: 'string' })
  decision!: PersonsInformationChoice;

  @Field(() => NON_COMMUNICATION_JUSTIFICATION.values, { nullable: true, description: 'Why the persons are not informed.' })
  @Property({ type: 'string', nullable: true })
  ground?: NonCommunicationJustification;

  @Field({ description: 'Why, as the person deciding wrote it; kept with the decision.' })
  @Property({ type: 'text' })
  reasoning!: string;

  @Field({ description: 'Who decided: the subject of their token.' })
  @Property()
  decidedBy!: string;

  @Field({ description: 'When the decision was recorded, by the gateway’s clock, ISO 8601 in UTC.' })
  @Property({ type: DateTimeType })
  decidedAt!: Date;

  @Field(() => SEVERITY_LEVEL, {
    nullable: true,
    description: 'The severity level (as chosen, override included) when the decision was taken.',
  })
  @Property({ type: 'string', nullable: true })
  assessedLevel?: SeverityLevel;

  @Field(() => Date, { nullable: true, description: 'When the communication to the persons is due (INFORM only).' })
  @Property({ type: DateTimeType, nullable: true })
  communicationDueAt?: Date;

  @Field(() => Int, { nullable: true, description: "The gateway's target, in days after the decision, it was due by." })
  @Property({ type: 'integer', nullable: true })
  targetDays?: number;

  @Field(() => Date, { nullable: true, description: 'Art. 34(3)(c): when the public communication was made.' })
  @Property({ type: DateTimeType, nullable: true })
  publicCommunicationAt?: Date;

  @Field(() => COMMUNICATION_CHANNEL.values, { nullable: true, description: 'Art. 34(3)(c): where it was made.' })
  @Property({ type: 'string', nullable: true })
  publicCommunicationChannel?: CommunicationChannel;

  @Field(() => String, { nullable: true, description: 'Art. 34(3)(c): its reference (URL, publication, notice number).' })
  @Property({ type: 'text', nullable: true })
  publicCommunicationReference?: string;
}

/** One sending of the communication to the persons (or a reminder), as the controller records it. */
@Entity()
@Index({ properties: ['exposure', 'sentAt'] })
@ObjectType({ description: 'A communication to the persons (art. 34) as sent: when, how, to how many, with what failures.' })
export class PersonsCommunication extends BaseEntity {
  @ManyToOne(() => Exposure, { ref: true })
  exposure!: Ref<Exposure>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field({ description: 'When the communication was sent, ISO 8601 in UTC.' })
  @Property({ type: DateTimeType })
  sentAt!: Date;

  @Field(() => COMMUNICATION_CHANNEL.values, { description: 'How it was sent (section 13 of the form: « Moyens de communication »).' })
  @Property({ type: 'string' })
  channel!: CommunicationChannel;

  @Field(() => Int, { description: 'Persons the communication reached.' })
  @Property({ type: 'integer' })
  personsReached!: number;

  @Field(() => Int, { description: 'Persons it failed to reach (returned mail, bounced e-mail…).' })
  @Property({ type: 'integer' })
  failures!: number;

  @Field({ description: 'A reminder of an earlier communication.' })
  @Property()
  isReminder!: boolean;

  @Field(() => String, { nullable: true, description: 'Any precision the recorder gave; null when none.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field({ description: 'Who recorded it: the subject of their token.' })
  @Property()
  recordedBy!: string;

  @Field({ description: 'When it was recorded in the gateway, by its clock, ISO 8601 in UTC.' })
  @Property({ type: DateTimeType })
  recordedAt!: Date;
}
