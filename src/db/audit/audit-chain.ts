import { createHmac } from 'node:crypto';
import { canonicalHash, sha256Hex } from '../../lib/canonical-json';
import type { AuditEvent } from './audit.entities';

/** The hash before the first event. */
export const GENESIS = '0'.repeat(64);

export type AuditFields = Pick<
  AuditEvent,
  'seq' | 'at' | 'actor' | 'organizationId' | 'action' | 'entityType' | 'entityId' | 'beforeHash' | 'afterHash'
>;

/** The canonical fields of an event: what its hash covers, with the previous hash. */
function linkedFields(prevHash: string, event: AuditFields): string {
  return (
    prevHash +
    canonicalHash({
      seq: event.seq,
      at: new Date(event.at).toISOString(),
      actor: event.actor,
      organizationId: event.organizationId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      beforeHash: event.beforeHash ?? null,
      afterHash: event.afterHash ?? null,
    })
  );
}

/**
 * HMAC-SHA-256, under AUDIT_KEY, of the previous hash and the event's canonical fields. Keyed, so
 * that someone who can write to the database but does not hold the key cannot recompute a chain
 * that verifies after rewriting it.
 */
export function linkHash(key: Buffer, prevHash: string, event: AuditFields): string {
  if (key.length === 0) throw new Error('AUDIT_KEY is not configured: the audit trail cannot be written or checked without it');
  return createHmac('sha256', key).update(linkedFields(prevHash, event)).digest('hex');
}

/** The unkeyed hash chains had before AUDIT_KEY: recognised only to say why such an event fails. */
function unkeyedLinkHash(prevHash: string, event: AuditFields): string {
  return sha256Hex(linkedFields(prevHash, event));
}

export interface ChainProblem {
  seq: number;
  reason: string;
}

/** Where a walk along the chain stands: the next seq expected, and the hash it must link to. */
export interface ChainState {
  nextSeq: number;
  prevHash: string;
}

export const CHAIN_START: ChainState = { nextSeq: 1, prevHash: GENESIS };

/** Checks events (in `seq` order) continuing from `state`; the first broken link stops the walk. */
export function verifyLinks(
  key: Buffer,
  events: readonly AuditEvent[],
  state: ChainState,
): { state: ChainState; problem: ChainProblem | null } {
  let { nextSeq, prevHash } = state;
  for (const event of events) {
    const problem =
      event.seq !== nextSeq
        ? `expected event ${nextSeq} here: an event was deleted, inserted or moved`
        : event.prevHash !== prevHash
          ? 'its link to the previous event is broken: an event before it was changed, removed or reordered'
          : linkHash(key, prevHash, event) !== event.hash
            ? unkeyedLinkHash(prevHash, event) === event.hash
              ? 'its hash is unkeyed: written before AUDIT_KEY, or the chain was recomputed by someone without the key'
              : 'its content does not match its hash under AUDIT_KEY: the event was edited, or the key is not the one the trail was written with'
            : null;
    if (problem) return { state: { nextSeq, prevHash }, problem: { seq: event.seq, reason: problem } };
    prevHash = event.hash;
    nextSeq++;
  }
  return { state: { nextSeq, prevHash }, problem: null };
}

/** The walk must end where the head says: otherwise the newest events were removed (or forged). */
export function verifyHead(state: ChainState, head: { seq: number; hash: string } | null): ChainProblem | null {
  const lastSeq = state.nextSeq - 1;
  if ((head?.seq ?? 0) !== lastSeq || (head !== null && head.hash !== state.prevHash)) {
    return {
      seq: head?.seq ?? 0,
      reason: `the chain ends at event ${lastSeq} but its head says ${head?.seq ?? 0}: the newest events were removed or added`,
    };
  }
  return null;
}

/** The whole chain, in memory. */
export function verifyChain(key: Buffer, events: readonly AuditEvent[], head: { seq: number; hash: string } | null): ChainProblem | null {
  const { state, problem } = verifyLinks(key, events, CHAIN_START);
  return problem ?? verifyHead(state, head);
}
