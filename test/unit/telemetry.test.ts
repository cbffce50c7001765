import { describe, expect, it } from 'vitest';
import { parseTracing } from '../../src/config/config';
import { sqlShape } from '../../src/app/telemetry';

describe('what a pg span keeps of a statement', () => {
  it('replaces every literal by ?, keeping identifiers and placeholders', () => {
    expect(sqlShape(`select "i0".* from "incident" as "i0" where lower(i0.title) like '%185037512345678%' limit 21`)).toBe(
      `select "i0".* from "incident" as "i0" where lower(i0.title) like ? limit ?`,
    );
    expect(sqlShape(`insert into t (a, b) values ($1, 'it''s', E'x\\n', 185037512345678, 1.5e3)`)).toBe(
      `insert into t (a, b) values ($1, ?, ?, ?, ?)`,
    );
    expect(sqlShape('select $$185037512345678$$, $tag$secret$tag$')).toBe('select ?, ?');
  });
});

describe('OTEL_* variables', () => {
  it('turns tracing on only for an exporter or an endpoint, and off with OTEL_SDK_DISABLED', () => {
    expect(parseTracing({})).toBeNull();
    expect(parseTracing({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBeNull();
    expect(parseTracing({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toEqual({ exporter: 'otlp', serviceName: 'breach-gateway' });
    expect(parseTracing({ OTEL_TRACES_EXPORTER: 'console', OTEL_SERVICE_NAME: 'gw-a' })).toEqual({
      exporter: 'console',
      serviceName: 'gw-a',
    });
    expect(parseTracing({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(() => parseTracing({ OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(
      /OTEL_TRACES_EXPORTER must be otlp, console or none, got "jaeger"/,
    );
    expect(() => parseTracing({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(
      /OTEL_EXPORTER_OTLP_PROTOCOL/,
    );
  });
});
