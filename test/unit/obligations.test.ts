import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES, DEADLINE_RULES_VERSION } from '../../src/cnil/deadline-rules';
import { obligationsOf, type ObligationInput } from '../../src/notifications/obligations';

/** Assurances Santé Lumière in the demo: aware from the press on 1 February, alerted by its operator on the 6th. */
const lumiere: ObligationInput = {
  now: new Date('2024-02-07T09:00:00Z'),
  awareAt: new Date('2024-02-01T18:00:00Z'),
  processorDetectedAt: new Date('2024-02-01T07:45:00Z'),
  processorAlertedAt: new Date('2024-02-06T10:00:00Z'),
  controllerRegimes: [
    { regime: 'DORA', inScope: true, rationale: 'Entité financière au sens de DORA.' },
    { regime: 'NIS2', inScope: true, rationale: 'Entité essentielle au sens de NIS 2.' },
  ],
  done: {},
  art34: { rationale: 'Suggestion : risque élevé (ENISA, SE 3)' },
};

/** The same incident a year later, once DORA applies. */
const in2025: ObligationInput = {
  ...lumiere,
  now: new Date('2025-02-07T09:00:00Z'),
  awareAt: new Date('2025-02-03T09:00:00Z'),
  processorDetectedAt: new Date('2025-02-03T07:45:00Z'),
  processorAlertedAt: new Date('2025-02-04T10:00:00Z'),
};

const byCode = (input: ObligationInput) => Object.fromEntries(obligationsOf(input).map((o) => [o.code, o]));

describe('obligations and deadlines', () => {
  it('counts 72 elapsed hours from awareness for the CNIL, says it is the conservative reading, and when they are past', () => {
    const { CNIL_NOTIFICATION } = byCode(lumiere);
    expect(CNIL_NOTIFICATION).toMatchObject({
      dueAt: new Date('2024-02-04T18:00:00Z'),
      legalEnd: new Date('2024-02-04T19:00:00Z'),
      effectiveFrom: '2018-05-25',
      status: 'OVERDUE',
      party: 'CONTROLLER',
      rulesVersion: DEADLINE_RULES_VERSION,
    });
    expect(CNIL_NOTIFICATION?.dueBasis).toMatch(/instant exact de l’événement.*lecture prudente/);
    expect(CNIL_NOTIFICATION?.dueBasis).toMatch(/n° 1182\/71 : 04\/02\/2024 20:00 \(heure de Paris\)\.$/);
    const filedLate = byCode({ ...lumiere, done: { CNIL_NOTIFICATION: new Date('2024-02-06T15:00:00Z') } }).CNIL_NOTIFICATION;
    expect(filedLate?.status).toBe('DONE_LATE');
    const onTime = byCode({ ...lumiere, now: new Date('2024-02-03T00:00:00Z') }).CNIL_NOTIFICATION;
    expect(onTime?.status).toBe('PENDING');
  });

  it('binds no event before the RGPD applies (25 May 2018), and says so', () => {
    const o = byCode({ ...lumiere, awareAt: new Date('2018-05-24T10:00:00Z'), processorDetectedAt: new Date('2018-05-24T08:00:00Z') });
    for (const code of ['CNIL_NOTIFICATION', 'PROCESSOR_ALERT'])
      expect(o[code]).toMatchObject({
        status: 'NOT_APPLICABLE',
        dueAt: null,
        rationale: expect.stringMatching(/à compter du 25 mai 2018/),
      });
    expect(byCode({ ...lumiere, awareAt: new Date('2018-05-25T10:00:00Z') }).CNIL_NOTIFICATION?.status).toBe('OVERDUE');
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
    expect(byCode({ ...lumiere, awareAt: null }).CNIL_NOTIFICATION).toMatchObject({ dueAt: null, legalEnd: null, status: 'PENDING' });
  });
});

describe('the processor alert (article 33, paragraphe 2): no legal term, a contract’s when recorded', () => {
  it('has no due instant without a contractual term, and is done when the alert is recorded', () => {
    const alert = byCode(lumiere).PROCESSOR_ALERT;
    expect(alert).toMatchObject({ party: 'PROCESSOR', dueAt: null, doneAt: new Date('2024-02-06T10:00:00Z'), status: 'DONE' });
    expect(alert?.rationale).toMatch(/aucun délai contractuel enregistré/);
    expect(byCode({ ...lumiere, processorAlertedAt: null }).PROCESSOR_ALERT?.status).toBe('PENDING');
    expect(byCode({ ...lumiere, processorDetectedAt: null }).PROCESSOR_ALERT).toBeUndefined();
  });

  it('labels lateness against a contract term as the contract’s, never as a breach of the RGPD', () => {
    const settings = { nis2FrenchTranspositionFrom: null, processorAlertContractHours: 24 };
    const late = byCode({ ...lumiere, settings }).PROCESSOR_ALERT;
    expect(late).toMatchObject({ dueAt: new Date('2024-02-02T07:45:00Z'), status: 'DONE_LATE', basis: 'RGPD, article 33, paragraphe 2' });
    expect(late?.rationale).toMatch(/^Retard au regard du contrat \(délai de 24 heures\) : le RGPD ne fixe pas de délai chiffré/);
    expect(late?.dueBasis).toMatch(/^Échéance contractuelle, non légale/);
    const onTime = byCode({ ...lumiere, settings, processorAlertedAt: new Date('2024-02-01T20:00:00Z') }).PROCESSOR_ALERT;
    expect(onTime).toMatchObject({ status: 'DONE', rationale: 'Alerte dans le délai contractuel de 24 heures.' });
  });
});

/** DORA (règlement (UE) 2022/2554) applies from 17 January 2025 (article 64), on the Paris calendar day of awareness. */
const DORA_IN_TIME: [edge: string, awareAt: string, applies: boolean][] = [
  ['February 2024: not yet in force (legal review O1)', '2024-02-01T18:00:00Z', false],
  ['16 January 2025, 23:59 Paris', '2025-01-16T22:59:00Z', false],
  ['17 January 2025, 00:30 Paris (still the 16th in UTC)', '2025-01-16T23:30:00Z', true],
  ['February 2025: in force', '2025-02-03T09:00:00Z', true],
];

describe('DORA reports to the ACPR (article 19, paragraphe 4)', () => {
  it.each(DORA_IN_TIME)('%s', (_edge, awareAt, applies) => {
    const o = byCode({ ...lumiere, awareAt: new Date(awareAt) });
    for (const code of ['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL']) {
      if (applies) expect(o[code]).toMatchObject({ status: expect.not.stringMatching('NOT_APPLICABLE'), effectiveFrom: '2025-01-17' });
      else
        expect(o[code]).toMatchObject({
          status: 'NOT_APPLICABLE',
          dueAt: null,
          rationale:
            'DORA non applicable à cet événement : le règlement (UE) 2022/2554 s’applique à compter du 17 janvier 2025 (article 64).',
        });
    }
  });

  it('chains the reports from a classification as major, the month ending on the last day of February', () => {
    const aware = {
      ...in2025,
      awareAt: new Date('2025-01-28T10:00:00Z'),
      dora: {
        classification: {
          major: true,
          classifiedAt: new Date('2025-01-28T16:00:00Z'),
          classifiedBy: 'rssi@lumiere',
          reason: 'Seuils atteints.',
          criteria: [{ label: 'Clients touchés', value: '12 %' }],
          clientsFinancialInterestsAffected: false,
        },
        initialAt: new Date('2025-01-28T20:00:00Z'),
        intermediates: [],
        finalAt: null,
        clientsInformedAt: null,
        lateNotices: [],
      },
    };
    const o = byCode(aware);
    expect(o.ACPR_INITIAL).toMatchObject({ dueAt: new Date('2025-01-28T20:00:00Z'), status: 'DONE' });
    expect(o.ACPR_INITIAL?.dueBasis).toMatch(/ici, 4 heures après la classification/);
    expect(o.ACPR_INTERMEDIATE?.dueAt).toEqual(new Date('2025-01-31T20:00:00Z'));
    expect(o.ACPR_FINAL).toMatchObject({ dueAt: new Date('2025-02-28T20:00:00Z'), legalEnd: new Date('2025-02-28T23:00:00Z') });
  });

  it('keeps an entity out of DORA’s scope as not applicable, with the decision’s rationale', () => {
    const outside = {
      ...in2025,
      controllerRegimes: [
        { regime: 'DORA' as const, inScope: false, rationale: 'Mutuelle du livre III : pas une entreprise d’assurance.' },
      ],
    };
    // Migrated data only: without entity facts, the former scope decision stands, and says it is a fallback.
    expect(byCode(outside).ACPR_INITIAL).toMatchObject({
      status: 'NOT_APPLICABLE',
      rationale:
        'Faits d’entité non enregistrés : à défaut, périmètre DORA déclaré avant leur introduction (donnée reprise, à remplacer par les faits d’entité) — Mutuelle du livre III : pas une entreprise d’assurance.',
    });
    expect(byCode({ ...in2025, controllerRegimes: [] }).ACPR_FINAL?.rationale).toBe(
      'DORA non applicable : faits d’entité non enregistrés et aucune décision de périmètre.',
    );
  });
});

const NIS2_CODES = [
  'ANSSI_EARLY_WARNING',
  'ANSSI_NOTIFICATION',
  'ANSSI_INTERMEDIATE_REPORT',
  'ANSSI_PROGRESS_REPORT',
  'ANSSI_FINAL_REPORT',
];

describe('NIS 2 duties to the ANSSI (article 23, paragraphe 4), only under a French transposition in force', () => {
  it('lists none without a configured transposition, naming NIS 1 as the designated operators’ regime', () => {
    const o = byCode(in2025);
    for (const code of NIS2_CODES) {
      expect(o[code]).toMatchObject({ status: 'NOT_APPLICABLE', dueAt: null, effectiveFrom: null });
      expect(o[code]?.rationale).toMatch(
        /^NIS 2 non applicable : pas de transposition française en vigueur.*loi n° 2018-133 du 26 février 2018 \(NIS 1\)/,
      );
    }
  });

  it('applies from the configured date only, on the Paris day of awareness', () => {
    const settings = { nis2FrenchTranspositionFrom: '2025-03-01', processorAlertContractHours: null };
    const before = byCode({ ...in2025, settings }).ANSSI_NOTIFICATION;
    expect(before).toMatchObject({ status: 'NOT_APPLICABLE' });
    expect(before?.rationale).toMatch(/s’applique à compter du 01\/03\/2025 \(paramètre NIS2_FR_TRANSPOSITION_DATE\)/);

    const aware = new Date('2025-03-31T08:00:00Z');
    const o = byCode({ ...in2025, settings, awareAt: aware, now: new Date('2025-04-01T09:00:00Z') });
    expect(o.ANSSI_EARLY_WARNING).toMatchObject({ dueAt: new Date('2025-04-01T08:00:00Z'), status: 'OVERDUE' });
    expect(o.ANSSI_NOTIFICATION).toMatchObject({ dueAt: new Date('2025-04-03T08:00:00Z'), status: 'PENDING' });
    // One month after the notification's due instant, 3 April: 3 May, at the same Paris time.
    expect(o.ANSSI_FINAL_REPORT?.dueAt).toEqual(new Date('2025-05-03T08:00:00Z'));
    for (const code of ['ANSSI_INTERMEDIATE_REPORT', 'ANSSI_PROGRESS_REPORT'])
      expect(o[code]).toMatchObject({ dueAt: null, status: 'PENDING', rationale: expect.stringMatching(/[Pp]as d’échéance tant/) });
    expect(
      obligationsOf({ ...in2025, settings, awareAt: aware })
        .map((x) => x.code)
        .slice(-5),
    ).toEqual(NIS2_CODES);
  });
});

describe('the rules as data', () => {
  it.each(Object.values(DEADLINE_RULES))('$obligation cites its basis in French style and says how it counts', (rule) => {
    expect(rule.basis).toMatch(/^(RGPD|DORA|NIS 2), article \d+(, paragraphe \d+)?(, point [a-e]\))?/);
    expect(rule.basis).not.toMatch(/art\. \d+\(/);
    expect(rule.counting.length).toBeGreaterThan(40);
    expect(rule.version).toBe(DEADLINE_RULES_VERSION);
    expect(rule.effectiveFrom === null).toBe(rule.regime === 'NIS2');
  });
});
