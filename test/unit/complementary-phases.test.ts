import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES } from '../../src/cnil/deadline-rules';
import { DEFAULT_COMPLEMENTARY_FOLLOW_UP_HOURS, loadConfig } from '../../src/config/config';
import type { ContentItem } from '../../src/content/notification-content';
import type { FactEntry, FactView } from '../../src/facts/fact-view';
import { assembleNotification, type AssemblyInput, type PhaseInput } from '../../src/notifications/assemble';
import { checkCompleteness, type ComplementaryPhase } from '../../src/notifications/completeness';
import { phaseChanges } from '../../src/notifications/changes';
import { obligationsOf, type ObligationInput } from '../../src/notifications/obligations';
import { horizonInput } from '../support/notification';

/**
 * Legal review D5–D7 and issue 13 « Phases (D6) »: completeness per phase as art. 33(4) has it, the
 * complementary notification's content (rank, filings cited, what it adds), and the follow-up duty.
 */
const severity = horizonInput.severity;
const codes = (issues: ReturnType<typeof checkCompleteness>) => issues.map((i) => `${i.code}${i.blocksReady ? '!' : ''}`);
const insurerSays = <V>(value: V): FactEntry<V> => ({
  value,
  source: { type: 'CONTROLLER_ASSESSMENT', organizationId: 'horizon', submissionId: 's3', reference: 'MHS-2', confidence: 'CONFIRMED' },
});

const initialFiledAt = new Date('2024-02-02T08:00:00Z');
/** The initial as filed: the facts of the fixture, fewer persons counted. */
const initialFacts: FactView = { ...horizonInput.facts, approxPersons: insurerSays(300_000) };
const filedInitial = assembleNotification({
  ...horizonInput,
  facts: initialFacts,
  notification: { type: 'INITIAL', number: 'HORIZON-I1', status: 'FILED', initial: null, followUpAt: null },
});

/** Every art. 33(3) item the fixture lacks, answered. */
const allFacts: FactView = {
  ...horizonInput.facts,
  description: insurerSays('Extraction de pages bénéficiaires via le portail des professionnels.'),
  subjectCategories: insurerSays(['MEMBERS', 'MINORS']),
  consequences: insurerSays(['MISUSE', 'CROSS_MATCHING']),
  measuresTaken: insurerSays('Portail fermé, mots de passe réinitialisés.'),
  communicationStatus: insurerSays('WILL_BE_INFORMED'),
};

function complementary(
  phase: Partial<PhaseInput>,
  facts: FactView = horizonInput.facts,
  extra: Partial<AssemblyInput> = {},
): ReturnType<typeof assembleNotification> {
  return assembleNotification({
    ...horizonInput,
    ...extra,
    facts,
    notification: {
      ...horizonInput.notification,
      type: 'COMPLEMENTARY',
      phase: {
        rank: 1,
        final: false,
        previousFilings: [{ label: 'Notification initiale', number: 'CNIL-2024-000123', filedAt: initialFiledAt }],
        previous: filedInitial,
        missingItemReasons: {},
        afterFinalReason: null,
        ...phase,
      },
    },
  });
}

function check(content: ReturnType<typeof assembleNotification>, phase: Partial<ComplementaryPhase>) {
  const previous = filedInitial;
  return checkCompleteness(content, {
    type: 'COMPLEMENTARY',
    late: false,
    severity,
    phase: {
      final: false,
      missingItemReasons: {},
      changeCount: phaseChanges(previous, content).length,
      followUpLate: false,
      ...phase,
    },
  });
}

const REASONS = {
  'breach.description': 'Rapport d’analyse du sous-traitant attendu le 9 février.',
  'data.subjectCategories': 'Listes des ayants droit en cours de rapprochement.',
  'consequences.consequences': 'Dépend de l’analyse des journaux d’accès.',
  'measures.taken': 'Mesures arrêtées au comité de crise du 8 février.',
  'communication.status': 'Décision au titre de l’article 34 attendue après le comptage.',
};

const item = (content: ReturnType<typeof assembleNotification>, path: string): ContentItem | undefined =>
  content.sections[0]!.items.find((i) => i.path === path);

describe('completeness per phase (art. 33(4))', () => {
  it('asks of an initial notification only the minimum, and lets it leave the rest unknown', () => {
    const issues = checkCompleteness(filedInitial, { type: 'INITIAL', late: false, severity });
    expect(issues.filter((i) => i.blocksReady)).toEqual([]);
    expect(codes(issues)).toEqual(expect.arrayContaining(['MISSING_DESCRIPTION', 'MISSING_CONSEQUENCES']));
  });

  it('lets a non-final complement leave art. 33(3) items for later with the reason each is not yet available', () => {
    const content = complementary({ missingItemReasons: REASONS });
    const issues = check(content, { missingItemReasons: REASONS });
    expect(issues.filter((i) => i.blocksReady)).toEqual([]);
    expect(issues.find((i) => i.path === 'breach.description')?.message.fr).toMatch(
      /^Le descriptif détaillé manque ; transmission ultérieure \(article 33, paragraphe 4\), raison enregistrée : Rapport d’analyse/,
    );
    // The reasons are what the CNIL reads, in section 1.
    const pending = item(content, 'type.pendingItems');
    expect(pending?.kind === 'table' && pending.rows).toContainEqual(['7', 'Descriptif détaillé', REASONS['breach.description']]);
  });

  it('blocks a non-final complement without a reason, naming the item still missing', () => {
    const { 'breach.description': _omitted, ...others } = REASONS;
    const issues = check(complementary({ missingItemReasons: others }), { missingItemReasons: others });
    expect(codes(issues.filter((i) => i.blocksReady))).toEqual(['MISSING_DESCRIPTION!']);
    expect(issues.find((i) => i.blocksReady)).toMatchObject({
      section: 7,
      path: 'breach.description',
      message: { fr: expect.stringMatching(/^Le descriptif détaillé manque : .*aucune raison n’est enregistrée/) },
    });
  });

  it('requires every art. 33(3) item of a final complement, reasons or not', () => {
    const issues = check(complementary({ final: true, missingItemReasons: REASONS }), { final: true, missingItemReasons: REASONS });
    expect(codes(issues.filter((i) => i.blocksReady))).toEqual([
      'MISSING_DESCRIPTION!',
      'MISSING_SUBJECT_CATEGORIES!',
      'MISSING_CONSEQUENCES!',
      'MISSING_MEASURES!',
      'MISSING_COMMUNICATION!',
    ]);
    const complete = complementary({ final: true }, allFacts);
    expect(check(complete, { final: true }).filter((i) => i.blocksReady)).toEqual([]);
  });

  it('asks a non-final complement to add something, and says to mark it final when it adds nothing', () => {
    const same = complementary({ previous: complementary({ final: true }, allFacts) }, allFacts);
    const issues = checkCompleteness(same, {
      type: 'COMPLEMENTARY',
      late: false,
      severity,
      phase: { final: false, missingItemReasons: {}, changeCount: 0, followUpLate: false },
    });
    expect(codes(issues)).toEqual(['NOTHING_ADDED!']);
    expect(issues[0]?.message.fr).toMatch(/marquez-la finale/);
  });

  it('asks for the reasons of the delay when a complement comes after its follow-up date', () => {
    const late = check(complementary({ missingItemReasons: REASONS }), { missingItemReasons: REASONS, followUpLate: true });
    expect(codes(late)).toContain('MISSING_FOLLOW_UP_DELAY_REASONS!');
    const explained = complementary({ missingItemReasons: REASONS }, horizonInput.facts, {
      delayReasons: 'Rapport du sous-traitant remis avec une semaine de retard.',
    });
    expect(codes(check(explained, { missingItemReasons: REASONS, followUpLate: true }))).not.toContain('MISSING_FOLLOW_UP_DELAY_REASONS!');
  });
});

describe('the complementary notification’s content', () => {
  it('names its rank and finality, cites the filings before it, and lists what it adds against the last one', () => {
    const content = complementary(
      {
        rank: 2,
        final: true,
        previousFilings: [
          { label: 'Notification initiale', number: 'CNIL-2024-000123', filedAt: initialFiledAt },
          { label: 'Notification complémentaire n° 1', number: 'CNIL-2024-000124', filedAt: new Date('2024-02-05T10:00:00Z') },
        ],
      },
      allFacts,
    );
    expect(content.notification).toMatchObject({ typeLabel: 'Notification complémentaire n° 2 — finale', phase: { rank: 2, final: true } });
    expect(item(content, 'type.rank')).toMatchObject({ value: 'n° 2' });
    expect(item(content, 'type.final')).toMatchObject({ value: 'Oui' });
    const previous = item(content, 'type.previousFilings');
    expect(previous?.kind === 'table' && previous.rows).toEqual([
      ['Notification initiale', 'CNIL-2024-000123', '02/02/2024 09:00 (heure de Paris)'],
      ['Notification complémentaire n° 1', 'CNIL-2024-000124', '05/02/2024 11:00 (heure de Paris)'],
    ]);
    const changes = item(content, 'type.changes');
    expect(changes?.kind === 'table' && changes.rows).toEqual(
      expect.arrayContaining([
        ['7', 'Descriptif détaillé', 'Ajout', '—', 'Extraction de pages bénéficiaires via le portail des professionnels.'],
        ['8', 'Nombre approximatif de personnes', 'Modification', '300000', '396112'],
      ]),
    );
    // A final complement promises nothing more, and leaves nothing pending.
    expect(item(content, 'type.followUpAt')).toBeUndefined();
    expect(item(content, 'type.pendingItems')).toBeUndefined();
  });

  it('prints the follow-up date an initial promised, and never a default as its promise', () => {
    expect(item(filedInitial, 'type.followUpAt')).toMatchObject({ value: null });
    const promised = assembleNotification({
      ...horizonInput,
      notification: { type: 'INITIAL', number: 'HORIZON-I1', status: 'DRAFT', initial: null, followUpAt: new Date('2024-02-09T09:00:00Z') },
    });
    expect(item(promised, 'type.followUpAt')).toMatchObject({
      label: 'Date à laquelle les informations complémentaires seront transmises',
      display: '09/02/2024 10:00 (heure de Paris)',
    });
  });
});

describe('the follow-up duty (CNIL_COMPLEMENTARY, article 33, paragraphe 4)', () => {
  const base: ObligationInput = {
    now: new Date('2024-02-03T09:00:00Z'),
    awareAt: new Date('2024-02-01T13:00:00Z'),
    processorDetectedAt: null,
    processorAlertedAt: null,
    controllerRegimes: [],
    done: { CNIL_NOTIFICATION: initialFiledAt },
    art34: { rationale: 'Suggestion : risque élevé' },
    complementary: { initialFiledAt, promisedAt: null, finalFiledAt: null },
  };
  const duty = (input: ObligationInput) => obligationsOf(input).find((o) => o.code === 'CNIL_COMPLEMENTARY');

  it('arises only once an initial notification is filed', () => {
    expect(duty({ ...base, complementary: null })).toBeUndefined();
    expect(DEADLINE_RULES.CNIL_COMPLEMENTARY).toMatchObject({ basis: 'RGPD, article 33, paragraphe 4', trigger: 'INITIAL_FILING' });
  });

  it('is due at the date the initial promised', () => {
    const promisedAt = new Date('2024-02-09T09:00:00Z');
    expect(duty({ ...base, complementary: { initialFiledAt, promisedAt, finalFiledAt: null } })).toMatchObject({
      dueAt: promisedAt,
      legalEnd: null,
      status: 'PENDING',
      basis: 'RGPD, article 33, paragraphe 4',
      dueBasis:
        'Date promise dans la notification initiale (« date à laquelle les informations complémentaires seront transmises ») : 09/02/2024 10:00 (heure de Paris).',
      rationale: expect.stringMatching(/^Article 33, paragraphe 4 : la notification initiale déposée le 02\/02\/2024 09:00/),
    });
  });

  it('without a promise, is due after the default hours, said to be the gateway’s assumption, and configurable', () => {
    expect(DEFAULT_COMPLEMENTARY_FOLLOW_UP_HOURS).toBe(72);
    expect(duty(base)).toMatchObject({
      dueAt: new Date('2024-02-05T08:00:00Z'),
      dueBasis: expect.stringMatching(
        /^Aucune date promise .* hypothèse de la passerelle, 72 heures après son dépôt \(paramètre COMPLEMENTARY_FOLLOW_UP_HOURS\)/,
      ),
    });
    const settings = { nis2FrenchTranspositionFrom: null, processorAlertContractHours: null, complementaryFollowUpHours: 24 };
    expect(duty({ ...base, settings })?.dueAt).toEqual(new Date('2024-02-03T08:00:00Z'));
    const env = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
    expect(loadConfig({ ...env, COMPLEMENTARY_FOLLOW_UP_HOURS: '48' }).regimes.complementaryFollowUpHours).toBe(48);
    expect(loadConfig(env).regimes.complementaryFollowUpHours).toBeUndefined();
    expect(() => loadConfig({ ...env, COMPLEMENTARY_FOLLOW_UP_HOURS: '0' })).toThrow(/COMPLEMENTARY_FOLLOW_UP_HOURS must be an integer/);
  });

  it('goes overdue past its date, then is done by a final complement (late, here)', () => {
    const later = new Date('2024-02-07T09:00:00Z');
    expect(duty({ ...base, now: later })).toMatchObject({ status: 'OVERDUE', doneAt: null });
    const finalFiledAt = new Date('2024-02-07T08:00:00Z');
    expect(duty({ ...base, now: later, complementary: { initialFiledAt, promisedAt: null, finalFiledAt } })).toMatchObject({
      status: 'DONE_LATE',
      doneAt: finalFiledAt,
      rationale: expect.stringMatching(/Notification complémentaire finale \(ou complète\) déposée le 07\/02\/2024 09:00/),
    });
    const onTime = new Date('2024-02-04T08:00:00Z');
    expect(duty({ ...base, complementary: { initialFiledAt, promisedAt: null, finalFiledAt: onTime } })?.status).toBe('DONE');
  });
});
