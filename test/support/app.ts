import type { AbstractSqlConnection } from '@mikro-orm/knex';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino from 'pino';
import { type App, createApp } from '../../src/app/app';
import type { RunningServer } from '../../src/app/http/server';
import type { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/tokens';
import { type Clock, fixedClock } from '../../src/config/clock';
import { DEFAULT_ALERT_SETTINGS, NO_REGIME_SETTINGS, type Config } from '../../src/config/config';
import type { Dialect } from '../../src/db/orm';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch';

export const dialect = (process.env.TEST_DATABASE ?? 'sqlite') as Dialect;

export const TEST_PSEUDONYM_KEY = Buffer.alloc(32, 7);

export const TEST_AUDIT_KEY = Buffer.alloc(32, 9);

export const TEST_DOWNLOAD_LINK_KEY = Buffer.alloc(32, 11);

export const TEST_JWT = {
  secret: 'test-secret-that-is-long-enough-for-hs256!',
  issuer: 'breach-gateway',
  audience: 'breach-gateway',
  maxLifetimeSeconds: 86_400,
};

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; argument?: string; problems?: { argument: string; reason: string }[] };
  }[];
}

export interface TestGateway {
  app: App;
  url: string;
  /** The server's root, for the REST routes. */
  baseUrl: string;
  /** The HTTP server itself (its WebSocket connections, say). */
  running: RunningServer;
  scratch: ScratchDatabase;
  /** Sends a typed operation to the real HTTP server. */
  gql<R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string | undefined): Promise<GraphQLResponse<R>>;
  token(org: string, roles: Role[], sub?: string): Promise<string>;
  /** SQL statements the database receives while `work` runs. */
  countStatements(work: () => Promise<unknown>): Promise<{ count: number; sql: string[] }>;
  close(): Promise<void>;
}

/**
 * Delivery off, like the state refresher: its queries would land among the statements a test
 * counts. The channel tests turn it on (`DISPATCHING`) with a local receiver on 127.0.0.1, and
 * retries in fractions of a second without jitter, so they measure the schedule.
 */
export const TEST_WEBHOOKS: Config['webhooks'] = {
  dispatch: false,
  allowHosts: ['127.0.0.1'],
  timeoutMs: 2_000,
  maxAttempts: 5,
  disableAfterFailures: 3,
  retryScheduleMs: [300, 900, 2_700],
  jitter: false,
  leaseMs: 10_000,
  pollMs: 100,
};

/** The configuration of a gateway whose dispatcher delivers (the channel tests). */
export const DISPATCHING: Partial<Config> = { webhooks: { ...TEST_WEBHOOKS, dispatch: true } };

/** The rate limits (requests and renders) are off in tests that do not test it: a test file may send hundreds of requests a minute. */
export function testConfig(database: Config['database']): Config {
  return {
    demo: false,
    dataDir: '/nonexistent',
    database,
    host: '127.0.0.1',
    port: 0,
    jwt: TEST_JWT,
    graphql: { introspection: false },
    rateLimit: { max: 0, windowMs: 60_000, trustProxyHops: 0, renderMax: 0 },
    subscriptions: { perConnection: 20, connectionsPerPerson: 10, queueMax: 1000, bufferBytes: 4 * 1024 ** 2 },
    ingest: { maxBytes: 2 * 1024 ** 3 },
    personsInformation: { targetDays: 7 },
    // Off: a refresh landing inside a request whose statements a test counts would be counted too.
    stateRefreshSeconds: 0,
    regimes: NO_REGIME_SETTINGS,
    // Scheduled by every write, but fired only where a test runs the scheduler: a background firing
    // would add outbox events and statements to tests that count them.
    alerts: { ...DEFAULT_ALERT_SETTINGS, scheduler: false, pollMs: 20 },
    // One render thread per test file: the files run in parallel on few cores.
    pdf: { threads: 1, queue: 16, cacheBytes: 64 * 1024 ** 2 },
    pseudonymKey: TEST_PSEUDONYM_KEY,
    auditKey: TEST_AUDIT_KEY,
    downloadLinks: { key: TEST_DOWNLOAD_LINK_KEY, keySource: 'DOWNLOAD_LINK_KEY', ttlSeconds: 300 },
    cors: { origins: [] },
    webhooks: TEST_WEBHOOKS,
    email: null,
    logLevel: 'silent',
    service: { shutdownGraceMs: 10_000, shutdownDelayMs: 0, redis: null },
  };
}

/** The real app on a fresh, migrated database of the dialect under test, served on a free port. */
export async function startGateway(options: { clock?: Clock; logger?: pino.Logger; config?: Partial<Config> } = {}): Promise<TestGateway> {
  const scratch: ScratchDatabase = await createScratchDatabase(dialect, 'test');
  const app = await createApp(
    { ...testConfig(scratch.database), ...options.config },
    {
      clock: options.clock ?? fixedClock('2024-02-03T12:00:00Z'),
      logger: options.logger ?? pino({ level: 'silent' }),
    },
  );
  const running = await app.listen(0);
  const url = `${running.url}/graphql`;
  const knex = (app.orm.em.getConnection() as AbstractSqlConnection).getKnex();
  return {
    app,
    url,
    baseUrl: running.url,
    running,
    scratch,
    async gql(document, variables, token) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    token: (org, roles, sub = 'person@test.example') => signToken(TEST_JWT, { sub, org, roles }),
    async countStatements(work) {
      const sql: string[] = [];
      const listener = (query: { sql: string }) => sql.push(query.sql);
      knex.on('query', listener);
      try {
        await work();
      } finally {
        knex.off('query', listener);
      }
      return { count: sql.length, sql };
    },
    async close() {
      await app.close();
      await scratch.drop();
    },
  };
}

/** The single error of a response, for assertions on its code and argument. */
export function onlyError<T>(response: GraphQLResponse<T>) {
  if (!response.errors || response.errors.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(response)}`);
  return response.errors[0]!; // exactly one, checked above
}
