import type { EventSubscriber, MikroORM, TransactionEventArgs } from '@mikro-orm/core';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DatabaseConfig } from '../../config/config';
import { SerialRunner } from '../../lib/serial-runner';
import { EVENTS_CHANNEL, type StoredEvent } from './outbox';

export type EventListener = (event: StoredEvent) => void;

/** How often SQLite's outbox is read when no transaction of this process woke the bus (a CLI's ingest, say). */
const SQLITE_POLL_MS = 250;
/** At most this many events are read at once; the rest on the next read. */
const READ_PAGE = 500;
/** Ids delivered recently on PostgreSQL, kept to drop the second wake-up of a range two transactions shared. */
const REMEMBERED = 10_000;

const COLUMNS = 'id, kind, occurred_at, controller_id, processor_id, submitter_id, payload';

interface OutboxRow {
  id: number | string;
  kind: string;
  /** A Date from pg; epoch milliseconds in SQLite, as MikroORM writes them. */
  occurred_at: Date | number;
  controller_id: string | null;
  processor_id: string | null;
  submitter_id: string | null;
  /** An object from pg's jsonb; text in SQLite. */
  payload: Record<string, unknown> | string;
}

function storedEvent(row: OutboxRow): StoredEvent {
  return {
    id: Number(row.id),
    kind: row.kind,
    occurredAt: new Date(row.occurred_at),
    audience: { controllerId: row.controller_id, processorId: row.processor_id, submitterId: row.submitter_id },
    payload: typeof row.payload === 'string' ? (JSON.parse(row.payload) as Record<string, unknown>) : row.payload,
  };
}

/**
 * The outbox, pushed to this instance's listeners as it commits: one reader per process, fanning out
 * to every subscription. PostgreSQL wakes every instance with LISTEN/NOTIFY (each committing
 * transaction announces its ids, see appendEvents); SQLite, one process, reads after each of its
 * transactions commits and on a short poll. Only events committed after `start` are pushed: a
 * subscription is live, what it missed is read with the queries. The bus reads on a connection of
 * its own (the listening one; a read-only SQLite one), never the ORM's: its poll neither waits for
 * the requests' queries nor lands among them.
 */
export class EventBus {
  private readonly listeners = new Set<EventListener>();
  private cursor = 0;
  private readonly reads = new SerialRunner(
    () => this.readNew(),
    (error) => this.logger.warn({ err: error }, 'event bus: reading the outbox failed'),
  );
  private timer: NodeJS.Timeout | undefined;
  private client: Client | undefined;
  private sqlite: Database.Database | undefined;
  private reconnects = 0;
  private closed = false;
  private readonly delivered = new Set<number>();

  constructor(
    private readonly orm: MikroORM,
    private readonly database: DatabaseConfig,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    if (this.database.dialect === 'postgresql') return this.listen(this.database.url);
    this.sqlite = new Database(this.database.path, { readonly: true, fileMustExist: true });
    this.sqlite.pragma('busy_timeout = 5000');
    const last = this.sqlite.prepare('select max(id) as id from outbox_event').get() as { id: number | null };
    this.cursor = last.id ?? 0;
    const subscriber: EventSubscriber = {
      afterTransactionCommit: (_args: TransactionEventArgs) => this.wake(),
    };
    this.orm.em.getEventManager().registerSubscriber(subscriber);
    this.timer = setInterval(() => this.wake(), SQLITE_POLL_MS).unref();
  }

  /** Calls the listener with every event committed from now on, in order; returns the unsubscribe. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listeners subscribed now: each live subscription holds one until it ends. */
  get listening(): number {
    return this.listeners.size;
  }

  /** Reads what committed since the last read (SQLite). */
  wake(): void {
    this.reads.wake();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.listeners.clear();
    await this.reads.stop();
    await this.client?.end().catch(() => undefined);
    this.sqlite?.close();
  }

  private async readNew(): Promise<void> {
    const newer = this.sqlite!.prepare(`select ${COLUMNS} from outbox_event where id > ? order by id limit ${READ_PAGE}`);
    for (;;) {
      const events = (newer.all(this.cursor) as OutboxRow[]).map(storedEvent);
      for (const event of events) {
        this.cursor = event.id;
        this.emit(event);
      }
      if (events.length < READ_PAGE) return;
    }
  }

  private emit(event: StoredEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.warn({ err: error, eventId: event.id }, 'event bus: a listener failed');
      }
    }
  }

  /** A connection of its own that only listens; reconnected with a growing pause when it drops. */
  private async listen(url: string): Promise<void> {
    const client = new Client({ connectionString: url });
    client.on('error', (error) => this.logger.warn({ err: error }, 'event bus: the listening connection failed'));
    client.on('end', () => {
      if (this.closed) return;
      const pause = Math.min(30_000, 250 * 2 ** this.reconnects++);
      this.logger.warn({ pause }, 'event bus: the listening connection ended; reconnecting');
      setTimeout(() => void this.listen(url).catch(() => undefined), pause).unref();
    });
    client.on('notification', (message) => {
      const [from, to] = (message.payload ?? '').split('-').map(Number);
      if (!Number.isInteger(from) || !Number.isInteger(to)) return;
      void this.deliverRange(client, from!, to!);
    });
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    this.client = client;
    this.reconnects = 0;
  }

  /**
   * The events of one committed range. Two transactions inserting at once can share a range (ids
   * are drawn one row at a time): each wake-up reads what has committed in it, and ids already
   * delivered are dropped, so every event is pushed once.
   */
  private async deliverRange(client: Client, from: number, to: number): Promise<void> {
    try {
      for (let start = from; start <= to; start += READ_PAGE) {
        const { rows } = await client.query<OutboxRow>(`select ${COLUMNS} from outbox_event where id between $1 and $2 order by id`, [
          start,
          Math.min(to, start + READ_PAGE - 1),
        ]);
        for (const event of rows.map(storedEvent)) {
          if (this.delivered.has(event.id)) continue;
          this.delivered.add(event.id);
          if (this.delivered.size > REMEMBERED) this.delivered.delete(this.delivered.values().next().value!);
          this.emit(event);
        }
      }
    } catch (error) {
      this.logger.warn({ err: error, from, to }, 'event bus: reading announced events failed');
    }
  }
}
