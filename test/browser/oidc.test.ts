import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { decodeJwt } from 'jose';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { firstDraft, withDemo } from '../support/demo';
import { Role } from '../../src/auth/roles';
import { UpdateNotificationDocument } from '../generated/graphql';
import { axeViolations, buildWebApp, launchChromium, screenshot } from '../support/browser';
import { type OidcAccount, TestOidcProvider } from '../support/oidc-provider';

/** The provider's access tokens live this long: renewal (halfway) and the first token's expiry both happen during the test. */
const ACCESS_TOKEN_SECONDS = 16;

/**
 * Sign-in with OpenID Connect in Debian's Chromium: a real provider (oidc-provider) on localhost, the
 * gateway (not in demo mode) verifying its JWT access tokens by its key set, on the database under
 * test. Authorization code with PKCE through the provider's own login and consent pages, the tokens
 * in the page's memory only, renewal with the refresh token while a screen and its subscriptions run,
 * sign-out at the provider, and the return to sign-in when the session expires.
 */
describe('OpenID Connect sign-in in Chromium', () => {
  const account: OidcAccount = { id: 'dpo@horizon-idp.example', org: '', roles: [Role.CONTROLLER_DPO] };
  const provider = new TestOidcProvider(account, ACCESS_TOKEN_SECONDS);
  let gateway: TestGateway;
  let browser: Browser;
  let build: string;
  /** Subscriptions the gateway's event bus has started: the page's are listening (again) once it grew. */
  let listening = 0;

  beforeAll(async () => {
    build = await buildWebApp();
    await provider.listen();
    gateway = await startGateway({
      config: { demo: false, webAppDirectory: build, jwt: provider.jwt(), oidc: provider.oidc() },
    });
    const subscribe = gateway.app.events.subscribe.bind(gateway.app.events);
    gateway.app.events.subscribe = (listener) => {
      listening += 1;
      return subscribe(listener);
    };
    account.org = (await withDemo(gateway)).horizon;
    await provider.start(gateway.baseUrl);
    browser = await launchChromium();
    // A Vite build, a gateway and the demo's data: past a minute on a busy two-core machine.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    await provider.stop();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page; tokens: string[]; issued: string[] }> {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    // The bearer tokens of the page's GraphQL requests, in order.
    const tokens: string[] = [];
    page.on('request', (request) => {
      const authorization = request.headers().authorization;
      if (request.url().endsWith('/graphql') && authorization) tokens.push(authorization.replace(/^Bearer /, ''));
    });
    // The access tokens the provider's token endpoint handed the page (code exchange, then each refresh).
    const issued: string[] = [];
    page.on('response', async (response) => {
      if (response.url() === `${provider.issuer}/token` && response.ok())
        issued.push(((await response.json()) as { access_token: string }).access_token);
    });
    return { context, page, tokens, issued };
  }

  /** From the gateway's sign-in page through the provider's login and consent pages, back to Échéances. */
  async function signIn(page: Page): Promise<void> {
    await page.goto(`${gateway.baseUrl}/`);
    await page.getByRole('button', { name: `Se connecter avec ${new URL(provider.issuer).host}` }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill(account.id);
    await page.locator('input[name="password"]').fill('anything: the development login accepts any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('table', { name: /Obligations ouvertes/ }).waitFor();
  }

  it('signs in with the provider, lands on Échéances, and keeps the tokens out of every storage', async () => {
    const { context, page, tokens } = await freshPage();
    try {
      await signIn(page);
      await expect.poll(() => page.locator('header').textContent()).toContain(account.id);
      expect(provider.grants).toContain('authorization_code');
      // The provider's answer (code, state) is off the address bar.
      expect(page.url()).toBe(`${gateway.baseUrl}/`);
      // The API was called with the provider's access token: a JWT for the gateway with the account's claims.
      const claims = decodeJwt(tokens.at(-1)!);
      expect(claims).toMatchObject({
        iss: provider.issuer,
        aud: 'breach-gateway',
        sub: account.id,
        org: account.org,
        roles: account.roles,
      });
      // No token in localStorage or sessionStorage (the PKCE state was removed once read), nor in a cookie of the gateway's origin.
      const stored = await page.evaluate('JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie])');
      expect(stored).toBe('[{},{},""]');
      expect(await context.cookies(gateway.baseUrl)).toEqual([]);
      await screenshot(page, `${dialect}-echeances-oidc`);
    } finally {
      await context.close();
    }
  });

  it('renews the token with the refresh token: later requests and the subscriptions use the new one; sign-out ends the session at the provider', async () => {
    const { context, page, tokens, issued } = await freshPage();
    try {
      const before = listening;
      await signIn(page);
      // Both of the screen's subscriptions listen.
      await expect.poll(() => listening - before).toBe(2);
      const first = tokens.at(-1)!;
      const firstExpiry = decodeJwt(first).exp! * 1000;
      const refreshes = provider.grants.filter((grant) => grant === 'refresh_token').length;

      // Halfway through the token's life the page renews it, and subscribes again on a new connection.
      await expect
        .poll(() => provider.grants.filter((grant) => grant === 'refresh_token').length, { timeout: 20_000 })
        .toBeGreaterThan(refreshes);
      await expect.poll(() => listening - before, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
      // Past the first token's expiry: the API refuses it now, and would have closed a connection opened with it.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstExpiry - Date.now() + 1500)));
      const refused = await fetch(`${gateway.baseUrl}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${first}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(refused.status).toBe(401);
      expect(await page.getByRole('table', { name: /Obligations ouvertes/ }).isVisible()).toBe(true);
      expect(await page.getByText('Votre session a expiré').count()).toBe(0);

      // A change made elsewhere reaches the page by its subscription, which reads the list again over
      // HTTP: with a renewed token, which the API accepts.
      const renewed = issued.at(-1)!;
      expect(renewed).not.toBe(first);
      const { id, version } = await firstDraft(gateway, account.org);
      const read = page.waitForResponse(
        (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('WebDeadlines'),
      );
      const updated = await gateway.gql(UpdateNotificationDocument, { id, input: { version, delayReasons: 'Relecture' } }, renewed);
      expect(updated.errors).toBeUndefined();
      const answer = await read;
      expect(answer.status()).toBe(200);
      const sent = (await answer.request().headerValue('authorization'))?.replace(/^Bearer /, '');
      expect(issued).toContain(sent);
      expect(sent).not.toBe(first);
      expect(tokens.at(-1)).toBe(sent);
      // Still no token at rest after the renewal.
      expect(await page.evaluate('JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie])')).toBe('[{},{},""]');

      // Sign-out: the WebSocket closes, the provider's end-session page confirms, and back to the sign-in page.
      await expect.poll(() => gateway.running.liveConnections()).toBe(1);
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.waitForURL((url) => url.origin === provider.issuer);
      await expect.poll(() => gateway.running.liveConnections()).toBe(0);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.getByRole('button', { name: /Se connecter avec/ }).waitFor();
      expect(provider.endSessions).toBe(1);
      expect(page.url()).toBe(`${gateway.baseUrl}/`);
      expect(await page.evaluate('JSON.stringify([{ ...localStorage }, { ...sessionStorage }])')).toBe('[{},{}]');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('returns to the sign-in page and says the session has expired when the token cannot be renewed', async () => {
    const { context, page } = await freshPage();
    provider.refreshTokens = false;
    try {
      await signIn(page);
      // No refresh token: at expiry the gateway closes the WebSocket as unauthorized, and the page says why.
      await page
        .getByRole('alert')
        .filter({ hasText: 'Votre session a expiré' })
        .waitFor({ timeout: (ACCESS_TOKEN_SECONDS + 10) * 1000 });
      await page.getByRole('button', { name: /Se connecter avec/ }).waitFor();
      await expect.poll(() => gateway.running.liveConnections()).toBe(0);
    } finally {
      provider.refreshTokens = true;
      await context.close();
    }
  }, 90_000);

  it('finds no serious or critical accessibility violation on the sign-in page with the provider’s button', async () => {
    const { context, page } = await freshPage();
    try {
      await page.goto(`${gateway.baseUrl}/`);
      await page.getByRole('button', { name: /Se connecter avec/ }).waitFor();
      // Not in demo mode: no demo identities.
      expect(await page.getByRole('heading', { name: 'Connexion de démonstration' }).count()).toBe(0);
      await screenshot(page, `${dialect}-connexion-oidc`);
      const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
