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
  const ids = (await em.insertMany(
    OutboxEvent,
    events.map((e) => ({
      kind: e.kind,
      occurredAt: e.occurredAt,
      controllerId: e.audience.controllerId ?? null,
      processorId: e.audience.processorId ?? null,
      submitterId: e.audience.submitterId ?? null,
      payload: e.payload,
    })),
  )) as number[];
  if (em.getDriver().constructor.name === 'PostgreSqlDriver') {
    const numbers = ids.map(Number);
    await (em as SqlEntityManager).execute(`select pg_notify('${EVENTS_CHANNEL}', ?)`, [`${Math.min(...numbers)}-${Math.max(...numbers)}`]);
  }
  return ids.map(Number);
}

/** One statement with `?` parameters on a raw connection, returning its rows (the ingest's own connection). */
export type RawEventQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * appendEvents for a raw connection inside its own transaction (the ingest's writer, which commits a
 * batch outside the ORM): the same rows, and on PostgreSQL the same NOTIFY at commit. `instant` is
 * how the dialect stores a date (SQLite: epoch milliseconds, as MikroORM writes them).
 */
export async function appendEventsRaw(
  query: RawEventQuery,
  events: readonly NewEvent[],
  options: { postgres: boolean; instant: (date: Date) => unknown },
): Promise<number[]> {
  const ids: number[] = [];
  for (const e of events) {
    const [row] = await query(
      `insert into outbox_event (kind, occurred_at, controller_id, processor_id, submitter_id, payload)
       values (?, ?, ?, ?, ?, ?) returning id`,
      [
        e.kind,
        options.instant(e.occurredAt),
        e.audience.controllerId ?? null,
        e.audience.processorId ?? null,
        e.audience.submitterId ?? null,
        JSON.stringify(e.payload),
      ],
    );
    ids.push(Number(row!.id));
  }
  if (options.postgres && ids.length) await query(`select pg_notify('${EVENTS_CHANNEL}', ?)`, [`${Math.min(...ids)}-${Math.max(...ids)}`]);
  return ids;
}
