import { DateTimeType, Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GRAVITY, NOTIFICATION_TYPE } from '../cnil/enums';
import type { Gravity, NotificationType } from '../cnil/vocabulary';
import { BaseEntity } from '../db/base.entity';
import { Node } from '../db/node';
import { Exposure } from '../incidents/exposure.entity';
import type { CnilNotificationContent } from '../content/notification-content';
import type { InternalDossierContent } from '../content/internal-dossier-content';
import type { SeverityFactors, SeverityOverride } from './severity';
import { NOTIFICATION_STATUS, type NotificationStatus } from './transitions';

/**
 * One CNIL notification of one exposure, in one phase. Until filed its content is assembled from the
 * current facts; filing freezes that content with its sha256 and the lateness verdict, for good.
 */
@Entity()
@ObjectType({ implements: Node, description: 'A CNIL notification of one exposure: initial, complementary or complete.' })
export class Notification extends BaseEntity<'status' | 'final'> {
  @ManyToOne(() => Exposure, { ref: true })
  exposure!: Ref<Exposure>;

  @Field(() => NOTIFICATION_TYPE.values, { description: 'Initial, complementary or complete (section 1 of the form); never changes.' })
  @Property({ type: 'string' })
  type!: NotificationType;

  @Field(() => NOTIFICATION_STATUS, { description: 'DRAFT, READY or FILED: only a DRAFT can be edited, a FILED one never changes.' })
  @Property({ type: 'string' })
  status: NotificationStatus = 'DRAFT';

  @Field({ description: "The gateway's number for this notification: SIREN, incident and phase." })
  @Property({ unique: true })
  number!: string;

  /** The filed notification a complementary one completes. */
  @ManyToOne(() => Notification, { ref: true, nullable: true })
  initial?: Ref<Notification>;

  /**
   * The filed notification this one completes, while this one is still open (DRAFT or READY);
   * cleared at filing. Unique, so the database itself keeps one open complementary draft per filed
   * notification however many requests race (a partial unique index would say the same, but
   * MikroORM does not model those for both dialects).
   */
  @Property({ type: 'uuid', nullable: true, unique: true })
  openComplementaryOf?: string;

  /**
   * A complementary notification's place in its chain: 1 for the first complement of the initial,
   * 2 for the next… Null for an initial or complete notification.
   */
  @Field(() => Int, { nullable: true, description: 'For a complementary notification: its rank (1, 2…) after the initial.' })
  @Property({ type: 'integer', nullable: true })
  rank?: number;

  /**
   * The last complementary notification of its chain (art. 33(4)): every art. 33(3) item is then
   * required, and filing it meets the follow-up duty (CNIL_COMPLEMENTARY).
   */
  @Field(() => Boolean, { description: 'A complementary notification marked final: it gives every art. 33(3) item.' })
  @Property({ default: false })
  final: boolean = false;

  /**
   * « Date à laquelle les informations complémentaires seront transmises »: the controller's promise
   * on an initial (or non-final complementary) notification; the follow-up duty is due then.
   */
  @Field(() => Date, { nullable: true, description: 'The date promised for the complementary information (art. 33(4)).' })
  @Property({ type: DateTimeType, nullable: true })
  complementaryFollowUpAt?: Date | null;

  /**
   * For a non-final complementary notification: why each art. 33(3) item still missing is not yet
   * available (art. 33(4)), keyed by the item's form path.
   */
  @Property({ type: 'json', nullable: true })
  missingItemReasons?: Record<string, string> | null;

  /** Why a complementary notification follows a filed final one (new information after the final). */
  @Field(() => String, { nullable: true, description: 'Why this complementary notification follows a filed final one.' })
  @Property({ type: 'text', nullable: true })
  afterFinalReason?: string;

  @Field(() => String, { nullable: true, description: 'Motifs du retard (required past 72 hours).' })
  @Property({ type: 'text', nullable: true })
  delayReasons?: string;

  @Field(() => Boolean, { nullable: true, description: 'Cross-border processing (section 14).' })
  @Property({ nullable: true })
  crossBorder?: boolean;

  @Field(() => String, { nullable: true, description: 'Another data-protection authority notified, if any.' })
  @Property({ type: 'text', nullable: true })
  otherDpa?: string;

  @Field(() => GRAVITY.values, { nullable: true, description: "A lawyer's choice of gravity, overriding the suggested one." })
  @Property({ type: 'string', nullable: true })
  gravityOverride?: Gravity;

  @Field(() => String, { nullable: true, description: 'Why the gravity differs from the suggested one; null when it does not.' })
  @Property({ type: 'text', nullable: true })
  gravityOverrideReason?: string;

  /**
   * Who confirmed the gravity of section 11 (the viewer's subject), and when. The computed level is
   * a suggestion: until someone signs it off, the form's gravity reads "à confirmer". Editing the
   * gravity or the severity override afterwards clears the sign-off, which must then be given again.
   */
  @Field(() => String, { nullable: true, description: 'Who signed off the gravity of section 11 (signOffGravity).' })
  @Property({ type: 'text', nullable: true })
  gravitySignedOffBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the gravity was signed off; null until then.' })
  @Property({ type: DateTimeType, nullable: true })
  gravitySignedOffAt?: Date | null;

  /** A lawyer's choice over the computed ENISA components, with its reason; both are shown. */
  @Property({ type: 'json', nullable: true })
  severityOverride?: SeverityOverride;

  /**
   * The assessor's inputs to the ENISA method (what credentials open, context factors, EI, CB by
   * recoverability, likelihood), each with its reason: the computed assessment rests on them.
   */
  @Property({ type: 'json', nullable: true })
  severityFactors?: SeverityFactors | null;

  @Field(() => String, { nullable: true, description: 'The CNIL reference given at filing.' })
  @Property({ nullable: true })
  cnilReference?: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was filed with the CNIL, as the person recording the filing stated it, ISO 8601 in UTC; null until filed.',
  })
  @Property({ type: DateTimeType, nullable: true })
  filedAt?: Date;

  /**
   * Who recorded the filing in the gateway (the viewer's subject) and when, by the gateway's clock:
   * `filedAt` is what that person stated; these say who stated it, so the record is attributable.
   */
  @Field(() => String, { nullable: true, description: 'Who recorded the filing (the viewer’s subject); null until filed.' })
  @Property({ type: 'text', nullable: true })
  filedBy?: string;

  @Field(() => Date, { nullable: true, description: 'When the filing was recorded in the gateway; null until filed.' })
  @Property({ type: DateTimeType, nullable: true })
  filingRecordedAt?: Date;

  @Field(() => Date, { nullable: true, description: "The date of the CNIL's récapitulatif of the filing, when recorded." })
  @Property({ type: DateTimeType, nullable: true })
  recapitulatifAt?: Date;

  @Field(() => Boolean, { nullable: true, description: 'Whether the filing came after the deadline: frozen at filing.' })
  @Property({ nullable: true })
  filedLate?: boolean;

  /** The content as filed; null until then. */
  @Property({ type: 'json', nullable: true })
  snapshot?: CnilNotificationContent;

  @Field(() => String, { nullable: true, description: 'sha256 of the canonical JSON of the filed content.' })
  @Property({ length: 64, nullable: true })
  snapshotSha256?: string;

  /**
   * The internal dossier as it stood at filing, frozen in the same flush as the snapshot: the
   * analysis that supported the filing must not drift with facts submitted afterwards.
   */
  @Property({ type: 'json', nullable: true })
  dossierSnapshot?: InternalDossierContent;

  @Property({ length: 64, nullable: true })
  dossierSnapshotSha256?: string;
}
