import { describe, expect, it } from 'vitest';
import { type ObligationInput, obligationsOf } from '../../src/notifications/obligations';
import { applySeverityOverride, assessSeverity } from '../../src/notifications/severity';
import {
  art34Suggestion,
  type DecisionToCheck,
  decisionIssues,
  identifyingDataInClear,
  type PersonsInformationState,
} from '../../src/notifications/persons-information';

const notInform: DecisionToCheck = {
  decision: 'NOT_INFORM',
  ground: 'RISK_NOT_HIGH',
  reasoning: 'Motivée.',
  publicCommunicationAt: null,
  publicCommunicationChannel: null,
  publicCommunicationReference: null,
  severity: { level: 'HIGH', overridden: false },
  dataCategories: ['CONTACT'],
  exposedDataItems: ['adresse électronique'],
};

const base: ObligationInput = {
  now: new Date('2024-02-10T00:00:00Z'),
  awareAt: new Date('2024-02-01T18:00:00Z'),
  processorDetectedAt: null,
  processorAlertedAt: null,
  controllerRegimes: [],
  done: {},
  art34: { rationale: 'Suggestion : risque élevé (ENISA, SE 3)' },
};
const inform: PersonsInformationState = {
  decision: 'INFORM',
  ground: null,
  decidedAt: new Date('2024-02-05T09:00:00Z'),
  decidedBy: 'dpo@cigales.example',
  dueAt: new Date('2024-02-12T09:00:00Z'),
  targetDays: 7,
  publicCommunication: null,
  firstCommunicationAt: null,
};
const persons = (input: ObligationInput) => obligationsOf(input).find((o) => o.code === 'DATA_SUBJECTS_COMMUNICATION')!;

describe('the art. 34 decision', () => {
  it('refuses "risk not high" against a high chosen severity, and accepts it once an override lowers the assessment', () => {
    expect(decisionIssues(notInform).map((i) => i.argument)).toEqual(['input.ground']);
    expect(decisionIssues({ ...notInform, severity: { level: 'VERY_HIGH', overridden: true } })[0]!.message.fr).toContain(
      'retenue (avec dérogation motivée)',
    );
    expect(decisionIssues({ ...notInform, severity: { level: 'MEDIUM', overridden: true } })).toEqual([]);
  });

  it('finds identifying data in clear from the items or the categories, not when the items say it was encrypted', () => {
    expect(identifyingDataInClear(['CIVIL_STATUS', 'NIR'], ['nom', 'NIR'])).toEqual(['NIR', 'nom']);
    expect(identifyingDataInClear(['NIR'], [])).toEqual(['NIR']);
    expect(identifyingDataInClear(['NIR'], ['NIR (chiffré AES-256, clé non compromise)'])).toEqual([]);
    expect(identifyingDataInClear(['CONTACT'], ['adresse électronique'])).toEqual([]);
    const a = { ...notInform, ground: 'DATA_UNINTELLIGIBLE' as const, dataCategories: ['NIR' as const], exposedDataItems: [] };
    expect(decisionIssues(a)[0]!.message.fr).toContain('article 34, paragraphe 3, point a)');
  });

  it('asks for reasoning always, a ground only when not informing, and the public communication under 34(3)(c)', () => {
    expect(decisionIssues({ ...notInform, decision: 'INFORM', ground: null, reasoning: ' ' }).map((i) => i.argument)).toEqual([
      'input.reasoning',
    ]);
    expect(decisionIssues({ ...notInform, ground: null }).map((i) => i.argument)).toEqual(['input.ground']);
    const c = { ...notInform, ground: 'DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION' as const };
    expect(decisionIssues(c)).toHaveLength(3);
    expect(
      decisionIssues({
        ...c,
        publicCommunicationAt: new Date('2024-02-08T00:00:00Z'),
        publicCommunicationChannel: 'PRESS',
        publicCommunicationReference: 'Ouest-France, 8 février 2024, p. 4',
      }),
    ).toEqual([]);
  });
});

describe('the obligation to communicate to the persons', () => {
  it('is pending without a due date before the decision, saying it is awaited', () => {
    expect(persons(base)).toMatchObject({ status: 'PENDING', dueAt: null, rationale: expect.stringContaining('en attente') });
  });

  it('is due by the decision’s target, overdue after it, done at the first sending', () => {
    const due = persons({ ...base, personsInformation: inform });
    expect(due).toMatchObject({ status: 'PENDING', dueAt: inform.dueAt });
    expect(due.dueBasis).toMatch(/7 jours après la décision.*« dans les meilleurs délais » \(article 34, paragraphe 1\).*hypothèse/);
    expect(persons({ ...base, now: new Date('2024-02-13T00:00:00Z'), personsInformation: inform }).status).toBe('OVERDUE');
    const sent = new Date('2024-02-09T00:00:00Z');
    expect(persons({ ...base, personsInformation: { ...inform, firstCommunicationAt: sent } })).toMatchObject({
      status: 'DONE',
      doneAt: sent,
    });
  });

  it('is not applicable after a decision not to inform, even when the severity says high, with the ground cited', () => {
    const o = persons({
      ...base,
      personsInformation: {
        ...inform,
        decision: 'NOT_INFORM',
        ground: 'DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION',
        dueAt: null,
        targetDays: null,
        publicCommunication: { at: new Date('2024-02-08T00:00:00Z'), channel: 'PRESS', reference: 'Ouest-France, p. 4' },
      },
    });
    expect(o).toMatchObject({ status: 'NOT_APPLICABLE', dueAt: null });
    expect(o.rationale).toContain('article 34, paragraphe 3, point c)');
    expect(o.rationale).toContain('Ouest-France, p. 4');
  });
});

describe('the art. 34 suggestion', () => {
  const computed = assessSeverity({
    dataCategories: ['CIVIL_STATUS', 'NIR'],
    sensitiveData: [],
    subjectCategories: [],
    natures: ['CONFIDENTIALITY'],
    origins: ['HACKING_MALWARE_PHISHING'],
    causes: ['EXTERNAL_MALICIOUS'],
    consequences: [],
  });

  it('reads as a suggestion with its ENISA score, and an override as the level retained beside the computed one', () => {
    expect(art34Suggestion(computed, computed)).toBe('Suggestion : risque élevé (ENISA, SE 3)');
    const lowered = applySeverityOverride(computed, { level: 'LOW', reason: 'Fichier chiffré.' });
    expect(art34Suggestion(lowered, computed)).toBe(
      'Suggestion : risque non élevé (ENISA, niveau retenu : faible ; calculé : élevé, SE 3)',
    );
  });
});
