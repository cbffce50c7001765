import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/db/audit/audit.entities';
import { Role } from '../../src/auth/roles';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { IngestBatch } from '../../src/ingest/ingest-batch.entity';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { SubjectListing } from '../../src/subjects/subject.entities';
import { encodeForProfile, formatRow, headerRow, syntheticPeople } from '../../src/ingest/synthetic';
import { IncidentsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';
import { must } from '../support/must';

const CAP = 16 * 1024;
const TOO_LARGE = /^the upload is larger than 16384 bytes \(INGEST_MAX_BYTES\)$/;

/** INGEST_MAX_BYTES, set small: over it an upload is refused with 413 and nothing is counted. */
describe(`ingest upload cap on ${dialect}`, () => {
  let gw: TestGateway;
  let operatorB: string;
  let incidentB: string;

  const profile = must(BUILT_IN_PROFILES['operator-b-csv'], 'the operator-b-csv profile');
  const rhone = DEMO_ORGANIZATIONS.find((o) => o.key === 'rhone')!.siren;
  const csv = (count: number) => {
    const people = [...syntheticPeople({ seed: 41, count, controllers: [rhone], ownNirForDependants: true })];
    return encodeForProfile(`${[headerRow(profile), ...people.map((p) => formatRow(p, profile))].join('\n')}\n`, profile);
  };
  const url = (fileName: string) =>
    `${gw.baseUrl}/ingest/subjects?${new URLSearchParams({ incident: incidentB, profile: 'operator-b-csv', fileName })}`;
  const headers = () => ({ authorization: `Bearer ${operatorB}`, 'content-type': 'text/csv' });

  /** A chunked body (no Content-Length): the file in 1 kB pieces, then, if `endless`, more rows for ever. */
  const chunked = (bytes: Buffer, endless = false) => {
    let offset = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length && !endless) return controller.close();
        controller.enqueue(offset < bytes.length ? bytes.subarray(offset, offset + 1024) : bytes.subarray(bytes.indexOf('\n') + 1, 1024));
        offset += 1024;
      },
    });
  };
  const postChunked = (fileName: string, body: ReadableStream<Uint8Array>) =>
    fetch(url(fileName), { method: 'POST', headers: headers(), body, duplex: 'half' } as RequestInit);

  const state = async () => {
    const em = gw.app.orm.em.fork();
    const batches = await em.find(IngestBatch, { incident: incidentB }, { orderBy: { id: 'asc' } });
    return {
      batches: batches.map((b) => [b.fileName, b.status, b.rowsAccepted]),
      listings: await em.count(SubjectListing, {}),
      events: await em.count(AuditEvent, {}),
    };
  };

  async function expectTooLarge(response: Response) {
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(TOO_LARGE), requestId: expect.any(String) },
    });
  }

  beforeAll(async () => {
    gw = await startGateway({ config: { ingest: { maxBytes: CAP } } });
    const orgs = await withDemo(gw);
    operatorB = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY]);
    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const { data } = await gw.gql(IncidentsDocument, {}, admin);
    incidentB = data!.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs['operator-b'])!.node.id;
  });
  afterAll(() => gw.close());

  it('refuses a Content-Length over the cap before reading the body, writing nothing, token or not', async () => {
    const before = await state();
    const body = csv(2000);
    expect(body.length).toBeGreaterThan(CAP);
    await expectTooLarge(await fetch(url('declared.csv'), { method: 'POST', headers: headers(), body }));
    await expectTooLarge(await fetch(url('declared.csv'), { method: 'POST', headers: { 'content-type': 'text/csv' }, body }));
    expect(await state()).toEqual(before);
  });

  it('stops a chunked upload where it passes the cap: 413, the batch REJECTED with the reason, nothing counted', async () => {
    const before = await state();
    for (const [fileName, body] of [
      ['chunked.csv', chunked(csv(2000))],
      ['endless.csv', chunked(csv(100), true)],
    ] as const) {
      await expectTooLarge(await postChunked(fileName, body));
      const batch = await gw.app.orm.em.fork().findOneOrFail(IngestBatch, { incident: incidentB, fileName });
      expect(batch).toMatchObject({ status: 'REJECTED', rowsAccepted: 0 });
      expect(batch.errorSummary!.first[0]!.reason).toMatch(/larger than 16384 bytes/);
    }
    const after = await state();
    expect(after.listings).toBe(before.listings);
    expect(after.batches.slice(before.batches.length)).toEqual([
      ['chunked.csv', 'REJECTED', 0],
      ['endless.csv', 'REJECTED', 0],
    ]);
  });

  it('rejects the batch of an upload the client abandons midway, counting nothing', async () => {
    const before = await state();
    const bytes = csv(100);
    const abort = new AbortController();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= 4096) {
          // Give the server time to read what was sent, then walk away.
          await new Promise((resolve) => setTimeout(resolve, 200));
          abort.abort();
          return;
        }
        controller.enqueue(bytes.subarray(sent, sent + 1024));
        sent += 1024;
      },
    });
    await expect(
      fetch(url('abandoned.csv'), { method: 'POST', headers: headers(), body, duplex: 'half', signal: abort.signal } as RequestInit),
    ).rejects.toThrow();
    const em = gw.app.orm.em.fork();
    await expect
      .poll(async () => (await em.findOne(IngestBatch, { incident: incidentB, fileName: 'abandoned.csv' }, { refresh: true }))?.status, {
        timeout: 10_000,
      })
      .toBe('REJECTED');
    const batch = await em.findOneOrFail(IngestBatch, { incident: incidentB, fileName: 'abandoned.csv' });
    expect(batch.errorSummary!.first[0]!.reason).toMatch(/the upload was cut short after \d+ bytes/);
    expect((await state()).listings).toBe(before.listings);
  });

  it('counts a chunked upload under the cap, after the refusals, as usual', async () => {
    const before = await state();
    const body = csv(100);
    expect(body.length).toBeLessThan(CAP);
    const response = await postChunked('small.csv', chunked(body));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { batch: unknown }).batch).toMatchObject({ status: 'COMPLETED', rowsAccepted: 100 });
    expect((await state()).listings).toBeGreaterThan(before.listings);
  });
});
