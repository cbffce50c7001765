import { createHash, randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type App, createApp } from '../../src/app/app';
import { Role } from '../../src/auth/roles';
import type { Config } from '../../src/config/config';
import { dialect, startGateway, testConfig, type TestGateway } from '../support/app';
import { TcpProxy } from '../support/tcp-proxy';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORG = '00000000-0000-4000-8000-0000000000b2';

/** A prefix of this test's own: tests running at once never share a budget. */
const redisOf = (url = REDIS_URL): Config['service'] => ({
  shutdownGraceMs: 10_000,
  shutdownDelayMs: 0,
  redis: { url, prefix: `test:${randomUUID()}:` },
});

const post = (url: string, body: object, token?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

/** The limits and persisted queries of several instances, kept in one Redis (REDIS_URL). */
describe(`limits shared through Redis on ${dialect}`, () => {
  let gw: TestGateway;
  const apps: App[] = [];

  /** Another instance on the same database with `config`, served; closed after the file. */
  const instance = async (config: Partial<Config>) => {
    const app = await createApp({ ...testConfig(gw.scratch.database), ...config }, { logger: pino({ level: 'silent' }) });
    apps.push(app);
    return `${(await app.listen(0)).url}`;
  };

  beforeAll(async () => {
    gw = await startGateway();
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await gw?.close();
  });

  it('counts requests to two instances against one budget: N pass across both, the next is 429 on either', async () => {
    const shared = { rateLimit: { max: 4, windowMs: 60_000, trustProxyHops: 0, renderMax: 0 }, service: redisOf() };
    const [a, b] = [await instance(shared), await instance(shared)];
    const ask = (base: string) => post(`${base}/graphql`, { query: '{ __typename }' });
    const statuses = [];
    for (const base of [a, b, a, b]) statuses.push((await ask(base)).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    expect((await ask(a)).status).toBe(429);
    expect((await ask(b)).status).toBe(429);
    // Another prefix is another budget: what isolates tests, and two deployments on one Redis.
    expect((await ask(await instance({ ...shared, service: redisOf() }))).status).toBe(401);
  });

  it('counts a WebSocket upgrade to one instance against the budget HTTP requests to another spent', async () => {
    const shared = { rateLimit: { max: 2, windowMs: 60_000, trustProxyHops: 0, renderMax: 0 }, service: redisOf() };
    const [a, b] = [await instance(shared), await instance(shared)];
    expect((await post(`${a}/graphql`, { query: '{ __typename }' })).status).toBe(401);
    const upgrade = () =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(`${b.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
        socket.once('open', () => {
          socket.close();
          resolve(101);
        });
        socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        socket.once('error', reject);
      });
    expect(await upgrade()).toBe(101);
    expect(await upgrade()).toBe(429);
    expect((await post(`${a}/graphql`, { query: '{ __typename }' })).status).toBe(429);
  });

  it('finds by hash on instance B a persisted query registered through instance A', async () => {
    const shared = { service: redisOf() };
    const [a, b] = [await instance(shared), await instance(shared)];
    const token = await gw.token(ORG, [Role.ADMIN]);
    const query = `{ __typename } # ${randomUUID()}`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const byHash = async (base: string) => (await post(`${base}/graphql`, { extensions: { persistedQuery } }, token)).json();
    // Unknown to both before: the test would see a query that was never shared.
    expect(await byHash(b)).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    expect(await (await post(`${a}/graphql`, { query, extensions: { persistedQuery } }, token)).json()).toMatchObject({
      data: { __typename: 'Query' },
    });
    expect(await byHash(b)).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('lets requests through while Redis is unreachable, answers readyz 503 naming it, and counts again once it is back', async () => {
    const target = new URL(REDIS_URL);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    const proxied = new URL(REDIS_URL);
    proxied.port = String(await proxy.open());
    try {
      const base = await instance({
        rateLimit: { max: 1, windowMs: 60_000, trustProxyHops: 0, renderMax: 0 },
        service: redisOf(proxied.toString()),
      });
      const ask = () => post(`${base}/graphql`, { query: '{ __typename }' });
      expect((await ask()).status).toBe(401);
      expect((await ask()).status).toBe(429);
      await proxy.close();
      // Fail open: a Redis outage is not an outage of the API; readyz takes the instance out instead.
      expect((await ask()).status).toBe(401);
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        status: 'unavailable',
        checks: { database: 'ok', migrations: 'ok', redis: expect.stringMatching(/^failed: /) },
      });
      expect((await fetch(`${base}/livez`)).status).toBe(200);
      await proxy.open();
      let back = await fetch(`${base}/readyz`);
      // The client reconnects on its own schedule (at most 2 s apart): ask until it has.
      while (back.status !== 200) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        back = await fetch(`${base}/readyz`);
      }
      expect((await ask()).status).toBe(429);
    } finally {
      await proxy.close();
    }
  });

  it('refuses to serve when Redis cannot be reached at start-up, naming REDIS_URL', async () => {
    const proxy = new TcpProxy('127.0.0.1', 6379);
    const port = await proxy.open();
    await proxy.close();
    const app = await createApp(
      { ...testConfig(gw.scratch.database), service: redisOf(`redis://127.0.0.1:${port}`) },
      { logger: pino({ level: 'silent' }) },
    );
    try {
      await expect(app.listen(0)).rejects.toThrow(/^REDIS_URL: cannot connect to Redis at 127\.0\.0\.1:\d+ \(/);
    } finally {
      await app.close();
    }
  });

  it("counts a WebSocket upgrade against the client's address behind TRUST_PROXY_HOPS, as HTTP requests are", async () => {
    const base = await instance({ rateLimit: { max: 2, windowMs: 60_000, trustProxyHops: 1, renderMax: 0 } });
    const upgrade = (client: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(`${base.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
          headers: { 'x-forwarded-for': client },
        });
        socket.once('open', () => {
          socket.close();
          resolve(101);
        });
        socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        socket.once('error', reject);
      });
    expect(await upgrade('203.0.113.7')).toBe(101);
    expect(await upgrade('203.0.113.7')).toBe(101);
    expect(await upgrade('203.0.113.7')).toBe(429);
    // Another client behind the same proxy has its own budget; HTTP counted the same address.
    expect(await upgrade('198.51.100.9')).toBe(101);
    const http = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(http.status).toBe(401);
    expect(await upgrade('198.51.100.9')).toBe(429);
  });
});
