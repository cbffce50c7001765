import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Role } from '../../src/auth/roles';
import { OrganizationService } from '../../src/organizations/organization.service';
import { createLogger } from '../../src/config/logger';
import { fixedClock } from '../../src/config/clock';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { encodeForProfile, formatRow, headerRow, syntheticPeople } from '../../src/ingest/synthetic';
import { IncidentsDocument, SubjectCountsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, firstDraft, withDemo } from '../support/demo';
import { must } from '../support/must';

const METRICS_TOKEN = 'metrics-token-that-is-long-enough-0123456789';

type LogLine = Record<string, unknown> & { level: number; msg: string; requestId?: string };

/** The gateway's own logger (its redaction included), writing to an array. */
function capturedLogger(lines: LogLine[]) {
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk)) as LogLine), done()) });
  return createLogger('debug', sink);
}

/** The access log line of a request id (the one answered in X-Request-Id); written when the response finished. */
async function accessLine(lines: LogLine[], requestId: string): Promise<LogLine> {
  for (let i = 0; i < 50; i += 1) {
    const line = lines.find((l) => l.requestId === requestId && (l.msg === 'request answered' || l.msg === 'request failed'));
    if (line) return line;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`no access log line for ${requestId}: ${JSON.stringify(lines.slice(-5))}`);
}

/** The X-Request-Id answered, which every response must carry. */
const idOf = (response: Response): string => must(response.headers.get('x-request-id') ?? undefined, 'the X-Request-Id header');

/** The value of a series in Prometheus text exposition (0 when absent). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe(`request ids and access logs on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let token: string;
  const lines: LogLine[] = [];

  const graphql = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    gw = await startGateway({ logger: capturedLogger(lines), clock: fixedClock('2024-02-06T12:00:00Z') });
    orgs = await withDemo(gw);
    token = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example');
  });
  afterAll(() => gw.close());

  it('puts the request id of a GraphQL validation error in the error, the header and the access log line', async () => {
    const response = await graphql({ query: 'query Broken { noSuchField }' }, { authorization: `Bearer ${token}` });
    const id = idOf(response);
    const body = (await response.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: id });
    const line = await accessLine(lines, id);
    expect(line).toMatchObject({
      req: { method: 'POST', path: '/graphql' },
      res: { status: response.status },
      organizationId: orgs.horizon,
    });
    expect(typeof line.durationMs).toBe('number');
  });

  it('logs a 401 with its id, and keeps a sane X-Request-Id from the caller', async () => {
    const response = await graphql(
      { query: 'query Who { incidents { totalCount } }', operationName: 'Who' },
      { 'x-request-id': 'proxy-id.42' },
    );
    expect(response.headers.get('x-request-id')).toBe('proxy-id.42');
    const body = (await response.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'proxy-id.42' });
    const line = await accessLine(lines, 'proxy-id.42');
    expect(line.res).toEqual({ status: response.status });
    expect(line.organizationId).toBeUndefined();
  });

  it("logs a served operation's name and the viewer's organisation, never the person", async () => {
    const response = await graphql({ query: print(IncidentsDocument), variables: {} }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    const line = await accessLine(lines, idOf(response));
    expect(line).toMatchObject({ operationName: 'Incidents', organizationId: orgs.horizon, res: { status: 200 } });
    expect(JSON.stringify(lines)).not.toContain('legal@horizon.example');
  });

  it('logs a masked internal error with the id the client was given', async () => {
    // No request makes the gateway fail on its own: a service failure is simulated, as in graphql-hardening.
    const spy = vi.spyOn(OrganizationService.prototype, 'get').mockRejectedValue(new Error('connection reset'));
    try {
      const response = await graphql(
        { query: 'query Org($id: ID!) { organization(id: $id) { legalName } }', variables: { id: orgs.horizon } },
        { authorization: `Bearer ${token}` },
      );
      const id = idOf(response);
      const body = (await response.json()) as { errors: { extensions: { code: string; requestId: string } }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: id });
      const error = must(
        lines.find((l) => l.msg === 'unexpected error while executing an operation' && l.requestId === id),
        'the error log line with the request id',
      );
      expect((error.err as { message: string }).message).toBe('connection reset');
      expect((await accessLine(lines, id)).operationName).toBe('Org');
    } finally {
      spy.mockRestore();
    }
  });

  it('replaces an X-Request-Id that is too long or holds unsafe characters', async () => {
    for (const sent of ['a'.repeat(129), 'two words', 'line\u00e9', '<script>']) {
      const response = await fetch(`${gw.baseUrl}/health`, { headers: { 'x-request-id': encodeURI(sent) === sent ? sent : 'a b' } });
      const id = idOf(response);
      expect(id).not.toBe(sent);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('puts the id in REST errors and logs no query string, token or header', async () => {
    const draft = await firstDraft(gw, orgs.horizon);
    const response = await fetch(`${gw.baseUrl}/notifications/${draft.id}/filing.pdf?expires=1&signature=secret-signature-value`, {
      headers: { cookie: 'session=cookie-value' },
    });
    // A link's signature that does not verify: refused, with the request's id.
    expect(response.status).toBe(403);
    const id = idOf(response);
    expect(((await response.json()) as { error: { requestId: string } }).error.requestId).toBe(id);
    const line = await accessLine(lines, id);
    expect(line.req).toEqual({ method: 'GET', path: `/notifications/${draft.id}/filing.pdf` });
    const missing = await fetch(`${gw.baseUrl}/no/such/path?x=1`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await missing.json()) as { error: { requestId: string } }).error.requestId).toBe(missing.headers.get('x-request-id'));
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain('secret-signature-value');
    expect(everything).not.toContain('cookie-value');
    expect(everything).not.toContain(token);
    expect(everything.toLowerCase()).not.toContain('bearer');
  });

  it('logs a body refused as too large (413) with its id', async () => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200_000)}` }),
    });
    expect(response.status).toBe(413);
    const id = idOf(response);
    const body = (await response.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors[0]!.extensions.requestId).toBe(id);
    expect((await accessLine(lines, id)).res).toEqual({ status: 413 });
  });

  it('logs the probe at debug level only', async () => {
    const response = await fetch(`${gw.baseUrl}/health`);
    const line = await accessLine(lines, idOf(response));
    expect(line.level).toBe(20);
  });

  it('never answers nor logs a 500 for a request its client closed before the answer', async () => {
    // Whole requests whose connection is closed as soon as they are sent (a balancer's timeout, a
    // load generator ending its run): body-parser then passed over the body and Apollo answered 500.
    const body = JSON.stringify({ query: '{ incidents { totalCount } }' });
    const { port } = new URL(gw.baseUrl);
    const ids = ['closed-by-client-1', 'closed-by-client-2', 'closed-by-client-3'];
    for (const requestId of ids)
      await new Promise<void>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            `POST /graphql HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n` +
              `authorization: Bearer ${token}\r\nx-request-id: ${requestId}\r\n\r\n${body}`,
            () => (socket.destroy(), resolve()),
          );
        });
        socket.on('error', reject);
      });
    for (const requestId of ids) {
      const line = await accessLine(lines, requestId);
      expect((line.res as { status: number }).status, requestId).toBeLessThan(500);
      expect(line.level, requestId).toBeLessThan(50);
    }
  });

  it('logs a request refused by the rate limit (429) with its id', async () => {
    const limited = await startGateway({
      logger: capturedLogger(lines),
      config: { rateLimit: { max: 1, windowMs: 60_000, trustProxyHops: 0, renderMax: 0 } },
    });
    try {
      await fetch(`${limited.baseUrl}/register.csv`);
      const refused = await fetch(`${limited.baseUrl}/register.csv`);
      expect(refused.status).toBe(429);
      const id = idOf(refused);
      expect(((await refused.json()) as { error: { requestId: string } }).error.requestId).toBe(id);
      expect((await accessLine(lines, id)).res).toEqual({ status: 429 });
    } finally {
      await limited.close();
    }
  });
});

describe(`Prometheus metrics on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let admin: string;

  const scrape = async () => {
    const response = await fetch(`${gw.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    gw = await startGateway({
      clock: fixedClock('2024-02-06T12:00:00Z'),
      config: { metrics: { port: null, host: '127.0.0.1', token: METRICS_TOKEN } },
    });
    orgs = await withDemo(gw);
    admin = await gw.token(orgs.horizon, [Role.ADMIN]);
  });
  afterAll(() => gw.close());

  it('refuses /metrics without the token, and with a wrong one', async () => {
    expect((await fetch(`${gw.baseUrl}/metrics`)).status).toBe(401);
    expect((await fetch(`${gw.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).status).toBe(401);
  });

  it('moves the series of a query, an upload, a render and an error', async () => {
    const before = await scrape();
    const { data, errors } = await gw.gql(SubjectCountsDocument, {}, admin);
    expect(errors).toBeUndefined();
    const incidentB = must(
      data!.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs['operator-b']),
      'incident B',
    ).node.id;
    // An upload: 3 valid rows and 1 invalid one, quarantined.
    const profile = must(BUILT_IN_PROFILES['operator-b-csv'], 'the operator-b-csv profile');
    const siren = must(
      DEMO_ORGANIZATIONS.find((o) => o.key === 'horizon'),
      'horizon',
    ).siren;
    const people = [...syntheticPeople({ seed: 5, count: 3, controllers: [siren], ownNirForDependants: true })];
    const rows = [...people.map((p) => formatRow(p, profile)), formatRow(people[0]!, profile).replace(people[0]!.birthDate, '2023-02-30')];
    const operatorB = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY]);
    const upload = await fetch(
      `${gw.baseUrl}/ingest/subjects?incident=${incidentB}&profile=operator-b-csv&onError=quarantine&fileName=m.csv`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${operatorB}`, 'content-type': 'text/csv' },
        body: encodeForProfile(`${[headerRow(profile), ...rows].join('\n')}\n`, profile),
      },
    );
    expect(upload.status).toBe(200);
    expect(((await upload.json()) as { batch: object }).batch).toMatchObject({ rowsAccepted: 3, rowsRejected: 1 });
    // A render, then the same document again from the cache.
    const draft = await firstDraft(gw, orgs.horizon);
    const legal = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL]);
    for (let i = 0; i < 2; i += 1)
      expect(
        (await fetch(`${gw.baseUrl}/notifications/${draft.id}/filing.pdf`, { headers: { authorization: `Bearer ${legal}` } })).status,
      ).toBe(200);
    // An error: a query without a token.
    expect((await gw.gql(IncidentsDocument, {}, undefined)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const after = await scrape();

    const delta = (series: string) => sample(after, series) - sample(before, series);
    expect(delta('breach_gateway_graphql_operation_duration_seconds_count{operation="SubjectCounts"}')).toBe(1);
    expect(delta('breach_gateway_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    expect(delta('breach_gateway_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}')).toBe(1);
    expect(delta('breach_gateway_http_request_duration_seconds_count{method="POST",route="/ingest/subjects",status="200"}')).toBe(1);
    expect(
      delta('breach_gateway_http_request_duration_seconds_count{method="GET",route="/notifications/:id/filing.pdf",status="200"}'),
    ).toBe(2);
    expect(delta('breach_gateway_ingest_rows_total{outcome="accepted"}')).toBe(3);
    expect(delta('breach_gateway_ingest_rows_total{outcome="rejected"}')).toBe(1);
    expect(delta('breach_gateway_pdf_renders_total{kind="FILING",cache="miss"}')).toBe(1);
    expect(delta('breach_gateway_pdf_renders_total{kind="FILING",cache="hit"}')).toBe(1);
    expect(delta('breach_gateway_pdf_render_duration_seconds_count{kind="FILING"}')).toBe(1);
    // The batch, its counts and the downloads are audited.
    expect(delta('breach_gateway_audit_events_total')).toBeGreaterThan(0);
    expect(after).toMatch(/^breach_gateway_process_cpu_seconds_total /m);
    expect(after).toMatch(/^breach_gateway_obligations_overdue \d+$/m);
  });

  it('counts overdue obligations at scrape time, from the database', async () => {
    // On 2024-02-06 the demo's drafts are past their 72 h: its obligations are overdue.
    const overdue = sample(await scrape(), 'breach_gateway_obligations_overdue');
    expect(overdue).toBeGreaterThan(0);
  });

  it('is not served when neither METRICS_PORT nor METRICS_TOKEN is set', async () => {
    const off = await startGateway();
    try {
      expect((await fetch(`${off.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
      expect(off.app.metrics).toBeNull();
    } finally {
      await off.close();
    }
  });

  it('serves /metrics on a port of its own, and not on the main port, when METRICS_PORT is set', async () => {
    const separate = await startGateway({ config: { metrics: { port: 0, host: '127.0.0.1', token: null } } });
    try {
      const url = must(separate.app.metricsUrl(), 'the metrics URL');
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('breach_gateway_http_request_duration_seconds');
      expect((await fetch(`${separate.baseUrl}/metrics`)).status).toBe(404);
    } finally {
      await separate.close();
    }
  });
});
