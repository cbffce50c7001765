import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../src/lib/canonical-json';
import { assembleLetter, type LetterInput } from '../../src/notifications/letter';
import { horizonInput } from '../support/notification';

const complete: LetterInput = {
  assembly: horizonInput,
  cnilFiledAt: horizonInput.notification.initial.filedAt,
  record: {
    measuresText: 'Le portail concerné a été fermé et les accès de notre prestataire ont été renouvelés.',
    processorService: 'la gestion du tiers payant',
    signatoryName: 'Claire Directrice',
    signatoryTitle: 'Directrice générale',
    letterDate: '2024-02-05',
    readyAt: null,
  },
};

describe('the letter to the persons concerned (art. 34)', () => {
  const letter = assembleLetter(complete);

  it('answers every art. 34(2) item in plain French, with advice', () => {
    expect(letter.paragraphs.map((p) => p.item)).toEqual(['NATURE', 'MEASURES', 'CONTACT', 'ADVICE']);
    expect(letter.paragraphs[0]!.text).toContain(
      'chez notre prestataire Tiers-Payant Alpha SAS, chargé pour notre compte de la gestion du tiers payant',
    );
    expect(letter.paragraphs[0]!.text).toContain('nom, date de naissance, numéro de sécurité sociale');
    expect(letter.paragraphs[2]!.text).toContain('dpo@horizon.example');
    expect(letter.advice.some((a) => a.includes('cybermalveillance.gouv.fr'))).toBe(true);
    expect(letter.signatory).toEqual({ name: 'Claire Directrice', title: 'Directrice générale' });
    expect(letter.dateLine).toBe('Le 5 février 2024');
  });

  it('is pure: the same input gives the same bytes', () => {
    expect(canonicalHash(assembleLetter(complete))).toBe(canonicalHash(letter));
  });
});
