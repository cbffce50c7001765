import { DateTimeType, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { codeEnum } from '../lib/code-enum';
import { Exposure } from '../incidents/exposure.entity';

/** French labels of the decision, as the register and the obligations show it. */
export const CNIL_DECISION_LABELS = {
  NOTIFY: 'Notifier la CNIL',
  NOT_NOTIFY: 'Ne pas notifier la CNIL',
} as const;

export const CNIL_DECISION = codeEnum(
  'CnilDecision',
  "The controller's decision whether to notify the CNIL of an exposure (art. 33(1)).",
  CNIL_DECISION_LABELS,
);
export type CnilDecision = keyof typeof CNIL_DECISION;

/**
 * The controller's reasoned decision whether to notify the CNIL of one exposure (art. 33(1)): an
 * accountable act of a named person (art. 5(2), art. 33(5)), never the gateway's computed
 * suggestion. Rows are never changed: a new decision is a new row, the latest one stands and the
 * earlier ones stay as its history. A filing needs no row: the filing is the record of NOTIFY.
 */
@Entity()
@ObjectType({ description: "The controller's reasoned decision to notify the CNIL of an exposure or not (art. 33(1), 33(5))." })
export class CnilNotificationDecision extends BaseEntity {
  @ManyToOne(() => Exposure, { ref: true })
  exposure!: Ref<Exposure>;

  /** The exposure's controller, whose decision it is. */
  @Property({ type: 'uuid' })
  organizationId!: string;

  @Field(() => CNIL_DECISION, { description: 'Notify the CNIL or not (art. 33(1)).' })
  @Property({ type: 'string' })
  decision!: CnilDecision;

  @Field({ description: 'Why: required, it is what the register keeps (art. 33(5)).' })
  @Property({ type: 'text' })
  reasoning!: string;

  @Field({ description: 'Who decided: the subject of the token that recorded it.' })
  @Property()
  decidedBy!: string;

  @Field({ description: 'When the decision was recorded, by the gateway’s clock, ISO 8601 in UTC.' })
  @Property({ type: DateTimeType })
  decidedAt!: Date;
}
