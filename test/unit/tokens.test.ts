import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { IAT_LEEWAY_SECONDS, lifetimeProblemOf, signToken, subjectProblemOf, verifyToken } from '../../src/auth/tokens';
import { IDP_ORG, identityProvider, unsignedToken } from '../support/identity-provider';

const ORG = '0190a000-0000-7000-8000-0000000000c1';
const jwt = {
  secret: 'unit-test-secret-unit-test-secret-123',
  issuer: 'breach-gateway',
  audience: 'breach-gateway',
  maxLifetimeSeconds: 86_400,
};

describe('bearer tokens', () => {
  it('turns a valid token into its person, organisation and roles', async () => {
    const token = await signToken(jwt, { sub: 'dpo@x.example', org: ORG, roles: [Role.CONTROLLER_DPO] });
    expect(await verifyToken(jwt, `Bearer ${token}`)).toEqual({
      sub: 'dpo@x.example',
      org: ORG,
      roles: ['CONTROLLER_DPO'],
      expiresAt: expect.any(Date),
    });
  });

  it.each([
    ['no header', undefined, /bearer token is required/],
    ['another scheme', 'Basic abc', /Bearer <token>/],
    ['garbage', 'Bearer not-a-jwt', /malformed/],
  ])('rejects %s as UNAUTHENTICATED', async (_label, header, reason) => {
    await expect(verifyToken(jwt, header)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(reason),
    });
  });

  it('rejects an expired token, another audience, another secret', async () => {
    const expired = await signToken(jwt, { sub: 's', org: ORG, roles: [Role.ADMIN] }, Math.floor(Date.now() / 1000) - 10);
    await expect(verifyToken(jwt, `Bearer ${expired}`)).rejects.toThrow(/expired/);
    const otherAudience = await signToken({ ...jwt, audience: 'someone-else' }, { sub: 's', org: ORG, roles: [Role.ADMIN] });
    await expect(verifyToken(jwt, `Bearer ${otherAudience}`)).rejects.toThrow(/aud/);
    const forged = await signToken(
      { ...jwt, secret: 'another-secret-another-secret-another' },
      { sub: 's', org: ORG, roles: [Role.ADMIN] },
    );
    await expect(verifyToken(jwt, `Bearer ${forged}`)).rejects.toThrow(/signature/);
  });

  it('rejects a signed token whose org is not a UUID, or whose sub is longer than the audit trail holds', async () => {
    for (const org of ['org-1', '', "1' or '1'='1", `${ORG}x`, ORG.replace(/-/g, '')]) {
      const token = await signToken(jwt, { sub: 's', org, roles: [Role.ADMIN] });
      await expect(verifyToken(jwt, `Bearer ${token}`)).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: expect.stringMatching(org ? /org claim must be an organisation id \(a UUID\)/ : /no organisation/),
      });
    }
    const long = await signToken(jwt, { sub: 'x'.repeat(256), org: ORG, roles: [Role.ADMIN] });
    await expect(verifyToken(jwt, `Bearer ${long}`)).rejects.toThrow(/sub claim must be a string of at most 255 characters/);
    const upper = await signToken(jwt, { sub: 'x'.repeat(255), org: ORG.toUpperCase(), roles: [Role.ADMIN] });
    expect(await verifyToken(jwt, `Bearer ${upper}`)).toMatchObject({ org: ORG });
  });

  it('rejects a token without roles', async () => {
    const token = await signToken(jwt, { sub: 's', org: ORG, roles: [] });
    await expect(verifyToken(jwt, `Bearer ${token}`)).rejects.toThrow(/roles/);
  });
});

describe('token lifetime and subject', () => {
  const now = Math.floor(Date.now() / 1000);
  const hs256 = (claims: Record<string, unknown>, times: { iat?: number; exp?: number }) => {
    const token = new SignJWT({ org: ORG, roles: [Role.CONTROLLER_DPO], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience);
    if (times.iat !== undefined) token.setIssuedAt(times.iat);
    if (times.exp !== undefined) token.setExpirationTime(times.exp);
    return token.sign(new TextEncoder().encode(jwt.secret));
  };

  it('judges the validity window: iat and exp required, exp − iat at most the maximum, iat at most the leeway ahead', () => {
    expect(lifetimeProblemOf(now, now + 86_400, 86_400, now)).toBeNull();
    expect(lifetimeProblemOf(now + IAT_LEEWAY_SECONDS, now + 3600, 86_400, now)).toBeNull();
    expect(lifetimeProblemOf(now, now + 86_401, 86_400, now)).toMatch(/lifetime \(exp − iat = 86401 s\) exceeds the maximum of 86400 s/);
    expect(lifetimeProblemOf(now + IAT_LEEWAY_SECONDS + 1, now + 3600, 86_400, now)).toMatch(/iat claim lies in the future/);
    expect(lifetimeProblemOf(undefined, now + 3600, 86_400, now)).toMatch(/no iat/);
    expect(lifetimeProblemOf(now, undefined, 86_400, now)).toMatch(/no exp/);
  });

  it('judges the subject: non-empty, at most 255 characters, one printable line', () => {
    for (const ok of ['dpo@x.example', 'Élise Robert', '李雷', 'x'.repeat(255)]) expect(subjectProblemOf(ok), ok).toBeNull();
    for (const bad of ['', '   ']) expect(subjectProblemOf(bad), String(bad)).toMatch(/non-empty/);
    expect(subjectProblemOf('x'.repeat(256))).toMatch(/at most 255/);
    for (const bad of [
      'a\nb',
      'a\rb',
      'a\tb',
      'a\u0000b',
      'a\u007fb',
      'a\u0085b',
      'a\u2028b',
      'a\u2029b',
      'a\u202eb',
      'a\u200bb',
      'a\ud800b',
    ]) {
      expect(subjectProblemOf(bad), JSON.stringify(bad)).toMatch(/single printable line/);
    }
  });

  it('refuses, as UNAUTHENTICATED with the reason, a token living too long, without iat or exp, issued in the future, or with a bad sub', async () => {
    const cases: [string, Promise<string>, RegExp][] = [
      ['25 hours', hs256({ sub: 's' }, { iat: now, exp: now + 25 * 3600 }), /exceeds the maximum of 86400 s/],
      ['no iat', hs256({ sub: 's' }, { exp: now + 3600 }), /no iat claim/],
      ['no exp', hs256({ sub: 's' }, { iat: now }), /no exp claim/],
      ['iat in an hour', hs256({ sub: 's' }, { iat: now + 3600, exp: now + 7200 }), /iat claim lies in the future/],
      ['empty sub', hs256({ sub: '' }, { iat: now, exp: now + 3600 }), /sub claim must be a non-empty string/],
      ['sub with a line break', hs256({ sub: 'dpo@x.example\nadmin' }, { iat: now, exp: now + 3600 }), /single printable line/],
    ];
    for (const [label, token, reason] of cases) {
      await expect(verifyToken(jwt, `Bearer ${await token}`), label).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
        message: expect.stringMatching(reason),
      });
    }
  });

  it('signs within the maximum by default and refuses to sign past it', async () => {
    const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
    const claims = { sub: 's', org: ORG, roles: [Role.ADMIN] };
    const standard = decode(await signToken(jwt, claims));
    expect(standard.exp - standard.iat).toBe(12 * 3600);
    const short = decode(await signToken({ ...jwt, maxLifetimeSeconds: 3600 }, claims));
    expect(short.exp - short.iat).toBe(3600);
    expect(decode(await signToken(jwt, claims, '24h'))).toSatisfy((t: { iat: number; exp: number }) => t.exp - t.iat === 86_400);
    await expect(signToken(jwt, claims, '25h')).rejects.toThrow(/at most 86400 s \(JWT_MAX_LIFETIME_SECONDS\)/);
  });
});

describe('bearer tokens signed by an identity provider (ES256/RS256 public key)', () => {
  it('accepts an ES256 token from the configured PEM key, and an RS256 one from a JWKS', async () => {
    const es = await identityProvider('ES256');
    expect(await verifyToken(es.jwt, `Bearer ${await es.sign()}`)).toMatchObject({ sub: 'dpo@idp.test.example', org: IDP_ORG });
    expect(await verifyToken(es.jwksJwt, `Bearer ${await es.sign()}`)).toMatchObject({ org: IDP_ORG });
    const rs = await identityProvider('RS256');
    expect(await verifyToken(rs.jwksJwt, `Bearer ${await rs.sign()}`)).toMatchObject({ org: IDP_ORG });
  });

  it('applies the same lifetime and subject rules to ES256 and RS256 tokens, from a PEM key or a JWKS', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const alg of ['ES256', 'RS256'] as const) {
      const idp = await identityProvider(alg);
      const cases: [string, string, RegExp][] = [
        ['a week', await idp.sign({}, { issuedAt: now, expiresAt: now + 7 * 86_400 }), /exceeds the maximum/],
        ['no iat', await idp.sign({}, { issuedAt: null }), /no iat claim/],
        ['no exp', await idp.sign({}, { expiresAt: null }), /no exp claim/],
        ['iat tomorrow', await idp.sign({}, { issuedAt: now + 86_400, expiresAt: now + 86_400 + 60 }), /in the future/],
        ['sub with a CR', await idp.sign({ sub: 'dpo\r@idp.test.example' }), /single printable line/],
      ];
      for (const [label, token, reason] of cases) {
        for (const config of alg === 'ES256' ? [idp.jwt, idp.jwksJwt] : [idp.jwksJwt]) {
          await expect(verifyToken(config, `Bearer ${token}`), `${alg} ${label}`).rejects.toMatchObject({
            extensions: { code: 'UNAUTHENTICATED' },
            message: expect.stringMatching(reason),
          });
        }
      }
    }
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
      [
        'alg none',
        unsignedToken({ sub: 'attacker', org: ORG, roles: [Role.ADMIN], iss: idp.jwt.issuer, aud: idp.jwt.audience }),
        /algorithm|malformed/,
      ],
      ['another issuer', await idp.sign({ iss: 'https://evil.example' }), /iss/],
      ['another audience', await idp.sign({ aud: 'another-api' }), /aud/],
      ['expired', await idp.sign({}, { expiresAt: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ];
    for (const [label, token, reason] of cases) {
      for (const jwt of [idp.jwt, idp.jwksJwt]) {
        await expect(verifyToken(jwt, `Bearer ${token}`), label).rejects.toMatchObject({
          extensions: { code: 'UNAUTHENTICATED' },
          message: expect.stringMatching(reason),
        });
      }
    }
  });

  it('refuses an HS256 token signed with the shared secret once public keys are configured', async () => {
    const idp = await identityProvider();
    const hs256 = await signToken(jwt, { sub: 's', org: ORG, roles: [Role.ADMIN] });
    await expect(verifyToken({ ...idp.jwt, secret: jwt.secret }, `Bearer ${hs256}`)).rejects.toThrow(/algorithm/);
    await expect(signToken(idp.jwt, { sub: 's', org: ORG, roles: [Role.ADMIN] })).rejects.toThrow(/cannot sign/);
  });
});
