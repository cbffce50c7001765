import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import type { Clock } from '../../src/config/clock';
import {
  CreateNotificationDocument,
  DecidePersonsInformationDocument,
  ExposurePersonsInformationDocument,
  IncidentsDocument,
  MarkNotificationReadyDocument,
  NotificationDocumentDocument,
  type DecidePersonsInformationInput,
  RecordPersonsCommunicationDocument,
  RegisterDetailsDocument,
  UpdateExposureDocument,
  UpdateNotificationDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first, must } from '../support/must';

const DAY = 86_400_000;

describe(`the art. 34 decision and communication on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  // The clock moves forward within the file: the decision, then a week and a day later.
  let now = new Date('2024-02-06T12:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  let cigalesDpo: string;
  let cigalesLegal: string;
  let horizonDpo: string;
  let cigales: string;
  let atlantique: string;
  let horizonB: string;

  const file = async (id: string, token = cigalesDpo) => {
    const { data, errors } = await gw.gql(ExposurePersonsInformationDocument, { id }, token);
    expect(errors).toBeUndefined();
    const obligation = data!.exposure!.obligations.find((o) => o.code === 'DATA_SUBJECTS_COMMUNICATION')!;
    return { info: data!.exposure!.personsInformation!, obligation };
  };
  const decide = (exposureId: string, input: DecidePersonsInformationInput, token = cigalesDpo) =>
    gw.gql(DecidePersonsInformationDocument, { exposureId, input }, token);

  beforeAll(async () => {
    gw = await startGateway({ clock });
    orgs = await withDemo(gw);
    cigalesDpo = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO], 'dpo@cigales.example');
    cigalesLegal = await gw.token(orgs.cigales, [Role.CONTROLLER_LEGAL], 'legal@cigales.example');
    horizonDpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const { data } = await gw.gql(IncidentsDocument, { filter: { sourceOrganizationId: orgs['operator-a'] } }, admin);
    const incident = first(data!.incidents.edges).node;
    cigales = incident.exposures.edges.map((edge) => edge.node).find((e) => e.controller.id === orgs.cigales)!.id;
    atlantique = incident.exposures.edges.map((edge) => edge.node).find((e) => e.controller.id === orgs.atlantique)!.id;
    const incidentB = await gw.gql(IncidentsDocument, { filter: { sourceOrganizationId: orgs['operator-b'] } }, admin);
    horizonB = first(incidentB.data!.incidents.edges)
      .node.exposures.edges.map((edge) => edge.node)
      .find((e) => e.controller.id === orgs.horizon)!.id;
  });
  afterAll(() => gw.close());

  it('before any decision, the obligation is pending with no due date and says the decision is awaited', async () => {
    const { info, obligation } = await file(cigales);
    expect(info).toMatchObject({ decision: null, history: [], communications: [] });
    expect(obligation).toMatchObject({ status: 'PENDING', dueAt: null, doneAt: null });
    expect(obligation.rationale).toContain('en attente');
  });

  it('refuses "risk not high" against a high chosen severity', async () => {
    const error = onlyError(await decide(cigales, { decision: 'NOT_INFORM', ground: 'RISK_NOT_HIGH', reasoning: 'Peu de risque.' }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.problems?.[0]).toMatchObject({ argument: 'input.ground' });
    expect(error.message).toMatch(/article 34, paragraphe 1/);
    expect(error.message).toMatch(/contradicts the computed severity (HIGH|VERY_HIGH)/);
  });

  it('refuses "data unintelligible" when a NIR and names were exposed in clear', async () => {
    const error = onlyError(await decide(cigales, { decision: 'NOT_INFORM', ground: 'DATA_UNINTELLIGIBLE', reasoning: 'Base chiffrée.' }));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('article 34, paragraphe 3, point a)');
    expect(error.message).toContain('NIR');
    expect(error.message).toContain('nom');
  });

  it('refuses art. 34(3)(c) without the public communication’s date, channel and reference', async () => {
    const error = onlyError(
      await decide(cigales, {
        decision: 'NOT_INFORM',
        ground: 'DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION',
        reasoning: 'Trop de personnes.',
      }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.problems?.map((p) => p.argument)).toEqual([
      'input.publicCommunicationAt',
      'input.publicCommunicationChannel',
      'input.publicCommunicationReference',
    ]);
    expect(error.message).toContain('article 34, paragraphe 3, point c)');
    expect((await file(cigales)).info.history).toEqual([]);
  });

  it('keeps another controller out: it can neither read nor decide (NOT_FOUND)', async () => {
    expect(onlyError(await gw.gql(ExposurePersonsInformationDocument, { id: cigales }, horizonDpo)).extensions?.code).toBe('NOT_FOUND');
    const refused = await decide(cigales, { decision: 'INFORM', reasoning: 'Intrus.' }, horizonDpo);
    expect(onlyError(refused).extensions?.code).toBe('NOT_FOUND');
  });

  it('leaves the decision to the DPO: the legal team reads it but may not take it', async () => {
    const refused = await decide(cigales, { decision: 'INFORM', reasoning: 'Avis juridique.' }, cigalesLegal);
    expect(onlyError(refused).extensions?.code).toBe('FORBIDDEN');
    expect((await file(cigales, cigalesLegal)).info.decision).toBeNull();
  });

  it('records a decision to inform with its author and date; the communication is then due, then overdue', async () => {
    const decidedAt = now;
    const { data, errors } = await decide(cigales, {
      decision: 'INFORM',
      reasoning: 'NIR et état civil de mineurs exposés : risque élevé.',
    });
    expect(errors).toBeUndefined();
    const decision = data!.decidePersonsInformation.decision!;
    expect(decision).toMatchObject({
      decision: 'INFORM',
      ground: null,
      decidedBy: 'dpo@cigales.example',
      decidedAt: decidedAt.toISOString(),
      targetDays: 7,
      communicationDueAt: new Date(decidedAt.getTime() + 7 * DAY).toISOString(),
    });
    let { obligation } = await file(cigales);
    expect(obligation).toMatchObject({ status: 'PENDING', dueAt: decision.communicationDueAt, doneAt: null });
    expect(obligation.rationale).toContain('dpo@cigales.example');
    expect(obligation.dueBasis).toContain('« dans les meilleurs délais » (article 34, paragraphe 1)');
    expect(obligation.dueBasis).toContain('hypothèse');

    now = new Date(decidedAt.getTime() + 8 * DAY);
    ({ obligation } = await file(cigales));
    expect(obligation.status).toBe('OVERDUE');
  });

  it('keeps the history: a new decision names the one it replaces and never moves the due date', async () => {
    const current = (await file(cigales)).info.decision!;
    const stale = await decide(cigales, { decision: 'INFORM', reasoning: 'Sans référence.' });
    expect(onlyError(stale).extensions?.code).toBe('CONFLICT');
    const { data, errors } = await decide(cigales, {
      decision: 'INFORM',
      reasoning: 'Confirmée après avis du comité.',
      replaces: current.id,
    });
    expect(errors).toBeUndefined();
    const info = data!.decidePersonsInformation;
    expect(info.history.map((d) => d.id)).toEqual([info.decision!.id, current.id]);
    expect(info.decision).toMatchObject({ replaces: current.id, communicationDueAt: current.communicationDueAt });
  });

  it('is done once a communication is recorded, at its sending date', async () => {
    const due = new Date((await file(cigales)).info.decision!.communicationDueAt!);
    const sentAt = new Date(due.getTime() - 2 * DAY).toISOString();
    const { data, errors } = await gw.gql(
      RecordPersonsCommunicationDocument,
      { exposureId: cigales, input: { sentAt, channel: 'POSTAL_MAIL', personsReached: 127_400, failures: 600, note: 'Lettre type v2.' } },
      cigalesLegal,
    );
    expect(errors).toBeUndefined();
    expect(data!.recordPersonsCommunication.communications).toEqual([
      expect.objectContaining({
        sentAt,
        channel: 'POSTAL_MAIL',
        personsReached: 127_400,
        failures: 600,
        isReminder: false,
        recordedBy: 'legal@cigales.example',
      }),
    ]);
    const reminder = await gw.gql(
      RecordPersonsCommunicationDocument,
      { exposureId: cigales, input: { sentAt: now.toISOString(), channel: 'EMAIL', personsReached: 500, isReminder: true } },
      cigalesDpo,
    );
    expect(reminder.errors).toBeUndefined();
    const { obligation, info } = await file(cigales);
    expect(info.communications).toHaveLength(2);
    expect(obligation).toMatchObject({ status: 'DONE', doneAt: sentAt });
  });

  it('refuses a communication before any decision to inform', async () => {
    const atlantiqueDpo = await gw.token(orgs.atlantique, [Role.CONTROLLER_DPO]);
    const refused = await gw.gql(
      RecordPersonsCommunicationDocument,
      { exposureId: atlantique, input: { sentAt: now.toISOString(), channel: 'EMAIL', personsReached: 1 } },
      atlantiqueDpo,
    );
    expect(onlyError(refused).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('makes the obligation not applicable after a decision not to inform, saying on what ground', async () => {
    const atlantiqueDpo = await gw.token(orgs.atlantique, [Role.CONTROLLER_DPO], 'dpo@atlantique.example');
    const { errors } = await decide(
      atlantique,
      {
        decision: 'NOT_INFORM',
        ground: 'SUBSEQUENT_MEASURES',
        reasoning: 'Comptes bloqués et fichiers récupérés auprès de l’attaquant identifié.',
      },
      atlantiqueDpo,
    );
    expect(errors).toBeUndefined();
    const { obligation, info } = await file(atlantique, atlantiqueDpo);
    expect(info.decision).toMatchObject({
      decision: 'NOT_INFORM',
      ground: 'SUBSEQUENT_MEASURES',
      communicationDueAt: null,
      decidedBy: 'dpo@atlantique.example',
    });
    expect(obligation).toMatchObject({ status: 'NOT_APPLICABLE', dueAt: null });
    expect(obligation.rationale).toContain('Décision de ne pas informer les personnes');
    expect(obligation.rationale).toContain('article 34, paragraphe 3, point b)');

    // The art. 33(5) register documents the decision itself: its ground, reasons, author and date.
    const response = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${atlantiqueDpo}` } });
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain('Ne pas informer les personnes (des mesures ultérieures rendent le risque élevé improbable');
    expect(csv).toContain('décision de dpo@atlantique.example');
    expect(csv).toContain('Comptes bloqués et fichiers récupérés auprès de l’attaquant identifié.');
  });

  /** Legal review C2, R3, E7: a low level suggests, a named person decides, and section 13 follows the decision. */
  // Horizon's exposure to incident B: the demo records no art. 34 decision there (it does for Rhône).
  describe('a low severity, then a decision and a contradicting section 13', () => {
    let horizonDpo: string;
    let notificationId: string;
    const persons = async () => {
      const { data, errors } = await gw.gql(NotificationDocumentDocument, { id: notificationId }, horizonDpo);
      expect(errors).toBeUndefined();
      const document = data!.notification!.document;
      const { obligations } = document;
      return {
        document,
        obligation: must(
          obligations.find((o) => o.code === 'DATA_SUBJECTS_COMMUNICATION'),
          'the art. 34 obligation',
        ),
      };
    };
    const registerEntry = async () => {
      const { data, errors } = await gw.gql(RegisterDetailsDocument, {}, horizonDpo);
      expect(errors).toBeUndefined();
      return must(
        data!.register.edges.map((edge) => edge.node).find((e) => e.exposureId === horizonB),
        'the register entry',
      );
    };

    beforeAll(async () => {
      horizonDpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
      const created = await gw.gql(CreateNotificationDocument, { input: { exposureId: horizonB, type: 'COMPLETE' } }, horizonDpo);
      expect(created.errors).toBeUndefined();
      const draft = created.data!.createNotification;
      notificationId = draft.id;
      const lowered = await gw.gql(
        UpdateNotificationDocument,
        {
          id: draft.id,
          input: { version: draft.version, severityOverride: { level: 'LOW', reason: 'Fichier chiffré, clé hors de portée.' } },
        },
        horizonDpo,
      );
      expect(lowered.errors).toBeUndefined();
    });

    it('reads a low level as a suggestion awaiting a decision, in the API and the register, never as not applicable', async () => {
      const { obligation } = await persons();
      expect(obligation).toMatchObject({ status: 'PENDING', dueAt: null });
      expect(obligation.rationale).toMatch(
        /^Suggestion : risque non élevé \(ENISA, niveau retenu : faible ; calculé : (élevé|très élevé), SE [\d,]+\) — décision d’informer ou non les personnes à enregistrer \(article 34\)/,
      );
      const entry = await registerEntry();
      expect(entry).toMatchObject({ severityLevel: 'LOW', personsDecision: null });
      expect(entry.personsSuggestion).toMatch(
        /^Suggestion : risque non élevé \(ENISA, .*\) — décision d’informer ou non les personnes à enregistrer/,
      );
      const response = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${horizonDpo}` } });
      expect(await response.text()).toContain(`Non décidée — ${entry.personsSuggestion}`);
    });

    it('blocks READY once section 13 contradicts the recorded decision, naming section 13, why and the decision', async () => {
      const reasoning = 'Fichier chiffré, clé hors de portée : risque non élevé pour les personnes.';
      const decided = await decide(horizonB, { decision: 'NOT_INFORM', ground: 'RISK_NOT_HIGH', reasoning }, horizonDpo);
      expect(decided.errors).toBeUndefined();
      expect((await persons()).obligation).toMatchObject({ status: 'NOT_APPLICABLE', dueAt: null });
      expect((await registerEntry()).personsDecision).toMatchObject({
        decision: 'NOT_INFORM',
        decidedBy: 'dpo@horizon.example',
        reasoning,
      });

      const stated = await gw.gql(UpdateExposureDocument, { id: horizonB, input: { communicationStatus: 'WILL_BE_INFORMED' } }, horizonDpo);
      expect(stated.errors).toBeUndefined();
      const { document } = await persons();
      const issue = must(
        document.completeness.find((i) => i.code === 'INCONSISTENT_ART34_DECISION'),
        'the section 13 issue',
      );
      expect(issue).toMatchObject({ section: 13, path: 'communication.status', blocksReady: true });
      expect(issue.messageFr).toContain(
        'Section 13 : la réponse « Non, mais elles le seront » contredit la décision de dpo@horizon.example',
      );
      expect(issue.messageFr).toContain(
        'de ne pas informer les personnes (motif : la violation n’est pas susceptible d’engendrer un risque élevé',
      );
      expect(issue.messageFr).toContain('réponse attendue : « Non, elles ne le seront pas » avec la justification');

      const { data } = await gw.gql(NotificationDocumentDocument, { id: notificationId }, horizonDpo);
      const refused = onlyError(
        await gw.gql(MarkNotificationReadyDocument, { id: notificationId, version: data!.notification!.version }, horizonDpo),
      );
      expect(refused.extensions?.code).toBe('INVALID_STATE_TRANSITION');
      expect(JSON.stringify(refused.extensions)).toContain('INCONSISTENT_ART34_DECISION');
    });
  });
});
