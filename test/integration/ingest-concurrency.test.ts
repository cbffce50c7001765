import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { IngestBatch } from '../../src/ingest/ingest-batch.entity';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { encodeForProfile, formatRow, headerRow, syntheticPeople } from '../../src/ingest/synthetic';
import { IncidentsDocument, SubjectCountsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';

const profile = BUILT_IN_PROFILES['operator-b-csv'];
const sirens = DEMO_ORGANIZATIONS.filter((o) => o.key === 'rhone' || o.key === 'horizon').map((o) => o.siren);
const list = (seed: number, count: number) => {
  const people = [...syntheticPeople({ seed, count, controllers: sirens, ownNirForDependants: true })];
  return encodeForProfile(`${[headerRow(profile), ...people.map((p) => formatRow(p, profile))].join('\n')}\n`, profile);
};

/** Uploads that race: the same file sent several times at once, an upload cut off mid-body. */
describe(`concurrent ingests on ${dialect}`, () => {
  let gw: TestGateway;
  let operatorB: string;
  let admin: string;
  let incidentB: string;

  const upload = async (body: Buffer, fileName: string) => {
    const query = new URLSearchParams({ incident: incidentB, profile: 'operator-b-csv', fileName });
    const response = await fetch(`${gw.baseUrl}/ingest/subjects?${query}`, { method: 'POST', headers: { authorization: `Bearer ${operatorB}`, 'content-type': 'text/csv' }, body });
    expect(response.status).toBe(200);
    return ((await response.json()) as { batch: { status: string; rowsAccepted: number } }).batch;
  };
  const counts = async () => {
    const { data } = await gw.gql(SubjectCountsDocument, {}, admin);
    return { incident: data!.incidents.edges.find((e) => e.node.id === incidentB)!.node.subjectCounts, consolidated: data!.consolidatedSubjectCounts };
  };

  beforeAll(async () => {
    gw = await startGateway();
    const orgs = await withDemo(gw);
    operatorB = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY]);
    admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const { data } = await gw.gql(IncidentsDocument, {}, admin);
    incidentB = data!.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs['operator-b'])!.node.id;
  });
  afterAll(() => gw.close());

  it('counts a file sent 8 times at once exactly once: one COMPLETED, 7 DUPLICATE', async () => {
    const body = list(31, 2000);
    const distinct = new Set([...syntheticPeople({ seed: 31, count: 2000, controllers: sirens, ownNirForDependants: true })].map((p) => p.nir)).size;
    const before = await counts();
    const batches = await Promise.all(Array.from({ length: 8 }, (_, i) => upload(body, `copy-${i}.csv`)));
    expect(batches.map((b) => b.status).sort()).toEqual(['COMPLETED', ...Array(7).fill('DUPLICATE')]);
    expect(batches.filter((b) => b.status === 'DUPLICATE').every((b) => b.rowsAccepted === 0)).toBe(true);
    const after = await counts();
    expect(after.incident.records - before.incident.records).toBe(2000);
    // Exactly what one ingest of the file counts: every count moves as for one copy.
    expect(after.incident.persons - before.incident.persons).toBe(distinct);
    expect(after.consolidated.persons - before.consolidated.persons).toBe(distinct);
    const em = gw.app.orm.em.fork();
    const rows = await em.find(IngestBatch, { incident: incidentB, fileName: { $like: 'copy-%' } });
    expect(rows.map((b) => b.status).sort()).toEqual(['COMPLETED', ...Array(7).fill('DUPLICATE')]);
    expect(new Set(rows.map((b) => b.sha256)).size).toBe(1);
  });
});
