import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { demoLists } from '../../src/demo/lists';
import { DEMO_INCIDENTS, DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { ageAt } from '../../src/ingest/pseudonym';
import { encodeForProfile, formatRow, headerRow, type SyntheticPerson, syntheticPeople } from '../../src/ingest/synthetic';
import { SubjectCountsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { must } from '../support/must';

const siren = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key)!.siren;

/**
 * The merge counts a large file chunk by chunk (PostgreSQL merges every 50,000 rows): a person
 * listed again in a later chunk, or under a second controller, must still be counted once per scope.
 */
describe(`ingest merge across chunks on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
  });
  afterAll(() => gw.close());

  it('counts persons recurring across chunks and controllers once per scope, with every row in the records', async () => {
    const profile = must(BUILT_IN_PROFILES['operator-b-csv'], 'the operator-b-csv profile');
    const [rhone, horizon] = [siren('rhone'), siren('horizon')];
    const start = must(DEMO_INCIDENTS[1], 'incident B').startAt!;
    const fresh = [...syntheticPeople({ seed: 31, count: 70_000, controllers: [rhone, horizon], ownNirForDependants: true })];
    // Persons 30,000 to 70,000 again, from row 70,000: some within the same chunk of 50,000 rows,
    // others a chunk later; every third one under the other controller.
    const again = fresh.slice(30_000).map((p, i) => (i % 3 === 0 ? { ...p, controller: p.controller === rhone ? horizon : rhone } : p));
    // Persons the demo's list already counted for this incident, under the same controllers.
    const known = demoLists()[1].people.filter((p) => p.controller === rhone || p.controller === horizon);
    const rows = [...fresh, ...again, ...known];

    /** What a scope's counts grow by: the fresh persons it did not have, and all its rows. */
    const growth = (inScope: (p: SyntheticPerson) => boolean) => {
      const persons = new Map([...fresh, ...again].filter(inScope).map((p) => [p.nir, p]));
      const minors = [...persons.values()].filter((p) => ageAt(p.birthDate, start) < 18).length;
      return { persons: persons.size, records: rows.filter(inScope).length, minors };
    };
    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const horizonDpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO]);
    const snapshot = async () => {
      const all = (await gw.gql(SubjectCountsDocument, {}, admin)).data!;
      const incident = all.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs['operator-b'])!.node;
      const exposure = (c: string) =>
        incident.exposures.edges.map((edge) => edge.node).find((e) => e.controller.siren === c)!.subjectCounts;
      const listing = (c: string) => exposure(c).parts.find((p) => p.partId === orgs['operator-b'])!;
      const controller = (await gw.gql(SubjectCountsDocument, {}, horizonDpo)).data!.consolidatedSubjectCounts;
      const pick = ({ persons, records, minors }: { persons: number; records: number; minors: number }) => ({ persons, records, minors });
      return {
        global: pick(all.consolidatedSubjectCounts),
        incident: pick(incident.subjectCounts),
        exposureRhone: pick(exposure(rhone)),
        exposureHorizon: pick(exposure(horizon)),
        listingRhone: pick(listing(rhone)),
        listingHorizon: pick(listing(horizon)),
        controllerHorizon: pick(controller),
      };
    };
    const before = await snapshot();

    const operatorB = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY]);
    const incidentB = (await gw.gql(SubjectCountsDocument, {}, admin)).data!.incidents.edges.find(
      (e) => e.node.sourceOrganization.id === orgs['operator-b'],
    )!.node.id;
    const body = encodeForProfile(`${[headerRow(profile), ...rows.map((p) => formatRow(p, profile))].join('\n')}\n`, profile);
    const response = await fetch(
      `${gw.baseUrl}/ingest/subjects?${new URLSearchParams({ incident: incidentB, profile: profile.name, fileName: 'recurring.csv' })}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${operatorB}`, 'content-type': 'text/csv' },
        body,
      },
    );
    expect(((await response.json()) as { batch: unknown }).batch).toMatchObject({ status: 'COMPLETED', rowsAccepted: rows.length });

    const after = await snapshot();
    const grown = Object.fromEntries(
      Object.entries(after).map(([scope, counts]) => {
        const was = before[scope as keyof typeof before];
        return [
          scope,
          { persons: counts.persons - was.persons, records: counts.records - was.records, minors: counts.minors - was.minors },
        ];
      }),
    );
    const all = growth(() => true);
    expect(grown).toEqual({
      global: all,
      incident: all,
      exposureRhone: growth((p) => p.controller === rhone),
      exposureHorizon: growth((p) => p.controller === horizon),
      listingRhone: growth((p) => p.controller === rhone),
      listingHorizon: growth((p) => p.controller === horizon),
      controllerHorizon: growth((p) => p.controller === horizon),
    });
    // The file really does list persons again across chunks and under both controllers.
    expect(all.records - all.persons).toBeGreaterThanOrEqual(again.length);
    expect(growth((p) => p.controller === rhone).persons + growth((p) => p.controller === horizon).persons).toBeGreaterThan(all.persons);
  });
});
