import { describe, expect, it } from 'vitest';
import { obligationsOf, type ObligationInput } from '../../src/notifications/obligations';

/** Aware on 1 February 2024, judged a week later: without a decision the CNIL obligation is overdue. */
const base: ObligationInput = {
  now: new Date('2024-02-08T09:00:00Z'),
  awareAt: new Date('2024-02-01T18:00:00Z'),
  processorDetectedAt: null,
  processorAlertedAt: null,
  controllerRegimes: [],
  done: {},
  art34: { rationale: 'Suggestion : risque non élevé (ENISA, SE 1,75)' },
};

const notNotify = {
  decision: 'NOT_NOTIFY' as const,
  reasoning: 'Données chiffrées, clé non compromise.',
  decidedBy: 'dpo@horizon.example',
  decidedAt: new Date('2024-02-02T09:30:00Z'),
};

const cnil = (input: ObligationInput) => obligationsOf(input).find((o) => o.code === 'CNIL_NOTIFICATION')!;

describe('the CNIL obligation and the decision not to notify (art. 33(1), 33(5); legal review D8)', () => {
  it('is overdue without a decision, whatever the risk level', () => {
    expect(cnil(base).status).toBe('OVERDUE');
  });

  it('is closed as NOT_NOTIFIED by a reasoned decision, never OVERDUE, with the reasoning, author and date', () => {
    const closed = cnil({ ...base, cnilDecision: notNotify });
    expect(closed.status).toBe('NOT_NOTIFIED');
    expect(closed.dueAt).toEqual(new Date('2024-02-04T18:00:00Z'));
    expect(closed.rationale).toBe(
      'Non notifiée — décision motivée de dpo@horizon.example, le 02/02/2024 10:30 (heure de Paris) : Données chiffrées, clé non compromise.',
    );
  });

  it('stays due after a decision to notify, and a filing meets it whatever was decided', () => {
    expect(cnil({ ...base, cnilDecision: { ...notNotify, decision: 'NOTIFY' } }).status).toBe('OVERDUE');
    const filed = cnil({ ...base, cnilDecision: notNotify, done: { CNIL_NOTIFICATION: new Date('2024-02-03T10:00:00Z') } });
    expect(filed.status).toBe('DONE');
  });
});
