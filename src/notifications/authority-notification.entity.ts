import { DateTimeType, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { codeEnum } from '../lib/code-enum';
import { Exposure } from '../incidents/exposure.entity';

/** The French label of each authority, as section 14 of the form prints it. */
export const OTHER_AUTHORITY_LABELS = {
  ANSSI: 'Agence nationale de la sécurité des systèmes d’information (ANSSI)',
  ACPR: 'Autorité de contrôle prudentiel et de résolution (ACPR)',
  OTHER_DPA: 'Autre autorité de protection des données',
  PROSECUTOR: 'Plainte pénale (procureur de la République)',
  OTHER: 'Autre autorité',
} as const;

/**
 * The authorities section 14 of the form asks about: to which other authority the breach was
 * actually notified (art. 33 asks nothing of them; other regimes do: NIS for ANSSI, DORA for ACPR, a
 * criminal complaint to the prosecutor). Only recorded notifications reach the form, never duties.
 */
export const OtherAuthority = codeEnum(
  'OtherAuthority',
  'An authority, other than the CNIL, to which the breach was notified (section 14 of the form).',
  OTHER_AUTHORITY_LABELS,
);
export type OtherAuthority = keyof typeof OtherAuthority;

@Entity()
@ObjectType({ description: 'A notification of the breach actually made to another authority, as the controller recorded it.' })
export class AuthorityNotification extends BaseEntity {
  @ManyToOne(() => Exposure, { ref: true })
  exposure!: Ref<Exposure>;

  @Field(() => OtherAuthority, { description: 'The authority notified, or OTHER with its name in note.' })
  @Property({ type: 'string' })
  authority!: OtherAuthority;

  @Field({ description: 'When the authority was notified (or the complaint lodged), ISO 8601 in UTC.' })
  @Property({ type: DateTimeType })
  notifiedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The reference the authority gave, e.g. the parquet number of a complaint.' })
  @Property({ nullable: true })
  reference?: string;

  @Field(() => String, { nullable: true, description: 'Which authority, for OTHER and OTHER_DPA; any precision.' })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field({ description: 'Who recorded it: the subject of their token.' })
  @Property()
  recordedBy!: string;
}
