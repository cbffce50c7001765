import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_VARIANTS, type PersonsLetterContent } from '../../src/content/letter-content';
import { assembleLetter, type LetterInput, type PersonsLetterRecord } from '../../src/notifications/letter';
import { letterRecipientsCsv } from '../../src/pdf/letter-csv';
import { letterDocx } from '../../src/pdf/letter-docx';
import { horizonInput } from '../support/notification';

const source = horizonInput.facts.natures.source;
const fact = <V>(value: V) => ({ value, source });

const record: PersonsLetterRecord = {
  measuresText: 'Le portail concerné a été fermé et les accès de notre prestataire ont été renouvelés.',
  processorService: null,
  signatoryName: 'Claire Directrice',
  signatoryTitle: 'Directrice générale',
  letterDate: '2024-02-05',
  readyAt: new Date('2024-02-05T09:00:00Z'),
};

function input(facts: Partial<Record<string, unknown>> = {}, over: Partial<LetterInput> = {}): LetterInput {
  return {
    assembly: { ...horizonInput, facts: { ...horizonInput.facts, harms: fact(['LOSS_OF_CONTROL', 'IDENTITY_THEFT']), ...facts } },
    record,
    cnilFiledAt: null,
    ...over,
  } as LetterInput;
}

const all = (letter: PersonsLetterContent) =>
  [letter.addressee, letter.concerns, ...letter.paragraphs.map((p) => p.text), ...letter.advice, ...letter.closing].join('\n');
const codes = (letter: PersonsLetterContent) => letter.completeness.map((i) => i.code);

describe('assembleLetter: only recorded facts, by the breach’s nature (C4)', () => {
  it('describes an availability breach without any « accès non autorisé »', () => {
    const letter = assembleLetter(input({ natures: fact(['AVAILABILITY']) }));
    expect(all(letter)).not.toMatch(/accès non autorisé|consultées ou copiées/);
    expect(letter.paragraphs[0]!.text).toContain('ont été rendues temporairement inaccessibles');
  });

  it('combines natures, and blocks when none is recorded', () => {
    const both = assembleLetter(input({ natures: fact(['CONFIDENTIALITY', 'INTEGRITY']) }));
    expect(both.paragraphs[0]!.text).toContain(
      'ont pu être consultées ou copiées par une personne non autorisée, et ont pu être modifiées',
    );
    const unknown = assembleLetter(input({ natures: undefined }));
    expect(codes(unknown)).toContain('LETTER_NATURE_UNKNOWN');
    expect(unknown.status).toBe('DRAFT');
  });

  it('names the processor for what it is, and « tiers payant » only when recorded', () => {
    expect(all(assembleLetter(input()))).not.toContain('tiers payant');
    expect(assembleLetter(input()).paragraphs[0]!.text).toContain(
      'chez Tiers-Payant Alpha SAS, prestataire qui traite des données pour notre compte',
    );
    const recorded = assembleLetter(input({}, { record: { ...record, processorService: 'la gestion du tiers payant' } }));
    expect(recorded.paragraphs[0]!.text).toContain('chargé pour notre compte de la gestion du tiers payant');
  });
});

describe('assembleLetter: measures and the CNIL (C5)', () => {
  it('says the CNIL was informed only once a filing is recorded, with its date', () => {
    const before = assembleLetter(input());
    expect(all(before)).not.toContain('CNIL de cet incident');
    expect(all(before)).not.toMatch(/notifié la CNIL/);
    const after = assembleLetter(input({}, { cnilFiledAt: new Date('2024-02-02T08:00:00Z') }));
    expect(after.paragraphs.find((p) => p.item === 'MEASURES')!.text).toContain(
      'Nous avons informé la Commission nationale de l’informatique et des libertés (CNIL) de cet incident le 2 février 2024.',
    );
  });

  it('prints the measures as recorded for the reader, never the internal note', () => {
    const letter = assembleLetter(
      input({ measuresTaken: fact('Portail déconnecté le 1er février ; mots de passe réinitialisés (ticket SEC-42)') }),
    );
    expect(all(letter)).not.toContain('SEC-42');
    expect(letter.paragraphs.find((p) => p.item === 'MEASURES')!.text).toBe(record.measuresText);
  });

  it('without recorded measures: no measures paragraph, not ready', () => {
    const letter = assembleLetter(input({}, { record: { ...record, measuresText: null } }));
    expect(letter.paragraphs.map((p) => p.item)).not.toContain('MEASURES');
    expect(letter.completeness.find((i) => i.code === 'LETTER_NO_MEASURES')?.blocksReady).toBe(true);
    expect(letter.status).toBe('DRAFT');
  });

  it('is READY only when marked ready and nothing blocks', () => {
    expect(assembleLetter(input()).status).toBe('READY');
    expect(assembleLetter(input({}, { record: { ...record, readyAt: null } })).status).toBe('DRAFT');
    const unsigned = assembleLetter(input({}, { record: { ...record, signatoryTitle: null, letterDate: null } }));
    expect(codes(unsigned)).toEqual(expect.arrayContaining(['LETTER_NO_SIGNATORY', 'LETTER_NO_DATE']));
    expect(unsigned.status).toBe('DRAFT');
    expect(assembleLetter(input({}, { record: null })).status).toBe('DRAFT');
  });
});

describe('assembleLetter: health data (C6)', () => {
  it('blocks a health item exposed while medical data are said not concerned, and does not print the contradiction', () => {
    const letter = assembleLetter(
      input({
        exposedDataItems: fact(['nom', 'NIR', 'factures de transport médical (moins de 50)']),
        notExposedDataItems: fact(['coordonnées bancaires', 'données médicales']),
        sensitiveData: fact(['HEALTH']),
      }),
    );
    const issue = letter.completeness.find((i) => i.code === 'LETTER_HEALTH_CONTRADICTION');
    expect(issue?.blocksReady).toBe(true);
    expect(issue?.messageFr).toContain('factures de transport médical');
    expect(letter.status).toBe('DRAFT');
    expect(letter.paragraphs[0]!.text).toContain('Ne sont pas concernées : coordonnées bancaires.');
    expect(letter.paragraphs[0]!.text).not.toContain('données médicales');
  });

  it('blocks a health item exposed while health data are not declared', () => {
    const letter = assembleLetter(input({ exposedDataItems: fact(['nom', 'ordonnances']) }));
    expect(codes(letter)).toContain('LETTER_HEALTH_CONTRADICTION');
  });
});

describe('assembleLetter: plain French to « vous » (C7, L6) and advice (C8)', () => {
  it('explains the NIR, dates the letter, signs with a title and closes politely', () => {
    const letter = assembleLetter(input({ dataCategories: fact(['NIR']), exposedDataItems: undefined }));
    expect(all(letter)).not.toMatch(/\bNIR\b/);
    expect(letter.paragraphs[0]!.text).toContain('numéro de sécurité sociale');
    expect(letter.paragraphs[0]!.text).toContain('à partir du 29 janvier 2024');
    expect(letter.paragraphs[0]!.text).not.toMatch(/\d\d:\d\d/);
    expect(letter.dateLine).toBe('Le 5 février 2024');
    expect(letter.closing.join(' ')).toContain('Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.');
  });

  it('never speaks of « leurs » to the reader, in any variant', () => {
    for (const variant of LETTER_VARIANTS) expect(all(assembleLetter(input(), variant))).not.toMatch(/\bleurs?\b/i);
  });

  it('chooses advice by the data exposed, from the versioned library', () => {
    const letter = assembleLetter(input({ dataCategories: fact(['CONTACT', 'FINANCIAL']) }));
    expect(letter.adviceVersion).toMatch(/^persons-advice\//);
    expect(letter.advice.join(' ')).toContain('33700');
    expect(letter.advice.join(' ')).toContain('cybermalveillance.gouv.fr');
    expect(letter.advice.join(' ')).toContain('Nous ne vous demanderons jamais vos identifiants');
    expect(letter.advice.join(' ')).toMatch(/comptes bancaires/);
    const civil = assembleLetter(input({ dataCategories: fact(['CIVIL_STATUS']) }));
    expect(civil.advice.join(' ')).not.toMatch(/comptes bancaires|33700|remboursements/);
  });
});

describe('assembleLetter: addressees (C9)', () => {
  it('says whose data each letter is about', () => {
    const [member, beneficiary, minor] = LETTER_VARIANTS.map((v) => assembleLetter(input(), v));
    expect(member!.concerns).toContain('vos propres données');
    expect(beneficiary!.concerns).toContain('ayant droit');
    expect(minor!.concerns).toContain('représentant légal d’un enfant mineur');
    expect(minor!.paragraphs[0]!.text).toContain('concernant l’enfant mineur dont vous êtes le représentant légal');
    expect(minor!.variant).toBe('MINOR_REPRESENTATIVE');
  });
});

describe('the editable letter', () => {
  it('DOCX holds the same sentences (opened and read)', async () => {
    const letter = assembleLetter(input({}, { cnilFiledAt: new Date('2024-02-02T08:00:00Z') }), 'BENEFICIARY');
    const dir = mkdtempSync(join(tmpdir(), 'letter-docx-'));
    writeFileSync(join(dir, 'letter.docx'), await letterDocx(letter));
    const xml = execFileSync('unzip', ['-p', join(dir, 'letter.docx'), 'word/document.xml']).toString('utf8');
    const plain = xml.replace(/<[^>]+>/g, '').replace(/&apos;/g, "'");
    for (const sentence of [letter.concerns, letter.paragraphs[0]!.text, letter.closing[1]!, letter.signatory!.title])
      expect(plain).toContain(sentence);
  });

  it('the recipients CSV has one line per variant, formula-safe, and no NIR', () => {
    const letters = LETTER_VARIANTS.map((v) => assembleLetter(input({}, { record: { ...record, signatoryName: '=HYPERLINK("x")' } }), v));
    const csv = letterRecipientsCsv(letters);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).not.toMatch(/\b[12]\d{12}(\d{2})?\b/);
    expect(csv).not.toMatch(/\bNIR\b/);
  });
});
