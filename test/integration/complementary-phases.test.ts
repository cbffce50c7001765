import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import {
  ExposureObligationsDocument,
  FilingCopyNotificationsDocument,
  IncidentsDocument,
  MarkNotificationReadyDocument,
  PhaseNotificationDocument,
  type PhaseNotificationQuery,
  PhaseRecordFilingDocument,
  PhaseStartComplementaryDocument,
  PhaseUpdateDocument,
  SignOffGravityDocument,
  SubmitBreachFactsDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';

/** pdftotext of a PDF, with runs of whitespace made one space (labels and cells wrap). */
const textOf = (bytes: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');

const clock = { at: new Date('2024-02-06T12:00:00Z'), now: () => new Date(clock.at) };
/** Cigales files its initial on 6 February, promising the rest for the 9th at 15:00 Paris. */
const INITIAL_FILED = '2024-02-06T14:00:00.000Z';
const PROMISED = '2024-02-09T14:00:00.000Z';

type Phase = NonNullable<PhaseNotificationQuery['notification']>;

/**
 * Issue 13 « Phases (D6) »: an initial, a partial complement with its reasons, a final one filed
 * after the promised date with the delay's reasons; the follow-up duty then met; a third complement
 * only with the reason it follows the final; each filing copy naming its rank and what it adds.
 */
describe(`phased CNIL notifications (art. 33(4)) on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let legal: string;
  let incidentId: string;
  let exposureId: string;
  let initialId: string;
  let first: Phase;
  let second: Phase;

  const view = async (id: string): Promise<Phase> => {
    const { data, errors } = await gw.gql(PhaseNotificationDocument, { id }, legal);
    expect(errors).toBeUndefined();
    return data!.notification!;
  };
  const followUp = async () => {
    const { data } = await gw.gql(ExposureObligationsDocument, { id: exposureId }, legal);
    return data!.exposure!.obligations.find((o) => o.code === 'CNIL_COMPLEMENTARY');
  };
  const pdfText = async (path: string) => {
    const response = await fetch(`${gw.baseUrl}${path}`, { headers: { authorization: `Bearer ${legal}` } });
    expect(response.status).toBe(200);
    return textOf(Buffer.from(await response.arrayBuffer()));
  };
  const submit = (key: string, exposureFacts: Record<string, unknown>, incidentFacts: Record<string, unknown> = {}) =>
    gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId,
          exposureId,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: key,
          incidentFacts,
          exposureFacts,
        },
      },
      legal,
    );
  const ready = async (id: string) => {
    const { version } = await view(id);
    return gw.gql(MarkNotificationReadyDocument, { id, version }, legal);
  };
  const file = async (id: string, cnilReference: string, filedAt: string, complementaryFollowUpAt?: string) => {
    const { version } = await view(id);
    const { data, errors } = await gw.gql(
      PhaseRecordFilingDocument,
      { id, input: { version, cnilReference, filedAt, complementaryFollowUpAt } },
      legal,
    );
    expect(errors).toBeUndefined();
    return data!.recordNotificationFiling;
  };

  beforeAll(async () => {
    gw = await startGateway({ clock });
    orgs = await withDemo(gw);
    legal = await gw.token(orgs.cigales, [Role.CONTROLLER_LEGAL], 'legal@cigales.example');
    const { data } = await gw.gql(FilingCopyNotificationsDocument, {}, legal);
    const rows = data!.incidents.edges.flatMap((e) =>
      e.node.exposures.edges
        .map((edge) => edge.node)
        .flatMap((x) => x.notifications.edges.map((edge) => edge.node).map((n) => ({ ...n, exposure: x }))),
    );
    const initial = rows.find((r) => r.exposure.controller.id === orgs.cigales && r.status === 'READY')!;
    initialId = initial.id;
    exposureId = initial.exposure.id;
    const incidents = await gw.gql(IncidentsDocument, {}, legal);
    incidentId = incidents.data!.incidents.edges.find((e) =>
      e.node.exposures.edges.map((edge) => edge.node).some((x) => x.id === exposureId),
    )!.node.id;
  });
  afterAll(() => gw.close());

  it('files the initial with its promised follow-up date, which the follow-up duty then waits for', async () => {
    clock.at = new Date('2024-02-06T15:00:00Z');
    expect(await followUp()).toBeUndefined();
    const filed = await file(initialId, 'CNIL-2024-CIG-1', INITIAL_FILED, PROMISED);
    expect(filed).toMatchObject({ status: 'FILED', complementaryFollowUpAt: PROMISED });
    expect(await followUp()).toMatchObject({
      status: 'PENDING',
      dueAt: PROMISED,
      basis: 'RGPD, article 33, paragraphe 4',
      dueBasis: expect.stringMatching(/^Date promise dans la notification initiale/),
    });
    expect(await pdfText(`/notifications/${initialId}/filing.pdf`)).toContain(
      'Date à laquelle les informations complémentaires seront transmises 09/02/2024 15:00',
    );
  });

  it('files complementary n° 1, partial: each item still missing with the reason it is not yet available', async () => {
    clock.at = new Date('2024-02-07T10:00:00Z');
    const started = await gw.gql(PhaseStartComplementaryDocument, { id: initialId }, legal);
    expect(started.data!.startComplementaryNotification).toMatchObject({ rank: 1, final: false, initial: { id: initialId } });
    const id = started.data!.startComplementaryNotification.id;
    await submit('phase-1', { approxPersons: 151_000 });

    // Without reasons, READY is refused, naming each item still missing.
    const refused = onlyError(await ready(id));
    expect(refused.extensions?.code).toBe('INVALID_STATE_TRANSITION');
    const extensions = refused.extensions as unknown as { missing: { path: string; message: string }[] };
    const missing = extensions.missing.filter((m) => m.message.includes('no reason is recorded'));
    expect(missing.length).toBeGreaterThan(0);

    const reasons = missing.map((m) => ({ path: m.path, reason: `Analyse en cours (${m.path}) : résultat attendu le 9 février.` }));
    const { version } = await view(id);
    // The initial was filed past 72 hours: its complements carry the delay's reasons too (legal review D7).
    const delayReasons = 'Alerte du sous-traitant reçue tardivement ; listes reçues le 5 février.';
    const updated = await gw.gql(PhaseUpdateDocument, { id, input: { version, missingItemReasons: reasons, delayReasons } }, legal);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateNotification.missingItemReasons).toHaveLength(reasons.length);
    // A path that is no art. 33(3) item is refused, naming where.
    const bad = onlyError(
      await gw.gql(
        PhaseUpdateDocument,
        {
          id,
          input: { version: updated.data!.updateNotification.version, missingItemReasons: [{ path: 'organization.siren', reason: 'x' }] },
        },
        legal,
      ),
    );
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.extensions)).toContain('input.missingItemReasons[0].path');

    expect((await ready(id)).errors).toBeUndefined();
    clock.at = new Date('2024-02-07T11:30:00Z');
    await file(id, 'CNIL-2024-CIG-2', '2024-02-07T11:00:00.000Z');
    first = await view(id);
    expect(first.changesSincePrevious).toContainEqual(
      expect.objectContaining({ label: 'Nombre approximatif de personnes', kind: 'CHANGED', after: '151000' }),
    );
    // Not final: the follow-up duty still waits.
    expect((await followUp())?.status).toBe('PENDING');

    const text = await pdfText(first.document.url);
    expect(text).toContain('Notification complémentaire n° 1');
    expect(text).toContain('Informations encore indisponibles et raisons (article 33, paragraphe 4)');
    expect(text).toContain('résultat attendu le 9 février');
    expect(text).toContain('Ajouts et modifications par rapport à la dernière notification déposée');
    expect(text).toMatch(/Nombre approximatif de personnes Modification \S+ 151 ?000/);
    expect(text).toContain('CNIL-2024-CIG-1');
  });

  it('files complementary n° 2, final, after the promised date: every item and the delay’s reasons; the duty is met', async () => {
    clock.at = new Date('2024-02-10T09:00:00Z');
    expect((await followUp())?.status).toBe('OVERDUE');
    const started = await gw.gql(PhaseStartComplementaryDocument, { id: first.id }, legal);
    const id = started.data!.startComplementaryNotification.id;
    expect(started.data!.startComplementaryNotification).toMatchObject({ rank: 2, initial: { id: initialId } });
    // One open complement at a time per initial, whichever filing it was started from.
    expect(onlyError(await gw.gql(PhaseStartComplementaryDocument, { id: initialId }, legal)).extensions?.code).toBe('CONFLICT');

    let { version } = await view(id);
    version = (await gw.gql(PhaseUpdateDocument, { id, input: { version, final: true } }, legal)).data!.updateNotification.version;
    await submit(
      'phase-2',
      {
        subjectCategories: ['MEMBERS'],
        consequences: ['MISUSE'],
        measuresTaken: 'Portail fermé, comptes des professionnels réinitialisés.',
        communicationStatus: 'WILL_BE_INFORMED',
        approxRecords: 160_000,
      },
      { description: 'Extraction de pages bénéficiaires par le portail des professionnels du tiers payant.' },
    );
    await gw.gql(SignOffGravityDocument, { id, version, input: { gravity: 'IMPORTANT' } }, legal);
    const blocking = () => view(id).then((v) => v.document.completeness.filter((i) => i.blocksReady).map((i) => i.code));
    expect(await blocking()).toContain('MISSING_FOLLOW_UP_DELAY_REASONS');
    ({ version } = await view(id));
    await gw.gql(
      PhaseUpdateDocument,
      { id, input: { version, delayReasons: 'Rapport d’analyse du sous-traitant remis le 9 février au soir.' } },
      legal,
    );
    expect(await blocking()).toEqual([]);
    expect((await ready(id)).errors).toBeUndefined();
    clock.at = new Date('2024-02-10T10:30:00Z');
    await file(id, 'CNIL-2024-CIG-3', '2024-02-10T10:00:00.000Z');
    second = await view(id);
    expect(second).toMatchObject({ status: 'FILED', rank: 2, final: true });

    expect(await followUp()).toMatchObject({
      status: 'DONE_LATE',
      doneAt: '2024-02-10T10:00:00.000Z',
      rationale: expect.stringMatching(/Notification complémentaire finale \(ou complète\) déposée le 10\/02\/2024 11:00/),
    });

    const text = await pdfText(second.document.url);
    expect(text).toContain('Notification complémentaire n° 2 — finale');
    expect(text).toContain('Notification complémentaire n° 1 CNIL-2024-CIG-2');
    expect(text).toContain('Ajouts et modifications par rapport à la dernière notification déposée');
    expect(text).toContain('12 Mesures prises Ajout — Portail fermé, comptes des professionnels réinitialisés.');
    expect(text).toMatch(/8 Nombre approximatif d'enregistrements Modification \S+ 160 ?000/);
    expect(text).not.toContain('Informations encore indisponibles');
  });

  it('starts a third complement only with the reason it follows the final one, and shows that reason', async () => {
    clock.at = new Date('2024-02-12T09:00:00Z');
    const refused = onlyError(await gw.gql(PhaseStartComplementaryDocument, { id: second.id }, legal));
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.extensions)).toContain('afterFinalReason');
    const reason = 'Une seconde extraction, découverte le 11 février, étend la violation.';
    const started = await gw.gql(PhaseStartComplementaryDocument, { id: second.id, afterFinalReason: reason }, legal);
    expect(started.data!.startComplementaryNotification).toMatchObject({ rank: 3, final: false, afterFinalReason: reason });
    const third = await view(started.data!.startComplementaryNotification.id);
    const section1 = (third.document.content as { sections: { items: { path: string; value?: string }[] }[] }).sections[0]!;
    expect(section1.items.find((i) => i.path === 'type.afterFinalReason')?.value).toBe(reason);
    // The duty stays met by the final.
    expect((await followUp())?.status).toBe('DONE_LATE');
  });
});
