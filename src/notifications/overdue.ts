import type { EntityManager } from '@mikro-orm/core';
import { ObligationState } from './derived-state.entities';

/**
 * Obligations past due and not done, across every organisation: one COUNT on the derived
 * obligation rows (indexed by due date), judged against `now` as every read judges them.
 */
export function countOverdueObligations(em: EntityManager, now: Date): Promise<number> {
  return em.fork().count(ObligationState, { status: { $in: ['PENDING', 'OVERDUE'] }, dueAt: { $lt: now } });
}
