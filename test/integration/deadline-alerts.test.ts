import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { mayReceiveEvent } from '../../src/auth/scope';
import { Viewer } from '../../src/auth/viewer';
import { OutboxEvent } from '../../src/db/outbox/outbox.entity';
import { DEADLINE_ALERT, type DeadlineAlertPayload } from '../../src/notifications/notification-events';
import { DeadlineAlert } from '../../src/notifications/deadline-alert.entity';
import {
  CreateExposureDocument,
  CreateIncidentDocument,
  CreateOrganizationDocument,
  type CreateOrganizationInput,
  DecideCnilNotificationDocument,
  DeclareProcessorDocument,
  UpdateExposureDocument,
} from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { movableClock } from '../support/clock';

const H = 3_600_000;
const T0 = new Date('2024-03-04T10:00:00Z');

const organization = (siren: string, roles: CreateOrganizationInput['roles']): CreateOrganizationInput => ({
  roles,
  legalName: `Organisme ${siren}`,
  siren,
  vatNumber: null,
  address: { street: '1 rue Test', postalCode: '75001', city: 'Paris', country: 'FR' },
  contact: { civility: 'MADAME', firstName: 'Ana', lastName: 'Contact', email: 'contact@test.example' },
});

/** A processor's incident exposing two controllers (two tenants), each with its CNIL notification due 72 h after awareness. */
describe(`deadline alerts on ${dialect}`, () => {
  const clock = movableClock(T0);
  let gw: TestGateway;
  const tenants: Record<'a' | 'b', { id: string; token: string; exposure: string }> = {} as never;

  const alertsOf = (exposure: string) =>
    gw.app.orm.em.fork().find(DeadlineAlert, { exposure, code: 'CNIL_NOTIFICATION' }, { orderBy: { fireAt: 'asc', threshold: 'asc' } });
  const events = async () =>
    (await gw.app.orm.em.fork().find(OutboxEvent, { kind: DEADLINE_ALERT }, { orderBy: { id: 'asc' } })).map((e) => ({
      ...e,
      payload: e.payload as unknown as DeadlineAlertPayload,
    }));
  const eventsOf = async (exposure: string) => (await events()).filter((e) => e.payload.exposureId === exposure);

  beforeAll(async () => {
    gw = await startGateway({ clock });
    const admin = await gw.token('01900000-0000-7000-8000-0000000000ad', [Role.ADMIN]);
    const create = async (siren: string, roles: CreateOrganizationInput['roles']) =>
      (await gw.gql(CreateOrganizationDocument, { input: organization(siren, roles) }, admin)).data!.createOrganization.id;
    const processorId = await create('912300019', ['PROCESSOR']);
    const processor = await gw.token(processorId, [Role.PROCESSOR_SECURITY]);
    const incident = await gw.gql(
      CreateIncidentDocument,
      {
        input: {
          title: 'Intrusion portail',
          startPrecision: 'EXACT',
          startAt: new Date(T0.getTime() - 3 * H).toISOString(),
          natures: ['CONFIDENTIALITY'],
        },
      },
      processor,
    );
    const incidentId = incident.data!.createIncident.id;
    for (const [key, siren] of [
      ['a', '912300027'],
      ['b', '912300035'],
    ] as const) {
      const id = await create(siren, ['CONTROLLER']);
      const token = await gw.token(id, [Role.CONTROLLER_DPO]);
      await gw.gql(DeclareProcessorDocument, { controllerId: id, processorSiren: '912300019' }, token);
      const exposure = await gw.gql(
        CreateExposureDocument,
        { input: { incidentId, controllerId: id, processorAlertedAt: new Date(T0.getTime() - H).toISOString() } },
        processor,
      );
      expect(exposure.errors).toBeUndefined();
      tenants[key] = { id, token, exposure: exposure.data!.createExposure.id };
    }
  });
  afterAll(() => gw?.close());

  it("schedules a fresh exposure's CNIL notification at 24 h, 6 h, 1 h and at due, then a day after", async () => {
    const due = T0.getTime() + 71 * H;
    const alerts = await alertsOf(tenants.a.exposure);
    expect(alerts.map((a) => [a.threshold, a.fireAt.getTime() - due, a.status])).toEqual([
      ['PT24H', -24 * H, 'SCHEDULED'],
      ['PT6H', -6 * H, 'SCHEDULED'],
      ['PT1H', -H, 'SCHEDULED'],
      ['PT0S', 0, 'SCHEDULED'],
      ['OVERDUE', 24 * H, 'SCHEDULED'],
    ]);
    expect(alerts.every((a) => a.dueAt.getTime() === due && a.obligationId === `${tenants.a.exposure}:CNIL_NOTIFICATION`)).toBe(true);
    expect(alerts.every((a) => a.controllerId === tenants.a.id && a.processorId === null)).toBe(true);
  });

  it('cancels the alerts of a moved awareness and schedules the new due instant', async () => {
    const before = await alertsOf(tenants.b.exposure);
    const moved = await gw.gql(UpdateExposureDocument, { id: tenants.b.exposure, input: { awareAt: T0.toISOString() } }, tenants.b.token);
    expect(moved.errors).toBeUndefined();
    const after = await alertsOf(tenants.b.exposure);
    const old = after.filter((a) => before.some((b) => b.id === a.id));
    expect(old).toHaveLength(5);
    expect(old.every((a) => a.status === 'CANCELLED' && a.cancelledReason === 'DUE_MOVED')).toBe(true);
    const fresh = after.filter((a) => a.status === 'SCHEDULED');
    expect(fresh.map((a) => a.threshold)).toEqual(['PT24H', 'PT6H', 'PT1H', 'PT0S', 'OVERDUE']);
    expect(fresh.every((a) => a.dueAt.getTime() === T0.getTime() + 72 * H)).toBe(true);

    // Corrected back, then again: each time the alerts of the instant in force are the scheduled ones, never twice.
    for (const [awareAt, due] of [
      [new Date(T0.getTime() - H), T0.getTime() + 71 * H],
      [T0, T0.getTime() + 72 * H],
    ] as const) {
      expect(
        (await gw.gql(UpdateExposureDocument, { id: tenants.b.exposure, input: { awareAt: awareAt.toISOString() } }, tenants.b.token))
          .errors,
      ).toBeUndefined();
      const now = await alertsOf(tenants.b.exposure);
      expect(now).toHaveLength(10);
      const scheduled = now.filter((a) => a.status === 'SCHEDULED');
      expect(scheduled.map((a) => a.threshold)).toEqual(['PT24H', 'PT6H', 'PT1H', 'PT0S', 'OVERDUE']);
      expect(scheduled.every((a) => a.dueAt.getTime() === due)).toBe(true);
    }
  });

  it('fires each threshold once as time passes, with the agreed payload and audience', async () => {
    const due = T0.getTime() + 71 * H;
    for (const [threshold, offset] of [
      ['PT24H', -24 * H],
      ['PT6H', -6 * H],
      ['PT1H', -H],
      ['PT0S', 0],
      ['OVERDUE', 24 * H],
      ['OVERDUE', 48 * H],
    ] as const) {
      clock.set(new Date(due + offset + 1000));
      const before = (await eventsOf(tenants.a.exposure)).length;
      await gw.app.alerts.runDue();
      await gw.app.alerts.runDue();
      const fired = (await eventsOf(tenants.a.exposure)).slice(before);
      expect(
        fired.map((e) => e.payload.threshold),
        `at ${threshold}`,
      ).toEqual([threshold]);
      const [event] = fired;
      expect(event!.payload).toEqual({
        alertId: expect.any(String),
        obligationId: `${tenants.a.exposure}:CNIL_NOTIFICATION`,
        exposureId: tenants.a.exposure,
        incidentId: expect.any(String),
        controllerId: tenants.a.id,
        code: 'CNIL_NOTIFICATION',
        authority: 'CNIL',
        party: 'CONTROLLER',
        label: 'Notification à la CNIL',
        threshold,
        dueAt: new Date(due).toISOString(),
        firedAt: new Date(due + offset + 1000).toISOString(),
      });
      expect({ controllerId: event!.controllerId, processorId: event!.processorId, submitterId: event!.submitterId }).toEqual({
        controllerId: tenants.a.id,
        processorId: null,
        submitterId: null,
      });
      const alert = await gw.app.orm.em.fork().findOneOrFail(DeadlineAlert, event!.payload.alertId);
      expect(alert).toMatchObject({ status: 'SENT', eventId: event!.id, threshold });
    }
  });

  it("cancels the rest on a decision not to notify, and never shows one tenant's ids to the other", async () => {
    const decided = await gw.gql(
      DecideCnilNotificationDocument,
      { exposureId: tenants.b.exposure, input: { decision: 'NOT_NOTIFY', reasoning: 'Données chiffrées, aucun risque.' } },
      tenants.b.token,
    );
    expect(decided.errors).toBeUndefined();
    const alerts = await alertsOf(tenants.b.exposure);
    const current = alerts.filter((a) => a.dueAt.getTime() === T0.getTime() + 72 * H);
    // The clock stands two days past A's due: B's thresholds and first reminder fired before the decision, its next reminder is cancelled.
    expect(current.filter((a) => a.status === 'SCHEDULED')).toEqual([]);
    expect(current.filter((a) => a.status === 'CANCELLED').map((a) => a.cancelledReason)).toEqual(['NOT_REQUIRED']);
    clock.set(new Date(T0.getTime() + 200 * H));
    const before = (await eventsOf(tenants.b.exposure)).length;
    await gw.app.alerts.runDue();
    expect(await eventsOf(tenants.b.exposure)).toHaveLength(before);

    const all = await events();
    const perAlert = new Map<string, number>();
    for (const e of all) perAlert.set(e.payload.alertId, (perAlert.get(e.payload.alertId) ?? 0) + 1);
    expect([...perAlert.values()].every((n) => n === 1)).toBe(true);
    const readerOf = (org: string) => new Viewer('dpo', org, [Role.CONTROLLER_DPO], ['CONTROLLER']);
    for (const e of all) {
      const audience = { controllerId: e.controllerId, processorId: e.processorId, submitterId: e.submitterId };
      const owner = e.payload.exposureId === tenants.a.exposure ? tenants.a : tenants.b;
      const other = owner === tenants.a ? tenants.b : tenants.a;
      expect(e.controllerId).toBe(owner.id);
      expect(JSON.stringify(e.payload)).not.toContain(other.id);
      expect(JSON.stringify(e.payload)).not.toContain(other.exposure);
      expect(mayReceiveEvent(readerOf(owner.id), audience)).toBe(true);
      expect(mayReceiveEvent(readerOf(other.id), audience)).toBe(false);
    }
    expect(all.some((e) => e.payload.exposureId === tenants.b.exposure)).toBe(true);
  });
});
