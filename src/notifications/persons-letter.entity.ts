import { DateTimeType, Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Exposure } from '../incidents/exposure.entity';

type Defaulted = 'measuresText' | 'processorService' | 'signatoryName' | 'signatoryTitle' | 'letterDate' | 'readyAt' | 'readyBy';

/**
 * What the letter to the persons (art. 34) needs and the facts do not hold, recorded by a named
 * person of the controller: the measures written for the reader (never the internal note), what
 * the processor does for the controller, the signatory and the letter's date. One per exposure:
 * the letter speaks of the breach as this controller lives it.
 */
@Entity()
@Unique({ properties: ['exposure'] })
@ObjectType({ description: 'The record behind the letter to the persons concerned (art. 34), kept by the controller.' })
export class PersonsLetter extends BaseEntity<Defaulted> {
  @ManyToOne(() => Exposure, { ref: true })
  exposure!: Ref<Exposure>;

  @Field(() => String, { nullable: true, description: 'The measures taken and planned, written for the persons (plain French, « vous »).' })
  @Property({ type: 'text', nullable: true })
  measuresText?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the processor does for the controller, as the letter says it (e.g. « la gestion du tiers payant »).',
  })
  @Property({ type: 'text', nullable: true })
  processorService?: string | null;

  @Field(() => String, { nullable: true, description: 'Who signs the letter for the controller; null until recorded.' })
  @Property({ type: 'string', nullable: true })
  signatoryName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signatory’s title, e.g. « Délégué à la protection des données »; null until recorded.',
  })
  @Property({ type: 'string', nullable: true })
  signatoryTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'The date the letter bears, YYYY-MM-DD.' })
  @Property({ type: 'string', length: 10, nullable: true })
  letterDate?: string | null;

  @Field(() => Date, { nullable: true, description: 'When a named person marked the letter ready; any later edit clears it.' })
  @Property({ type: DateTimeType, nullable: true })
  readyAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who marked the letter ready (token subject); null while not ready.' })
  @Property({ type: 'string', nullable: true })
  readyBy?: string | null;

  @Field({ description: 'Who last edited the letter (token subject).' })
  @Property({ type: 'string' })
  editedBy!: string;
}
