import type { EntityManager } from '@mikro-orm/core';
import { CHAIN_START, type ChainProblem, verifyHead, verifyLinks } from './audit-chain';
import { AuditEvent, AuditHead } from './audit.entities';

const PAGE = 10_000;

/** Checks the whole trail a page at a time: the first broken link (or null) and how many events held. */
export async function verifyAuditTrail(em: EntityManager): Promise<{ events: number; problem: ChainProblem | null }> {
  let state = CHAIN_START;
  let events = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await em.find(AuditEvent, {}, { orderBy: { seq: 'asc' }, limit: PAGE, offset });
    if (page.length === 0) break;
    const walked = verifyLinks(page, state);
    if (walked.problem) return { events: events + walked.state.nextSeq - state.nextSeq, problem: walked.problem };
    events += page.length;
    state = walked.state;
    em.clear();
  }
  const head = await em.findOne(AuditHead, 1);
  return { events, problem: verifyHead(state, head ? { seq: head.seq, hash: head.hash } : null) };
}
