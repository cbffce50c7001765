import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

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
 * event bus there reads what committed after each transaction and on a short poll. The ids come
 * from the insert's own RETURNING: MikroORM's insertMany answers only the first id on PostgreSQL,
 * which announced a range of one and left the other events of the transaction unpushed.
 */
export async function appendEvents(em: EntityManager, events: readonly NewEvent[]): Promise<number[]> {
  const postgres = em.getDriver().constructor.name === 'PostgreSqlDriver';
  const query: RawEventQuery = (sql, params) =>
    (em as SqlEntityManager).getConnection().execute(sql, params, 'all', em.getTransactionContext());
  // MikroORM stores SQLite datetimes as epoch milliseconds.
  return appendEventsRaw(query, events, { postgres, instant: postgres ? (d) => d : (d) => d.getTime() });
}

/** One statement with `?` parameters on a raw connection, returning its rows (the ingest's own connection). */
/** Rows per insert statement: six parameters each, well under both databases' limits. */
const INSERT_ROWS = 1000;

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
  for (let start = 0; start < events.length; start += INSERT_ROWS) {
    const rows = events.slice(start, start + INSERT_ROWS);
    const inserted = await query(
      `insert into outbox_event (kind, occurred_at, controller_id, processor_id, submitter_id, payload)
       values ${rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')} returning id`,
      rows.flatMap((e) => [
        e.kind,
        options.instant(e.occurredAt),
        e.audience.controllerId ?? null,
        e.audience.processorId ?? null,
        e.audience.submitterId ?? null,
        JSON.stringify(e.payload),
      ]),
    );
    ids.push(...inserted.map((row) => Number(row.id)));
  }
  if (options.postgres && ids.length) await query(`select pg_notify('${EVENTS_CHANNEL}', ?)`, [`${Math.min(...ids)}-${Math.max(...ids)}`]);
  return ids;
}
