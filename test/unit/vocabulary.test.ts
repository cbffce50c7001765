import { describe, expect, it } from 'vitest';
import { untranslatedCodes, vocabularyLabel, vocabularyTitle } from '../../src/cnil/vocabulary-en';
import { CONSEQUENCE, CONSEQUENCE_NATURE, INCIDENT_ORIGIN, personCountBand, VOCABULARY_LISTS } from '../../src/cnil/vocabulary';

describe('CNIL vocabulary', () => {
  it('gives every code of every list a French label and a unique list name', () => {
    const names = VOCABULARY_LISTS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    for (const list of VOCABULARY_LISTS) {
      expect(list.codes.length).toBeGreaterThan(0);
      for (const code of list.codes) {
        expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
        expect((list.labels as Record<string, string>)[code]).toBeTruthy();
        expect((list.values as Record<string, string>)[code]).toBe(code);
      }
    }
  });

  it('translates every code and title into English, and keeps French the default', () => {
    expect(untranslatedCodes()).toEqual([]);
    expect(vocabularyLabel('Gravity', 'MAXIMAL', 'FR')).toBe('Maximal');
    expect(vocabularyLabel('Gravity', 'IMPORTANT', 'EN')).toBe('Significant');
    expect(vocabularyTitle('BreachNature', 'EN')).toBe('Nature of the breach');
  });

  it('keeps the form wording, e.g. phishing belongs to hacking', () => {
    expect(INCIDENT_ORIGIN.labels.HACKING_MALWARE_PHISHING).toBe(
      'Piratage, logiciel malveillant (par exemple rançongiciel) et/ou hameçonnage',
    );
    expect(INCIDENT_ORIGIN.labels.UNKNOWN).toBe("Ne sait pas pour l'instant");
  });

  it('ties every consequence to a nature or to none', () => {
    expect(Object.keys(CONSEQUENCE_NATURE).sort()).toEqual([...CONSEQUENCE.codes].sort());
  });

  it('puts counts in the CNIL open-data size bands', () => {
    expect(personCountBand(0).code).toBe('FROM_0_TO_5');
    expect(personCountBand(5).code).toBe('FROM_0_TO_5');
    expect(personCountBand(6).code).toBe('FROM_6_TO_50');
    expect(personCountBand(300).code).toBe('FROM_51_TO_300');
    expect(personCountBand(5000).code).toBe('FROM_301_TO_5000');
    expect(personCountBand(396_112).code).toBe('MORE_THAN_5000');
  });
});
