import type { EntityManager, EventSubscriber, FlushEventArgs, MikroORM, UnitOfWork } from '@mikro-orm/core';
import type { Clock } from '../../config/clock';
import { GENESIS, linkHash } from './audit-chain';
import { AuditEvent, AuditHead, DownloadAuditEvent } from './audit.entities';
import { type ChangedRow, derivedStateHookOf } from '../derived-state';
import { isUnaudited } from '../unaudited';
import { hashRows, type RawQuery, type RowShape, rowShape, TRAIL_ENTITIES } from './row-hash';
import { auditEvents } from '../../lib/metrics';

export interface Actor {
  subject: string;
  organizationId: string | null;
}

/** One writer at a time extends the main chain: a PostgreSQL transaction lock (SQLite has one writer anyway). */
export const CHAIN_LOCK = 'select pg_advisory_xact_lock(4257190)';

/**
 * The two chains (audit.entities.ts). An entity's events always go on the same one, so a row's last
 * event is found on one chain. The downloads chain has its own head and lock: recording a download
 * waits only for other downloads, never for the main chain's writers (draft updates and the rest),
 * and they never wait for it.
 */
export const AUDIT_CHAINS = [
  { name: 'main', head: 1, event: AuditEvent, lock: CHAIN_LOCK },
  { name: 'downloads', head: 2, event: DownloadAuditEvent, lock: 'select pg_advisory_xact_lock(4257191)' },
] as const;
export type AuditChain = (typeof AUDIT_CHAINS)[number];

/** The entities whose events go on the downloads chain: the records of what was handed out. */
const DOWNLOAD_RECORDS: ReadonlySet<string> = new Set(['IssuedDocument']);

export function chainOf(entityType: string): AuditChain {
  return AUDIT_CHAINS[DOWNLOAD_RECORDS.has(entityType) ? 1 : 0];
}

/**
 * The audit key of each ORM (AUDIT_KEY), shared by all its entity-manager forks: set once by
 * createApp, so every service that flushes signs the chain without carrying the key around.
 */
const auditKeys = new WeakMap<object, Buffer>();

export function useAuditKey(orm: MikroORM, key: Buffer): void {
  auditKeys.set(orm.config, key);
}

export function auditKeyOf(em: EntityManager): Buffer {
  return auditKeys.get(em.config) ?? Buffer.alloc(0);
}

/** Raw SQL inside the entity manager's current transaction. */
export function transactionQuery(em: EntityManager): RawQuery {
  return (sql, params) => em.getConnection().execute(sql, params, 'all', em.getTransactionContext());
}

/**
 * Flushes the unit of work and, in the same transaction, one audit event per changed row: who, when,
 * what, and hashes of the row before and after, as the database holds it (row-hash.ts), so that
 * `audit verify` can tell a row edited outside the gateway. Nothing changes without its trace, and
 * a trace never exists without its change.
 */
export async function flushAudited(em: EntityManager, actor: Actor, clock: Clock): Promise<void> {
  const uow = em.getUnitOfWork();
  uow.computeChangeSets();
  const changes = uow
    .getChangeSets()
    .filter((cs) => !TRAIL_ENTITIES.has(cs.name) && !isUnaudited(cs.name))
    .map((cs) => {
      const key = cs.getPrimaryKey();
      // Every audited id is set before the insert (UUIDs, natural keys), so it is known here.
      return {
        type: cs.type,
        shape: rowShape(cs.meta),
        id: Array.isArray(key) ? key.join(':') : String(key),
        row: { type: cs.type, entityName: cs.name, entity: cs.entity as object },
      };
    });
  auditing.add(uow);
  try {
    if (changes.length === 0) return await em.flush();
    await writeAudited(em, actor, clock, changes);
  } finally {
    auditing.delete(uow);
  }
}

async function writeAudited(
  em: EntityManager,
  actor: Actor,
  clock: Clock,
  changes: readonly { type: string; shape: RowShape; id: string; row: ChangedRow }[],
): Promise<void> {
  const key = auditKeyOf(em);
  // Inside a caller's transaction (the demo loader's, say) the events join it; otherwise they get their own.
  const own = !em.isInTransaction();
  if (own) await em.begin();
  try {
    // The locks of the chains this flush extends, always main before downloads: no two writers wait on each other.
    const chains = AUDIT_CHAINS.filter((chain) => changes.some((c) => chainOf(c.shape.entityType) === chain));
    if (em.getDriver().constructor.name === 'PostgreSqlDriver')
      for (const { lock } of chains) await em.getConnection().execute(lock, [], 'all', em.getTransactionContext());
    const query = transactionQuery(em);
    const before = await hashChanged(
      query,
      changes.filter((c) => c.type !== 'create'),
    );
    await em.flush();
    // What is derived from these rows is recomputed now, in this transaction, from what was just written.
    await derivedStateHookOf(em)?.(
      em,
      changes.map((c) => c.row),
      clock,
    );
    const after = await hashChanged(
      query,
      changes.filter((c) => c.type !== 'delete'),
    );
    const at = clock.now();
    for (const chain of chains) {
      const head = await em.findOne(AuditHead, chain.head, { refresh: true });
      let seq = head?.seq ?? 0;
      let prev = head?.hash ?? GENESIS;
      for (const change of changes.filter((c) => chainOf(c.shape.entityType) === chain)) {
        const fields = {
          seq: ++seq,
          at,
          actor: actor.subject,
          organizationId: actor.organizationId ?? undefined,
          action: change.type.toUpperCase(),
          entityType: change.shape.entityType,
          entityId: change.id,
          beforeHash: change.type === 'create' ? undefined : before.get(`${change.shape.entityType}:${change.id}`),
          afterHash: change.type === 'delete' ? undefined : after.get(`${change.shape.entityType}:${change.id}`),
        };
        const hash = linkHash(key, prev, fields);
        em.create(chain.event, { ...fields, prevHash: prev, hash });
        prev = hash;
      }
      if (head) Object.assign(head, { seq, hash: prev });
      else em.create(AuditHead, { id: chain.head, seq, hash: prev });
    }
    await em.flush();
    if (own) await em.commit();
    auditEvents.inc(changes.length);
  } catch (error) {
    if (own) await em.rollback();
    throw error;
  }
}

/** The units of work inside flushAudited right now: the only ones allowed to write audited entities. */
const auditing = new WeakSet<UnitOfWork>();

/**
 * Registered on every ORM (db/orm.ts): a flush that writes an audited entity anywhere but through
 * flushAudited fails before it writes, so no future code path can change a row without its trace.
 * (Bulk person lists are written by raw SQL with their own audit rows: see audit.raw.ts.)
 */
export class UnauditedFlushGuard implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    if (auditing.has(uow)) return;
    const unaudited = [
      ...new Set(
        uow
          .getChangeSets()
          .filter((cs) => !TRAIL_ENTITIES.has(cs.name) && !isUnaudited(cs.name))
          .map((cs) => cs.name),
      ),
    ];
    if (unaudited.length > 0) {
      throw new Error(
        `unaudited flush of ${unaudited.join(', ')}: write through flush() of src/db/unit-of-work.ts, which records the audit events`,
      );
    }
  }
}

/** The rows' current hashes, keyed `EntityType:id`. */
async function hashChanged(query: RawQuery, changes: readonly { shape: RowShape; id: string }[]): Promise<Map<string, string>> {
  const byType = new Map<string, { shape: RowShape; ids: string[] }>();
  for (const { shape, id } of changes) {
    const group = byType.get(shape.entityType) ?? { shape, ids: [] };
    group.ids.push(id);
    byType.set(shape.entityType, group);
  }
  const hashes = new Map<string, string>();
  for (const { shape, ids } of byType.values()) {
    for (const [id, hash] of await hashRows(query, shape, ids)) hashes.set(`${shape.entityType}:${id}`, hash);
  }
  return hashes;
}
