import { describe, expect, it } from 'vitest';
import { doraEntityTest, type EntityFactsData } from '../../src/cnil/entity-tests';
import { type DoraState, obligationsOf, type ObligationInput } from '../../src/notifications/obligations';

/** Entity facts and DORA records as the gateway keeps them, for the rules of docs/regimes.md § 3. */
const facts = (over: Partial<EntityFactsData> = {}): EntityFactsData => ({
  doraCategory: 'MUTUELLE_LIVRE_II',
  solvency2SmallUndertaking: false,
  doraReason: 'Agrément ACPR, mutuelle du livre II',
  doraSystemic: false,
  doraSystemicReason: 'Non désignée comme systémique',
  nis2Status: null,
  nis2Sector: null,
  nis2Reason: null,
  nis1Designated: null,
  nis1Reason: null,
  recordedBy: 'dpo@lumiere',
  recordedAt: new Date('2025-01-20T09:00:00Z'),
  ...over,
});

const dora = (over: Partial<DoraState> = {}, classifiedAt = '2025-02-03T12:00:00Z', major = true): DoraState => ({
  classification: {
    major,
    classifiedAt: new Date(classifiedAt),
    classifiedBy: 'rssi@lumiere',
    reason: 'Services critiques indisponibles.',
    criteria: [{ label: 'Services critiques touchés (article 6)', value: 'tiers payant indisponible' }],
    clientsFinancialInterestsAffected: false,
  },
  initialAt: null,
  intermediates: [],
  finalAt: null,
  clientsInformedAt: null,
  lateNotices: [],
  ...over,
});

/** Aware Monday 3 February 2025, 10:00 Paris. */
const base: ObligationInput = {
  now: new Date('2025-02-03T13:00:00Z'),
  awareAt: new Date('2025-02-03T09:00:00Z'),
  processorDetectedAt: null,
  processorAlertedAt: null,
  controllerFacts: facts(),
  done: {},
  art34: { rationale: 'Suggestion' },
};

const byCode = (input: ObligationInput) => Object.fromEntries(obligationsOf(input).map((o) => [`${o.party}:${o.code}`, o]));
const acpr = (input: ObligationInput) => byCode(input)['CONTROLLER:ACPR_INITIAL']!;

describe('DORA initial notification: 4 hours after classification, at most 24 hours after awareness', () => {
  it.each([
    [
      'classified 2 h after awareness: 4 h after classification',
      '2025-02-03T11:00:00Z',
      '2025-02-03T15:00:00Z',
      /ici, 4 heures après la classification/,
    ],
    [
      'classified 22 h after: the 24 h bound comes first',
      '2025-02-04T07:00:00Z',
      '2025-02-04T09:00:00Z',
      /ici, 24 heures après la prise de connaissance/,
    ],
    [
      'classified after the 24 h: 4 h from classification, said as the gateway’s reading',
      '2025-02-05T12:00:00Z',
      '2025-02-05T16:00:00Z',
      /plus de 24 heures après.*lecture/,
    ],
  ])('%s', (_edge, classifiedAt, due, basis) => {
    const o = acpr({ ...base, now: new Date('2025-02-03T10:00:00Z'), dora: dora({}, classifiedAt) });
    expect(o.dueAt).toEqual(new Date(due));
    expect(o.dueBasis).toMatch(basis);
    expect(o.dueBasis).toMatch(/règlement délégué \(UE\) 2025\/301, article 5/);
  });

  it('lists no ACPR duty before a classification: « classification à décider »', () => {
    for (const code of ['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL', 'DORA_CLIENT_INFORMATION'])
      expect(byCode(base)[`CONTROLLER:${code}`]).toMatchObject({
        status: 'TO_CLASSIFY',
        dueAt: null,
        rationale: expect.stringMatching(/Classification à décider/),
      });
  });

  it('closes them on a classification as not major, naming who classified', () => {
    expect(acpr({ ...base, dora: dora({}, '2025-02-03T11:00:00Z', false) })).toMatchObject({
      status: 'NOT_APPLICABLE',
      rationale: expect.stringMatching(/^Incident classé non majeur par rssi@lumiere le 03\/02\/2025 12:00/),
    });
  });
});

describe('DORA intermediate and final reports', () => {
  it('counts the intermediate from the initial’s submission and the final from the latest intermediate, to the month end', () => {
    const o = byCode({
      ...base,
      now: new Date('2025-02-10T00:00:00Z'),
      awareAt: new Date('2025-01-27T09:00:00Z'),
      dora: dora(
        {
          initialAt: new Date('2025-01-27T13:00:00Z'),
          intermediates: [new Date('2025-01-29T10:00:00Z'), new Date('2025-01-31T10:00:00Z')],
        },
        '2025-01-27T10:00:00Z',
      ),
    });
    expect(o['CONTROLLER:ACPR_INTERMEDIATE']).toMatchObject({
      dueAt: new Date('2025-01-30T13:00:00Z'),
      doneAt: new Date('2025-01-29T10:00:00Z'),
      status: 'DONE',
    });
    expect(o['CONTROLLER:ACPR_INTERMEDIATE']?.rationale).toMatch(/mis à jour transmis le 31\/01\/2025 11:00/);
    // One month after 31 January: the last day of February.
    expect(o['CONTROLLER:ACPR_FINAL']).toMatchObject({ dueAt: new Date('2025-02-28T10:00:00Z'), status: 'PENDING' });
    expect(o['CONTROLLER:ACPR_FINAL']?.dueBasis).toMatch(/dernier rapport intermédiaire transmis \(31\/01\/2025 11:00/);
  });

  it.each([
    // Aware Friday 18 April 2025 10:00 Paris, classified Saturday 19 April 08:00 Paris: due Saturday 10:00 Paris (24 h bound).
    ['not systemic: next working day at noon (Monday 21 April is lundi de Pâques)', false, '2025-04-22T10:00:00Z'],
    ['systemic: no move', true, '2025-04-19T08:00:00Z'],
    ['not recorded: no move (the earlier deadline)', null, '2025-04-19T08:00:00Z'],
  ])('weekend and holiday noon rule, %s', (_edge, systemic, due) => {
    const o = acpr({
      ...base,
      now: new Date('2025-04-18T09:00:00Z'),
      awareAt: new Date('2025-04-18T08:00:00Z'),
      controllerFacts: facts({ doraSystemic: systemic, doraSystemicReason: systemic === null ? null : 'motif' }),
      dora: dora({}, '2025-04-19T06:00:00Z'),
    });
    expect(o.dueAt).toEqual(new Date(due));
    if (systemic === false) expect(o.dueBasis).toMatch(/reportée au 22\/04\/2025 12:00/);
  });

  it('asks for a notice of late reporting, and shows it once recorded', () => {
    const late = { ...base, now: new Date('2025-02-04T12:00:00Z'), dora: dora({}, '2025-02-03T10:00:00Z') };
    expect(acpr(late)).toMatchObject({ status: 'OVERDUE', rationale: expect.stringMatching(/Aucune notification de retard enregistrée/) });
    const noticed = {
      ...late,
      dora: dora(
        { lateNotices: [{ report: 'INITIAL', at: new Date('2025-02-03T13:30:00Z'), reasons: 'Astreinte indisponible.' }] },
        '2025-02-03T10:00:00Z',
      ),
    };
    expect(acpr(noticed).rationale).toMatch(
      /Retard signalé à l’autorité le 03\/02\/2025 14:30 \(heure de Paris\), motifs : Astreinte indisponible\./,
    );
  });

  it('makes client information (article 19, paragraphe 3) its own duty when the clients’ financial interests are affected', () => {
    const affected = dora();
    affected.classification = { ...affected.classification!, clientsFinancialInterestsAffected: true };
    expect(byCode({ ...base, dora: affected })['CONTROLLER:DORA_CLIENT_INFORMATION']).toMatchObject({
      status: 'PENDING',
      dueAt: null,
      basis: 'DORA, article 19, paragraphe 3',
    });
    const informed = { ...affected, clientsInformedAt: new Date('2025-02-03T15:00:00Z') };
    expect(byCode({ ...base, dora: informed })['CONTROLLER:DORA_CLIENT_INFORMATION']?.status).toBe('DONE');
    expect(byCode({ ...base, dora: dora() })['CONTROLLER:DORA_CLIENT_INFORMATION']?.status).toBe('NOT_APPLICABLE');
  });
});

describe('DORA entity test from the recorded facts (article 2)', () => {
  it.each([
    ['mutuelle du livre II: insurer, point n)', facts(), true, /point n\)/],
    [
      'institution de prévoyance: insurer, point n)',
      facts({ doraCategory: 'INSTITUTION_DE_PREVOYANCE' }),
      true,
      /institution de prévoyance/,
    ],
    [
      'small undertaking of Solvency II article 4: excluded',
      facts({ solvency2SmallUndertaking: true }),
      false,
      /article 2, paragraphe 3, point b\)/,
    ],
    [
      'mutuelle du livre III: not a financial entity',
      facts({ doraCategory: 'MUTUELLE_LIVRE_III', solvency2SmallUndertaking: null }),
      false,
      /livre III.*ne figure pas/,
    ],
    [
      'credit institution: point a)',
      facts({ doraCategory: 'CREDIT_INSTITUTION', solvency2SmallUndertaking: null }),
      true,
      /point a\) : établissement de crédit/,
    ],
    [
      'insurer, article 4 not recorded: in, with the assumption said',
      facts({ solvency2SmallUndertaking: null }),
      true,
      /suppose qu’elle n’est pas une petite entreprise/,
    ],
  ])('%s', (_edge, entity, inScope, why) => {
    expect(doraEntityTest(entity)).toMatchObject({ inScope, rationale: expect.stringMatching(why) });
    const o = acpr({ ...base, controllerFacts: entity });
    expect(o.status).toBe(inScope ? 'TO_CLASSIFY' : 'NOT_APPLICABLE');
  });

  it('prefers the facts to a former scope decision, which is only a fallback', () => {
    const legacy = [{ regime: 'DORA', inScope: true, rationale: 'Ancienne décision.' }];
    expect(doraEntityTest(facts({ doraCategory: 'MUTUELLE_LIVRE_III' }), legacy).inScope).toBe(false);
    expect(doraEntityTest(null, legacy).rationale).toMatch(/^Faits d’entité non enregistrés : à défaut/);
  });
});

describe('NIS 2: only for entities in scope, under a transposition in force, the operator’s own duties included', () => {
  const essential = facts({ nis2Status: 'ESSENTIAL', nis2Sector: 'Annexe I, secteur 5 (santé)', nis2Reason: '850 salariés' });

  it('binds no one without a transposition, naming NIS 1 for a designated operator', () => {
    const o = byCode({ ...base, controllerFacts: { ...essential, nis1Designated: true, nis1Reason: 'arrêté du 1er mars 2019' } });
    expect(o['CONTROLLER:ANSSI_EARLY_WARNING']).toMatchObject({
      status: 'NOT_APPLICABLE',
      rationale: expect.stringMatching(/pas de transposition.*opérateur de services essentiels désigné.*arrêté du 1er mars 2019/),
    });
  });

  it('counts 24 h, 72 h and one month for an essential entity once transposed', () => {
    const o = byCode({
      ...base,
      controllerFacts: essential,
      settings: { nis2FrenchTranspositionFrom: '2025-01-01', processorAlertContractHours: null },
    });
    expect(o['CONTROLLER:ANSSI_EARLY_WARNING']?.dueAt).toEqual(new Date('2025-02-04T09:00:00Z'));
    expect(o['CONTROLLER:ANSSI_NOTIFICATION']?.dueAt).toEqual(new Date('2025-02-06T09:00:00Z'));
    expect(o['CONTROLLER:ANSSI_FINAL_REPORT']?.dueAt).toEqual(new Date('2025-03-06T09:00:00Z'));
    expect(o['CONTROLLER:ANSSI_NOTIFICATION']?.rationale).toMatch(/Entité essentielle.*Annexe I, secteur 5/);
    const outside = byCode({
      ...base,
      controllerFacts: facts({ nis2Status: 'NOT_IN_SCOPE', nis2Reason: 'Assurance : hors annexes I et II' }),
      settings: { nis2FrenchTranspositionFrom: '2025-01-01', processorAlertContractHours: null },
    });
    expect(outside['CONTROLLER:ANSSI_NOTIFICATION']?.status).toBe('NOT_APPLICABLE');
  });

  it('lists the processor’s own duties from its own facts, counted from its detection, with its contract’s alert term', () => {
    const o = byCode({
      ...base,
      processorDetectedAt: new Date('2025-02-03T07:00:00Z'),
      processorFacts: essential,
      processorContract: { alertHours: 12, reference: 'Contrat TP-2023-17' },
      settings: { nis2FrenchTranspositionFrom: '2025-01-01', processorAlertContractHours: 24 },
    });
    expect(o['PROCESSOR:ANSSI_EARLY_WARNING']).toMatchObject({
      dueAt: new Date('2025-02-04T07:00:00Z'),
      rationale: expect.stringMatching(/Obligation propre de l’opérateur/),
    });
    expect(o['PROCESSOR:PROCESSOR_ALERT']).toMatchObject({
      dueAt: new Date('2025-02-03T19:00:00Z'),
      dueBasis: expect.stringMatching(/12 heures.*contrat.*référence Contrat TP-2023-17/),
    });
  });
});
