import { DateTimeType, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { CnilNotificationContent, SeverityAnnex } from '../content/notification-content';
import type { PersonsLetterContent } from '../content/letter-content';
import { Exposure } from '../incidents/exposure.entity';
import type { CompletenessIssue } from './completeness';
import type { Obligation } from './obligations';
import type { NotificationInputs } from './notification-input';
import type { NotificationStatus } from './transitions';

/**
 * What a notification's draft says, computed when its inputs change (derived-state.ts) and read by
 * dashboards without assembling anything: the content's sha256, what is missing, the ENISA
 * assessment and the obligations, as they stood at `computedAt`. Derived, never edited: neither
 * audited row by row nor versioned (db/derived-state.ts); the trail vouches for the inputs.
 */
@Entity({ tableName: 'notification_state' })
export class NotificationState {
  /** The notification's id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The instant the content was assembled at: a draft's « Contenu établi le ». */
  @Property({ type: DateTimeType })
  computedAt!: Date;

  /**
   * The first instant after `computedAt` at which time alone changes what was derived (a due date
   * passes, a rule comes into force); null when none can. From then on the state is stale.
   */
  @Property({ type: DateTimeType, nullable: true })
  @Index()
  validUntil?: Date | null;

  @Property({ type: 'string', length: 64 })
  contentSha256!: string;

  /** The notification's status and version the state was computed for: a change of either is pushed (notificationChanged). */
  @Property({ type: 'string' })
  status!: NotificationStatus;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'json' })
  completeness!: CompletenessIssue[];

  /** The assessment as the internal dossier shows it; null only for a hand-built assembly. */
  @Property({ type: 'json', nullable: true })
  severity?: SeverityAnnex | null;

  /** Computed, chosen and the override, as the deprecated `severityJson` gives them. */
  @Property({ type: 'json' })
  severityInputs!: NotificationInputs['severity'];

  /** The exposure's obligations as judged for this notification (its filing meets the CNIL's). */
  @Property({ type: 'json' })
  obligations!: Obligation[];

  /** A draft's content as assembled at `computedAt`; null once filed (the notification keeps its snapshot). */
  @Property({ type: 'json', nullable: true, lazy: true })
  content?: CnilNotificationContent | null;

  /** The letter to the persons in every addressee variant (LETTER_VARIANTS order), as assembled at `computedAt`. */
  @Property({ type: 'json', lazy: true })
  letters!: PersonsLetterContent[];
}

/**
 * One obligation of one exposure (its own situation, no notification's override), a row per duty
 * so the deadlines of every exposure are filtered, sorted and paged in SQL. Derived like
 * NotificationState; `id` is `exposureId:code`, the Deadline's id.
 */
@Entity({ tableName: 'obligation_state' })
@Index({ properties: ['dueAt', 'id'] })
export class ObligationState {
  @PrimaryKey({ type: 'string' })
  id!: string;

  @ManyToOne(() => Exposure, { ref: true, index: true })
  exposure!: Ref<Exposure>;

  @Property({ type: 'uuid' })
  incidentId!: string;

  @Property({ type: 'uuid' })
  controllerId!: string;

  /** The incident's source: as a processor, it sees its own duties only. */
  @Property({ type: 'uuid' })
  sourceOrganizationId!: string;

  @Property({ type: 'string' })
  controllerName!: string;

  /** The duty's place in the exposure's list, as obligationsOf orders them. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string' })
  code!: Obligation['code'];

  @Property({ type: 'string' })
  party!: Obligation['party'];

  @Property({ type: 'string' })
  authority!: Obligation['authority'];

  /** As judged at `computedAt`; PENDING and OVERDUE are judged again against the clock on every read. */
  @Property({ type: 'string' })
  status!: Obligation['status'];

  @Property({ type: DateTimeType, nullable: true })
  dueAt?: Date | null;

  @Property({ type: DateTimeType, nullable: true })
  doneAt?: Date | null;

  @Property({ type: 'json' })
  obligation!: Obligation;

  @Property({ type: DateTimeType })
  computedAt!: Date;

  @Property({ type: DateTimeType, nullable: true })
  @Index()
  validUntil?: Date | null;
}
