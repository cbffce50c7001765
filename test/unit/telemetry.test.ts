import { describe, expect, it } from 'vitest';
import { loadConfig, parseTracing } from '../../src/config/config';
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

describe('METRICS_* variables', () => {
  const base = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: 'ab'.repeat(32), AUDIT_KEY: 'cd'.repeat(32) };
  it('serves /metrics on its own port or behind a token, neither by default, and names the variable it refuses', () => {
    expect(loadConfig(base).metrics).toEqual({ port: null, host: '127.0.0.1', token: null });
    expect(loadConfig({ ...base, METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' }).metrics).toEqual({
      port: 9464,
      host: '0.0.0.0',
      token: null,
    });
    expect(loadConfig({ ...base, METRICS_TOKEN: 't'.repeat(32) }).metrics).toMatchObject({ port: null, token: 't'.repeat(32) });
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 32 characters/);
    expect(() => loadConfig({ ...base, METRICS_PORT: 'x' })).toThrow(/METRICS_PORT must be an integer/);
    expect(() => loadConfig({ ...base, METRICS_PORT: '4000', PORT: '4000' })).toThrow(/METRICS_PORT must differ from PORT/);
    expect(() => loadConfig({ ...base, METRICS_PORT: '9464', METRICS_TOKEN: 't'.repeat(32) })).toThrow(/not both/);
  });
});
