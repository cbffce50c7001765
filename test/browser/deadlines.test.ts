import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { fixedClock } from '../../src/config/clock';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, firstDraft, withDemo } from '../support/demo';
import { Role } from '../../src/auth/roles';
import { UpdateNotificationDocument } from '../generated/graphql';
import { axeViolations, buildWebApp, launchChromium, screenshot } from '../support/browser';

/**
 * The gateway's clock, and the browser's, so the countdowns agree with the API's statuses: the demo's
 * Horizon DPO then has one overdue duty (a complementary notification due 5 February) and one open.
 */
const NOW = new Date('2024-02-06T12:00:00Z');

/**
 * The web app in Debian's Chromium against the real gateway (demo data, real HTTP server and
 * WebSocket) on the database under test: demo sign-in, the « Échéances » screen, its accessibility,
 * and the Content-Security-Policy as the browser enforces it.
 */
describe('web app in Chromium', () => {
  let gateway: TestGateway;
  let browser: Browser;
  let build: string;
  let orgs: DemoOrgIds;
  /** Subscriptions the gateway's event bus has started: the page's are listening once it grew. */
  let listening = 0;

  beforeAll(async () => {
    build = await buildWebApp();
    gateway = await startGateway({ clock: fixedClock(NOW), config: { demo: true, webAppDirectory: build } });
    const subscribe = gateway.app.events.subscribe.bind(gateway.app.events);
    gateway.app.events.subscribe = (listener) => {
      listening += 1;
      return subscribe(listener);
    };
    orgs = await withDemo(gateway);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    return { context, page };
  }

  async function signInAsDpo(page: Page): Promise<void> {
    await page.goto(`${gateway.baseUrl}/`);
    const dpo = page.getByRole('button', { name: /DPO du responsable de traitement/ });
    // By keyboard: the identity is a real button, reached and pressed without a mouse.
    await dpo.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: /Obligations ouvertes/ }).waitFor();
  }

  it('signs a DPO in and lists the overdue deadlines first, with a countdown that ticks', async () => {
    const { context, page } = await freshPage();
    try {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await signInAsDpo(page);
      // No identity provider configured: the OpenID Connect client (a chunk of its own) is never fetched.
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((path) => path.startsWith('/assets/oidc-'))).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      // Focus lands on the screen's title.
      expect(await page.locator(':focus').textContent()).toBe('Échéances');
      await expect.poll(() => page.locator('header').textContent()).toContain('dpo@horizon.example');

      const rows = page.locator('table.deadlines tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      const first = rows.first();
      expect(await first.locator('.status').textContent()).toBe('En retard');
      expect(await first.getByRole('timer').textContent()).toMatch(/^en retard de \d+ j \d\d h \d\d min \d\d s$/);
      // Overdue first: the due instants ascend, and no overdue row follows one that is not.
      const due = await rows.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      expect(due).toEqual([...due].sort());
      const overdue = await rows.evaluateAll((trs) => trs.map((tr) => tr.classList.contains('overdue')));
      expect(overdue).toEqual([...overdue].sort((a, b) => Number(b) - Number(a)));
      expect(overdue).toContain(false);
      expect(await first.textContent()).toMatch(/heure de Paris/);
      // The regime, from the duty's legal basis, and whom it is owed to.
      const regime = first.locator('td').nth(2);
      expect(await regime.locator('strong').textContent()).toBe('RGPD');
      expect(await regime.textContent()).toContain('— CNIL');
      expect(await regime.locator('.basis').textContent()).toBe('RGPD, article 33, paragraphe 4');

      const before = await first.getByRole('timer').textContent();
      await expect.poll(() => first.getByRole('timer').textContent()).not.toBe(before);

      await screenshot(page, `${dialect}-echeances`);
    } finally {
      await context.close();
    }
  });

  it('reads the list again when another person changes a notification, keeps the token in memory only, and signs out', async () => {
    const { context, page } = await freshPage();
    try {
      let reads = 0;
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql') && request.postData()?.includes('WebDeadlines')) reads += 1;
      });
      const before = listening;
      await signInAsDpo(page);
      // Both of the screen's subscriptions listen: nothing committed from now on can be missed.
      await expect.poll(() => listening - before).toBe(2);
      const readsBefore = reads;
      const lawyer = await gateway.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'juridique@horizon.example');
      const { id, version } = await firstDraft(gateway, orgs.horizon);
      const updated = await gateway.gql(
        UpdateNotificationDocument,
        { id, input: { version, delayReasons: 'Relecture juridique' } },
        lawyer,
      );
      expect(updated.errors).toBeUndefined();
      await expect.poll(() => reads).toBeGreaterThan(readsBefore);

      // The token lives in the page's memory only: no storage or cookie holds it.
      const stored = await page.evaluate('JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie])');
      expect(stored).toBe('[{},{},""]');
      expect(await context.cookies()).toEqual([]);
      // Signing out closes the WebSocket and shows the sign-in again.
      // This page's connection only (a previous test's closed page may take a moment to be seen gone).
      await expect.poll(() => gateway.running.liveConnections()).toBe(1);
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.getByRole('heading', { name: 'Connexion de démonstration' }).waitFor();
      await expect.poll(() => gateway.running.liveConnections()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('finds no serious or critical accessibility violation on the sign-in page and on Échéances', async () => {
    const { context, page } = await freshPage();
    try {
      await page.goto(`${gateway.baseUrl}/`);
      await page.getByRole('button', { name: /DPO du responsable de traitement/ }).waitFor();
      await screenshot(page, `${dialect}-connexion`);
      const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious(await axeViolations(page))).toEqual([]);
      await page.getByRole('button', { name: /DPO du responsable de traitement/ }).click();
      await page.getByRole('table', { name: /Obligations ouvertes/ }).waitFor();
      expect(serious(await axeViolations(page))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses an inline script under the page’s Content-Security-Policy', async () => {
    const { context, page } = await freshPage();
    try {
      const response = await page.goto(`${gateway.baseUrl}/`);
      const csp = response?.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      // Run in the page (as text: this project is typed for Node, not the DOM). An inline script that
      // were allowed would run as it is appended, before the violation event (a queued task) is seen.
      const outcome = await page.evaluate(`new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          resolve({ ran: window.inlineRan === true, violated: event.effectiveDirective });
        });
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.body.append(script);
      })`);
      expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' });
    } finally {
      await context.close();
    }
  });
});
