import type { EntityManager } from '@mikro-orm/core';
import { systemClock } from '../../src/config/clock';
import { flushAudited } from '../../src/db/audit/audit.writer';

/** Test fixtures written straight with the ORM go through the audited flush, like every write (UnauditedFlushGuard). */
export function flushFixtures(em: EntityManager): Promise<void> {
  return flushAudited(em, { subject: 'test:fixtures', organizationId: null }, systemClock);
}
