import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { dialect, startGateway, type TestGateway } from '../support/app';

const ORG = '00000000-0000-4000-8000-000000000001';

describe(`rate limit on ${dialect}`, () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startGateway({ config: { rateLimit: { max: 3, windowMs: 60_000, trustProxyHops: 0, renderMax: 0 } } });
  });
  afterAll(() => gw.close());

  const ask = (authorization?: string) =>
    fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it("counts each token's person on its own, and answers 429 with Retry-After over the budget", async () => {
    const first = `Bearer ${await gw.token(ORG, [Role.ADMIN], 'first@test.example')}`;
    const second = `Bearer ${await gw.token(ORG, [Role.ADMIN], 'second@test.example')}`;
    for (let i = 0; i < 3; i += 1) expect((await ask(first)).status).toBe(200);
    const refused = await ask(first);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/Too many requests: at most 3 every 60 s/),
          extensions: { code: 'RATE_LIMITED', requestId: expect.any(String) },
        },
      ],
    });
    // The REST routes share the budget.
    const register = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: first } });
    expect(register.status).toBe(429);
    expect(await register.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect((await ask(second)).status).toBe(200);
  });

  it('counts anonymous and forged tokens against the address, so a fresh forged token buys nothing', async () => {
    for (let i = 0; i < 3; i += 1) expect((await ask()).status).toBe(401);
    expect((await ask()).status).toBe(429);
    expect((await ask('Bearer forged.token.value')).status).toBe(429);
    expect((await fetch(`${gw.baseUrl}/health`)).status).toBe(200);
  });

  it('believes X-Forwarded-For only from the configured proxies: each client behind one has its own budget', async () => {
    const behind = await startGateway({ config: { rateLimit: { max: 2, windowMs: 60_000, trustProxyHops: 1, renderMax: 0 } } });
    try {
      const from = (client: string) =>
        fetch(behind.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      for (let i = 0; i < 2; i += 1) expect((await from('203.0.113.7')).status).toBe(401);
      expect((await from('203.0.113.7')).status).toBe(429);
      expect((await from('198.51.100.9')).status).toBe(401);
    } finally {
      await behind.close();
    }
    // Without a trusted proxy the header is the caller's own say: it buys no fresh budget.
    const direct = (client: string) =>
      fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    expect((await direct('192.0.2.44')).status).toBe(429);
  });
});
