import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { entities } from '../../src/app/modules';
import { BULK_ENTITIES, TRAIL_ENTITIES } from '../../src/db/audit/row-hash';
import { isUnaudited } from '../../src/db/unaudited';
import { DERIVED_STATE_INPUTS } from '../../src/notifications/derived-state';
import type { Obligation } from '../../src/notifications/obligations';
import { isFresh, judged, nextChange } from '../../src/notifications/state-clock';

const obligation = (over: Partial<Obligation>): Obligation => ({
  code: 'CNIL_NOTIFICATION',
  authority: 'CNIL',
  basis: 'article 33',
  label: 'Notifier la CNIL',
  party: 'CONTROLLER',
  dueAt: null,
  doneAt: null,
  status: 'PENDING',
  rationale: '',
  rulesVersion: 'test',
  ...over,
});

describe('derived state', () => {
  it('classifies every audited entity: an input of the drafts or not one', () => {
    const audited = entities
      .map((e) => (e as { name: string }).name)
      .filter((name) => !TRAIL_ENTITIES.has(name) && !BULK_ENTITIES.has(name) && !isUnaudited(name));
    expect(audited.length).toBeGreaterThan(15);
    expect(audited.filter((name) => !DERIVED_STATE_INPUTS.includes(name))).toEqual([]);
  });

  it('holds until the first due instant, legal end or entry into force ahead, and for ever without one', () => {
    const at = new Date('2024-02-02T00:00:00Z');
    const list = [
      obligation({ dueAt: new Date('2024-02-01T00:00:00Z') }),
      obligation({ dueAt: new Date('2024-02-05T00:00:00Z'), legalEnd: new Date('2024-02-04T22:59:59Z') }),
      obligation({ status: 'NOT_APPLICABLE', effectiveFrom: '2024-02-03' }),
    ];
    // A rule comes into force at midnight in Paris, taken at UTC+2: never after the real instant.
    expect(nextChange(list, at)?.toISOString()).toBe('2024-02-02T22:00:00.000Z');
    expect(nextChange(list.slice(0, 2), at)?.toISOString()).toBe('2024-02-04T22:59:59.000Z');
    expect(nextChange([obligation({})], at)).toBeNull();
    expect(isFresh({ validUntil: null }, at)).toBe(true);
    expect(isFresh({ validUntil: at }, at)).toBe(false);
    expect(isFresh(undefined, at)).toBe(false);
  });

  it('judges a stored open duty against the clock of the read, and revives its instants', () => {
    const stored = JSON.parse(JSON.stringify(obligation({ dueAt: new Date('2024-02-04T18:00:00Z') }))) as Obligation;
    expect(judged(stored, new Date('2024-02-04T17:00:00Z')).status).toBe('PENDING');
    const late = judged(stored, new Date('2024-02-04T18:00:01Z'));
    expect(late.status).toBe('OVERDUE');
    expect(late.dueAt).toEqual(new Date('2024-02-04T18:00:00Z'));
    const done = { ...stored, doneAt: '2024-02-04T19:00:00Z', status: 'DONE_LATE' } as unknown as Obligation;
    expect(judged(done, new Date('2024-03-01T00:00:00Z')).status).toBe('DONE_LATE');
    expect(judged({ ...stored, status: 'NOT_APPLICABLE' }, new Date('2025-01-01T00:00:00Z')).status).toBe('NOT_APPLICABLE');
  });
});
