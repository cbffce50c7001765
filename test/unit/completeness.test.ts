import { describe, expect, it } from 'vitest';
import type { CommunicationStatus, NonCommunicationJustification, NotificationType } from '../../src/cnil/vocabulary';
import type { FactView } from '../../src/facts/fact-view';
import { assembleNotification } from '../../src/notifications/assemble';
import { checkCompleteness } from '../../src/notifications/completeness';
import type { PersonsInformationState } from '../../src/notifications/persons-information';
import { applySeverityOverride, assessSeverity } from '../../src/notifications/severity';
import { must } from '../support/must';
import { horizonInput } from '../support/notification';

const severity = horizonInput.severity!;
const codes = (issues: ReturnType<typeof checkCompleteness>) => issues.map((i) => `${i.code}${i.blocksReady ? '!' : ''}`);

describe('completeness', () => {
  it('lists what a complete notification still lacks, section by section, all blocking', () => {
    const content = assembleNotification({
      ...horizonInput,
      notification: { ...horizonInput.notification, type: 'COMPLETE', initial: null },
    });
    const issues = checkCompleteness(content, { type: 'COMPLETE', late: false, severity });
    expect(codes(issues)).toEqual([
      'MISSING_DESCRIPTION!',
      'MISSING_SUBJECT_CATEGORIES!',
      'MISSING_CONSEQUENCES!',
      'MISSING_MEASURES!',
      'MISSING_COMMUNICATION!',
    ]);
    expect(issues[0]).toMatchObject({
      section: 7,
      path: 'breach.description',
      message: { fr: 'Le descriptif détaillé manque.', en: 'The detailed description is missing.' },
    });
  });

  it('lets an initial notification say "don\'t know yet" except for identification, contact, awareness and nature', () => {
    const facts: FactView = { ...horizonInput.facts };
    delete facts.natures;
    const content = assembleNotification({
      ...horizonInput,
      facts,
      notification: { ...horizonInput.notification, type: 'INITIAL', initial: null },
    });
    const issues = checkCompleteness(content, { type: 'INITIAL', late: false, severity });
    expect(issues.filter((i) => i.blocksReady).map((i) => i.code)).toEqual(['MISSING_NATURE']);
    expect(issues.filter((i) => !i.blocksReady).map((i) => i.code)).toContain('MISSING_CONSEQUENCES');
  });

  it('requires delay reasons past the deadline, and the initial reference of a complementary one', () => {
    const content = assembleNotification({ ...horizonInput, notification: { ...horizonInput.notification, initial: null } });
    expect(codes(checkCompleteness(content, { type: 'COMPLEMENTARY', late: true, severity }))).toEqual(
      expect.arrayContaining(['MISSING_INITIAL_REFERENCE!', 'MISSING_DELAY_REASONS!']),
    );
    const explained = assembleNotification({ ...horizonInput, delayReasons: 'Alerte du sous-traitant reçue le 6 février seulement.' });
    expect(codes(checkCompleteness(explained, { type: 'COMPLEMENTARY', late: true, severity }))).not.toContain('MISSING_DELAY_REASONS!');
  });

  it('flags answers that contradict each other', () => {
    const facts: FactView = {
      ...horizonInput.facts,
      consequences: { ...must(horizonInput.facts.natures, 'the natures fact'), value: ['OTHER'] },
      sensitiveData: { ...must(horizonInput.facts.natures, 'the natures fact'), value: ['HEALTH'] },
    };
    const content = assembleNotification({ ...horizonInput, facts });
    // The severity was assessed without the health data: DPC 2, Important.
    const issues = checkCompleteness(content, { type: 'COMPLETE', late: false, severity });
    expect(codes(issues)).toEqual(
      expect.arrayContaining(['INCONSISTENT_CONFIDENTIALITY_CONSEQUENCES!', 'HEALTH_DPC_LOWERED_WITHOUT_REASON!']),
    );
    const reassessed = assessSeverity({
      dataCategories: ['CIVIL_STATUS', 'NIR'],
      sensitiveData: ['HEALTH'],
      subjectCategories: [],
      natures: ['CONFIDENTIALITY'],
      origins: [],
      causes: ['EXTERNAL_MALICIOUS'],
      consequences: [],
    });
    const fine = checkCompleteness(content, {
      type: 'COMPLETE',
      late: false,
      severity: { assessment: reassessed, gravity: reassessed.suggestedGravity },
    });
    expect(codes(fine)).not.toContain('HEALTH_DPC_LOWERED_WITHOUT_REASON!');
  });
});

/** Section 13 as the controller states it, and the art. 34 decision it must agree with (legal review C2, C3). */
describe('section 13 against the recorded art. 34 decision', () => {
  const says = <V>(value: V) => ({ ...must(horizonInput.facts.natures, 'the natures fact'), value });
  const section13 = (status: CommunicationStatus | null, justification: NonCommunicationJustification | null = null) =>
    assembleNotification({
      ...horizonInput,
      facts: {
        ...horizonInput.facts,
        ...(status ? { communicationStatus: says(status) } : {}),
        ...(justification ? { nonCommunicationJustification: says(justification) } : {}),
      },
    });
  const decidedAt = new Date('2024-02-05T09:00:00Z');
  const notInform: PersonsInformationState = {
    decision: 'NOT_INFORM',
    ground: 'DATA_UNINTELLIGIBLE',
    decidedAt,
    decidedBy: 'dpo@horizon.example',
    dueAt: null,
    targetDays: null,
    publicCommunication: null,
    firstCommunicationAt: null,
  };
  const inform: PersonsInformationState = { ...notInform, decision: 'INFORM', ground: null, dueAt: new Date('2024-02-12T09:00:00Z') };
  const check = (
    content: ReturnType<typeof section13>,
    personsDecision: PersonsInformationState | null,
    type: NotificationType = 'COMPLETE',
  ) => checkCompleteness(content, { type, late: false, severity, personsDecision }).filter((i) => i.section === 13);

  it('blocks « seront informées » against a decision not to inform, naming the decision, its ground, author and date', () => {
    const [issue, ...rest] = check(section13('WILL_BE_INFORMED'), notInform);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'INCONSISTENT_ART34_DECISION', section: 13, path: 'communication.status', blocksReady: true });
    expect(issue!.message.fr).toBe(
      'Section 13 : la réponse « Non, mais elles le seront » contredit la décision de dpo@horizon.example du 05/02/2024 10:00 (heure de Paris) de ne pas informer les personnes (motif : les données sont incompréhensibles pour toute personne non autorisée à y avoir accès (article 34, paragraphe 3, point a))) ; réponse attendue : « Non, elles ne le seront pas » avec la justification « Les données sont incompréhensibles pour toute personne non autorisée (article 34, paragraphe 3, point a) du RGPD) ».',
    );
  });

  it('blocks a section 13 justification that differs from, or leaves out, the decision’s ground', () => {
    const [differs] = check(section13('WILL_NOT_BE_INFORMED', 'SUBSEQUENT_MEASURES'), notInform);
    expect(differs).toMatchObject({ code: 'INCONSISTENT_ART34_GROUND', path: 'communication.justification', blocksReady: true });
    expect(differs!.message.fr).toMatch(
      /^Section 13 : la justification « Des mesures ultérieures .* » diffère du motif de la décision de dpo@horizon\.example/,
    );
    expect(differs!.message.fr).toContain('justification attendue : « Les données sont incompréhensibles');
    // Without a justification, the decision's ground is named once, not as a second missing exemption.
    expect(check(section13('WILL_NOT_BE_INFORMED'), notInform).map((i) => i.code)).toEqual(['INCONSISTENT_ART34_GROUND']);
    expect(check(section13('WILL_NOT_BE_INFORMED'), null).map((i) => i.code)).toEqual(['MISSING_ART34_EXEMPTION']);
    expect(check(section13('WILL_NOT_BE_INFORMED', 'DATA_UNINTELLIGIBLE'), notInform)).toEqual([]);
  });

  it('blocks « ne seront pas informées » once communications are recorded under a decision to inform', () => {
    const sent = { ...inform, firstCommunicationAt: new Date('2024-02-08T09:00:00Z') };
    const issues = check(section13('WILL_NOT_BE_INFORMED', 'RISK_NOT_HIGH'), sent);
    expect(issues.map((i) => i.code)).toEqual(['INCONSISTENT_ART34_DECISION', 'INCONSISTENT_ART34_GROUND', 'INCONSISTENT_ART34_EXEMPTION']);
    expect(issues[0]!.message.fr).toContain('première communication enregistrée le 08/02/2024 10:00 (heure de Paris)');
    expect(issues[0]!.message.fr).toContain('réponse attendue : « Oui, les personnes ont été informées »');
    // « Seront informées » is stale once the persons were reached; before that, either answer agrees.
    expect(check(section13('WILL_BE_INFORMED'), sent).map((i) => i.code)).toEqual(['INCONSISTENT_ART34_DECISION']);
    expect(check(section13('WILL_BE_INFORMED'), inform)).toEqual([]);
    expect(check(section13('INFORMED'), sent)).toEqual([]);
  });

  it('says which answer the decision implies when section 13 is unanswered, and refuses « non déterminé »', () => {
    const [missing] = check(section13(null), notInform);
    expect(missing).toMatchObject({ code: 'MISSING_COMMUNICATION', path: 'communication.status', blocksReady: true });
    expect(missing!.message.fr).toContain('appelle la réponse « Non, elles ne le seront pas » avec la justification « Les données sont');
    // An initial notification may still leave section 13 for later (art. 33(4)), but not say « non déterminé ».
    expect(check(section13(null), inform, 'INITIAL')).toMatchObject([{ code: 'MISSING_COMMUNICATION', blocksReady: false }]);
    expect(check(section13('UNDETERMINED'), inform, 'INITIAL')).toMatchObject([{ code: 'INCONSISTENT_ART34_DECISION', blocksReady: true }]);
  });

  it('blocks « risque non élevé » in section 13 against a high chosen level, as the decision itself is', () => {
    expect(severity.assessment.level).toBe('HIGH');
    const [issue] = check(section13('WILL_NOT_BE_INFORMED', 'RISK_NOT_HIGH'), null);
    expect(issue).toMatchObject({ code: 'INCONSISTENT_ART34_EXEMPTION', path: 'communication.justification', blocksReady: true });
    expect(issue!.message.fr).toContain('Section 13 : « Risque non élevé » contredit la gravité calculée de niveau élevé');
    // A lawyer's override to a level that is not high, with its reason, lifts it.
    const lowered = applySeverityOverride(severity.assessment, { level: 'MEDIUM', reason: 'Données chiffrées, clé intacte.' });
    const overridden = { ...severity, assessment: lowered, overrideReason: 'Données chiffrées, clé intacte.' };
    expect(
      checkCompleteness(section13('WILL_NOT_BE_INFORMED', 'RISK_NOT_HIGH'), { type: 'COMPLETE', late: false, severity: overridden }).filter(
        (i) => i.section === 13,
      ),
    ).toEqual([]);
  });
});
