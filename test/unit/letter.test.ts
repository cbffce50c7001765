import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../src/lib/canonical-json';
import { assembleLetter } from '../../src/notifications/letter';
import { horizonInput } from '../support/notification';

describe('the letter to the persons concerned (art. 34)', () => {
  const letter = assembleLetter(horizonInput);

  it('answers every art. 34(2) item in plain French, with advice', () => {
    expect(letter.paragraphs.map((p) => p.item)).toEqual(['NATURE', 'CONSEQUENCES', 'MEASURES', 'CONTACT', 'ADVICE']);
    expect(letter.paragraphs[0]!.text).toContain('chez Tiers-Payant Alpha SAS');
    expect(letter.paragraphs[0]!.text).toContain('nom, date de naissance, NIR');
    expect(letter.paragraphs[3]!.text).toContain('dpo@horizon.example');
    expect(letter.advice.some((a) => /hameçonnage|remboursements/.test(a))).toBe(true);
    expect(letter.signature).toBe('Mutuelle Horizon Santé — Claire Directrice');
  });

  it('is pure: the same input gives the same bytes', () => {
    expect(canonicalHash(assembleLetter(horizonInput))).toBe(canonicalHash(letter));
  });
});
