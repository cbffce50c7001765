import { describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { signToken, viewerFromAuthorization } from '../../src/auth/tokens';

const jwt = { secret: 'unit-test-secret-unit-test-secret-123', issuer: 'breach-gateway', audience: 'breach-gateway' };

describe('bearer tokens', () => {
  it('turns a valid token into a viewer with its organisation and roles', async () => {
    const token = await signToken(jwt, { sub: 'dpo@x.example', org: 'org-1', roles: [Role.CONTROLLER_DPO] });
    const viewer = await viewerFromAuthorization(jwt, `Bearer ${token}`);
    expect(viewer).toMatchObject({ subject: 'dpo@x.example', organizationId: 'org-1', roles: ['CONTROLLER_DPO'] });
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
    const expired = await signToken(jwt, { sub: 's', org: 'o', roles: [Role.ADMIN] }, Math.floor(Date.now() / 1000) - 10);
    await expect(viewerFromAuthorization(jwt, `Bearer ${expired}`)).rejects.toThrow(/expired/);
    const otherAudience = await signToken({ ...jwt, audience: 'someone-else' }, { sub: 's', org: 'o', roles: [Role.ADMIN] });
    await expect(viewerFromAuthorization(jwt, `Bearer ${otherAudience}`)).rejects.toThrow(/aud/);
    const forged = await signToken({ ...jwt, secret: 'another-secret-another-secret-another' }, { sub: 's', org: 'o', roles: [Role.ADMIN] });
    await expect(viewerFromAuthorization(jwt, `Bearer ${forged}`)).rejects.toThrow(/signature/);
  });

  it('rejects a token without roles', async () => {
    const token = await signToken(jwt, { sub: 's', org: 'o', roles: [] });
    await expect(viewerFromAuthorization(jwt, `Bearer ${token}`)).rejects.toThrow(/roles/);
  });
});
