import { ref } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { Exposure } from '../../src/incidents/exposure.entity';
import { Incident } from '../../src/incidents/incident.entity';
import { Organization } from '../../src/organizations/organization.entity';
import { IncidentsDocument } from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { flushFixtures } from '../support/fixtures';
import { first, must } from '../support/must';

/** Seeds `count` incidents of one processor, each exposing two of three controllers. */
async function seed(gw: TestGateway, count: number, sirens: string[]): Promise<{ processor: Organization; controllers: Organization[] }> {
  const em = gw.app.orm.em.fork();
  const [processor, ...controllers] = sirens.map((siren, i) =>
    em.create(Organization, { roles: [i === 0 ? 'PROCESSOR' : 'CONTROLLER'], legalName: `Org ${siren}`, siren }),
  );
  if (!processor) throw new Error('seed needs the processor siren first');
  for (let i = 0; i < count; i++) {
    const incident = em.create(Incident, { title: `Incident ${i}`, sourceOrganization: ref(processor) });
    for (const controller of [must(controllers[i % 3], 'a controller'), must(controllers[(i + 1) % 3], 'a controller')]) {
      em.create(Exposure, { incident: ref(incident), controller: ref(controller) });
    }
  }
  await flushFixtures(em);
  return { processor, controllers };
}

describe(`incidents connection on ${dialect}`, () => {
  describe('statement count (no N+1)', () => {
    const gateways: TestGateway[] = [];
    afterAll(() => Promise.all(gateways.map((gw) => gw.close())));

    it('is the same for 10 and for 500 incidents listed with their exposures and organisations', async () => {
      const counts: number[] = [];
      for (const size of [10, 500]) {
        const gw = await startGateway();
        gateways.push(gw);
        const { processor } = await seed(gw, size, ['912300019', '912300027', '912300035', '912300043']);
        const token = await gw.token(processor.id, [Role.PROCESSOR_SECURITY]);
        const { count } = await gw.countStatements(async () => {
          const response = await gw.gql(IncidentsDocument, { first: size }, token);
          expect(response.errors).toBeUndefined();
          expect(response.data!.incidents.edges).toHaveLength(size);
          expect(
            response.data!.incidents.edges.every(
              (e) => e.node.exposures.edges.map((edge) => edge.node).length === 2 && e.node.sourceOrganization.id === processor.id,
            ),
          ).toBe(true);
        });
        counts.push(count);
      }
      console.log(`SQL statements for one incidents operation: ${counts[0]} at 10 incidents, ${counts[1]} at 500 (${dialect})`);
      expect(counts[1]).toBe(counts[0]);
      expect(counts[0]).toBeLessThanOrEqual(6);
    });
  });

  describe('pages', () => {
    let gw: TestGateway;
    let token: string;
    beforeAll(async () => {
      gw = await startGateway();
      const { controllers } = await seed(gw, 25, ['912300019', '912300027', '912300035', '912300043']);
      token = await gw.token(first(controllers).id, [Role.CONTROLLER_DPO]);
    });
    afterAll(() => gw.close());

    it('walks every visible incident once, in creation order, with cursors', async () => {
      // Controller 0 is exposed to incidents i where i % 3 is 0 or 2: 17 of 25.
      const titles: string[] = [];
      let after: string | null | undefined;
      let pages = 0;
      do {
        const { data } = await gw.gql(IncidentsDocument, { first: 5, after }, token);
        const { edges, pageInfo, totalCount } = data!.incidents;
        expect(totalCount).toBe(17);
        expect(pageInfo.hasPreviousPage).toBe(Boolean(after));
        titles.push(...edges.map((e) => e.node.title));
        after = pageInfo.hasNextPage ? pageInfo.endCursor : undefined;
        pages++;
      } while (after);
      expect(pages).toBe(4);
      const expected = Array.from({ length: 25 }, (_, i) => i)
        .filter((i) => i % 3 !== 1)
        .map((i) => `Incident ${i}`);
      expect(titles).toEqual(expected);
    });

    it('filters by text, and rejects a page size out of range or a forged cursor', async () => {
      const { data, errors } = await gw.gql(IncidentsDocument, { filter: { search: 'incident 2' } }, token);
      expect(errors).toBeUndefined();
      expect(data!.incidents.edges.map((e) => e.node.title)).toEqual([
        'Incident 2',
        'Incident 20',
        'Incident 21',
        'Incident 23',
        'Incident 24',
      ]);
      expect(onlyError(await gw.gql(IncidentsDocument, { first: 0 }, token)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
      expect(onlyError(await gw.gql(IncidentsDocument, { after: 'bm9wZQ' }, token)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
    });
  });
});
