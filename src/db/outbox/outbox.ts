import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { OutboxEvent } from './outbox.entity';

/** Who may receive an event: see auth/scope.ts `mayReceiveEvent`. */
export interface EventAudience {
  controllerId?: string | null;
  processorId?: string | null;
  submitterId?: string | null;
}

export interface NewEvent {
  kind: string;
  occurredAt: Date;
  audience: EventAudience;
  payload: Record<string, unknown>;
}

/** An event as read back from the outbox. */
export interface StoredEvent extends NewEvent {
  id: number;
}

/** The PostgreSQL channel every instance listens on; its payload is the range of ids just committed. */
export const EVENTS_CHANNEL = 'breach_gateway_events';

/**
 * Appends events in the caller's transaction (or on their own, outside one). On PostgreSQL the
 * wake-up is a NOTIFY in the same transaction: the server delivers it at commit, and never for a
 * rolled-back one, so a listener is woken exactly for what committed. SQLite has one process; the
 * event bus there reads what committed after each transaction and on a short poll.
 */
export async function appendEvents(em: EntityManager, events: readonly NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  // The driver's own insert: em.insertMany answers a single id for several rows (MikroORM 6.6 sets
  // no insertedIds), which would announce, and let a caller record, only the first event's id.
  const result = await em.getDriver().nativeInsertMany<OutboxEvent>(
    OutboxEvent.name,
    events.map((e) => ({
      kind: e.kind,
      occurredAt: e.occurredAt,
      controllerId: e.audience.controllerId ?? null,
      processorId: e.audience.processorId ?? null,
      submitterId: e.audience.submitterId ?? null,
      payload: e.payload,
    })),
    { ctx: em.getTransactionContext() },
  );
  const ids = (result.rows ?? []).map((row) => Number(row.id));
  if (ids.length !== events.length) throw new Error(`outbox: ${events.length} events inserted, ${ids.length} ids returned`);
  if (em.getDriver().constructor.name === 'PostgreSqlDriver') {
    await (em as SqlEntityManager).execute(`select pg_notify('${EVENTS_CHANNEL}', ?)`, [`${Math.min(...ids)}-${Math.max(...ids)}`]);
  }
  return ids;
}
