import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { Viewer } from '../../src/auth/viewer';
import type { Clock } from '../../src/config/clock';
import { canonicalHash } from '../../src/lib/canonical-json';
import { Exposure } from '../../src/incidents/exposure.entity';
import { NotificationState, ObligationState } from '../../src/notifications/derived-state.entities';
import { GATEWAY, recomputeStates, refreshStaleStates } from '../../src/notifications/derived-state';
import { flush } from '../../src/db/unit-of-work';
import { Notification } from '../../src/notifications/notification.entity';
import { NotificationService } from '../../src/notifications/notification.service';
import { Organization } from '../../src/organizations/organization.entity';
import { ListDeadlinesDocument, NotificationDocumentDocument, SubmitBreachFactsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first } from '../support/must';

/** What a dashboard asks of a notification: read from the stored state, never assembled. */
const DASHBOARD_FIELDS = `query ($id: ID!) { notification(id: $id) { id document {
  sha256 severity { se level } completeness { code blocksReady } deadline { dueAt overdue } obligations { code status dueAt }
} } }`;

describe(`derived state on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizon: string;
  let now = new Date('2024-02-06T12:00:00Z');
  const clock: Clock = { now: () => new Date(now) };

  const admin = () => ({ em: gw.app.orm.em.fork(), clock, viewer: new Viewer('test', 'test', [Role.ADMIN], []) });
  /** A draft of Horizon's, with its state as stored. */
  const horizonDraft = async () => {
    const em = gw.app.orm.em.fork();
    const drafts = await em.find(Notification, { exposure: { controller: orgs.horizon }, status: 'DRAFT' }, { orderBy: { id: 'asc' } });
    return first(drafts, 'a draft of Horizon');
  };
  const stateOf = async (id: string) => (await gw.app.orm.em.fork().findOne(NotificationState, { id }, { disableIdentityMap: true }))!;
  const dashboard = async (id: string) => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${horizon}` },
      body: JSON.stringify({ query: DASHBOARD_FIELDS, variables: { id } }),
    });
    const body = (await response.json()) as {
      data: {
        notification: {
          document: {
            sha256: string;
            completeness: { code: string }[];
            deadline: { dueAt: string | null; overdue: boolean };
            obligations: { code: string; status: string }[];
          };
        };
      };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    return body.data.notification.document;
  };

  beforeAll(async () => {
    gw = await startGateway({ clock });
    orgs = await withDemo(gw);
    horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example');
  });
  afterAll(() => gw?.close());

  it('stores, for every notification and exposure of the demo, exactly what assembling them gives', async () => {
    const ctx = admin();
    const notifications = await ctx.em.find(Notification, {});
    const states = new Map((await ctx.em.find(NotificationState, {})).map((s) => [s.id, s]));
    expect(notifications.length).toBeGreaterThan(3);
    for (const notification of notifications) {
      const state = states.get(notification.id);
      expect(state, `state of ${notification.number}`).toBeDefined();
      const view = await new NotificationService(ctx).view(notification, state!.computedAt);
      expect(state!.contentSha256, notification.number).toBe(view.contentSha256);
      expect(state!.completeness).toEqual(JSON.parse(JSON.stringify(view.completeness)));
      expect(state!.obligations).toEqual(JSON.parse(JSON.stringify(view.inputs.obligations)));
    }
    const exposures = await ctx.em.find(Exposure, {});
    const rows = await ctx.em.find(ObligationState, {});
    for (const exposure of exposures)
      expect(
        rows.some((r) => r.exposure.id === exposure.id),
        exposure.id,
      ).toBe(true);
  });

  it('gives the same sha256 for a draft as its canonical JSON, until an input changes', async () => {
    const draft = await horizonDraft();
    const read = async () => (await gw.gql(NotificationDocumentDocument, { id: draft.id }, horizon)).data!.notification!.document;
    const before = await read();
    now = new Date(now.getTime() + 60_000);
    const later = await read();
    // Assembled as of its last change, not of each read: the hash (an ETag) holds between writes.
    expect(later.sha256).toBe(before.sha256);
    expect(canonicalHash(later.content)).toBe(later.sha256);
  });

  it('recomputes in the transaction that changes an input: a fact, an organisation', async () => {
    const draft = await horizonDraft();
    const before = await dashboard(draft.id);
    const exposure = await gw.app.orm.em.fork().findOneOrFail(Exposure, draft.exposure.id);
    now = new Date(now.getTime() + 60_000);
    const submitted = await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: exposure.incident.id,
          exposureId: exposure.id,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: `derived-state-${dialect}`,
          exposureFacts: { approxPersons: 1_234_567 },
        },
      },
      horizon,
    );
    expect(submitted.errors).toBeUndefined();
    const after = await dashboard(draft.id);
    expect(after.sha256).not.toBe(before.sha256);
    expect((await stateOf(draft.id)).computedAt.toISOString()).toBe(now.toISOString());

    // An organisation reaches every exposure it controls: the controller's name is in section 2.
    now = new Date(now.getTime() + 60_000);
    const ctx = admin();
    const org = await ctx.em.findOneOrFail(Organization, orgs.horizon);
    org.legalName = `${org.legalName} (renamed)`;
    await flush(ctx);
    expect((await dashboard(draft.id)).sha256).not.toBe(after.sha256);
    expect((await stateOf(draft.id)).computedAt.toISOString()).toBe(now.toISOString());
  });

  it('keeps the state true when writers touch the same exposure at once', async () => {
    const draft = await horizonDraft();
    const exposure = await gw.app.orm.em.fork().findOneOrFail(Exposure, draft.exposure.id);
    now = new Date(now.getTime() + 60_000);
    const persons = [...Array(8).keys()].map((i) => 2_000_000 + i);
    // Audited writes queue on the audit chain's lock; the ingest's recomputation after its commit
    // and the refresher do not: four of those race the writes here.
    const recomputations = [...Array(4).keys()].map(() =>
      gw.app.orm.em.fork().transactional((em) => recomputeStates({ em, clock, viewer: GATEWAY }, [exposure.id])),
    );
    const answers = await Promise.all(
      persons.map((approxPersons, i) =>
        gw.gql(
          SubmitBreachFactsDocument,
          {
            input: {
              incidentId: exposure.incident.id,
              exposureId: exposure.id,
              sourceType: 'FORENSIC_REPORT',
              confidence: 'ESTIMATED',
              idempotencyKey: `derived-state-race-${dialect}-${i}`,
              reference: `rapport ${i}`,
              exposureFacts: { approxPersons },
            },
          },
          horizon,
        ),
      ),
    );
    expect(answers.map((a) => a.errors)).toEqual(persons.map(() => undefined));
    await Promise.all(recomputations);
    // Whatever order they committed in, the stored state is what assembling now gives.
    const ctx = admin();
    const state = await stateOf(draft.id);
    const view = await new NotificationService(ctx).view(await ctx.em.findOneOrFail(Notification, draft.id), state.computedAt);
    expect(state.contentSha256).toBe(view.contentSha256);
  });

  it("answers a dashboard's fields from the stored state: no fact, count or decision is read", async () => {
    const draft = await horizonDraft();
    await dashboard(draft.id);
    const { sql } = await gw.countStatements(() => dashboard(draft.id));
    const read = sql.join('\n');
    expect(read).toMatch(/notification_state/);
    // (The viewer's organisation roles are read by authentication, as for every request.)
    expect(read).not.toMatch(/fact_submission|subject_count|persons_information|authority_notification|dora_/);
  });

  it('turns over at the due instant with no write, and the refresher then stores it', async () => {
    // An initial draft of an exposure nothing was filed for: its 72 hours are still running.
    const em = gw.app.orm.em.fork();
    const filed = new Set((await em.find(Notification, { status: 'FILED' })).map((n) => n.exposure.id));
    const drafts = await em.find(Notification, { status: 'DRAFT', type: 'INITIAL' }, { orderBy: { id: 'asc' } });
    const draft = first(
      drafts.filter((n) => !filed.has(n.exposure.id)),
      'an initial draft of an exposure with no filing',
    );
    const controller = (await em.findOneOrFail(Exposure, draft.exposure.id)).controller.id;
    horizon = await gw.token(controller, [Role.CONTROLLER_LEGAL], 'legal@controller.example');
    const due = new Date(
      first(
        [(await dashboard(draft.id)).deadline.dueAt].filter((d) => d !== null),
        'a due instant',
      ),
    );
    // Set the scene an hour before the 72 hours end, with the state computed then (as a write would).
    now = new Date(due.getTime() - 3600_000);
    await gw.app.orm.em.fork().transactional((em) => recomputeStates({ em, clock, viewer: GATEWAY }, [draft.exposure.id]));
    const pending = await dashboard(draft.id);
    expect(pending.deadline.overdue).toBe(false);
    expect(pending.completeness.map((c) => c.code)).not.toContain('MISSING_DELAY_REASONS');
    expect((await stateOf(draft.id)).validUntil?.toISOString()).toBe(due.toISOString());

    now = new Date(due.getTime() + 1000);
    const overdue = await dashboard(draft.id);
    expect(overdue.deadline.overdue).toBe(true);
    expect(overdue.obligations.find((o) => o.code === 'CNIL_NOTIFICATION')?.status).toBe('OVERDUE');
    expect(overdue.completeness.map((c) => c.code)).toContain('MISSING_DELAY_REASONS');
    const deadlines = await gw.gql(ListDeadlinesDocument, { filter: { overdue: true, code: ['CNIL_NOTIFICATION'] }, first: 100 }, horizon);
    expect(deadlines.data!.deadlines.edges.map((e) => e.node.exposure.id)).toContain(draft.exposure.id);

    const refreshed = await gw.app.orm.em.fork().transactional((em) => refreshStaleStates({ em, clock, viewer: GATEWAY }));
    expect(refreshed).toBeGreaterThan(0);
    const stored = await stateOf(draft.id);
    expect(stored.computedAt.toISOString()).toBe(now.toISOString());
    expect(stored.completeness.map((c) => c.code)).toContain('MISSING_DELAY_REASONS');
    expect((await dashboard(draft.id)).sha256).toBe(stored.contentSha256);
  });
});
