import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect, startGateway, TEST_JWT, type TestGateway } from '../support/app';
import { type IdentityProvider, identityProvider, unsignedToken } from '../support/identity-provider';

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
    const graphql = await fetch(gw.url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    const register = await fetch(`${gw.baseUrl}/register.csv`, { headers });
    return { graphql: graphql.status, register: register.status, body: await graphql.text(), challenge: graphql.headers.get('www-authenticate') };
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
