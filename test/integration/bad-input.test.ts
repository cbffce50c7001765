import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/db/audit/audit.entities';
import { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/tokens';
import { Exposure } from '../../src/incidents/exposure.entity';
import { Incident } from '../../src/incidents/incident.entity';
import { Organization } from '../../src/organizations/organization.entity';
import { SubjectListing } from '../../src/subjects/subject.entities';
import { IncidentsDocument } from '../generated/graphql';
import { dialect, startGateway, TEST_JWT, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';
import { first } from '../support/must';

const NIR = '185037512345678';

/**
 * Broken or hostile input gets a 4xx with a JSON message naming the problem, writes nothing, and
 * the next request is served as usual.
 */
describe(`bad input on ${dialect}`, () => {
  let gw: TestGateway;
  let admin: string;
  let processor: string;
  let incidentId: string;
  let controllerId: string;

  const rowCounts = async () => {
    const em = gw.app.orm.em.fork();
    return Promise.all([Organization, Incident, Exposure, SubjectListing, AuditEvent].map((entity) => em.count(entity, {})));
  };
  const graphql = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(gw.url, { method: 'POST', headers: { authorization: `Bearer ${admin}`, ...headers }, body });
  const operation = (query: string, variables: Record<string, unknown>, token = admin) =>
    fetch(gw.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });

  /** The response is a 4xx with a JSON message, no stack and no NIR, and the gateway still answers. */
  async function expectRefused(response: Response, status: number | RegExp, message: RegExp) {
    const text = await response.text();
    if (typeof status === 'number') expect(response.status, text).toBe(status);
    else expect(String(response.status), text).toMatch(status);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = JSON.parse(text) as { errors?: { message: string }[]; error?: { message: string } };
    const said = body.errors?.map((e) => e.message).join('\n') ?? body.error?.message ?? '';
    expect(said).toMatch(message);
    expect(text).not.toMatch(/\bat \S+:\d+|stack|node_modules/);
    expect(text).not.toContain(NIR);
    const next = await gw.gql(IncidentsDocument, {}, admin);
    expect(next.errors).toBeUndefined();
  }

  beforeAll(async () => {
    gw = await startGateway();
    const orgs = await withDemo(gw);
    admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    processor = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY]);
    const { data } = await gw.gql(IncidentsDocument, {}, admin);
    const incident = data!.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs['operator-b'])!.node;
    incidentId = incident.id;
    controllerId = first(incident.exposures.edges.map((edge) => edge.node)).controller.id;
  });
  afterAll(() => gw.close());

  it('/graphql: malformed JSON, another content type, an oversized body, invalid UTF-8', async () => {
    const before = await rowCounts();
    const create = (name: string) => ({
      query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      variables: { i: { legalName: name, siren: '732829320', roles: ['CONTROLLER'] } },
    });
    await expectRefused(await graphql(`{"query": "mutation { createOrganization(input: {legalName: \\"${NIR}\\"`), 400, /not valid JSON/);
    await expectRefused(await graphql(JSON.stringify(create('Form')), { 'content-type': 'text/plain' }), 415, /application\/json/);
    await expectRefused(await graphql(JSON.stringify(create('x'.repeat(200_000)))), 413, /larger than 100kb/);
    const badBytes = Buffer.concat([
      Buffer.from(first(JSON.stringify(create('Mutuelle ')).replace('Mutuelle ', 'Mutuelle \u0000').split('\u0000'))),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(JSON.stringify(create('')).split('""')[1] ?? ''),
    ]);
    await expectRefused(await graphql(badBytes), 400, /not valid UTF-8/);
    expect(await rowCounts()).toEqual(before);
  });

  it('/graphql: an Int overflow, a NonNegativeInt beyond the database or written as 1e300, a date out of range', async () => {
    const before = await rowCounts();
    await expectRefused(
      await operation('query($f: Int) { incidents(first: $f) { totalCount } }', { f: 2 ** 31 }),
      400,
      /Int cannot represent/,
    );
    const exposure = 'mutation($i: CreateExposureInput!) { createExposure(input: $i) { id } }';
    for (const approxPersons of [2 ** 31, 1e300, -1, 1.5]) {
      await expectRefused(
        await operation(exposure, { i: { incidentId, controllerId, approxPersons } }, processor),
        400,
        /NonNegativeInt must be a whole number from 0 to 2147483647/,
      );
    }
    await expectRefused(
      await operation('mutation { createExposure(input: { incidentId: "x", approxPersons: 99999999999999999999 }) { id } }', {}),
      400,
      /NonNegativeInt/,
    );
    for (const startAt of ['9999-12-31T00:00:00Z', '0000-01-01T00:00:00Z', '+275761-01-01T00:00:00Z', '2024-02-30T00:00:00Z']) {
      await expectRefused(
        await operation(
          'mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id } }',
          { i: { title: 'Dates', startAt } },
          processor,
        ),
        400,
        /DateTime/,
      );
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('/ingest/subjects and /register.csv: no token, bad or repeated query parameters, a malformed token', async () => {
    const register = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(register.status).toBe(200);
    const before = await rowCounts();
    const ingest = (query: string, token: string | undefined, body: string | Buffer) =>
      fetch(`${gw.baseUrl}/ingest/subjects?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
      });
    await expectRefused(await ingest(`incident=${incidentId}&profile=operator-b-csv`, undefined, `${NIR};x\n`), 401, /bearer token/);
    for (const profile of ['nope', 'constructor', 'toString', '__proto__']) {
      await expectRefused(
        await ingest(`incident=${incidentId}&profile=${profile}`, processor, Buffer.from([0xff, 0xfe, 0x00])),
        400,
        /^profile: one of operator-a-csv/,
      );
    }
    await expectRefused(await ingest(`incident=${incidentId}&profile=operator-b-csv&onError=maybe`, processor, '{'), 400, /onError/);
    // Checked before any query: on PostgreSQL a malformed uuid or an overlong name was a database error.
    await expectRefused(
      await ingest('incident=not-a-uuid&profile=operator-b-csv', admin, `${NIR};x\n`),
      400,
      /^incident: the incident id is required, once, as a UUID$/,
    );
    await expectRefused(
      await ingest(`incident=${incidentId}&profile=operator-b-csv&source=operator-b`, admin, 'x'),
      400,
      /^source: .*UUID$/,
    );
    await expectRefused(
      await ingest(`incident=${incidentId}&profile=operator-b-csv&fileName=${'x'.repeat(256)}`, admin, 'x'),
      400,
      /^fileName: at most 255 characters, got 256$/,
    );
    await expectRefused(
      await ingest(`incident=${incidentId}&incident=${incidentId}&profile=operator-b-csv&onError=reject&onError=quarantine`, admin, 'x'),
      400,
      /incident: .*; onError: reject or quarantine/,
    );
    await expectRefused(await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: 'Bearer x.y.z' } }), 401, /malformed/);
    expect(await rowCounts()).toEqual(before);
  });

  it('a correctly signed token whose org is not a UUID: 401 on /register.csv and /graphql, nothing written', async () => {
    const before = await rowCounts();
    for (const org of ['not-a-uuid', "x' or 1=1 --", '0'.repeat(5000)]) {
      const token = await signToken(TEST_JWT, { sub: 'dpo@test.example', org, roles: [Role.ADMIN] });
      await expectRefused(
        await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${token}` } }),
        401,
        /org claim must be an organisation id \(a UUID\)/,
      );
      await expectRefused(
        await operation('{ incidents { totalCount } }', {}, token),
        401,
        /org claim must be an organisation id \(a UUID\)/,
      );
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('/notifications/:id/filing.pdf and letter.pdf: an id that is not a UUID, huge, or not valid percent-encoding; an unknown path', async () => {
    const before = await rowCounts();
    const download = (path: string) => fetch(`${gw.baseUrl}/notifications/${path}`, { headers: { authorization: `Bearer ${admin}` } });
    for (const file of ['filing.pdf', 'letter.pdf']) {
      for (const id of [
        'not-a-uuid',
        '0190a000-0000-7000-8000-00000000000g',
        '0190a000-0000-7000-8000-000000000000x',
        `'%20or%201=1--`,
        '%00',
        'x'.repeat(10_000),
      ]) {
        await expectRefused(await download(`${id}/${file}`), 400, /^id: the notification id in the path must be a UUID$/);
      }
      for (const id of ['%E0%A4%A', '%', '%ZZ', '%C3%28']) {
        await expectRefused(await download(`${id}/${file}`), 400, /^the request path is not valid percent-encoding$/);
      }
      await expectRefused(
        await download(`0190a000-0000-7000-8000-000000000000/${file}`),
        404,
        /^Notification 0190a000-0000-7000-8000-000000000000 not found$/,
      );
    }
    await expectRefused(await fetch(`${gw.baseUrl}/subjects/${NIR}`), 404, /^no route for GET on this path$/);
    // Beyond what Node reads of a request line and headers (16 kB), Node itself refuses the request.
    expect((await download(`${'x'.repeat(100_000)}/filing.pdf`)).status).toBe(431);
    expect((await gw.gql(IncidentsDocument, {}, admin)).errors).toBeUndefined();
    expect(await rowCounts()).toEqual(before);
  });

  it('/graphql: an id that is not a UUID, as an argument or inside an input, is BAD_USER_INPUT naming where', async () => {
    const before = await rowCounts();
    const refused = async (query: string, variables: Record<string, unknown>, argument: string, token = admin) => {
      const response = await operation(query, variables, token);
      const text = await response.text();
      const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string; argument: string } }[] };
      expect(body.errors, text).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({ message: `${argument}: an id is a UUID`, extensions: { code: 'BAD_USER_INPUT', argument } });
    };
    for (const field of ['notification', 'incident', 'exposure', 'ingestBatch', 'organization']) {
      for (const id of ['bad', "1' or '1'='1", 'x'.repeat(5000), `${incidentId}x`])
        await refused(`query($id: ID!) { ${field}(id: $id) { id } }`, { id }, 'id');
    }
    await refused('{ ingestBatches(incidentId: "nope") { id } }', {}, 'incidentId');
    await refused(
      'mutation($i: CreateExposureInput!) { createExposure(input: $i) { id } }',
      { i: { incidentId, controllerId: 'nope' } },
      'input.controllerId',
      processor,
    );
    await refused(
      'mutation($i: CreateIncidentInput!) { createIncident(input: $i) { id } }',
      { i: { title: 'T', sourceOrganizationId: '42' } },
      'input.sourceOrganizationId',
      processor,
    );
    // A well-formed id that names nothing is still NOT_FOUND, on both databases alike.
    const missing = (await (await operation('{ notification(id: "0190a000-0000-7000-8000-000000000000") { id } }', {})).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(first(missing.errors).extensions.code).toBe('NOT_FOUND');
    expect(await rowCounts()).toEqual(before);
  });
});
