import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../src/config/clock';
import { Role } from '../../src/auth/roles';
import { DEMO_INCIDENTS, DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { IngestBatch } from '../../src/ingest/ingest-batch.entity';
import { maskNir } from '../../src/ingest/nir';
import { BUILT_IN_PROFILES } from '../../src/ingest/profiles';
import { encodeForProfile, formatRow, headerRow, spacedNir, syntheticPeople } from '../../src/ingest/synthetic';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { axeViolations, buildWebApp, launchChromium, screenshot } from '../support/browser';

/** The demo's clock: operator A's incident is days old, its lists are being sent. */
const NOW = new Date('2024-02-06T12:00:00Z');
/** Rows enough for the gateway to read for a few seconds, so that progress events come between start and end. */
const ROWS = 120_000;
const PROFILE = BUILT_IN_PROFILES['operator-a-csv']!;
const FILE_NAME = 'alpha-complement-2024-02-06.csv';
const INCIDENT_A = DEMO_INCIDENTS.find((i) => i.key === 'incident-a')!.title;
const siren = (key: string) => DEMO_ORGANIZATIONS.find((o) => o.key === key)!.siren;

/** A NIR whose control key is wrong: refused, and never to be shown in clear. */
function badKey(nir: string): string {
  const key = Number(nir.slice(13));
  return `${nir.slice(0, 13)}${String(key === 97 ? 1 : key + 1).padStart(2, '0')}`;
}

/**
 * Operator A's export of the insurers incident A exposes, with three bad lines: a NIR whose key
 * does not match, an impossible date, an insurer the incident does not expose. Their line numbers
 * count the header as line 1, as an editor shows them.
 */
function operatorAList(): { content: Buffer; invalidNir: string; badLines: { nir: number; date: number; controller: number } } {
  const people = [
    ...syntheticPeople({
      seed: 602,
      count: ROWS,
      controllers: [siren('horizon'), siren('cigales'), siren('atlantique'), siren('lumiere')],
    }),
  ];
  const rows = people.map((p) => formatRow(p, PROFILE));
  const invalidNir = badKey(people[10]!.nir);
  rows[10] = formatRow({ ...people[10]!, nir: invalidNir }, PROFILE);
  rows[20] = formatRow({ ...people[20]!, birthDate: '1980-02-31' }, PROFILE);
  rows[ROWS - 5] = formatRow({ ...people[ROWS - 5]!, controller: siren('rhone') }, PROFILE);
  const content = encodeForProfile(`${[headerRow(PROFILE)!, ...rows].join('\r\n')}\r\n`, PROFILE);
  return { content, invalidNir, badLines: { nir: 12, date: 22, controller: ROWS - 5 + 2 } };
}

/** Counts as the page writes them, in French (« 120 000 »). */
const n = (value: number) => new Intl.NumberFormat('fr-FR').format(value);
/** A count the page wrote, read back. */
const count = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/**
 * « Listes » in Debian's Chromium against the real gateway with the demo loaded: Tiers-Payant
 * Alpha's security team sends a list and watches the gateway read it, then reads its errors by line;
 * what the others see of it is what their organisation and roles allow.
 */
describe('« Listes » in Chromium', () => {
  let gateway: TestGateway;
  let browser: Browser;
  let build: string;
  let orgs: DemoOrgIds;
  let files: string;
  /** Subscriptions the gateway's event bus has started: the page's listens once it grew. */
  let listening = 0;

  beforeAll(async () => {
    build = await buildWebApp();
    files = mkdtempSync(join(tmpdir(), 'lists-test-'));
    gateway = await startGateway({ clock: fixedClock(NOW), config: { demo: true, webAppDirectory: build } });
    const subscribe = gateway.app.events.subscribe.bind(gateway.app.events);
    gateway.app.events.subscribe = (listener) => {
      listening += 1;
      return subscribe(listener);
    };
    orgs = await withDemo(gateway);
    browser = await launchChromium();
    // A build, a gateway and the demo's lists: a minute or more on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    if (build) rmSync(build, { recursive: true, force: true });
    if (files) rmSync(files, { recursive: true, force: true });
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    return { context, page };
  }

  /** Signs in as one of the demo's people, by the button's name. */
  async function signIn(page: Page, button: RegExp): Promise<void> {
    await page.goto(`${gateway.baseUrl}/#/listes`);
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('heading', { level: 1, name: 'Listes' }).waitFor();
  }

  /**
   * Signs in as someone the demo's sign-in does not offer: the page is handed a token the gateway
   * signed for them, in place of the demo's identities (the gateway still checks every request).
   */
  async function signInAs(page: Page, org: string, roles: Role[], subject: string): Promise<void> {
    const token = await gateway.token(org, roles, subject);
    await page.route('**/demo/identities', (route) => route.fulfill({ json: { identities: [{ label: subject, subject, roles, token }] } }));
    await signIn(page, new RegExp(subject.replace('.', '\\.')));
  }

  it('lets the processor send a list, watch the gateway read it and read its errors by line, the NIR masked', async () => {
    const { content, invalidNir, badLines } = operatorAList();
    const path = join(files, FILE_NAME);
    writeFileSync(path, content);
    const { context, page } = await freshPage();
    try {
      // The progress events the page receives on its WebSocket.
      const events: { status: string; rowsRead: number }[] = [];
      page.on('websocket', (ws) =>
        ws.on('framereceived', ({ payload }) => {
          const message = JSON.parse(String(payload)) as {
            payload?: { data?: { ingestBatchProgress?: { status: string; rowsRead: number } } };
          };
          const progress = message.payload?.data?.ingestBatchProgress;
          if (progress) events.push(progress);
        }),
      );
      const before = listening;
      await signIn(page, /Sécurité du sous-traitant/);
      // The processor's people read no notification: their incidents and their lists, nothing else.
      expect(await page.getByRole('navigation', { name: 'Écrans' }).getByRole('link').allTextContents()).toEqual(['Incidents', 'Listes']);
      await expect.poll(() => listening - before).toBe(1);
      // The demo's own list of operator A is there already, counted.
      await page.getByRole('table', { name: /Listes envoyées pour/ }).waitFor();
      expect(await page.getByRole('table', { name: /Listes envoyées pour/ }).textContent()).toContain('alpha-beneficiaires-2024-02-01.csv');

      const counted = page.locator('dl.counts div').filter({ hasText: 'Lignes comptées' }).locator('dd');
      const recordsBefore = count(await counted.textContent());
      expect(recordsBefore).toBeGreaterThan(0);

      await page.getByLabel('Incident').selectOption({ label: INCIDENT_A });
      // The profiles are the API's (ingestProfiles), not the page's.
      const offered = await page
        .getByLabel('Format du fichier')
        .locator('option')
        .evaluateAll((options) => options.map((o) => o.getAttribute('value')));
      expect(offered).toEqual(Object.keys(BUILT_IN_PROFILES));
      await page.getByLabel('Format du fichier').selectOption('operator-a-csv');
      await page.getByLabel('Mettre de côté les lignes invalides et compter les autres').check();
      await page.getByLabel('Fichier de la liste').setInputFiles(path);

      // The bar's values as the page sets them, recorded in the page (the DevTools protocol is not under the CSP).
      await page.evaluate(`(() => {
        window.barValues = [];
        new MutationObserver(() => {
          const bar = document.getElementById('liste-progression');
          if (bar) window.barValues.push([bar.value, bar.max]);
        }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      })()`);
      await page.getByRole('button', { name: 'Envoyer la liste' }).click();
      await page.locator('.upload-result').getByRole('status').filter({ hasText: 'Comptée' }).waitFor({ timeout: 120_000 });

      const bar = (await page.evaluate('window.barValues')) as [number, number][];
      // The bar rose while the gateway read: some value between empty and full, and it never went back.
      expect(bar.some(([value, max]) => value > 0 && value < max && max === ROWS)).toBe(true);
      const values = bar.map(([value]) => value);
      expect(values).toEqual([...values].sort((a, b) => a - b));
      expect(bar.at(-1)).toEqual([ROWS, ROWS]);
      // The subscription told it: started, read part of the file, then counted.
      expect(events[0]).toMatchObject({ status: 'STAGING', rowsRead: 0 });
      expect(events.some((e) => e.status === 'STAGING' && e.rowsRead > 0 && e.rowsRead < ROWS)).toBe(true);
      expect(events.at(-1)).toMatchObject({ status: 'COMPLETED', rowsRead: ROWS });

      const result = page.locator('.upload-result');
      expect(await result.getByRole('status').textContent()).toBe(
        `${FILE_NAME} : Comptée. ${n(ROWS)} lignes lues, ${n(ROWS - 3)} retenues, 3 en erreur.`,
      );
      const errors = result.getByRole('table', { name: `Erreurs de ${FILE_NAME}` });
      const cells = await errors
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
      expect(cells.map(([line, field]) => [line, field])).toEqual([
        [String(badLines.nir), 'NIR'],
        [String(badLines.date), 'date de naissance'],
        [String(badLines.controller), 'organisme'],
      ]);
      // The NIR as the API masks it, its first digit only; in clear nowhere in the page.
      expect(cells[0]![2]).toContain(`NIR ${maskNir(spacedNir(invalidNir))}`);
      const html = await page.content();
      expect(html).not.toContain(invalidNir);
      expect(html).not.toContain(spacedNir(invalidNir));
      expect(html).not.toContain(invalidNir.slice(1, 13));

      // The list of the incident's batches has it too, counted, and the incident's persons grew.
      const table = page.getByRole('table', { name: /Listes envoyées pour/ });
      // Its own rows, not those of the error tables nested in them.
      const rows = table.locator(':scope > tbody > tr');
      await expect.poll(() => rows.count()).toBe(2);
      const newest = rows.first();
      expect(await newest.locator(':scope > th').textContent()).toContain(FILE_NAME);
      const cell = (n: number) => newest.locator(':scope > td').nth(n).textContent();
      expect(await cell(0)).toContain('Comptée');
      expect(await cell(1)).toBe(n(ROWS));
      expect(await cell(2)).toBe(n(ROWS - 3));
      expect(await cell(3)).toMatch(/^3 ?3 erreurs par ligne/);

      await expect.poll(async () => count(await counted.textContent())).toBe(recordsBefore + ROWS - 3);

      await screenshot(page, `${dialect}-listes`);
      expect(serious(await axeViolations(page))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a controller of an insurer the incident does not expose none of it', async () => {
    // The list above is there, counted: what follows is not seen for want of it.
    const sent = await gateway.app.orm.em.fork().find(IngestBatch, { fileName: FILE_NAME });
    expect(sent.map((b) => b.status)).toEqual(['COMPLETED']);
    const { context, page } = await freshPage();
    try {
      // Mutuelle du Rhône Solidaire is exposed by operator B's incident only.
      await signInAs(page, orgs.rhone, [Role.CONTROLLER_DPO], 'dpo@rhone.example');
      await page.locator('section.incident-lists').first().waitFor();
      await expect.poll(() => page.getByText('Aucune liste envoyée par votre organisation pour cet incident.').count()).toBe(1);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toContain(INCIDENT_A);
      expect(text).not.toContain(FILE_NAME);
      expect(await page.locator('table.batches').count()).toBe(0);
      expect(await page.locator('dl.counts').count()).toBe(0);
      // It may send its own lists, for the incident that exposes it only.
      const incidents = await page.getByLabel('Incident').locator('option').allTextContents();
      expect(incidents).toEqual([DEMO_INCIDENTS.find((i) => i.key === 'incident-b')!.title]);
    } finally {
      await context.close();
    }
  });

  it('shows a reader without INGEST_LISTS its organisation’s lists, and no upload form', async () => {
    const { context, page } = await freshPage();
    try {
      await signInAs(page, orgs['operator-a'], [Role.AUDITOR], 'audit@operator-a.example');
      const table = page.getByRole('table', { name: /Listes envoyées pour/ });
      await table.waitFor();
      expect(await table.textContent()).toContain(FILE_NAME);
      // Absent, not refused: no form, no file input, no button.
      expect(await page.getByRole('heading', { name: 'Envoyer une liste' }).count()).toBe(0);
      expect(await page.locator('input[type=file]').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Envoyer la liste' }).count()).toBe(0);
      expect(serious(await axeViolations(page))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
