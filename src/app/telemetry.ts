import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import type { Span } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from '../config/config';

/** The URL attributes the HTTP instrumentation records, old and stable conventions alike. */
const URL_ATTRIBUTES = ['http.url', 'http.target', 'url.full', 'url.path'];

/**
 * A download link's query string is its signature, a credential valid for minutes: no span keeps
 * one. The instrumentation has set its URL attributes when this hook runs; they are rewritten
 * without the query (the SDK's span holds them in `attributes`).
 */
function withoutQueryStrings(span: Span): void {
  const attributes = (span as unknown as { attributes?: Record<string, unknown> }).attributes ?? {};
  for (const key of URL_ATTRIBUTES) {
    const value = attributes[key];
    if (typeof value === 'string' && value.includes('?')) span.setAttribute(key, value.slice(0, value.indexOf('?')));
  }
  if ('url.query' in attributes) span.setAttribute('url.query', '');
}

/** The statement attributes of the pg instrumentation, old and stable conventions alike. */
const SQL_ATTRIBUTES = ['db.query.text', 'db.statement'];

/**
 * The ORM sends some statements with their values inlined (a search's `like '%…%'`, an id): a value
 * may be personal data, a NIR typed into a search box say. Every literal is replaced by `?`, so a
 * span keeps the statement's shape and never its data.
 */
export function sqlShape(sql: string): string {
  return sql
    .replace(/(?:[EeBbXxNn])?'(?:[^']|'')*'/g, '?')
    .replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/(?<![\w$.])\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/g, '?');
}

function withoutSqlValues(span: Span): void {
  const attributes = (span as unknown as { attributes?: Record<string, unknown> }).attributes ?? {};
  for (const key of SQL_ATTRIBUTES) {
    const value = attributes[key];
    if (typeof value === 'string') span.setAttribute(key, sqlShape(value));
  }
}

/**
 * Traces of HTTP requests, Express routing, GraphQL operations and PostgreSQL queries, for the
 * standard OTEL_* variables (see parseTracing). Must run before express, pg and graphql are first
 * required, which is why main.ts loads it first (src/app/tracing-bootstrap.ts). No header is
 * recorded, GraphQL literals and variables are not (allowValues: false), nor any SQL value.
 */
export function startTracing(config: TracingConfig): NodeTracerProvider {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [
      config.exporter === 'console' ? new SimpleSpanProcessor(new ConsoleSpanExporter()) : new BatchSpanProcessor(new OTLPTraceExporter()),
    ],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ requestHook: withoutQueryStrings }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false, requestHook: withoutSqlValues }),
    ],
  });
  return provider;
}
