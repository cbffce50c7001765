import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app/app';
import type { RunningServer } from '../../src/app/http/server';
import { READINESS_TIMEOUT_MS } from '../../src/app/service/probes';
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch';
import { dialect, startGateway, testConfig, type TestGateway } from '../support/app';
import { TcpProxy } from '../support/tcp-proxy';

const probe = async (baseUrl: string, path: string) => {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, body: (await response.json()) as { status: string; checks?: Record<string, string> } };
};

/** /livez, /health and /readyz on the real server: what a balancer or Kubernetes asks. */
describe(`probes on ${dialect}`, () => {
  let gw: TestGateway;

  beforeAll(async () => {
    // A budget of one request: the probes must not spend it, nor be refused once it is spent.
    gw = await startGateway({ config: { rateLimit: { max: 1, windowMs: 60_000, trustProxyHops: 0, renderMax: 0 } } });
  });
  afterAll(() => gw?.close());

  it('answers livez, health and readyz 200 without a token, however often, the request budget spent', async () => {
    await fetch(`${gw.baseUrl}/nowhere`);
    expect((await fetch(`${gw.baseUrl}/nowhere`)).status).toBe(429);
    for (let i = 0; i < 3; i++) {
      expect(await probe(gw.baseUrl, '/livez')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(gw.baseUrl, '/health')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await probe(gw.baseUrl, '/readyz')).toEqual({
        status: 200,
        body: { status: 'ok', checks: { database: 'ok', migrations: 'ok' } },
      });
    }
  });

  it('answers readyz 503 naming the pending migration while the database is behind this build, livez still 200', async () => {
    const connection = gw.app.orm.em.getConnection();
    const [last] = await connection.execute<{ id: number; name: string; executed_at: unknown }[]>(
      'select * from mikro_orm_migrations order by id desc limit 1',
    );
    await connection.execute('delete from mikro_orm_migrations where id = ?', [last!.id]);
    try {
      const behind = await probe(gw.baseUrl, '/readyz');
      expect(behind.status).toBe(503);
      expect(behind.body.status).toBe('unavailable');
      expect(behind.body.checks).toEqual({ database: 'ok', migrations: expect.stringContaining(last!.name) });
      expect(behind.body.checks!.migrations).toMatch(/^failed: 1 pending .*breach-gateway migrate/);
      expect((await probe(gw.baseUrl, '/livez')).status).toBe(200);
    } finally {
      await connection.execute('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [
        last!.id,
        last!.name,
        last!.executed_at,
      ]);
    }
    expect((await probe(gw.baseUrl, '/readyz')).status).toBe(200);
  });

  it('answers readyz 503 once the process drains, livez still 200', async () => {
    gw.app.lifecycle.drain();
    expect(await probe(gw.baseUrl, '/readyz')).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { shutdown: 'draining: the process is stopping' } },
    });
    expect((await probe(gw.baseUrl, '/livez')).status).toBe(200);
  });
});

/**
 * PostgreSQL only by nature: the database is reached over TCP, so it can be taken away by a proxy
 * without stopping the cluster other tests share. SQLite is a file in the process; its readiness
 * failures are the migrations and draining above.
 */
describe.skipIf(dialect !== 'postgresql')('readyz when PostgreSQL goes away', () => {
  let scratch: ScratchDatabase;
  let proxy: TcpProxy;
  let app: App;
  let running: RunningServer;

  beforeAll(async () => {
    scratch = await createScratchDatabase('postgresql', 'probes');
    if (scratch.database.dialect !== 'postgresql') throw new Error('a PostgreSQL scratch database');
    const target = new URL(scratch.database.url);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    const proxied = new URL(target);
    proxied.port = String(await proxy.open());
    app = await createApp({ ...testConfig({ dialect: 'postgresql', url: proxied.toString() }) }, { logger: pino({ level: 'silent' }) });
    running = await app.listen(0);
  });
  afterAll(async () => {
    await proxy?.open().catch(() => undefined);
    await app?.close();
    await proxy?.close();
    await scratch?.drop();
  });

  it('answers 503 naming the database within its timeout while it is unreachable, livez 200, and 200 again once it is back', async () => {
    expect((await probe(running.url, '/readyz')).status).toBe(200);
    await proxy.close();
    const down = await probe(running.url, '/readyz');
    expect(down.status).toBe(503);
    expect(down.body.checks).toEqual({ database: expect.stringMatching(/^failed: /) });
    expect((await probe(running.url, '/livez')).status).toBe(200);
    await proxy.open();
    // The pool replaces the connections the proxy cut: the first asks may still meet one of them.
    let back = await probe(running.url, '/readyz');
    for (let attempt = 0; back.status !== 200 && attempt < 20; attempt++) back = await probe(running.url, '/readyz');
    expect(back).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'ok', migrations: 'ok' } } });
  });

  it('answers 503 when PostgreSQL accepts but never answers, after its timeout rather than hanging', async () => {
    expect((await probe(running.url, '/readyz')).status).toBe(200);
    proxy.stall();
    // The first asks may meet a pooled connection the stall cut (an error at once); the next connection hangs.
    let hung = await probe(running.url, '/readyz');
    for (let attempt = 0; !hung.body.checks?.database?.includes('no answer') && attempt < 5; attempt++)
      hung = await probe(running.url, '/readyz');
    expect(hung).toEqual({
      status: 503,
      body: { status: 'unavailable', checks: { database: `failed: no answer within ${READINESS_TIMEOUT_MS} ms` } },
    });
    expect((await probe(running.url, '/livez')).status).toBe(200);
    await proxy.close();
    await proxy.open();
    let back = await probe(running.url, '/readyz');
    for (let attempt = 0; back.status !== 200 && attempt < 20; attempt++) back = await probe(running.url, '/readyz');
    expect(back.status).toBe(200);
  });
});
