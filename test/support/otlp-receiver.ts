import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A span as OTLP/HTTP JSON carries it, its attributes flattened to strings. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, string>;
  service: string;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
  arrayValue?: { values?: OtlpValue[] };
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: { spans?: (Omit<ReceivedSpan, 'attributes' | 'service'> & { attributes?: OtlpAttribute[] })[] }[];
  }[];
}

const text = (value: OtlpValue): string =>
  value.stringValue ??
  (value.arrayValue
    ? (value.arrayValue.values ?? []).map(text).join(',')
    : String(value.intValue ?? value.boolValue ?? value.doubleValue ?? ''));

const flatten = (attributes: OtlpAttribute[] = []) => Object.fromEntries(attributes.map((a) => [a.key, text(a.value)]));

/**
 * An OTLP/HTTP trace receiver (JSON encoding, what @opentelemetry/exporter-trace-otlp-http sends):
 * what a collector would get from a gateway run in a child process.
 */
export async function startOtlpReceiver(): Promise<{ endpoint: string; spans: ReceivedSpan[]; raw: string[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const raw: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      raw.push(body);
      if (req.url === '/v1/traces') {
        const exported = JSON.parse(body) as OtlpExport;
        for (const resource of exported.resourceSpans ?? []) {
          const service = flatten(resource.resource?.attributes)['service.name'] ?? '';
          for (const scope of resource.scopeSpans ?? [])
            for (const span of scope.spans ?? []) spans.push({ ...span, attributes: flatten(span.attributes), service });
        }
      }
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    raw,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
