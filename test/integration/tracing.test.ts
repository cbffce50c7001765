import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/tokens';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch';
import { IncidentsDocument } from '../generated/graphql';
import { dialect, TEST_JWT } from '../support/app';
import { gatewayEnv, type GatewayProcess, spawnGateway } from '../support/gateway-process';
import { type ReceivedSpan, startOtlpReceiver } from '../support/otlp-receiver';

const BOOTSTRAP = join(__dirname, '..', '..', 'dist', 'src', 'app', 'tracing-bootstrap.js');
const NIR = '185037512345678';
const ORG = '00000000-0000-4000-8000-0000000000aa';

/** A pg query span, under either semantic conventions' attribute name. */
const isPostgres = (span: ReceivedSpan) => (span.attributes['db.system.name'] ?? span.attributes['db.system']) === 'postgresql';

/** Whether loading the bootstrap with this environment loads any OpenTelemetry module. */
function loadsOpenTelemetry(env: Record<string, string>): boolean {
  const script = `require(${JSON.stringify(BOOTSTRAP)}); console.log(Object.keys(require.cache).some((p) => p.includes('@opentelemetry')))`;
  return (
    execFileSync('node', ['-e', script], { env: { PATH: process.env.PATH, ...env } })
      .toString()
      .trim() === 'true'
  );
}

describe('tracing off by default', () => {
  it('loads no OpenTelemetry module without OTEL_* variables, nor with OTEL_SDK_DISABLED=true', () => {
    expect(loadsOpenTelemetry({})).toBe(false);
    expect(loadsOpenTelemetry({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' })).toBe(false);
    expect(loadsOpenTelemetry({ OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(loadsOpenTelemetry({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' })).toBe(true);
  });
});

describe(`OpenTelemetry traces of a served request on ${dialect}`, () => {
  let scratch: ScratchDatabase;
  let dataDir: string;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let gateway: GatewayProcess;
  let token: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase(dialect, 'tracing');
    dataDir = mkdtempSync(join(tmpdir(), 'breach-gateway-tracing-'));
    receiver = await startOtlpReceiver();
    gateway = await spawnGateway(
      gatewayEnv(scratch, dataDir, {
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_SERVICE_NAME: 'breach-gateway-test',
        // Exported every 100 ms rather than every 5 s: the test waits for the spans, not for a timer.
        OTEL_BSP_SCHEDULE_DELAY: '100',
      }),
    );
    token = await signToken(TEST_JWT, { sub: 'person@test.example', org: ORG, roles: [Role.ADMIN] });
  });
  afterAll(async () => {
    await gateway?.stop();
    await receiver?.close();
    await scratch?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Waits (bounded) until `found` holds of the spans received so far. */
  async function spansUntil(found: (spans: ReceivedSpan[]) => boolean): Promise<ReceivedSpan[]> {
    for (let i = 0; i < 200 && !found(receiver.spans); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    return receiver.spans;
  }

  it('exports the HTTP request, its GraphQL operation and its queries as one trace, without a token or NIR', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-me-1' },
      body: JSON.stringify({ query: print(IncidentsDocument), variables: { filter: { search: NIR } }, operationName: 'Incidents' }),
    });
    expect(response.status).toBe(200);
    // A document with a NIR literal, refused or not: its text must not reach a span either.
    await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query Literal { organization(id: "${NIR}") { id } }` }),
    });
    await fetch(`${gateway.url.replace('/graphql', '')}/notifications/${ORG}/filing.pdf?expires=1&signature=secret-signature-value`);

    const operation = (spans: ReceivedSpan[]) => spans.find((s) => s.attributes['graphql.operation.name'] === 'Incidents');
    const spans = await spansUntil((all) => {
      const op = operation(all);
      return Boolean(
        op &&
        all.some((s) => s.kind === 2 && s.traceId === op.traceId) &&
        (dialect !== 'postgresql' || all.some((s) => isPostgres(s) && s.traceId === op.traceId)),
      );
    });
    const op = operation(spans);
    expect(op, JSON.stringify(spans.map((s) => s.name))).toBeDefined();
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const ancestors = (span: ReceivedSpan) => {
      const chain: ReceivedSpan[] = [];
      for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) chain.push(parent);
      return chain;
    };
    // The operation sits under the server span of POST /graphql, in the same trace.
    const server = ancestors(op!).find((s) => s.kind === 2);
    expect(server?.attributes['http.method'] ?? server?.attributes['http.request.method']).toBe('POST');
    expect(server!.service).toBe('breach-gateway-test');
    if (dialect === 'postgresql') {
      const query = spans.find((s) => isPostgres(s) && s.traceId === op!.traceId);
      expect(query, 'a pg query span in the request trace').toBeDefined();
      expect(ancestors(query!).map((s) => s.spanId)).toContain(server!.spanId);
    }
    const everything = receiver.raw.join('\n');
    expect(everything).not.toContain(token);
    expect(spans.filter((s) => JSON.stringify(s).includes(NIR)).map((s) => [s.name, s.attributes])).toEqual([]);
    expect(everything).not.toContain('secret-signature-value');
    expect(everything.toLowerCase()).not.toContain('bearer');
  });
});
