import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mulberry32, syntheticNir } from '../../src/ingest/nir';
import { subjectKey } from '../../src/ingest/pseudonym';
import { SubjectHasher } from '../../src/ingest/subject-hasher';

describe('the subject hasher', () => {
  const write = (hasher: SubjectHasher, nir: string, rank: number) => {
    const out = Buffer.alloc(40);
    hasher.write(nir, rank, out, 5);
    return out.subarray(5, 37);
  };

  it('gives subjectKey byte for byte, for synthetic NIRs of every shape and any key', () => {
    const rng = mulberry32(11);
    for (let k = 0; k < 20; k++) {
      const key = randomBytes(k === 0 ? 32 : 1 + Math.floor(rng() * 100));
      const hasher = new SubjectHasher(key);
      for (let i = 0; i < 500; i++) {
        const nir = syntheticNir(rng, { sex: rng() < 0.5 ? 1 : 2, birthDate: new Date(Date.UTC(1930 + Math.floor(rng() * 90), 5, 1)), corsica: rng() < 0.1 });
        const rank = 1 + Math.floor(rng() * 99);
        expect(write(hasher, nir, rank)).toEqual(subjectKey(key, nir, rank));
      }
    }
  });

  it('gives HMAC-SHA-256 for every message length around the one-block limit, and for non-ASCII text', () => {
    const key = Buffer.alloc(32, 3);
    const hasher = new SubjectHasher(key);
    for (let length = 0; length <= 80; length++) {
      const text = 'x'.repeat(length);
      expect(write(hasher, text, 7)).toEqual(createHmac('sha256', key).update(`${text}:7`).digest());
    }
    expect(write(hasher, 'é2A', 1)).toEqual(createHmac('sha256', key).update('é2A:1').digest());
  });
});
