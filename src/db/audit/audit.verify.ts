import { type EntityManager, IsolationLevel } from '@mikro-orm/core';
import { CHAIN_START, GENESIS, verifyHead, verifyLinks } from './audit-chain';
import type { KeptCheckpoint } from './audit.checkpoint';
import { AuditHead } from './audit.entities';
import { AUDIT_CHAINS, type AuditChain, transactionQuery } from './audit.writer';
import { auditedShapes, rowHash, rowId, scanRows } from './row-hash';

const PAGE = 10_000;

/** The first thing found wrong: a link of the chain, a checkpoint the chain no longer holds, or a row. */
export type AuditProblem =
  | { kind: 'chain'; chain: AuditChain['name']; seq: number; reason: string }
  | { kind: 'checkpoint'; seq: number; file: string; line: number; reason: string }
  | { kind: 'row'; table: string; id: string; reason: string };

export interface AuditVerdict {
  /** Events whose links held. */
  events: number;
  /** Business rows matched against their last event. */
  rows: number;
  problem: AuditProblem | null;
}

interface LastEvent {
  seq: number;
  action: string;
  afterHash: string | null;
}

/**
 * Checks, in this order, and stops at the first problem:
 * 1. every link of each chain (the main one, then the downloads one: audit.writer.ts) under
 *    AUDIT_KEY (an edited, deleted, inserted or reordered event, or a chain recomputed without the key);
 * 2. each checkpoint kept outside the database: its event is still on the main chain with its hash,
 *    and the chain reaches it (the newest events deleted and the head row rewound to match);
 * 3. each chain's head row against the chain's end;
 * 4. every audited row against its last event (on its entity's chain): its current hash is that
 *    event's `afterHash`; a row with no event, or whose last event deleted it, was written outside
 *    the gateway, and a row whose last event left it present but that is gone was deleted outside it.
 */
export function verifyAuditTrail(em: EntityManager, key: Buffer, checkpoints: readonly KeptCheckpoint[] = []): Promise<AuditVerdict> {
  // One snapshot for the whole walk: a write landing meanwhile on a running gateway must not look
  // like a row changed behind its last event. (SQLite's transactions are serializable already.)
  const postgres = em.getDriver().constructor.name === 'PostgreSqlDriver';
  return em.transactional((tx) => verifySnapshot(tx, key, checkpoints), postgres ? { isolationLevel: IsolationLevel.REPEATABLE_READ } : {});
}

async function verifySnapshot(em: EntityManager, key: Buffer, checkpoints: readonly KeptCheckpoint[]): Promise<AuditVerdict> {
  const last = new Map<string, LastEvent>();
  let events = 0;
  for (const chain of AUDIT_CHAINS) {
    // A checkpoint witnesses both heads: the main one, and the downloads one when the line has it.
    const witnessed =
      chain.name === 'main'
        ? checkpoints
        : checkpoints.flatMap((checkpoint) => (checkpoint.downloads ? [{ ...checkpoint, ...checkpoint.downloads }] : []));
    const walked = await walkChain(em, key, chain, witnessed, last);
    events += walked.events;
    if (walked.problem) return { events, rows: 0, problem: walked.problem };
  }
  return verifyRows(em, last, events);
}

/** One chain, link by link, its checkpoints and its head; each event's row noted in `last`. */
async function walkChain(
  em: EntityManager,
  key: Buffer,
  chain: AuditChain,
  checkpoints: readonly KeptCheckpoint[],
  last: Map<string, LastEvent>,
): Promise<{ events: number; problem: AuditProblem | null }> {
  let state = CHAIN_START;
  let events = 0;
  const wanted = new Map<number, KeptCheckpoint[]>();
  for (const checkpoint of checkpoints) wanted.set(checkpoint.seq, [...(wanted.get(checkpoint.seq) ?? []), checkpoint]);
  for (let offset = 0; ; offset += PAGE) {
    const page = await em.find(chain.event, {}, { orderBy: { seq: 'asc' }, limit: PAGE, offset });
    if (page.length === 0) break;
    const walked = verifyLinks(key, page, state);
    if (walked.problem)
      return { events: events + walked.state.nextSeq - state.nextSeq, problem: { kind: 'chain', chain: chain.name, ...walked.problem } };
    for (const event of page) {
      for (const checkpoint of wanted.get(event.seq) ?? []) {
        if (checkpoint.hash !== event.hash) return { events, problem: rewritten(checkpoint, chain) };
      }
      if (event.action !== 'READ')
        last.set(`${event.entityType}\0${event.entityId}`, { seq: event.seq, action: event.action, afterHash: event.afterHash ?? null });
    }
    events += page.length;
    state = walked.state;
    em.clear();
  }
  const lastSeq = state.nextSeq - 1;
  for (const checkpoint of checkpoints) {
    if (checkpoint.seq === 0 && checkpoint.hash !== GENESIS) return { events, problem: rewritten(checkpoint, chain) };
    if (checkpoint.seq > lastSeq) {
      return {
        events,
        problem: {
          kind: 'checkpoint',
          seq: checkpoint.seq,
          file: checkpoint.file,
          line: checkpoint.line,
          reason: `the ${chain.name} chain ends at event ${lastSeq}, behind checkpoint ${checkpoint.file}:${checkpoint.line} (event ${checkpoint.seq}, taken at ${checkpoint.at}): the newest events were removed`,
        },
      };
    }
  }
  const head = await em.findOne(AuditHead, chain.head);
  const headProblem = verifyHead(state, head ? { seq: head.seq, hash: head.hash } : null);
  return { events, problem: headProblem && { kind: 'chain', chain: chain.name, ...headProblem } };
}

function rewritten(checkpoint: KeptCheckpoint, chain: AuditChain): AuditProblem {
  return {
    kind: 'checkpoint',
    seq: checkpoint.seq,
    file: checkpoint.file,
    line: checkpoint.line,
    reason: `event ${checkpoint.seq} of the ${chain.name} chain no longer has the hash checkpoint ${checkpoint.file}:${checkpoint.line} recorded (taken at ${checkpoint.at}): that chain was rewritten from there`,
  };
}

async function verifyRows(em: EntityManager, last: Map<string, LastEvent>, events: number): Promise<AuditVerdict> {
  const query = transactionQuery(em);
  let rows = 0;
  const problem = (table: string, id: string, reason: string): AuditVerdict => ({
    events,
    rows,
    problem: { kind: 'row', table, id, reason },
  });
  for (const shape of auditedShapes(Object.values(em.getMetadata().getAll()))) {
    const seen = new Set<string>();
    for await (const row of scanRows(query, shape)) {
      const id = rowId(shape, row);
      const event = last.get(`${shape.entityType}\0${id}`);
      if (!event) return problem(shape.table, id, 'the row has no audit event: it was written outside the gateway');
      if (event.action === 'DELETE')
        return problem(shape.table, id, `the row's last audit event (${event.seq}) deleted it: it was put back outside the gateway`);
      if (event.afterHash !== rowHash(shape, row)) {
        return problem(
          shape.table,
          id,
          `the row differs from what its last audit event (${event.seq}) recorded: it was changed outside the gateway`,
        );
      }
      seen.add(id);
      rows++;
    }
    const prefix = `${shape.entityType}\0`;
    for (const [name, event] of last) {
      if (!name.startsWith(prefix) || event.action === 'DELETE') continue;
      const id = name.slice(prefix.length);
      if (!seen.has(id))
        return problem(
          shape.table,
          id,
          `the row is gone, but its last audit event (${event.seq}) left it in place: it was deleted outside the gateway`,
        );
    }
  }
  return { events, rows, problem: null };
}
