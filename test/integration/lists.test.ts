import { ref } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { Exposure } from '../../src/incidents/exposure.entity';
import { Incident } from '../../src/incidents/incident.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { Organization } from '../../src/organizations/organization.entity';
import {
  IncidentExposurePageDocument,
  ListDeadlinesDocument,
  ListExposuresDocument,
  ListNotificationsDocument,
  ListRegisterDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { flushFixtures } from '../support/fixtures';
import { must, nodes } from '../support/must';

const BASE = Date.parse('2024-01-20T08:00:00Z');
const minutes = (n: number) => new Date(BASE + n * 60_000);

interface Seeded {
  processor: Organization;
  idle: Organization;
  controllers: [Organization, Organization];
  incidents: Incident[];
  exposures: Exposure[];
  notifications: Notification[];
}

/**
 * `count` incidents of one processor, each exposing one of two controllers (alternately), each
 * exposure with one INITIAL notification, every other one filed. Three rows share each creation
 * minute, so the id must break ties. Written straight through the ORM in one flush: the lists are
 * what is tested, not the services that write them.
 */
async function seed(gw: TestGateway, count: number, sirens: string[]): Promise<Seeded> {
  const em = gw.app.orm.em.fork();
  const [p, idle, c0, c1] = sirens.map((siren, i) =>
    em.create(Organization, { roles: [i < 2 ? 'PROCESSOR' : 'CONTROLLER'], legalName: `Org ${siren}`, siren }),
  );
  const controllers: [Organization, Organization] = [must(c0, 'controller 0'), must(c1, 'controller 1')];
  const seeded: Seeded = {
    processor: must(p, 'processor'),
    idle: must(idle, 'idle'),
    controllers,
    incidents: [],
    exposures: [],
    notifications: [],
  };
  for (let i = 0; i < count; i++) {
    const at = minutes(Math.floor(i / 3));
    const incident = em.create(Incident, { title: `Incident ${i}`, sourceOrganization: ref(seeded.processor), createdAt: at });
    const exposure = em.create(Exposure, {
      incident: ref(incident),
      controller: ref(controllers[i % 2]!),
      // Alerted over a month: the CNIL deadlines (72 h after) are overdue for the early ones at the test clock.
      processorAlertedAt: new Date(BASE + i * 3_600_000),
      createdAt: at,
    });
    const filed = i % 2 === 0;
    const notification = em.create(Notification, {
      exposure: ref(exposure),
      type: 'INITIAL',
      number: `TEST-${count}-${i}`,
      status: filed ? 'FILED' : 'DRAFT',
      filedAt: filed ? minutes(1000 + i) : undefined,
      createdAt: at,
    });
    seeded.incidents.push(incident);
    seeded.exposures.push(exposure);
    seeded.notifications.push(notification);
  }
  await flushFixtures(em);
  return seeded;
}

const SIRENS = ['912300019', '912300027', '912300035', '912300043'];

describe(`dashboard lists on ${dialect}`, () => {
  describe('statement count (no N+1)', () => {
    const gateways: TestGateway[] = [];
    afterAll(() => Promise.all(gateways.map((gw) => gw.close())));

    it('is the same for a first page of 20 at 10 and at 1000 rows, for every list', async () => {
      const counts: Record<string, number[]> = { notifications: [], exposures: [], deadlines: [], register: [] };
      for (const size of [10, 1000]) {
        const gw = await startGateway();
        gateways.push(gw);
        const { controllers } = await seed(gw, size, SIRENS);
        const token = await gw.token(controllers[0].id, [Role.CONTROLLER_DPO]);
        const page = Math.min(20, size / 2);
        const run = async (name: string, work: () => Promise<{ errors?: unknown; edges: number }>) => {
          const { count } = await gw.countStatements(async () => {
            const { errors, edges } = await work();
            expect(errors).toBeUndefined();
            expect(edges).toBe(page);
          });
          counts[name]!.push(count);
        };
        await run('notifications', async () => {
          const r = await gw.gql(ListNotificationsDocument, { first: 20 }, token);
          return { errors: r.errors, edges: r.data!.notifications.edges.length };
        });
        await run('exposures', async () => {
          const r = await gw.gql(ListExposuresDocument, { first: 20 }, token);
          return { errors: r.errors, edges: r.data!.exposures.edges.length };
        });
        await run('deadlines', async () => {
          const r = await gw.gql(ListDeadlinesDocument, { first: 20, filter: { authority: ['CNIL'] } }, token);
          // Each exposure has its CNIL notification and art. 34 deadlines: the page is full at 10 rows too.
          return { errors: r.errors, edges: Math.min(r.data!.deadlines.edges.length, page) };
        });
        await run('register', async () => {
          const r = await gw.gql(ListRegisterDocument, { first: 20 }, token);
          return { errors: r.errors, edges: r.data!.register.edges.length };
        });
      }
      console.log(`SQL statements per first page of 20 at 10 and 1000 rows (${dialect}): ${JSON.stringify(counts)}`);
      for (const [name, [small, large]] of Object.entries(counts)) expect(large, name).toBe(small);
      // Two gateways seeded with 1 010 exposures: a minute alone, more beside the browser tests.
    }, 180_000);
  });

  describe('pages, order, filters and scope', () => {
    let gw: TestGateway;
    let s: Seeded;
    let dpo: string;
    let admin: string;
    beforeAll(async () => {
      gw = await startGateway();
      s = await seed(gw, 25, SIRENS);
      dpo = await gw.token(s.controllers[0].id, [Role.CONTROLLER_DPO]);
      admin = await gw.token(s.processor.id, [Role.ADMIN]);
    });
    afterAll(() => gw.close());

    /** Every row once, forward with first/after and backward with last/before. */
    async function walk<T>(
      page: (args: { first?: number; after?: string; last?: number; before?: string }) => Promise<{
        edges: { cursor: string; node: T }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
      }>,
    ): Promise<{ forward: T[]; backward: T[] }> {
      const forward: T[] = [];
      let after: string | undefined;
      for (;;) {
        const { edges, pageInfo } = await page({ first: 4, after });
        expect(pageInfo.hasPreviousPage).toBe(Boolean(after));
        forward.push(...edges.map((e) => e.node));
        if (!pageInfo.hasNextPage) break;
        after = must(pageInfo.endCursor ?? undefined, 'an end cursor');
      }
      const backward: T[] = [];
      let before: string | undefined;
      for (;;) {
        const { edges, pageInfo } = await page({ last: 4, before });
        expect(pageInfo.hasNextPage).toBe(Boolean(before));
        backward.unshift(...edges.map((e) => e.node));
        if (!pageInfo.hasPreviousPage) break;
        before = must(pageInfo.startCursor ?? undefined, 'a start cursor');
      }
      return { forward, backward };
    }

    it('walks notifications forward and backward, each once, ties on the sort key broken by id', async () => {
      for (const direction of ['ASC', 'DESC'] as const) {
        const { forward, backward } = await walk(async (args) => {
          const r = await gw.gql(ListNotificationsDocument, { ...args, orderBy: { field: 'CREATED_AT', direction } }, dpo);
          expect(r.errors).toBeUndefined();
          return r.data!.notifications;
        });
        const mine = s.notifications.filter(
          (n) => n.exposure.id && s.exposures.find((e) => e.id === n.exposure.id)!.controller.id === s.controllers[0].id,
        );
        const sign = direction === 'ASC' ? 1 : -1;
        const expected = [...mine]
          .sort((a, b) => sign * (a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1)))
          .map((n) => n.id);
        expect(forward.map((n) => n.id)).toEqual(expected);
        expect(backward.map((n) => n.id)).toEqual(expected);
      }
    });

    it('sorts by a nullable key (FILED_AT): unfiled last ascending, each row once', async () => {
      const { forward, backward } = await walk(async (args) => {
        const r = await gw.gql(ListNotificationsDocument, { ...args, orderBy: { field: 'FILED_AT', direction: 'ASC' } }, admin);
        expect(r.errors).toBeUndefined();
        return r.data!.notifications;
      });
      expect(forward).toHaveLength(25);
      expect(new Set(forward.map((n) => n.id)).size).toBe(25);
      expect(backward.map((n) => n.id)).toEqual(forward.map((n) => n.id));
      const filed = forward.filter((n) => n.filedAt);
      expect(forward.slice(0, filed.length)).toEqual(filed);
      expect([...filed.map((n) => n.filedAt!)].sort()).toEqual(filed.map((n) => n.filedAt!));
    });

    it('walks exposures, deadlines and the register forward and backward alike', async () => {
      const exposures = await walk(async (args) => (await gw.gql(ListExposuresDocument, args, dpo)).data!.exposures);
      expect(exposures.forward.map((e) => e.id)).toEqual(
        s.exposures.filter((e) => e.controller.id === s.controllers[0].id).map((e) => e.id),
      );
      expect(exposures.backward).toEqual(exposures.forward);

      const deadlines = await walk(async (args) => (await gw.gql(ListDeadlinesDocument, args, dpo)).data!.deadlines);
      expect(new Set(deadlines.forward.map((d) => d.id)).size).toBe(deadlines.forward.length);
      const dues = deadlines.forward.map((d) => d.obligation.dueAt!);
      expect([...dues].sort()).toEqual(dues);
      expect(deadlines.backward).toEqual(deadlines.forward);

      const register = await walk(async (args) => (await gw.gql(ListRegisterDocument, args, dpo)).data!.register);
      expect(register.forward.map((e) => e.exposureId)).toEqual(exposures.forward.map((e) => e.id));
      expect(register.backward).toEqual(register.forward);
    });

    it('refuses a forged cursor, a cursor of another orderBy, and pages out of bounds, naming the argument', async () => {
      const first = await gw.gql(ListNotificationsDocument, { first: 2 }, dpo);
      const cursor = must(first.data!.notifications.pageInfo.endCursor ?? undefined, 'a cursor');
      const cases: [Record<string, unknown>, string][] = [
        [{ after: 'bm9wZQ' }, 'after'],
        [{ last: 2, before: Buffer.from('[2,"CREATED_AT:ASC",0,"x"]').toString('base64url') }, 'before'],
        [{ after: cursor, orderBy: { field: 'UPDATED_AT', direction: 'ASC' } }, 'after'],
        [{ after: cursor, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }, 'after'],
        [{ first: 0 }, 'first'],
        [{ first: 501 }, 'first'],
        [{ last: 0 }, 'last'],
        [{ first: 2, last: 2 }, 'first'],
      ];
      for (const [variables, argument] of cases) {
        const error = onlyError(await gw.gql(ListNotificationsDocument, variables, dpo));
        expect(error.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
      const deadlineCursor = (await gw.gql(ListDeadlinesDocument, { first: 1 }, dpo)).data!.deadlines.pageInfo.endCursor;
      expect(onlyError(await gw.gql(ListRegisterDocument, { after: deadlineCursor }, dpo)).extensions).toMatchObject({ argument: 'after' });
      expect(onlyError(await gw.gql(ListExposuresDocument, { filter: { incidentId: 'nope' } }, dpo)).extensions).toMatchObject({
        argument: 'filter.incidentId',
      });
    });

    it('filters by status, incident, controller, overdue and decision', async () => {
      const filed = nodes(
        (await gw.gql(ListNotificationsDocument, { first: 100, filter: { status: ['FILED'] } }, admin)).data!.notifications,
      );
      expect(filed).toHaveLength(13);
      expect(filed.every((n) => n.status === 'FILED')).toBe(true);
      const incident = s.incidents[3]!;
      const ofIncident = nodes(
        (await gw.gql(ListNotificationsDocument, { filter: { incidentId: incident.id } }, admin)).data!.notifications,
      );
      expect(ofIncident.map((n) => n.id)).toEqual([s.notifications[3]!.id]);
      const ofController = (await gw.gql(ListExposuresDocument, { first: 100, filter: { controllerId: s.controllers[1].id } }, admin)).data!
        .exposures;
      expect(ofController.totalCount).toBe(12);
      expect(nodes(ofController).every((e) => e.controller.id === s.controllers[1].id)).toBe(true);
      const ofProcessor = await gw.gql(ListExposuresDocument, { filter: { processorId: s.idle.id } }, admin);
      expect(ofProcessor.data!.exposures.totalCount).toBe(0);

      const overdue = nodes((await gw.gql(ListDeadlinesDocument, { first: 500, filter: { overdue: true } }, dpo)).data!.deadlines);
      expect(overdue.length).toBeGreaterThan(0);
      expect(overdue.every((d) => d.obligation.status === 'OVERDUE')).toBe(true);
      const cnil = nodes(
        (await gw.gql(ListDeadlinesDocument, { first: 500, filter: { authority: ['CNIL'], incidentId: incident.id } }, admin)).data!
          .deadlines,
      );
      const notice = must(
        cnil.find((d) => d.obligation.code === 'CNIL_NOTIFICATION'),
        'the CNIL deadline',
      );
      // The links: no client-side join from ids.
      expect(notice.exposure.id).toBe(s.exposures[3]!.id);
      expect(notice.incident).toEqual({ id: incident.id, title: incident.title });
      expect(notice.notification?.id).toBe(s.notifications[3]!.id);

      const byDecision = async (decision: 'NOTIFIED' | 'UNDECIDED') =>
        nodes((await gw.gql(ListRegisterDocument, { first: 100, filter: { decision: [decision] } }, admin)).data!.register).map(
          (e) => e.exposureId,
        );
      expect(await byDecision('NOTIFIED')).toEqual(s.exposures.filter((_, i) => i % 2 === 0).map((e) => e.id));
      expect(await byDecision('UNDECIDED')).toEqual(s.exposures.filter((_, i) => i % 2 === 1).map((e) => e.id));
    });

    it('scopes every list: a controller its own exposures, a processor its incidents and no controller file', async () => {
      const mine = nodes((await gw.gql(ListExposuresDocument, { first: 100 }, dpo)).data!.exposures);
      expect(mine).toHaveLength(13);
      expect(mine.every((e) => e.controller.id === s.controllers[0].id)).toBe(true);
      const notifications = nodes((await gw.gql(ListNotificationsDocument, { first: 100 }, dpo)).data!.notifications);
      expect(new Set(notifications.map((n) => n.id))).toEqual(new Set(s.notifications.filter((_, i) => i % 2 === 0).map((n) => n.id)));
      // Another controller's id as a filter finds nothing, it does not widen the scope.
      expect(
        (await gw.gql(ListNotificationsDocument, { filter: { controllerId: s.controllers[1].id } }, dpo)).data!.notifications.totalCount,
      ).toBe(0);

      const security = await gw.token(s.processor.id, [Role.PROCESSOR_SECURITY]);
      expect((await gw.gql(ListExposuresDocument, { first: 100 }, security)).data!.exposures.totalCount).toBe(25);
      expect((await gw.gql(ListNotificationsDocument, {}, security)).data!.notifications.totalCount).toBe(0);
      expect((await gw.gql(ListRegisterDocument, {}, security)).data!.register.totalCount).toBe(0);
      const owed = nodes((await gw.gql(ListDeadlinesDocument, { first: 500 }, security)).data!.deadlines);
      expect(owed.every((d) => d.obligation.party === 'PROCESSOR')).toBe(true);

      const idle = await gw.token(s.idle.id, [Role.PROCESSOR_SECURITY]);
      expect((await gw.gql(ListExposuresDocument, {}, idle)).data!.exposures.totalCount).toBe(0);
      expect((await gw.gql(ListDeadlinesDocument, {}, idle)).data!.deadlines.totalCount).toBe(0);
    });

    it("pages an incident's exposures and an exposure's notifications as connections", async () => {
      const r = await gw.gql(IncidentExposurePageDocument, { id: s.incidents[0]!.id, first: 1 }, admin);
      expect(r.errors).toBeUndefined();
      const { exposures } = r.data!.incident!;
      expect(exposures.totalCount).toBe(1);
      expect(exposures.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      expect(nodes(exposures)[0]!.notifications.edges.map((e) => e.node.id)).toEqual([s.notifications[0]!.id]);
      expect(
        onlyError(await gw.gql(IncidentExposurePageDocument, { id: s.incidents[0]!.id, after: 'bm9wZQ' }, admin)).extensions,
      ).toMatchObject({ argument: 'after' });
    });
  });
});
