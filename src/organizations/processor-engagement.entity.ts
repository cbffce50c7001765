import { Entity, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity';
import { Organization } from './organization.entity';

/**
 * A controller's declaration that an organisation processes personal data on its behalf (GDPR
 * art. 28). It is what lets that processor record the controller's exposure to its incidents and
 * read the controller's contact points; only the controller (or an admin) declares it.
 */
// The unique key serves the controller's side; this index the processor's (the controllers it serves).
@Entity()
@Unique({ properties: ['controller', 'processor'] })
@Index({ properties: ['processor', 'controller'] })
export class ProcessorEngagement extends BaseEntity {
  @ManyToOne(() => Organization, { ref: true })
  controller!: Ref<Organization>;

  @ManyToOne(() => Organization, { ref: true })
  processor!: Ref<Organization>;

  /** The contract's term for alerting the controller of a breach, in hours (art. 28(3)(f)); null when none is recorded. */
  @Property({ type: 'integer', nullable: true })
  alertHours: number | null = null;

  /** The contract's reference, cited where its term is applied. */
  @Property({ type: 'string', nullable: true })
  contractReference: string | null = null;
}
