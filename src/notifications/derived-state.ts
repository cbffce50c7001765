import { inSequence } from '../lib/in-sequence';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ServiceContext } from '../auth/context';
import { Role } from '../auth/roles';
import { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import type { RegimeSettings } from '../config/config';
import type { ChangedRow } from '../db/derived-state';
import { Exposure } from '../incidents/exposure.entity';
import { NotificationState, ObligationState } from './derived-state.entities';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';
import { derivedOfView, lettersOf } from './derived-state.read';
import { loadSituations } from './situation';
import { nextChange } from './state-clock';
import { appendEvents } from '../db/outbox/outbox';
import { notificationChanged } from './notification-events';
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../config/config';
import { DeadlineAlert, OVERDUE } from './deadline-alert.entity';
import { cancelAlerts, insertAlerts, reconcile } from './deadline-alerts';
import { v7 as uuidv7 } from 'uuid';

/** Whose changes a row's write can reach: the exposures themselves, or every exposure of an incident or organisation. */
interface Reach {
  exposures?: (string | undefined)[];
  incidents?: (string | undefined)[];
  organizations?: (string | undefined)[];
}

type RefId = { id: string } | undefined | null;
const idOf = (ref: RefId) => ref?.id;

/**
 * Every audited entity, by what its rows feed: a notification's draft reads the exposure's facts
 * (incident- and exposure-wide), organisations, engagements, counts, decisions and records. An
 * entity missing here is refused (test/unit/derived-state-reach.test.ts lists them all), so a new
 * input cannot be forgotten.
 */
const REACH: Record<string, ((row: never) => Reach) | null> = {
  Exposure: (e: { id: string }) => ({ exposures: [e.id] }),
  Incident: (i: { id: string }) => ({ incidents: [i.id] }),
  Notification: (n: { exposure: RefId }) => ({ exposures: [idOf(n.exposure)] }),
  CnilNotificationDecision: (d: { exposure: RefId }) => ({ exposures: [idOf(d.exposure)] }),
  AuthorityNotification: (a: { exposure: RefId }) => ({ exposures: [idOf(a.exposure)] }),
  PersonsInformationDecision: (d: { exposure: RefId }) => ({ exposures: [idOf(d.exposure)] }),
  PersonsCommunication: (c: { exposure: RefId }) => ({ exposures: [idOf(c.exposure)] }),
  PersonsLetter: (l: { exposure: RefId }) => ({ exposures: [idOf(l.exposure)] }),
  DoraClassification: (d: { exposure: RefId }) => ({ exposures: [idOf(d.exposure)] }),
  DoraRecord: (d: { exposure: RefId }) => ({ exposures: [idOf(d.exposure)] }),
  FactSubmission: (s: { exposure: RefId; incident: RefId }) =>
    s.exposure ? { exposures: [idOf(s.exposure)] } : { incidents: [idOf(s.incident)] },
  Organization: (o: { id: string }) => ({ organizations: [o.id] }),
  OrganizationEntityFacts: (f: { organization: RefId }) => ({ organizations: [idOf(f.organization)] }),
  ProcessorEngagement: (e: { controller: RefId; processor: RefId }) => ({ organizations: [idOf(e.controller), idOf(e.processor)] }),
  IngestBatch: (b: { incident: RefId }) => ({ incidents: [idOf(b.incident)] }),
  SubjectCount: (c: { incidentId?: string | null }) => ({ incidents: [c.incidentId ?? undefined] }),
  // What is filed, downloaded or exported is read from the notification; it feeds no draft.
  FiledDocument: null,
  IssuedDocument: null,
  CnilRecapitulatif: null,
  RegisterExport: null,
  // An organisation's receivers of pushed events: what they are told feeds no draft.
  Webhook: null,
  AlertEmailSetting: null,
};

/** The entity names REACH classifies, for the test that every audited entity is one of them. */
export const DERIVED_STATE_INPUTS: readonly string[] = Object.keys(REACH);

/** The gateway's own reader: states are the same for whoever may read them, so they are computed with every fact. */
export const GATEWAY = new Viewer('gateway', 'gateway', [Role.ADMIN], []);

/** The hook of db/derived-state.ts: recomputes the state of every exposure the written rows reach. */
export function derivedStateRefresher(regimes: RegimeSettings | undefined, alerts: AlertSettings) {
  return async (em: EntityManager, changed: readonly ChangedRow[], clock: Clock): Promise<void> => {
    const reach = { exposures: new Set<string>(), incidents: new Set<string>(), organizations: new Set<string>() };
    for (const row of changed) {
      const of = REACH[row.entityName];
      if (of === undefined)
        throw new Error(`derived state: ${row.entityName} is not classified in REACH (src/notifications/derived-state.ts)`);
      if (of === null) continue;
      const r = of(row.entity as never);
      for (const kind of ['exposures', 'incidents', 'organizations'] as const) for (const id of r[kind] ?? []) if (id) reach[kind].add(id);
    }
    if (!reach.exposures.size && !reach.incidents.size && !reach.organizations.size) return;
    const organizations = [...reach.organizations];
    const exposures = await em.find(
      Exposure,
      {
        $or: [
          { id: { $in: [...reach.exposures] } },
          { incident: { $in: [...reach.incidents] } },
          { controller: { $in: organizations } },
          { incident: { sourceOrganization: { $in: organizations } } },
        ],
      },
      { fields: ['id'], disableIdentityMap: true },
    );
    await recomputeStates(
      { em, clock, viewer: GATEWAY, regimes },
      exposures.map((e) => e.id),
      alerts,
    );
  };
}

/**
 * Computes and stores the state of these exposures and of every notification of theirs, replacing
 * what was stored, and reconciles their deadline alerts with the duties as they now stand. Runs with
 * the caller's transaction (the flush's, or the refresher's own).
 */
export async function recomputeStates(
  caller: ServiceContext,
  exposureIds: readonly string[],
  alerts: AlertSettings = DEFAULT_ALERT_SETTINGS,
): Promise<void> {
  if (exposureIds.length === 0) return;
  // A fork in the caller's transaction with an empty identity map: every row below is read afresh,
  // after the lock, never an entity the request loaded before another writer committed.
  const em = caller.em.fork({ keepTransactionContext: true });
  const ctx = { ...caller, em };
  const now = ctx.clock.now();
  const ids = [...new Set(exposureIds)].sort();
  // One recomputation of an exposure at a time: two writers touching it would otherwise replace each
  // other's rows (a unique violation), or the later commit store a state computed before the earlier
  // one's rows were visible. Locked in id order, so two writers never wait on each other; once a
  // writer has the lock its reads (read committed) see every earlier commit. SQLite has one writer.
  if (em.getDriver().constructor.name === 'PostgreSqlDriver')
    await (em as SqlEntityManager).execute(
      `select id from exposure where id in (${ids.map(() => '?').join(', ')}) order by id for update`,
      ids,
    );
  const exposures = await em.find(Exposure, { id: { $in: ids } });
  const situations = await loadSituations(ctx, exposures);
  const notifications = await em.find(Notification, { exposure: { $in: ids } }, { orderBy: { id: 'asc' } });
  const service = new NotificationService(ctx);
  const before = notifications.length
    ? await em.find(
        NotificationState,
        { id: { $in: notifications.map((n) => n.id) } },
        { fields: ['id', 'status', 'version', 'completeness'], disableIdentityMap: true },
      )
    : [];
  const previous = new Map(before.map((s) => [s.id, s]));
  const situationOf = new Map(situations.map((s) => [s.exposure.id, s]));
  const states = [];
  const events = [];
  for (const notification of notifications) {
    const view = await service.view(notification, now);
    const situation = situationOf.get(notification.exposure.id)!;
    const event = notificationChanged(
      previous.get(notification.id),
      {
        notificationId: notification.id,
        exposureId: situation.exposure.id,
        incidentId: situation.incident.id,
        controllerId: situation.controller.id,
        type: notification.type,
        status: notification.status,
        version: notification.version,
        completeness: view.completeness,
        contentSha256: view.contentSha256,
      },
      now,
    );
    if (event) events.push(event);
    states.push({
      id: notification.id,
      status: notification.status,
      version: notification.version,
      computedAt: now,
      validUntil: nextChange(view.inputs.obligations, now),
      ...derivedOfView(view),
      content: notification.status === 'FILED' ? null : view.content,
      letters: await lettersOf(ctx, notification, view),
    });
  }
  const rows = situations.flatMap((s) => {
    const validUntil = nextChange(s.obligations, now);
    return s.obligations.map((obligation, position) => ({
      id: `${s.exposure.id}:${obligation.code}`,
      exposure: s.exposure.id,
      incidentId: s.incident.id,
      controllerId: s.controller.id,
      sourceOrganizationId: s.incident.sourceOrganization.id,
      controllerName: s.controller.legalName,
      position,
      code: obligation.code,
      party: obligation.party,
      authority: obligation.authority,
      status: obligation.status,
      dueAt: obligation.dueAt,
      doneAt: obligation.doneAt,
      obligation,
      computedAt: now,
      validUntil,
    }));
  });
  await em.nativeDelete(ObligationState, { exposure: { $in: ids } });
  if (rows.length) await em.insertMany(ObligationState, rows);
  if (notifications.length) await em.nativeDelete(NotificationState, { id: { $in: notifications.map((n) => n.id) } });
  if (states.length) await em.insertMany(NotificationState, states);
  // In this transaction: the event exists exactly when the change it reports committed.
  await appendEvents(em, events);
  await scheduleAlerts(em as SqlEntityManager, ids, rows, now, alerts);
}

/**
 * The deadline alerts of these exposures made to match their duties (deadline-alerts.ts), in the
 * transaction that stored the duties: an alert is scheduled exactly when the due instant it is for
 * committed, and cancelled with the change that ends it. Three statements at most: the stored alerts
 * that matter (scheduled and cancelled ones, and threshold alerts, which say a due instant was
 * seen), one update cancelling (or reviving), one insert.
 */
async function scheduleAlerts(
  em: SqlEntityManager,
  ids: readonly string[],
  duties: readonly (Pick<
    ObligationState,
    'id' | 'controllerId' | 'sourceOrganizationId' | 'party' | 'code' | 'status' | 'dueAt' | 'doneAt'
  > & {
    exposure: string;
  })[],
  now: Date,
  settings: AlertSettings,
): Promise<void> {
  const stored = await em.find(
    DeadlineAlert,
    { exposure: { $in: [...ids] }, $or: [{ status: { $in: ['SCHEDULED', 'CANCELLED'] } }, { threshold: { $ne: OVERDUE } }] },
    { fields: ['id', 'obligationId', 'threshold', 'dueAt', 'fireAt', 'status'], disableIdentityMap: true },
  );
  const { cancel, revive, insert } = reconcile(duties, stored, now, settings);
  await cancelAlerts(em, cancel, revive);
  await insertAlerts(
    em,
    insert.map(({ duty, alert }) => ({
      id: uuidv7(),
      obligationId: duty.id,
      exposure: duty.exposure,
      controllerId: duty.controllerId,
      processorId: duty.party === 'PROCESSOR' ? duty.sourceOrganizationId : null,
      code: duty.code,
      dueAt: duty.dueAt,
      ...alert,
    })),
  );
}

/**
 * The states time has overtaken (or never computed, for rows written before states existed),
 * recomputed in one transaction: run at start and every STATE_REFRESH_SECONDS by the server, so a
 * stale state is rare; readers compute in memory whatever is still stale when they read.
 */
export async function refreshStaleStates(ctx: ServiceContext, alerts: AlertSettings = DEFAULT_ALERT_SETTINGS): Promise<number> {
  const { em } = ctx;
  const now = ctx.clock.now();
  const [staleNotifications, staleObligations, unstated] = await inSequence([
    () => em.find(NotificationState, { validUntil: { $lte: now } }, { fields: ['id'], disableIdentityMap: true }),
    () => em.find(ObligationState, { validUntil: { $lte: now } }, { fields: ['exposure'], disableIdentityMap: true }),
    () =>
      (em as SqlEntityManager).execute<{ id: string }[]>(
        `select e.id from exposure e where not exists (select 1 from obligation_state o where o.exposure_id = e.id)
       union select n.exposure_id as id from notification n where not exists (select 1 from notification_state s where s.id = n.id)`,
      ),
  ]);
  const fromNotifications = staleNotifications.length
    ? await em.find(Notification, { id: { $in: staleNotifications.map((s) => s.id) } }, { fields: ['exposure'] })
    : [];
  const ids = new Set([
    ...fromNotifications.map((n) => n.exposure.id),
    ...staleObligations.map((o) => o.exposure.id),
    ...unstated.map((e) => e.id),
  ]);
  if (ids.size === 0) return 0;
  await recomputeStates(ctx, [...ids], alerts);
  return ids.size;
}
