import { connect } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/app';
import { fixedClock } from '../../src/config/clock';
import { ORPHAN_REASON } from '../../src/ingest/batch-sweep';
import { Role } from '../../src/auth/roles';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { BatchStatus, IngestBatch, OnError } from '../../src/ingest/ingest-batch.entity';
import { Organization } from '../../src/organizations/organization.entity';
import { Incident } from '../../src/incidents/incident.entity';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { encodeForProfile, formatRow, headerRow, syntheticPeople } from '../../src/ingest/synthetic';
import { IncidentsDocument, SubjectCountsDocument } from '../generated/graphql';
import { dialect, startGateway, testConfig, type TestGateway } from '../support/app';
import { flushFixtures } from '../support/fixtures';
import { withDemo } from '../support/demo';
import { must } from '../support/must';

const profile = must(BUILT_IN_PROFILES['operator-b-csv'], 'the operator-b-csv profile');
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
    const response = await fetch(`${gw.baseUrl}/ingest/subjects?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operatorB}`, 'content-type': 'text/csv' },
      body,
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { batch: { status: string; rowsAccepted: number } }).batch;
  };
  const counts = async () => {
    const { data } = await gw.gql(SubjectCountsDocument, {}, admin);
    return {
      incident: data!.incidents.edges.find((e) => e.node.id === incidentB)!.node.subjectCounts,
      consolidated: data!.consolidatedSubjectCounts,
    };
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
    const distinct = new Set(
      [...syntheticPeople({ seed: 31, count: 2000, controllers: sirens, ownNirForDependants: true })].map((p) => p.nir),
    ).size;
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

  /** An upload whose body stops after `sent` bytes and stays open until `close` is called. */
  const startUpload = async (body: Buffer, fileName: string, sent: number) => {
    const { hostname, port } = new URL(gw.baseUrl);
    const socket = connect(Number(port), hostname);
    const query = new URLSearchParams({ incident: incidentB, profile: 'operator-b-csv', fileName });
    socket.write(
      `POST /ingest/subjects?${query} HTTP/1.1\r\nhost: ${hostname}\r\nauthorization: Bearer ${operatorB}\r\n` +
        `content-type: text/csv\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`,
    );
    socket.write(body.subarray(0, sent));
    const em = gw.app.orm.em.fork();
    await expect
      .poll(async () => (await em.findOne(IngestBatch, { fileName }, { refresh: true }))?.status, { timeout: 10_000 })
      .toBe('STAGING');
    return socket;
  };
  const batchNamed = (fileName: string) => gw.app.orm.em.fork().findOneOrFail(IngestBatch, { fileName }, { refresh: true });

  it('rejects the batch of an upload whose socket is destroyed mid-body, with the reason, counting nothing', async () => {
    const before = await counts();
    const socket = await startUpload(list(32, 2000), 'destroyed.csv', 8192);
    socket.destroy();
    await expect.poll(async () => (await batchNamed('destroyed.csv')).status, { timeout: 10_000 }).toBe('REJECTED');
    const batch = await batchNamed('destroyed.csv');
    expect(batch).toMatchObject({ rowsAccepted: 0, finishedAt: expect.any(Date) });
    expect(batch.errorSummary!.first[0]).toMatchObject({
      file: 'destroyed.csv',
      reason: expect.stringMatching(/the upload was cut short after \d+ bytes/),
    });
    expect(await counts()).toEqual(before);
  });

  it('sweeps orphan STAGING batches at start-up, REJECTED with the reason, and leaves a live upload alone', async () => {
    const em = gw.app.orm.em.fork();
    // The row a process killed mid-batch leaves (the CLI test kills a real one): STAGING, unclaimed.
    const orphan = em.create(IngestBatch, {
      incident: em.getReference(Incident, incidentB),
      sourceOrganization: em.getReference(Organization, (await em.findOneOrFail(Incident, incidentB)).sourceOrganization.id),
      submittedBySubject: 'cli:killed',
      fileName: 'orphan.csv',
      profile: 'operator-b-csv',
      onError: OnError.REJECT,
      status: BatchStatus.STAGING,
      startedAt: new Date('2024-02-03T11:00:00Z'),
    });
    await flushFixtures(em);
    const before = await counts();
    const body = list(33, 2000);
    const live = await startUpload(body, 'live.csv', 4096);

    // Another instance starts on the same database, as a restart or a second gateway would.
    const other = await createApp(testConfig(gw.scratch.database), {
      clock: fixedClock('2024-02-03T12:30:00Z'),
      logger: pino({ level: 'silent' }),
    });
    await other.close();

    const swept = await batchNamed('orphan.csv');
    expect(swept).toMatchObject({ id: orphan.id, status: 'REJECTED', rowsAccepted: 0, finishedAt: new Date('2024-02-03T12:30:00Z') });
    expect(swept.errorSummary!.first[0]).toMatchObject({ file: 'orphan.csv', field: 'file', reason: ORPHAN_REASON });
    expect((await batchNamed('live.csv')).status).toBe('STAGING');
    expect(await counts()).toEqual(before);

    // The live upload goes on and completes as usual.
    const answer = new Promise<string>((resolve) => {
      let text = '';
      live.on('data', (chunk: Buffer) => (text += chunk.toString()));
      live.on('close', () => resolve(text));
    });
    live.write(body.subarray(4096));
    expect(await answer).toMatch(/"status":"COMPLETED"/);
    expect((await batchNamed('live.csv')).status).toBe('COMPLETED');
  });
});
