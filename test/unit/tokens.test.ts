import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { signToken, viewerFromAuthorization } from '../../src/auth/tokens';
import { IDP_ORG, identityProvider, unsignedToken } from '../support/identity-provider';

const ORG = '0190a000-0000-7000-8000-0000000000c1';
const jwt = { secret: 'unit-test-secret-unit-test-secret-123', issuer: 'breach-gateway', audience: 'breach-gateway' };

describe('bearer tokens', () => {
  it('turns a valid token into a viewer with its organisation and roles', async () => {
    const token = await signToken(jwt, { sub: 'dpo@x.example', org: ORG, roles: [Role.CONTROLLER_DPO] });
    const viewer = await viewerFromAuthorization(jwt, `Bearer ${token}`);
    expect(viewer).toMatchObject({ subject: 'dpo@x.example', organizationId: ORG, roles: ['CONTROLLER_DPO'] });
    expect(viewer.actsAsController).toBe(true);
    expect(viewer.actsAsProcessor).toBe(false);
  });

  it.each([
    ['no header', undefined, /bearer token is required/],
    ['another scheme', 'Basic abc', /Bearer <token>/],
    ['garbage', 'Bearer not-a-jwt', /malformed/],
  ])('rejects %s as UNAUTHENTICATED', async (_label, header, reason) => {
    await expect(viewerFromAuthorization(jwt, header)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(reason) });
  });

  it('rejects an expired token, another audience, another secret', async () => {
    const expired = await signToken(jwt, { sub: 's', org: ORG, roles: [Role.ADMIN] }, Math.floor(Date.now() / 1000) - 10);
    await expect(viewerFromAuthorization(jwt, `Bearer ${expired}`)).rejects.toThrow(/expired/);
    const otherAudience = await signToken({ ...jwt, audience: 'someone-else' }, { sub: 's', org: ORG, roles: [Role.ADMIN] });
    await expect(viewerFromAuthorization(jwt, `Bearer ${otherAudience}`)).rejects.toThrow(/aud/);
    const forged = await signToken({ ...jwt, secret: 'another-secret-another-secret-another' }, { sub: 's', org: ORG, roles: [Role.ADMIN] });
    await expect(viewerFromAuthorization(jwt, `Bearer ${forged}`)).rejects.toThrow(/signature/);
  });

  it('rejects a signed token whose org is not a UUID, or whose sub is longer than the audit trail holds', async () => {
    for (const org of ['org-1', '', "1' or '1'='1", `${ORG}x`, ORG.replace(/-/g, '')]) {
      const token = await signToken(jwt, { sub: 's', org, roles: [Role.ADMIN] });
      await expect(viewerFromAuthorization(jwt, `Bearer ${token}`)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: expect.stringMatching(org ? /org claim must be an organisation id \(a UUID\)/ : /no organisation/),
      });
    }
    const long = await signToken(jwt, { sub: 'x'.repeat(256), org: ORG, roles: [Role.ADMIN] });
    await expect(viewerFromAuthorization(jwt, `Bearer ${long}`)).rejects.toThrow(/sub claim must be a string of at most 255 characters/);
    const upper = await signToken(jwt, { sub: 'x'.repeat(255), org: ORG.toUpperCase(), roles: [Role.ADMIN] });
    expect(await viewerFromAuthorization(jwt, `Bearer ${upper}`)).toMatchObject({ organizationId: ORG });
  });

  it('rejects a token without roles', async () => {
    const token = await signToken(jwt, { sub: 's', org: ORG, roles: [] });
    await expect(viewerFromAuthorization(jwt, `Bearer ${token}`)).rejects.toThrow(/roles/);
  });
});

describe('bearer tokens signed by an identity provider (ES256/RS256 public key)', () => {
  it('accepts an ES256 token from the configured PEM key, and an RS256 one from a JWKS', async () => {
    const es = await identityProvider('ES256');
    expect(await viewerFromAuthorization(es.jwt, `Bearer ${await es.sign()}`)).toMatchObject({ subject: 'dpo@idp.test.example', organizationId: IDP_ORG });
    expect(await viewerFromAuthorization(es.jwksJwt, `Bearer ${await es.sign()}`)).toMatchObject({ organizationId: IDP_ORG });
    const rs = await identityProvider('RS256');
    expect(await viewerFromAuthorization(rs.jwksJwt, `Bearer ${await rs.sign()}`)).toMatchObject({ organizationId: IDP_ORG });
  });

  it('refuses another key, HS256 (even keyed with the public key), none, another issuer or audience, an expired token', async () => {
    const idp = await identityProvider();
    const other = await identityProvider();
    const hs256WithPublicKey = await new SignJWT({ org: ORG, roles: [Role.ADMIN] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('attacker')
      .setIssuer(idp.jwt.issuer)
      .setAudience(idp.jwt.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(idp.jwt.publicKeyPem));
    const cases: [string, string, RegExp][] = [
      ['another key', await other.sign(), /signature/],
      ['HS256 keyed with the public key', hs256WithPublicKey, /algorithm/],
      ['alg none', unsignedToken({ sub: 'attacker', org: ORG, roles: [Role.ADMIN], iss: idp.jwt.issuer, aud: idp.jwt.audience }), /algorithm|malformed/],
      ['another issuer', await idp.sign({ iss: 'https://evil.example' }), /iss/],
      ['another audience', await idp.sign({ aud: 'another-api' }), /aud/],
      ['expired', await idp.sign({}, { expiresAt: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ];
    for (const [label, token, reason] of cases) {
      for (const jwt of [idp.jwt, idp.jwksJwt]) {
        await expect(viewerFromAuthorization(jwt, `Bearer ${token}`), label).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(reason) });
      }
    }
  });

  it('refuses an HS256 token signed with the shared secret once public keys are configured', async () => {
    const idp = await identityProvider();
    const hs256 = await signToken(jwt, { sub: 's', org: ORG, roles: [Role.ADMIN] });
    await expect(viewerFromAuthorization({ ...idp.jwt, secret: jwt.secret }, `Bearer ${hs256}`)).rejects.toThrow(/algorithm/);
    await expect(signToken(idp.jwt, { sub: 's', org: ORG, roles: [Role.ADMIN] })).rejects.toThrow(/cannot sign/);
  });
});
