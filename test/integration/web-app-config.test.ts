import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config';
import { startGateway, type TestGateway } from '../support/app';

const OIDC = { issuer: 'https://sso.example/realms/acme', clientId: 'breach-gateway-web', scope: 'openid profile' };

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );
}

/**
 * GET /web-app/config, what the page reads before anyone signs in (the CSP allows no inline script to
 * carry it), and the CSP's connect-src, which opens the identity provider's origin only when one is
 * configured. OIDC_* variables are checked at start.
 */
describe('web app settings and sign-in with OpenID Connect', () => {
  let plain: TestGateway;
  let withOidc: TestGateway;

  beforeAll(async () => {
    plain = await startGateway();
    withOidc = await startGateway({ config: { oidc: OIDC } });
  });
  afterAll(async () => {
    await plain?.close();
    await withOidc?.close();
  });

  it('says there is no identity provider and no demo when none is configured, and connects to this origin only', async () => {
    const response = await fetch(`${plain.baseUrl}/web-app/config`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ demo: false, oidc: null });
    const page = await fetch(`${plain.baseUrl}/`);
    expect(directives(page.headers.get('content-security-policy') ?? '').get('connect-src')).toEqual(["'self'"]);
  });

  it('gives the issuer, client id and scope when configured, and adds the issuer’s origin to connect-src only', async () => {
    const response = await fetch(`${withOidc.baseUrl}/web-app/config`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ demo: false, oidc: OIDC });
    const page = await fetch(`${withOidc.baseUrl}/`);
    const csp = directives(page.headers.get('content-security-policy') ?? '');
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://sso.example']);
    // The provider's pages are navigations: no other directive opens to it.
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-src')).toBeUndefined();
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('reads OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_SCOPE, and refuses them incomplete or over plain http', () => {
    const env = { JWT_SECRET: 'x'.repeat(40), PSEUDONYM_KEY: '07'.repeat(32), AUDIT_KEY: '09'.repeat(32) };
    expect(loadConfig(env).oidc).toBeNull();
    expect(loadConfig({ ...env, OIDC_ISSUER: OIDC.issuer, OIDC_CLIENT_ID: OIDC.clientId }).oidc).toEqual({ ...OIDC, scope: 'openid' });
    expect(loadConfig({ ...env, OIDC_ISSUER: OIDC.issuer, OIDC_CLIENT_ID: OIDC.clientId, OIDC_SCOPE: ' openid  profile ' }).oidc).toEqual(
      OIDC,
    );
    expect(loadConfig({ ...env, OIDC_ISSUER: 'http://localhost:8080/realms/dev', OIDC_CLIENT_ID: 'web' }).oidc?.issuer).toBe(
      'http://localhost:8080/realms/dev',
    );
    expect(() => loadConfig({ ...env, OIDC_ISSUER: OIDC.issuer })).toThrow(/set OIDC_ISSUER and OIDC_CLIENT_ID together/);
    expect(() => loadConfig({ ...env, OIDC_CLIENT_ID: 'web' })).toThrow(/set OIDC_ISSUER and OIDC_CLIENT_ID together/);
    expect(() => loadConfig({ ...env, OIDC_ISSUER: 'http://sso.example', OIDC_CLIENT_ID: 'web' })).toThrow(/OIDC_ISSUER must be an https/);
    expect(() => loadConfig({ ...env, OIDC_ISSUER: 'sso.example', OIDC_CLIENT_ID: 'web' })).toThrow(
      /OIDC_ISSUER must be the identity provider's issuer URL/,
    );
    expect(() => loadConfig({ ...env, OIDC_ISSUER: OIDC.issuer, OIDC_CLIENT_ID: 'web', OIDC_SCOPE: 'profile' })).toThrow(
      /OIDC_SCOPE must include openid/,
    );
  });
});
