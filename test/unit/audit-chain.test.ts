import { describe, expect, it } from 'vitest';
import { GENESIS, linkHash, verifyChain } from '../../src/db/audit/audit-chain';
import type { AuditEvent } from '../../src/db/audit/audit.entities';
import { must } from '../support/must';

const KEY = Buffer.alloc(32, 9);

function chain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const fields = {
      seq,
      at: new Date(Date.UTC(2024, 1, 1, 0, seq)),
      actor: 'dpo@x.example',
      organizationId: 'org',
      action: 'UPDATE',
      entityType: 'Notification',
      entityId: `n${seq}`,
      beforeHash: 'a',
      afterHash: 'b',
    };
    const hash = linkHash(KEY, prev, fields);
    events.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe('the audit hash chain', () => {
  const events = chain(5);
  const at = (index: number) => must(events[index], `event ${index + 1}`);
  const head = { seq: 5, hash: at(4).hash };

  it('holds as written', () => {
    expect(verifyChain(KEY, events, head)).toBeNull();
    expect(verifyChain(KEY, [], null)).toBeNull();
  });

  it('finds an edit, a deletion, an insertion, a swap and a truncation', () => {
    expect(
      verifyChain(
        KEY,
        events.map((e) => (e.seq === 3 ? { ...e, action: 'DELETE' } : e)),
        head,
      ),
    ).toMatchObject({ seq: 3, reason: expect.stringMatching(/edited/) });
    expect(
      verifyChain(
        KEY,
        events.filter((e) => e.seq !== 2),
        head,
      ),
    ).toMatchObject({ seq: 3 });
    expect(verifyChain(KEY, [at(0), at(2), at(1), at(3), at(4)], head)).toMatchObject({ seq: 3 });
    const renumbered = [at(0), { ...at(2), seq: 2 }, { ...at(1), seq: 3 }, at(3), at(4)];
    expect(verifyChain(KEY, renumbered, head)).toMatchObject({ seq: 2 });
    expect(verifyChain(KEY, events.slice(0, 4), head)).toMatchObject({ reason: expect.stringMatching(/head/) });
  });

  it('does not verify under another key: whoever rewrites the chain needs the key, not just the database', () => {
    expect(verifyChain(Buffer.alloc(32, 8), events, head)).toMatchObject({ seq: 1, reason: expect.stringMatching(/AUDIT_KEY/) });
    expect(() => verifyChain(Buffer.alloc(0), events, head)).toThrow(/AUDIT_KEY is not configured/);
  });
});
