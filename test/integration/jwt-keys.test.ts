import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect, startGateway, TEST_JWT, type TestGateway } from '../support/app';
import { IDP_ORG, type IdentityProvider, identityProvider, type SignOptions, unsignedToken } from '../support/identity-provider';

/** A gateway trusting an identity provider's ES256 public key, over real HTTP. */
describe(`tokens signed by an identity provider on ${dialect}`, () => {
  let gw: TestGateway;
  let idp: IdentityProvider;

  beforeAll(async () => {
    idp = await identityProvider('ES256');
    gw = await startGateway({ config: { jwt: idp.jwt } });
  });
  afterAll(() => gw.close());

  const ask = async (token: string) => {
    const headers = { authorization: `Bearer ${token}` };
    const graphql = await fetch(gw.url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const register = await fetch(`${gw.baseUrl}/register.csv`, { headers });
    return {
      graphql: graphql.status,
      register: register.status,
      body: await graphql.text(),
      challenge: graphql.headers.get('www-authenticate'),
    };
  };

  it('serves a token the provider signed with its ES256 key', async () => {
    const result = await ask(await idp.sign());
    expect(result).toMatchObject({ graphql: 200, register: 200 });
  });

  it('answers 401 to another key, HS256, none, another issuer or audience, an expired token', async () => {
    const other = await identityProvider('ES256');
    const hs256 = await new SignJWT({ sub: 'x', org: 'org-1', roles: ['ADMIN'], iss: idp.jwt.issuer, aud: idp.jwt.audience })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT.secret));
    const tokens = {
      'another key': await other.sign(),
      HS256: hs256,
      none: unsignedToken({ sub: 'x', org: 'org-1', roles: ['ADMIN'], iss: idp.jwt.issuer, aud: idp.jwt.audience }),
      'another issuer': await idp.sign({ iss: 'https://evil.example' }),
      'another audience': await idp.sign({ aud: 'another-api' }),
      expired: await idp.sign({}, { expiresAt: Math.floor(Date.now() / 1000) - 60 }),
    };
    for (const [label, token] of Object.entries(tokens)) {
      const result = await ask(token);
      expect(result, label).toMatchObject({ graphql: 401, register: 401, challenge: 'Bearer' });
      expect(result.body, label).toContain('UNAUTHENTICATED');
    }
  });
});

/**
 * The lifetime and subject rules over real HTTP, for the gateway's own HS256 tokens and for an
 * identity provider's: each refused with 401 UNAUTHENTICATED naming the rule, on GraphQL and REST.
 */
describe(`token lifetime and subject over HTTP on ${dialect}`, () => {
  const gateways: { label: string; gw: TestGateway; sign: (claims: Record<string, unknown>, times: SignOptions) => Promise<string> }[] = [];

  beforeAll(async () => {
    const own = await startGateway();
    const secret = new TextEncoder().encode(TEST_JWT.secret);
    gateways.push({
      label: 'HS256',
      gw: own,
      sign: (claims, times) => {
        const token = new SignJWT({ sub: 'dpo@test.example', org: IDP_ORG, roles: ['CONTROLLER_DPO'], ...claims })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer(TEST_JWT.issuer)
          .setAudience(TEST_JWT.audience);
        if (times.issuedAt !== null) token.setIssuedAt(times.issuedAt);
        if (times.expiresAt !== null) token.setExpirationTime(times.expiresAt ?? '1h');
        return token.sign(secret);
      },
    });
    const idp = await identityProvider('RS256');
    gateways.push({
      label: 'RS256 (JWKS)',
      gw: await startGateway({ config: { jwt: idp.jwksJwt } }),
      sign: (claims, times) => idp.sign(claims, times),
    });
  });
  afterAll(async () => {
    for (const { gw } of gateways) await gw.close();
  });

  it('answers 401 UNAUTHENTICATED with the reason to a token too long-lived, without iat, issued in the future, or with a bad sub', async () => {
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, Record<string, unknown>, SignOptions, RegExp][] = [
      ['lifetime of 2 days', {}, { issuedAt: now, expiresAt: now + 2 * 86_400 }, /exceeds the maximum of 86400 s/],
      ['no iat', {}, { issuedAt: null }, /no iat claim/],
      ['iat an hour ahead', {}, { issuedAt: now + 3600, expiresAt: now + 7200 }, /iat claim lies in the future/],
      ['empty sub', { sub: '' }, {}, /sub claim must be a non-empty string/],
      ['sub with a line break', { sub: 'dpo@test.example\nroot' }, {}, /single printable line/],
    ];
    for (const { label, gw, sign } of gateways) {
      for (const [name, claims, times, reason] of cases) {
        const token = await sign(claims, times);
        const graphql = await fetch(gw.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        const body = (await graphql.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        expect({ status: graphql.status, code: body.errors?.[0]?.extensions?.code }, `${label} ${name}`).toEqual({
          status: 401,
          code: 'UNAUTHENTICATED',
        });
        expect(body.errors?.[0]?.message, `${label} ${name}`).toMatch(reason);
        const register = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${token}` } });
        expect(register.status, `${label} ${name} register.csv`).toBe(401);
      }
      // The same signer with a day's lifetime and a plain sub is served.
      const fine = await fetch(gw.url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await sign({}, { issuedAt: now, expiresAt: now + 86_400 })}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(fine.status, label).toBe(200);
    }
  });
});
