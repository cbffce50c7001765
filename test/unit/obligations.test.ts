import { describe, expect, it } from 'vitest';
import { obligationsOf, type ObligationInput } from '../../src/notifications/obligations';

/** Assurances Santé Lumière in the demo: aware from the press on 1 February, alerted by its operator on the 6th. */
const lumiere: ObligationInput = {
  now: new Date('2024-02-07T09:00:00Z'),
  awareAt: new Date('2024-02-01T18:00:00Z'),
  processorDetectedAt: new Date('2024-02-01T07:45:00Z'),
  processorAlertedAt: new Date('2024-02-06T10:00:00Z'),
  controllerRegimes: [
    { regime: 'DORA', inScope: true, rationale: 'Entité financière au sens de DORA.' },
    { regime: 'NIS2', inScope: false, rationale: 'DORA, lex specialis, écarte NIS 2.' },
  ],
  done: {},
  art34: { rationale: 'Suggestion : risque élevé (ENISA, SE 3)' },
};

const byCode = (input: ObligationInput) => Object.fromEntries(obligationsOf(input).map((o) => [o.code, o]));

describe('obligations and deadlines', () => {
  it('counts 72 calendar hours from awareness for the CNIL, and says when they are past', () => {
    const { CNIL_NOTIFICATION } = byCode(lumiere);
    expect(CNIL_NOTIFICATION).toMatchObject({
      dueAt: new Date('2024-02-04T18:00:00Z'),
      status: 'OVERDUE',
      party: 'CONTROLLER',
      rulesVersion: 'gdpr-dora-nis2-2025.1',
    });
    const filedLate = byCode({ ...lumiere, done: { CNIL_NOTIFICATION: new Date('2024-02-06T15:00:00Z') } }).CNIL_NOTIFICATION;
    expect(filedLate?.status).toBe('DONE_LATE');
    const onTime = byCode({ ...lumiere, now: new Date('2024-02-03T00:00:00Z') }).CNIL_NOTIFICATION;
    expect(onTime?.status).toBe('PENDING');
  });

  it('holds the processor to its own alert delay (art. 33(2))', () => {
    expect(byCode(lumiere).PROCESSOR_ALERT).toMatchObject({
      party: 'PROCESSOR',
      dueAt: new Date('2024-02-02T07:45:00Z'),
      status: 'DONE_LATE',
    });
    expect(byCode({ ...lumiere, processorDetectedAt: null }).PROCESSOR_ALERT).toBeUndefined();
  });

  it('chains the ACPR reports under DORA, each from the previous one', () => {
    const done = { ACPR_INITIAL: new Date('2024-02-02T10:00:00Z') };
    const o = byCode({ ...lumiere, done });
    expect(o.ACPR_INITIAL).toMatchObject({ dueAt: new Date('2024-02-02T18:00:00Z'), status: 'DONE' });
    expect(o.ACPR_INTERMEDIATE?.dueAt).toEqual(new Date('2024-02-05T10:00:00Z'));
    expect(o.ACPR_FINAL?.dueAt).toEqual(new Date('2024-03-05T10:00:00Z'));
  });

  it('keeps a regime out of scope as not applicable, with the decision’s rationale', () => {
    const o = byCode(lumiere);
    expect(o.ANSSI_NOTIFICATION).toMatchObject({ status: 'NOT_APPLICABLE', dueAt: null, rationale: 'DORA, lex specialis, écarte NIS 2.' });
  });

  it('reads a low suggestion for art. 34 as a decision awaited, with no due date: never as not applicable', () => {
    const low = byCode({ ...lumiere, art34: { rationale: 'Suggestion : risque non élevé (ENISA, SE 1,75)' } });
    expect(low.DATA_SUBJECTS_COMMUNICATION).toMatchObject({
      status: 'PENDING',
      dueAt: null,
      doneAt: null,
      rationale:
        'Suggestion : risque non élevé (ENISA, SE 1,75) — décision d’informer ou non les personnes à enregistrer (article 34) : en attente, pas d’échéance tant qu’elle ne l’est pas.',
    });
  });

  it('makes art. 34 not applicable only on a recorded decision not to inform, citing its ground', () => {
    const decided = byCode({
      ...lumiere,
      art34: { rationale: 'Suggestion : risque non élevé (ENISA, SE 1,75)' },
      personsInformation: {
        decision: 'NOT_INFORM',
        ground: 'DATA_UNINTELLIGIBLE',
        decidedAt: new Date('2024-02-05T09:00:00Z'),
        decidedBy: 'dpo@lumiere.example',
        dueAt: null,
        targetDays: null,
        publicCommunication: null,
        firstCommunicationAt: null,
      },
    });
    expect(decided.DATA_SUBJECTS_COMMUNICATION).toMatchObject({ status: 'NOT_APPLICABLE', dueAt: null });
    expect(decided.DATA_SUBJECTS_COMMUNICATION!.rationale).toMatch(
      /^Décision de ne pas informer les personnes, prise le .* par dpo@lumiere\.example/,
    );
    expect(decided.DATA_SUBJECTS_COMMUNICATION!.rationale).toContain('article 34, paragraphe 3, point a)');
  });

  it('has no due instant while the awareness instant is unknown', () => {
    expect(byCode({ ...lumiere, awareAt: null }).CNIL_NOTIFICATION).toMatchObject({ dueAt: null, status: 'PENDING' });
  });
});
