import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { JwksServer } from '../support/jwks-server';

/** Past it the key set is fetched again; the test waits it out instead of ten minutes. */
const CACHE_SECONDS = 1;
const pastTheCache = () => new Promise((resolve) => setTimeout(resolve, CACHE_SECONDS * 1000 + 200));

/** JWT_JWKS_URL: the provider's keys fetched over HTTP, rotated while the gateway keeps running. */
describe(`keys fetched from JWT_JWKS_URL on ${dialect}`, () => {
  let gw: TestGateway;
  const idp = new JwksServer();

  beforeAll(async () => {
    await idp.addKey('key-1');
    await idp.start();
    gw = await startGateway({ config: { jwt: idp.jwt(CACHE_SECONDS) } });
  });
  afterAll(async () => {
    await gw?.close();
    await idp.stop();
  });

  const ask = async (token: string) => {
    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return { status: response.status, body: await response.text() };
  };

  it('verifies key 1, then key 2 once rotated, then refuses key 1 once withdrawn, without a restart', async () => {
    expect((await ask(await idp.sign('key-1'))).status).toBe(200);
    await idp.addKey('key-2');
    // A kid the cache does not hold makes the gateway fetch again (once its cooldown, the cache window here, is past).
    await pastTheCache();
    expect((await ask(await idp.sign('key-2'))).status).toBe(200);
    expect((await ask(await idp.sign('key-1'))).status).toBe(200);
    idp.withdraw('key-1');
    await pastTheCache();
    const withdrawn = await ask(await idp.sign('key-1'));
    expect(withdrawn.status).toBe(401);
    expect(withdrawn.body).toContain('the token signature is invalid');
    expect((await ask(await idp.sign('key-2'))).status).toBe(200);
  });

  it('keeps verifying with the keys last fetched while the provider is down; an unknown key is 503 with the reason', async () => {
    await idp.addKey('key-3');
    await idp.stop();
    try {
      await pastTheCache();
      expect((await ask(await idp.sign('key-2'))).status).toBe(200);
      const unknown = await ask(await idp.sign('key-3'));
      expect(unknown.status).toBe(503);
      expect(unknown.body).toContain("the identity provider's keys (JWT_JWKS_URL) cannot be fetched");
    } finally {
      await idp.start();
    }
    expect((await ask(await idp.sign('key-3'))).status).toBe(200);
  });

  it('refuses JWT_JWKS_URL with another source of keys, or over plain http to another machine', () => {
    const env = { JWT_JWKS_URL: 'https://idp.example/jwks.json', PSEUDONYM_KEY: '07'.repeat(32), AUDIT_KEY: '09'.repeat(32) };
    expect(() => loadConfig({ ...env, JWT_SECRET: 'x'.repeat(40) })).toThrow(/JWT_JWKS_URL cannot be combined with JWT_SECRET/);
    expect(() => loadConfig({ ...env, JWT_JWKS_FILE: '/nonexistent' })).toThrow(/JWT_JWKS_URL cannot be combined with JWT_JWKS_FILE/);
    expect(() => loadConfig({ ...env, JWT_JWKS_URL: 'http://idp.example/jwks.json' })).toThrow(/JWT_JWKS_URL must be an https/);
    expect(loadConfig(env).jwt.jwksUrl).toEqual({ url: 'https://idp.example/jwks.json', cacheMaxAgeMs: 600_000 });
  });
});
