import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { canonicalHash } from '../../src/lib/canonical-json';
import {
  CreateNotificationDocument,
  DemoNotificationsDocument,
  DeadlinesDocument,
  ExposureObligationsDocument,
  IncidentsDocument,
  MarkNotificationReadyDocument,
  NotificationDocumentDocument,
  RecordNotificationFilingDocument,
  SignOffGravityDocument,
  StartComplementaryNotificationDocument,
  SubmitBreachFactsDocument,
  UpdateNotificationDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first, type Keyed, withKeys } from '../support/must';

describe(`CNIL notifications on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let tokens: Keyed<'lumiere' | 'horizon' | 'cigales' | 'operatorA'>;
  let exposures: Keyed<'horizon' | 'cigales' | 'atlantique' | 'lumiere'>;
  let incidentA: string;

  beforeAll(async () => {
    // Four days after the 2024 breach: Lumière's 72 hours have run out, Horizon's too.
    gw = await startGateway({
      clock: fixedClock('2024-02-06T12:00:00Z'),
      config: { regimes: { nis2FrenchTranspositionFrom: null, processorAlertContractHours: 24 } },
    });
    orgs = await withDemo(gw);
    tokens = {
      lumiere: await gw.token(orgs.lumiere, [Role.CONTROLLER_DPO], 'dpo@lumiere.example'),
      horizon: await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example'),
      cigales: await gw.token(orgs.cigales, [Role.CONTROLLER_DPO]),
      operatorA: await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY]),
    };
    const { data } = await gw.gql(IncidentsDocument, { filter: { sourceOrganizationId: orgs['operator-a'] } }, tokens.operatorA);
    const incident = first(data!.incidents.edges).node;
    incidentA = incident.id;
    exposures = withKeys(
      Object.fromEntries(
        incident.exposures.edges.map((edge) => edge.node).map((e) => [Object.keys(orgs).find((k) => orgs[k] === e.controller.id)!, e.id]),
      ),
      ['horizon', 'cigales', 'atlantique', 'lumiere'],
    );
  });
  afterAll(() => gw.close());

  it('finds the demo with a notification at each stage: draft with missing items, ready, filed initial, complementary', async () => {
    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const { data } = await gw.gql(DemoNotificationsDocument, {}, admin);
    const rows = data!.incidents.edges.flatMap((e) =>
      e.node.exposures.edges
        .map((edge) => edge.node)
        .flatMap((x) =>
          x.notifications.edges
            .map((edge) => edge.node)
            .map((n) => [x.controller.legalName, n.type, n.status, n.document.completeness.some((i) => i.blocksReady)]),
        ),
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Mutuelle Horizon Santé', 'INITIAL', 'FILED', false],
        ['Mutuelle Horizon Santé', 'COMPLEMENTARY', 'DRAFT', true],
        ['Mutuelle des Cigales', 'INITIAL', 'READY', false],
        ['Assurances Santé Lumière', 'INITIAL', 'DRAFT', true],
        ['Prévoyance Atlantique', 'COMPLETE', 'DRAFT', true],
      ]),
    );
  });

  const create = async (controller: 'horizon' | 'cigales' | 'lumiere', type: 'INITIAL' | 'COMPLETE' = 'INITIAL') =>
    (await gw.gql(CreateNotificationDocument, { input: { exposureId: exposures[controller], type } }, tokens[controller])).data!
      .createNotification;

  it("scores the demo's case as the domain reference does: SE 3.0, high, Important", async () => {
    const draft = await create('horizon');
    const { data } = await gw.gql(NotificationDocumentDocument, { id: draft.id }, tokens.horizon);
    expect(data!.notification!.document.severityJson).toMatchObject({
      computed: { se: 3, level: 'HIGH', suggestedGravity: 'IMPORTANT', art34Recommended: true },
      chosen: { se: 3 },
      override: null,
    });
    // A lawyer may override a component with a reason: the computed values stay, the chosen ones follow.
    const overridden = await gw.gql(
      UpdateNotificationDocument,
      { id: draft.id, input: { version: draft.version, severityOverride: { ei: 0.75, reason: 'NIR tronqué sur les pages extraites' } } },
      tokens.horizon,
    );
    expect(overridden.errors).toBeUndefined();
    const after = await gw.gql(NotificationDocumentDocument, { id: draft.id }, tokens.horizon);
    expect(after.data!.notification!.document.severityJson).toMatchObject({
      computed: { se: 3, ei: { value: 1 } },
      chosen: { se: 2.5, level: 'MEDIUM', ei: { value: 0.75, justification: expect.stringMatching(/NIR tronqué/) } },
      override: { ei: 0.75, reason: 'NIR tronqué sur les pages extraites' },
    });
    // The chosen assessment no longer calls for art. 34, but Horizon's recorded decision to inform, and its
    // sendings, stand: a later assessment never erases what the controller decided and did.
    const { obligations } = after.data!.notification!.document;
    expect(after.data!.notification!.document.severityJson).toMatchObject({ chosen: { art34Recommended: false } });
    expect(obligations.find((o) => o.code === 'DATA_SUBJECTS_COMMUNICATION')?.status).toBe('DONE');
    const noReason = await gw.gql(
      UpdateNotificationDocument,
      { id: draft.id, input: { version: draft.version + 1, severityOverride: { dpc: 7, reason: ' ' } } },
      tokens.horizon,
    );
    expect(onlyError(noReason).extensions?.problems?.map((p) => p.argument)).toEqual([
      'input.severityOverride.reason',
      'input.severityOverride.dpc',
    ]);
    const content = data!.notification!.document.content as { sections: { title: string }[] };
    expect(content.sections).toHaveLength(14);
    const { letter } = data!.notification!.document;
    expect(letter.organization.name).toBe('Mutuelle Horizon Santé');
    // Only what is recorded: no consequences paragraph without harms; the measures of the demo's letter record.
    expect(letter.paragraphs.map((p) => p.item)).toEqual(['NATURE', 'MEASURES', 'CONTACT', 'ADVICE']);
  });

  it('refuses READY to the late controller until it gives the reasons for the delay', async () => {
    const draft = await create('lumiere');
    const { data } = await gw.gql(NotificationDocumentDocument, { id: draft.id }, tokens.lumiere);
    // Aware from the press on 1 February 18:00 UTC: due 4 February 18:00, overdue now.
    expect(data!.notification!.document.deadline).toMatchObject({ dueAt: '2024-02-04T18:00:00.000Z', overdue: true });
    expect(data!.notification!.document.completeness.filter((i) => i.blocksReady).map((i) => i.code)).toEqual(['MISSING_DELAY_REASONS']);

    const refused = onlyError(await gw.gql(MarkNotificationReadyDocument, { id: draft.id, version: draft.version }, tokens.lumiere));
    expect(refused.extensions?.code).toBe('INVALID_STATE_TRANSITION');
    expect(refused.message).toMatch(/blocking/);

    const explained = await gw.gql(
      UpdateNotificationDocument,
      {
        id: draft.id,
        input: { version: draft.version, delayReasons: 'Alerte du sous-traitant reçue le 6 février seulement ; vérifications internes.' },
      },
      tokens.lumiere,
    );
    const ready = await gw.gql(
      MarkNotificationReadyDocument,
      { id: draft.id, version: explained.data!.updateNotification.version },
      tokens.lumiere,
    );
    expect(ready.data!.markNotificationReady.status).toBe('READY');
  });

  it('answers a stale version with CONFLICT and keeps the newer text', async () => {
    const draft = await create('cigales');
    const first = await gw.gql(
      UpdateNotificationDocument,
      { id: draft.id, input: { version: draft.version, otherDpa: 'Aucune' } },
      tokens.cigales,
    );
    expect(first.data!.updateNotification.version).toBe(draft.version + 1);
    const stale = onlyError(
      await gw.gql(UpdateNotificationDocument, { id: draft.id, input: { version: draft.version, otherDpa: 'Écrasé' } }, tokens.cigales),
    );
    expect(stale.extensions?.code).toBe('CONFLICT');
  });

  it('never loses one of 20 concurrent updates: each either lands or is told CONFLICT', async () => {
    const draft = await create('cigales', 'COMPLETE');
    const token = tokens.cigales;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gw.gql(UpdateNotificationDocument, { id: draft.id, input: { version: draft.version, otherDpa: `update ${i}` } }, token),
      ),
    );
    const landed = results.filter((r) => r.data?.updateNotification);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(landed.length + refused.length).toBe(20);
    expect(landed).toHaveLength(1);
    const { data } = await gw.gql(NotificationDocumentDocument, { id: draft.id }, token);
    expect(data!.notification!.version).toBe(draft.version + 1);
    expect(landed[0]!.data!.updateNotification.version).toBe(data!.notification!.version);
  });

  it('freezes a filed notification with its hash, and starts a complementary one that cites it', async () => {
    const { data: list } = await gw.gql(NotificationDocumentDocument, { id: (await create('horizon', 'COMPLETE')).id }, tokens.horizon);
    const draft = list!.notification!;
    // Horizon completes what its draft lacked, through its own assessment.
    await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: incidentA,
          exposureId: exposures.horizon,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: 'complete-the-draft',
          incidentFacts: { description: 'Extraction de pages bénéficiaires via le portail des professionnels.' },
          exposureFacts: {
            subjectCategories: ['MEMBERS', 'MINORS'],
            consequences: ['MISUSE', 'CROSS_MATCHING'],
            measuresTaken: 'Portail fermé, mots de passe réinitialisés, plainte déposée.',
            communicationStatus: 'INFORMED', // the demo records Horizon's sendings from 6 February
          },
        },
      },
      tokens.horizon,
    );
    const updated = await gw.gql(
      UpdateNotificationDocument,
      { id: draft.id, input: { version: draft.version, delayReasons: 'Analyse des listes du sous-traitant.' } },
      tokens.horizon,
    );
    // A COMPLETE notification's gravity is a named person's decision: signed off before READY.
    const signed = await gw.gql(
      SignOffGravityDocument,
      { id: draft.id, version: updated.data!.updateNotification.version, input: { gravity: 'IMPORTANT' } },
      tokens.horizon,
    );
    const ready = await gw.gql(
      MarkNotificationReadyDocument,
      { id: draft.id, version: signed.data!.signOffGravity.version },
      tokens.horizon,
    );
    expect(ready.errors).toBeUndefined();
    const filed = await gw.gql(
      RecordNotificationFilingDocument,
      {
        id: draft.id,
        input: { version: ready.data!.markNotificationReady.version, cnilReference: 'CNIL-2024-000123', filedAt: '2024-02-06T12:00:00Z' },
      },
      tokens.horizon,
    );
    expect(filed.data!.recordNotificationFiling).toMatchObject({ status: 'FILED', filedLate: true, cnilReference: 'CNIL-2024-000123' });
    const { data } = await gw.gql(NotificationDocumentDocument, { id: draft.id }, tokens.horizon);
    expect(data!.notification!.document.sha256).toBe(filed.data!.recordNotificationFiling.snapshotSha256);
    expect(canonicalHash(data!.notification!.document.content)).toBe(data!.notification!.document.sha256);

    // Facts arriving later change drafts, never what was filed.
    await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: incidentA,
          exposureId: exposures.horizon,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: 'later',
          exposureFacts: { approxPersons: 5_300 },
        },
      },
      tokens.horizon,
    );
    const after = await gw.gql(NotificationDocumentDocument, { id: draft.id }, tokens.horizon);
    expect(after.data!.notification!.document.sha256).toBe(data!.notification!.document.sha256);
    expect(
      onlyError(await gw.gql(UpdateNotificationDocument, { id: draft.id, input: { version: 99, otherDpa: 'x' } }, tokens.horizon))
        .extensions?.code,
    ).toBe('CONFLICT');

    const complementary = await gw.gql(StartComplementaryNotificationDocument, { id: draft.id }, tokens.horizon);
    expect(complementary.data!.startComplementaryNotification).toMatchObject({
      type: 'COMPLEMENTARY',
      status: 'DRAFT',
      initial: { cnilReference: 'CNIL-2024-000123' },
    });
    const doc = await gw.gql(NotificationDocumentDocument, { id: complementary.data!.startComplementaryNotification.id }, tokens.horizon);
    const content = doc.data!.notification!.document.content as { notification: { initial: { number: string; filedAt: string } } };
    expect(content.notification.initial).toEqual({ number: 'CNIL-2024-000123', filedAt: '2024-02-06T12:00:00.000Z' });
    // The complementary notification shows what changed since the filing: its type, and the later count.
    const changes = doc.data!.notification!.changesSinceInitial!;
    expect(changes.find((c) => c.path === 'data.persons')).toMatchObject({ kind: 'CHANGED', before: '5250', after: '5300' });
    expect(changes.find((c) => c.path === 'type.type')).toMatchObject({
      before: 'Notification complète',
      after: 'Notification complémentaire',
    });
    expect(data!.notification!.changesSinceInitial).toBeNull();
  });

  it("keeps another controller's notifications out of reach, and processors out of drafting", async () => {
    const draft = await create('horizon');
    expect(onlyError(await gw.gql(NotificationDocumentDocument, { id: draft.id }, tokens.cigales)).extensions?.code).toBe('NOT_FOUND');
    const processor = onlyError(
      await gw.gql(CreateNotificationDocument, { input: { exposureId: exposures.horizon, type: 'INITIAL' } }, tokens.operatorA),
    );
    expect(processor.extensions?.code).toBe('FORBIDDEN');
  });

  it("lists an exposure's obligations: CNIL, persons, the processor's alert; no DORA or NIS 2 duty in February 2024", async () => {
    const { data } = await gw.gql(ExposureObligationsDocument, { id: exposures.lumiere }, tokens.lumiere);
    const byCode = Object.fromEntries(data!.exposure!.obligations.map((o) => [o.code, o]));
    expect(byCode.CNIL_NOTIFICATION).toMatchObject({
      dueAt: '2024-02-04T18:00:00.000Z',
      legalEnd: '2024-02-04T19:00:00.000Z',
      effectiveFrom: '2018-05-25',
      status: 'OVERDUE',
      dueBasis: expect.stringMatching(/lecture prudente/),
    });
    expect(byCode.DATA_SUBJECTS_COMMUNICATION).toMatchObject({ status: 'PENDING', dueAt: null });
    // The gateway under test records a 24-hour contractual alert term: lateness is the contract's, not the RGPD's.
    expect(byCode.PROCESSOR_ALERT).toMatchObject({
      party: 'PROCESSOR',
      status: 'DONE_LATE',
      rationale: expect.stringMatching(/^Retard au regard du contrat/),
      dueBasis: expect.stringMatching(/^Échéance contractuelle, non légale/),
    });
    // DORA applies from 17 January 2025, and no French transposition of NIS 2 is configured (legal review O1, O8).
    for (const code of ['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL'])
      expect(byCode[code]).toMatchObject({
        status: 'NOT_APPLICABLE',
        dueAt: null,
        rationale: expect.stringMatching(/à compter du 17 janvier 2025/),
      });
    expect(byCode.ANSSI_NOTIFICATION).toMatchObject({
      status: 'NOT_APPLICABLE',
      rationale: expect.stringMatching(/pas de transposition française/),
    });
  });

  it('gives dashboards their deadlines, soonest first, scoped to the viewer, overdue or not', async () => {
    const mine = (await gw.gql(DeadlinesDocument, {}, tokens.cigales)).data!.deadlines.edges.map((edge) => edge.node);
    expect(new Set(mine.map((d) => d.controllerName))).toEqual(new Set(['Mutuelle des Cigales']));
    const dues = mine.map((d) => d.obligation.dueAt!);
    expect([...dues].sort()).toEqual(dues);
    const overdue = (await gw.gql(DeadlinesDocument, { overdue: true }, tokens.cigales)).data!.deadlines.edges.map((edge) => edge.node);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((d) => d.obligation.status === 'OVERDUE')).toBe(true);
    const soon = (await gw.gql(DeadlinesDocument, { before: '2024-02-03T00:00:00Z' }, tokens.cigales)).data!.deadlines.edges.map(
      (edge) => edge.node,
    );
    expect(soon.every((d) => d.obligation.dueAt! < '2024-02-03T00:00:00.000Z')).toBe(true);
    // The processor sees the alert deadlines it owes every insurer of its incident.
    const processor = (await gw.gql(DeadlinesDocument, {}, tokens.operatorA))
      .data!.deadlines.edges.map((edge) => edge.node)
      .filter((d) => d.obligation.code === 'PROCESSOR_ALERT');
    expect(processor).toHaveLength(4);
  });
});
