import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebViewerDocument } from '../generated/client/graphql';
import { startGateway, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';

/**
 * The web app's routes on the real HTTP server: `/` and its assets with their cache and security
 * headers (a stand-in build here; test/browser/ drives the real one), the answer without a build, and
 * the demo sign-in's identities, served in demo mode only.
 */
describe('web app routes', () => {
  let built: TestGateway;
  let unbuilt: TestGateway;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'web-app-'));
    mkdirSync(join(directory, 'assets'));
    writeFileSync(
      join(directory, 'index.html'),
      '<!doctype html><html lang="fr"><script type="module" src="/assets/app-1a2b3c.js"></script></html>',
    );
    writeFileSync(join(directory, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
    built = await startGateway({ config: { webAppDirectory: directory } });
    unbuilt = await startGateway({ config: { webAppDirectory: join(directory, 'missing') } });
  });
  afterAll(async () => {
    await built?.close();
    await unbuilt?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and a CSP that refuses inline scripts and eval', async () => {
    const response = await fetch(`${built.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('lang="fr"');
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // HSTS is the TLS terminator's to set for the whole host.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves the hashed assets as immutable for a year, and a missing one as the JSON 404', async () => {
    const asset = await fetch(`${built.baseUrl}/assets/app-1a2b3c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toContain("script-src 'self'");
    const missing = await fetch(`${built.baseUrl}/assets/nothing-here.js`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it("keeps the API's answers free of the page's headers", async () => {
    const response = await fetch(`${built.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('answers / with a 503 naming `npm run build` when the web app is not built', async () => {
    const response = await fetch(`${unbuilt.baseUrl}/`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('WEB_APP_NOT_BUILT');
    expect(body.error.message).toContain('npm run build');
  });

  it('has no demo identities outside demo mode', async () => {
    const response = await fetch(`${built.baseUrl}/demo/identities`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/eyJ/);
  });
});

describe('demo identities in demo mode', () => {
  let gateway: TestGateway;

  beforeAll(async () => {
    gateway = await startGateway({ config: { demo: true } });
    await withDemo(gateway);
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('lists a DPO, a lawyer, an auditor, a processor and an admin, each with a token the API accepts', async () => {
    const response = await fetch(`${gateway.baseUrl}/demo/identities`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { identities } = (await response.json()) as { identities: { label: string; subject: string; roles: string[]; token: string }[] };
    expect(identities.map((i) => i.roles)).toEqual([
      ['CONTROLLER_DPO'],
      ['CONTROLLER_LEGAL'],
      ['AUDITOR'],
      ['PROCESSOR_SECURITY'],
      ['ADMIN'],
    ]);
    for (const identity of identities) {
      const answer = await gateway.gql(WebViewerDocument, {}, identity.token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.viewer.subject).toBe(identity.subject);
      expect(answer.data?.viewer.roles).toEqual(identity.roles);
    }
  });
});
