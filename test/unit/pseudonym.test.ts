import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ageAt, subjectKey } from '../../src/ingest/pseudonym';

describe('pseudonymisation', () => {
  const key = Buffer.alloc(32, 9);

  it('is the HMAC-SHA-256 of the NIR and birth rank, so twins under one NIR are two subjects', () => {
    const twin1 = subjectKey(key, '184127645108946', 2);
    expect(twin1).toEqual(createHmac('sha256', key).update('184127645108946:2').digest());
    expect(twin1.equals(subjectKey(key, '184127645108946', 3))).toBe(false);
    expect(twin1).toHaveLength(32);
  });

  it('depends on the key: without it a subject cannot be recomputed from a NIR', () => {
    expect(subjectKey(Buffer.alloc(32, 1), '184127645108946', 1).equals(subjectKey(key, '184127645108946', 1))).toBe(false);
  });

  it('counts age in whole years at the reference instant', () => {
    const start = new Date('2024-01-29T08:00:00Z');
    expect(ageAt('2006-01-29', start)).toBe(18);
    expect(ageAt('2006-01-30', start)).toBe(17);
    expect(ageAt('2006-02-28', start)).toBe(17);
    expect(ageAt('1984-12-01', start)).toBe(39);
  });
});
