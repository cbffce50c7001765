import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { VocabularyResolver } from '../../src/cnil/vocabulary.resolver';
import { GATEWAY_VOCABULARY_VERSION, VOCABULARY_VERSION } from '../../src/cnil/vocabulary';
import type { CnilNotificationContent, ContentItem } from '../../src/content/notification-content';
import type { FactView } from '../../src/facts/fact-view';
import { type AssemblyInput, assembleNotification } from '../../src/notifications/assemble';
import { checkCompleteness, type CompletenessContext } from '../../src/notifications/completeness';
import { renderFiling } from '../../src/pdf/filing';
import { must } from '../support/must';
import { horizonInput } from '../support/notification';

/** The form as the legal review found it should be (F2, F4–F7, F11, F14). */
const severity = horizonInput.severity!;
const initial: CompletenessContext = { type: 'INITIAL', late: false, severity };
const complete: CompletenessContext = { type: 'COMPLETE', late: false, severity };
const blocking = (content: CnilNotificationContent, context = initial) =>
  checkCompleteness(content, context)
    .filter((i) => i.blocksReady)
    .map((i) => i.code);
const item = (content: CnilNotificationContent, path: string): ContentItem =>
  must(
    content.sections.flatMap((s) => s.items).find((i) => i.path === path),
    path,
  );
const textOf = (bytes: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');

/** An association: no SIREN, the « pas de SIREN » box, its RNA number. */
const association: AssemblyInput = {
  ...horizonInput,
  controller: {
    ...horizonInput.controller,
    name: 'Association Entraide Santé',
    siren: null,
    vatNumber: null,
    noSiren: true,
    otherIdentifier: { type: 'RNA', value: 'W442001234' },
  },
};
const withFacts = (facts: FactView): AssemblyInput => ({ ...horizonInput, facts });
const source = must(horizonInput.facts.natures, 'the natures fact').source;

describe('section 2: SIREN or « pas de SIREN » with another identifier (F4)', () => {
  it('lets an organisation without SIREN through with the box ticked and another identifier', () => {
    const content = assembleNotification(association);
    expect(blocking(content)).toEqual([]);
    expect(blocking(content, complete)).not.toEqual(expect.arrayContaining(['MISSING_SIREN']));
    expect(item(content, 'organization.noSiren')).toMatchObject({ kind: 'text', value: 'Oui' });
    expect(item(content, 'organization.otherIdentifier')).toMatchObject({ kind: 'text', value: 'W442001234' });
    expect(content.organization).toEqual({
      name: 'Association Entraide Santé',
      siren: null,
      otherIdentifier: { typeLabel: 'Numéro RNA (association)', value: 'W442001234' },
    });
  });

  it('blocks even an initial notification when the box is ticked but no other identifier is given', () => {
    const content = assembleNotification({ ...association, controller: { ...association.controller, otherIdentifier: null } });
    const issues = checkCompleteness(content, initial);
    expect(issues.filter((i) => i.blocksReady).map((i) => i.code)).toEqual(['MISSING_OTHER_IDENTIFIER']);
    expect(issues[0]).toMatchObject({ section: 2, path: 'organization.otherIdentifier' });
  });

  it('blocks without SIREN and without the box', () => {
    const content = assembleNotification({
      ...association,
      controller: { ...association.controller, noSiren: false, otherIdentifier: null },
    });
    expect(blocking(content)).toEqual(['MISSING_SIREN']);
    expect(content.sections[1]!.items.map((i) => i.path)).not.toContain('organization.noSiren');
  });
});

describe('sections 3 and 4 are both checked (F5)', () => {
  it('blocks a blank legal representative although the contact is filled', () => {
    const content = assembleNotification({ ...horizonInput, controller: { ...horizonInput.controller, legalRepresentative: {} } });
    const issues = checkCompleteness(content, initial).filter((i) => i.blocksReady);
    expect(issues.map((i) => [i.code, i.section, i.path])).toEqual([
      ['MISSING_LEGAL_REPRESENTATIVE', 3, 'legalRepresentative.lastName'],
      ['MISSING_LEGAL_REPRESENTATIVE_EMAIL', 3, 'legalRepresentative.email'],
    ]);
  });

  it('blocks a blank contact although the legal representative is filled', () => {
    const content = assembleNotification({ ...horizonInput, controller: { ...horizonInput.controller, contact: {} } });
    expect(blocking(content)).toEqual(['MISSING_CONTACT', 'MISSING_CONTACT_EMAIL']);
  });

  it('fills both sections when they are the same person, and says so in section 4', () => {
    const legal = horizonInput.controller.legalRepresentative;
    const content = assembleNotification({
      ...horizonInput,
      controller: { ...horizonInput.controller, contact: { ...legal }, contactIsLegalRepresentative: true },
    });
    expect(blocking(content)).toEqual([]);
    expect(item(content, 'legalRepresentative.lastName')).toMatchObject({ value: 'Directrice' });
    expect(item(content, 'contact.lastName')).toMatchObject({ value: 'Directrice' });
    expect(item(content, 'contact.sameAsLegalRepresentative')).toMatchObject({ value: 'Oui' });
  });
});

describe('« Date de début de la violation » (F6)', () => {
  it('is one answer (exact, approximate or unknown), while the lists take several', () => {
    const content = assembleNotification(horizonInput);
    const start = item(content, 'dates.startPrecision');
    expect(start).toMatchObject({ kind: 'choice', multiple: false });
    expect(start.kind === 'choice' && start.options.filter((o) => o.selected).map((o) => o.code)).toEqual(['APPROXIMATE']);
    expect(item(content, 'breach.natures')).toMatchObject({ kind: 'choice', multiple: true });
  });
});

describe('« Autre (à préciser) » (F7)', () => {
  const cases = [
    ['origins', 'originsOther', 'breach.origins', 7],
    ['causes', 'causesOther', 'breach.causes', 7],
    ['dataCategories', 'dataCategoriesOther', 'data.categories', 8],
    ['subjectCategories', 'subjectCategoriesOther', 'data.subjectCategories', 8],
    ['consequences', 'consequencesOther', 'consequences.consequences', 10],
    ['harms', 'harmsOther', 'harms.harms', 11],
  ] as const;

  it.each(cases)('blocks %s OTHER without its text, naming the field, and carries the text once given', (field, other, path, section) => {
    const without = { ...horizonInput.facts, [field]: { value: ['OTHER'], source } } as FactView;
    delete without[other];
    const issues = checkCompleteness(assembleNotification(withFacts(without)), initial).filter((i) => i.code === 'MISSING_OTHER_TEXT');
    expect(issues).toEqual([expect.objectContaining({ section, path, blocksReady: true })]);
    expect(issues[0]!.message.fr).toContain(item(assembleNotification(horizonInput), path).label);

    const given = { ...without, [other]: { value: 'précision libre', source } } as FactView;
    const content = assembleNotification(withFacts(given));
    expect(checkCompleteness(content, initial).map((i) => i.code)).not.toContain('MISSING_OTHER_TEXT');
    expect(item(content, path)).toMatchObject({ kind: 'choice', other: 'précision libre' });
  });
});

describe('the number of persons (F11)', () => {
  it('is the approximate number art. 33(3)(a) asks for, without a band or the exact list count', () => {
    const content = assembleNotification(horizonInput);
    expect(item(content, 'data.persons')).toMatchObject({ kind: 'number', value: 396_112 });
    const json = JSON.stringify(content);
    expect(json).not.toMatch(/Tranche|Plus de 5|Entre \d+ et|Décompte exact|Dont mineurs/);
    // The exact deduplicated count (96 in the fixture) is the internal dossier's, not a form answer.
    expect(content.sections.flatMap((s) => s.items).some((i) => i.kind === 'number' && i.value === horizonInput.counts.persons)).toBe(
      false,
    );
  });
});

describe('vocabulary provenance (F2)', () => {
  const lists = new VocabularyResolver().vocabulary();
  const list = (name: string) =>
    must(
      lists.find((l) => l.name === name),
      name,
    );

  it('calls the CNIL lists reconstituted, with no capture date, until a capture confirms them', () => {
    expect(list('DataCategory')).toMatchObject({
      origin: 'CNIL_FORM',
      version: VOCABULARY_VERSION,
      status: 'RECONSTITUTED',
      capturedOn: null,
    });
    expect(list('DataCategory').statusDescription).toContain('reconstituées');
    expect(VOCABULARY_VERSION).not.toContain('teleservice');
  });

  it('does not stamp the gateway’s own lists as CNIL lists', () => {
    for (const name of ['Regime', 'Civility', 'OrganizationRole', 'OrganizationIdentifierType']) {
      expect(list(name)).toMatchObject({ origin: 'GATEWAY', version: GATEWAY_VOCABULARY_VERSION, status: 'GATEWAY' });
    }
  });
});

describe('the filing copy', () => {
  it('shows the « pas de SIREN » identifier, the « Autre » text, one answer for the date de début, no band, and the vocabulary’s status', async () => {
    const content = assembleNotification({
      ...association,
      facts: {
        ...horizonInput.facts,
        originsOther: { value: 'clé USB retrouvée dans un train', source },
        origins: { value: ['OTHER'], source },
      },
    });
    const text = textOf((await renderFiling(content)).bytes);
    expect(text).toContain('Numéro RNA (association) W442001234');
    expect(text).toContain('Pas de SIREN Oui');
    expect(text).toContain('Autre (à préciser) : clé USB retrouvée dans un train');
    expect(text).toContain('Autres données (à préciser) : nom de l’organisme complémentaire');
    expect(text).toContain('Date de début de la violation (une seule réponse)');
    expect(text).not.toMatch(/Tranche|Plus de 5 000|Décompte exact/);
    expect(text).toContain(`Listes de réponses : vocabulaire ${VOCABULARY_VERSION} (listes reconstituées d’après des sources secondaires`);
    expect(text).not.toContain('SIREN null');
  });
});
