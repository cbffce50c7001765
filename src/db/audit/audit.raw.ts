import { GENESIS, linkHash, type AuditFields } from './audit-chain';
import type { RawQuery } from './row-hash';
import { auditEvents } from '../../lib/metrics';

export type { RawQuery } from './row-hash';

/**
 * Appending to the audit chain from a raw connection (the ingest's own), inside that connection's
 * transaction: the same chain, the same lock, the same keyed hashes as audit.writer.ts. `query` runs
 * one statement with `?` parameters and returns its rows; `instant` is how the dialect stores a date.
 */
export async function appendAuditRaw(
  query: RawQuery,
  key: Buffer,
  events: readonly Omit<AuditFields, 'seq'>[],
  options: { lock: string | null; instant: (date: Date) => unknown },
): Promise<void> {
  if (options.lock) await query(options.lock, []);
  const [head] = await query('select seq, hash from audit_head where id = 1', []);
  let seq = Number(head?.seq ?? 0);
  let prevHash = (head?.hash as string | undefined) ?? GENESIS;
  for (const event of events) {
    const fields: AuditFields = { ...event, seq: ++seq };
    const hash = linkHash(key, prevHash, fields);
    await query(
      `insert into audit_event (seq, at, actor, organization_id, action, entity_type, entity_id, before_hash, after_hash, prev_hash, hash)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        seq,
        options.instant(event.at),
        event.actor,
        event.organizationId ?? null,
        event.action,
        event.entityType,
        event.entityId,
        event.beforeHash ?? null,
        event.afterHash ?? null,
        prevHash,
        hash,
      ],
    );
    prevHash = hash;
  }
  await query(head ? 'update audit_head set seq = ?, hash = ? where id = 1' : 'insert into audit_head (seq, hash, id) values (?, ?, 1)', [
    seq,
    prevHash,
  ]);
  // Counted when written in the caller's transaction: a rollback after this is rare (a duplicate upload).
  auditEvents.inc(events.length);
}
