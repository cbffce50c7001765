import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync, rmSync } from 'node:fs';
import { fixedClock } from '../../src/config/clock';
import { DEMO_LIST_SIZES } from '../../src/demo/lists';
import { DEMO_INCIDENTS } from '../../src/demo/scenario';
import { Role } from '../../src/auth/roles';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, firstDraft, withDemo } from '../support/demo';
import { axeViolations, buildWebApp, launchChromium, screenshot } from '../support/browser';
import { WebIncidentsDocument, WebRegisterDownloadsDocument } from '../generated/client/graphql';
import { UpdateNotificationDocument } from '../generated/graphql';

/** The gateway's clock and the browser's: the demo as its DPO sees it on 6 February 2024. */
const NOW = new Date('2024-02-06T12:00:00Z');

const INCIDENT_A = DEMO_INCIDENTS.find((incident) => incident.key === 'incident-a')!.title;

/** Numbers as the page writes them: French grouping with a (narrow) no-break space. */
const spaced = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/**
 * « Incidents » and « Registre » in Debian's Chromium against the real gateway with the demo loaded,
 * on the database under test: the unified facts and their disagreement, the persons counted once,
 * what a processor does not see, the register's filters and its two CSV exports.
 */
describe('Incidents and Registre in Chromium', () => {
  let gateway: TestGateway;
  let browser: Browser;
  let build: string;
  let orgs: DemoOrgIds;
  let dpoToken: string;
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
    dpoToken = await gateway.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    browser = await launchChromium();
    // Building the app and loading the demo (its lists) take most of a minute on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    return { context, page };
  }

  /** Signs in from the sign-in page at `screen`'s address: the app opens that screen, if the viewer may. */
  async function signIn(page: Page, role: RegExp, screen = ''): Promise<void> {
    await page.goto(`${gateway.baseUrl}/${screen}`);
    await page.getByRole('button', { name: role }).click();
    await page.getByRole('navigation', { name: 'Écrans' }).waitFor();
  }

  it('shows a DPO its incidents, one incident’s disagreeing sources, and its persons counted once', async () => {
    const { context, page } = await freshPage();
    try {
      await signIn(page, /DPO du responsable de traitement/);
      await page.getByRole('navigation').getByRole('link', { name: 'Incidents' }).click();
      const list = page.getByRole('table', { name: /Incidents visibles/ });
      await list.waitFor();
      expect(await page.locator(':focus').textContent()).toBe('Incidents');
      // Horizon is exposed to both operators' incidents.
      expect(await list.locator('tbody tr').count()).toBe(2);
      // Its exposures, each with its notifications as links to their screen.
      const exposures = page.getByRole('table', { name: /Expositions visibles/ });
      const filed = exposures.getByRole('link', { name: /déposée/ });
      expect(await filed.count()).toBeGreaterThan(0);
      expect(await filed.first().getAttribute('href')).toMatch(/^#\/notifications\/[0-9a-f-]{36}$/);

      // Persons across incidents, each once: Horizon's members in both lists are its duplicates.
      const api = await gateway.gql(WebIncidentsDocument, { controllerSide: true }, dpoToken);
      const consolidated = api.data!.consolidatedSubjectCounts!;
      const inBoth = 8;
      expect(consolidated.duplicateReferences).toBe(inBoth);
      expect(consolidated.persons).toBe(DEMO_LIST_SIZES['incident-a'].horizon + DEMO_LIST_SIZES['incident-b'].horizon);
      const counts = page.locator('section', { has: page.getByRole('heading', { name: /tous incidents confondus/ }) });
      expect(spaced(await counts.locator('dt:text-is("Personnes distinctes") + dd').textContent())).toBe(
        consolidated.persons.toLocaleString('fr-FR').replace(/\s/g, ' '),
      );
      expect(await counts.locator('dt:text-is("Doublons entre listes") + dd').textContent()).toBe(String(inBoth));
      expect(await counts.getByRole('table', { name: 'Personnes par incident' }).locator('tbody tr').count()).toBe(2);
      expect(serious(await axeViolations(page))).toEqual([]);
      await screenshot(page, `${dialect}-incidents`);

      // One incident: operator A says 5 400 persons for Horizon, Horizon's own assessment 5 250.
      await list.getByRole('link', { name: INCIDENT_A }).click();
      await page.getByRole('heading', { level: 1, name: INCIDENT_A }).waitFor();
      expect(await page.locator(':focus').textContent()).toBe(INCIDENT_A);
      const conflict = page.locator('li.conflict', { has: page.getByRole('heading', { name: /Nombre approximatif de personnes/ }) });
      const values = conflict.locator('li');
      expect(await values.count()).toBe(2);
      const stated = (await values.allTextContents()).map(spaced);
      const operator = stated.find((text) => text.includes('5 400'));
      const own = stated.find((text) => text.includes('5 250'));
      expect(operator).toContain('Avis du sous-traitant');
      expect(operator).toContain('Tiers-Payant Alpha SAS');
      expect(operator).toContain('TPA-ALERTE-HORIZON');
      expect(own).toContain('Évaluation du responsable de traitement');
      expect(own).toContain('Mutuelle Horizon Santé');
      expect(own).toContain('dpo@horizon.example');
      // In the exposure's facts, the disputed fact is marked and shows its chosen value's source.
      const facts = page.getByRole('table', { name: 'Faits de l’exposition de Mutuelle Horizon Santé' });
      const row = facts.locator('tr.conflicting', { has: page.getByRole('rowheader', { name: /Nombre approximatif de personnes/ }) });
      expect(await row.textContent()).toContain('sources en désaccord');
      // The incident's persons, with the lists' parts by controller.
      const persons = page.locator('section', { has: page.getByRole('heading', { name: 'Personnes concernées', exact: true }) });
      expect(spaced(await persons.locator('dt:text-is("Personnes distinctes") + dd').first().textContent())).toBe(
        DEMO_LIST_SIZES['incident-a'].horizon.toLocaleString('fr-FR').replace(/\s/g, ' '),
      );
      expect(serious(await axeViolations(page))).toEqual([]);
      await screenshot(page, `${dialect}-incident`);
    } finally {
      await context.close();
    }
  });

  it('shows a processor its incidents but no register, in the navigation or by its address', async () => {
    const { context, page } = await freshPage();
    try {
      await signIn(page, /Sécurité du sous-traitant/);
      const nav = page.getByRole('navigation', { name: 'Écrans' });
      await page.getByRole('table', { name: /Incidents visibles/ }).waitFor();
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Incidents', 'Listes']);
      // Its own incident, and the insurers it exposes, without their notifications.
      const rows = page.getByRole('table', { name: /Incidents visibles/ }).locator('tbody tr');
      expect(await rows.allTextContents()).toEqual([expect.stringContaining(INCIDENT_A)]);
      expect(await page.getByRole('columnheader', { name: 'Notifications' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: /tous incidents confondus/ }).count()).toBe(0);

      await page.goto(`${gateway.baseUrl}/#/registre`);
      await page.getByRole('table', { name: /Incidents visibles/ }).waitFor();
      expect(await page.getByRole('heading', { name: /Registre/ }).count()).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Incidents');
    } finally {
      await context.close();
    }
  });

  it('narrows the register by decision and exports both CSV files as the signed links serve them', async () => {
    const { context, page } = await freshPage();
    try {
      // Every URL the page asks for, and the token it sends in its headers.
      const urls: string[] = [];
      let bearer = '';
      page.on('request', (request) => {
        urls.push(request.url());
        bearer = request.headers()['authorization']?.replace(/^Bearer /, '') ?? bearer;
      });
      await signIn(page, /DPO du responsable de traitement/);
      await page.getByRole('navigation').getByRole('link', { name: 'Registre' }).click();
      const table = page.getByRole('table', { name: /Registre des violations/ });
      await table.waitFor();
      const rows = table.locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
      await page.getByRole('checkbox', { name: 'Notifiée à la CNIL' }).check();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().locator('.decision').textContent()).toBe('Notifiée à la CNIL');
      expect(await rows.first().textContent()).toContain('CNIL-NOTIF-2024-004217');
      await page.getByRole('checkbox', { name: 'Notifiée à la CNIL' }).uncheck();
      await expect.poll(() => rows.count()).toBe(2);
      expect(serious(await axeViolations(page))).toEqual([]);
      await screenshot(page, `${dialect}-registre`);

      for (const [button, link] of [
        [/registre complet/, 'csvUrl'],
        [/données ouvertes/, 'openDataCsvUrl'],
      ] as const) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
        const saved = readFileSync((await download.path())!);
        const links = await gateway.gql(WebRegisterDownloadsDocument, {}, dpoToken);
        const url = links.data!.registerDownloads[link];
        expect(url).not.toContain(dpoToken);
        const direct = await fetch(`${gateway.baseUrl}${url}`);
        expect(direct.status).toBe(200);
        const served = Buffer.from(await direct.arrayBuffer());
        expect(saved.length).toBeGreaterThan(0);
        expect(saved.equals(served)).toBe(true);
        expect(download.suggestedFilename()).toMatch(/^registre-violations.*\.csv$/);
        await expect.poll(() => page.getByRole('status').filter({ hasText: download.suggestedFilename() }).count()).toBe(1);
      }
      // The page fetched the signed links, and put its token in none of the URLs it asked for.
      expect(urls.filter((url) => url.includes('/register.csv?') || url.includes('/register-cnil-open-data.csv?'))).toHaveLength(2);
      expect(bearer).not.toBe('');
      expect(urls.filter((url) => url.includes(bearer))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reads both screens again when another person changes a notification', async () => {
    const { context, page } = await freshPage();
    try {
      const reads = { WebIncidents: 0, WebRegister: 0 };
      page.on('request', (request) => {
        const body = request.postData() ?? '';
        if (!request.url().endsWith('/graphql')) return;
        if (body.includes('query WebIncidents(')) reads.WebIncidents += 1;
        if (body.includes('query WebRegister(')) reads.WebRegister += 1;
      });
      const lawyer = await gateway.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'juridique@horizon.example');
      const change = async (reason: string) => {
        const { id, version } = await firstDraft(gateway, orgs.horizon);
        const updated = await gateway.gql(UpdateNotificationDocument, { id, input: { version, delayReasons: reason } }, lawyer);
        expect(updated.errors).toBeUndefined();
      };
      // Straight to « Incidents »: no other screen's subscriptions start meanwhile.
      let before = listening;
      await signIn(page, /DPO du responsable de traitement/, '#/incidents');
      await page.getByRole('table', { name: /Incidents visibles/ }).waitFor();
      // Both of the screen's subscriptions listen (lists counted, notifications changed).
      await expect.poll(() => listening - before).toBe(2);
      const incidentsRead = reads.WebIncidents;
      await change('Relecture juridique');
      await expect.poll(() => reads.WebIncidents).toBeGreaterThan(incidentsRead);

      before = listening;
      await page.getByRole('navigation').getByRole('link', { name: 'Registre' }).click();
      await page.getByRole('table', { name: /Registre des violations/ }).waitFor();
      await expect.poll(() => listening - before).toBe(1);
      const registerRead = reads.WebRegister;
      await change('Relecture juridique, seconde');
      await expect.poll(() => reads.WebRegister).toBeGreaterThan(registerRead);
    } finally {
      await context.close();
    }
  });
});
