import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../config/clock';
import { canonicalHash } from '../lib/canonical-json';
import { GENESIS, linkHash } from './audit-chain';
import { AuditEvent, AuditHead } from './audit.entities';

export interface Actor {
  subject: string;
  organizationId: string | null;
}

const UNAUDITED = new Set([AuditEvent.name, AuditHead.name]);
/** One writer at a time extends the chain: a PostgreSQL transaction lock (SQLite has one writer anyway). */
export const CHAIN_LOCK = 'select pg_advisory_xact_lock(4257190)';

/**
 * Flushes the unit of work and, in the same transaction, one audit event per changed row: who, when,
 * what, and hashes of the row before and after. Nothing changes without its trace, and a trace
 * never exists without its change.
 */
export async function flushAudited(em: EntityManager, actor: Actor, clock: Clock): Promise<void> {
  const uow = em.getUnitOfWork();
  uow.computeChangeSets();
  const changes = uow.getChangeSets().filter((cs) => !UNAUDITED.has(cs.name));
  if (changes.length === 0) return em.flush();
  // Inside a caller's transaction (the demo loader's, say) the events join it; otherwise they get their own.
  const own = !em.isInTransaction();
  if (own) await em.begin();
  try {
    if (em.getDriver().constructor.name === 'PostgreSqlDriver') await em.getConnection().execute(CHAIN_LOCK, [], 'all', em.getTransactionContext());
    const head = await em.findOne(AuditHead, 1, { refresh: true });
    let seq = head?.seq ?? 0;
    let prev = head?.hash ?? GENESIS;
    const at = clock.now();
    for (const change of changes) {
      const before = change.type === 'create' ? undefined : canonicalHash(change.originalEntity ?? {});
      const after = change.type === 'delete' ? undefined : canonicalHash({ ...(change.originalEntity ?? {}), ...change.payload });
      const key = change.getPrimaryKey();
      const fields = {
        seq: ++seq,
        at,
        actor: actor.subject,
        organizationId: actor.organizationId ?? undefined,
        action: change.type.toUpperCase(),
        entityType: change.name,
        entityId: Array.isArray(key) ? key.join(':') : String(key),
        beforeHash: before,
        afterHash: after,
      };
      const hash = linkHash(prev, fields);
      em.create(AuditEvent, { ...fields, prevHash: prev, hash });
      prev = hash;
    }
    if (head) Object.assign(head, { seq, hash: prev });
    else em.create(AuditHead, { id: 1, seq, hash: prev });
    await em.flush();
    if (own) await em.commit();
  } catch (error) {
    if (own) await em.rollback();
    throw error;
  }
}
