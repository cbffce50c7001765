import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fixedClock } from '../../src/config/clock';
import { recapitulatifStandIn } from '../../src/demo/recapitulatif-stand-in';
import { CnilRecapitulatif } from '../../src/documents/document.entities';
import { Exposure } from '../../src/incidents/exposure.entity';
import { sha256Hex } from '../../src/lib/canonical-json';
import { Notification } from '../../src/notifications/notification.entity';
import { Role } from '../../src/auth/roles';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, firstDraft, withDemo } from '../support/demo';
import { MarkNotificationReadyDocument, SubmitBreachFactsDocument, UpdateNotificationDocument } from '../generated/graphql';
import { WebDocumentLinksDocument } from '../../web/src/generated/graphql';
import { axeViolations, buildWebApp, launchChromium, screenshot } from '../support/browser';

/** The gateway's clock and the browser's: the filing below is stated half an hour before. */
const NOW = new Date('2024-02-06T12:00:00Z');
const CNIL_REFERENCE = 'CNIL-NOTIF-2024-009876';

/** One digit of the PDF's creation date changed: the file still reads, its bytes are not the gateway's. */
function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('/CreationDate (D:') + '/CreationDate (D:'.length + 3;
  copy[at] = copy[at] === 0x39 ? 0x38 : copy[at]! + 1;
  return copy;
}

/**
 * « Documents » in Chromium against the real gateway and the demo: Horizon's complementary
 * notification is made READY through the API (what the Notification screen does), then its lawyer
 * records the filing with a récapitulatif, downloads the filing PDF, and verifies it and a tampered copy.
 */
describe('« Documents » in Chromium', () => {
  let gateway: TestGateway;
  let browser: Browser;
  let build: string;
  let orgs: DemoOrgIds;
  let legal: string;
  let ready: Notification;

  beforeAll(async () => {
    build = await buildWebApp();
    gateway = await startGateway({ clock: fixedClock(NOW), config: { demo: true, webAppDirectory: build } });
    orgs = await withDemo(gateway);
    legal = await gateway.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'juridique@horizon.example');
    // Horizon's draft lacks section 13 (the persons were informed) and the items a non-final
    // complementary notification may leave for later, with a reason.
    const draft = await firstDraft(gateway, orgs.horizon);
    const exposure = await gateway.app.orm.em.fork().findOneOrFail(Exposure, draft.exposure.id);
    const facts = await gateway.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: exposure.incident.id,
          exposureId: exposure.id,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: 'documents-section-13',
          exposureFacts: { communicationStatus: 'INFORMED' },
        },
      },
      legal,
    );
    expect(facts.errors).toBeUndefined();
    const reason = 'Analyse en cours chez le sous-traitant';
    const updated = await gateway.gql(
      UpdateNotificationDocument,
      {
        id: draft.id,
        input: {
          version: (await firstDraft(gateway, orgs.horizon)).version,
          delayReasons: 'Relecture juridique',
          missingItemReasons: ['consequences.consequences', 'harms.gravity', 'measures.taken'].map((path) => ({ path, reason })),
        },
      },
      legal,
    );
    expect(updated.errors).toBeUndefined();
    const marked = await gateway.gql(
      MarkNotificationReadyDocument,
      { id: draft.id, version: updated.data!.updateNotification.version },
      legal,
    );
    expect(marked.errors).toBeUndefined();
    ready = await gateway.app.orm.em.fork().findOneOrFail(Notification, draft.id);
    expect(ready.status).toBe('READY');
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  async function signedIn(subject: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.install({ time: NOW });
    await page.goto(`${gateway.baseUrl}/`);
    await page.getByRole('button', { name: new RegExp(subject.replace('.', '\\.')) }).click();
    await page.getByRole('navigation', { name: 'Écrans' }).getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('table', { name: 'Mes notifications et leurs documents' }).waitFor();
    await page.getByRole('link', { name: `N° ${ready.number}` }).click();
    await page.getByRole('heading', { level: 1, name: `Documents de la notification n° ${ready.number}` }).waitFor();
    return { context, page };
  }

  const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

  it('shows an auditor the downloads but no « Enregistrer le dépôt »', async () => {
    const { context, page } = await signedIn('audit@horizon.example');
    try {
      expect(await page.locator('.notification-status').textContent()).toBe('complémentaire, prête');
      const downloads = page.getByRole('list', { name: 'Documents à télécharger' });
      expect(await downloads.getByRole('button').allTextContents()).toEqual([
        'PDF de la notification à la CNIL',
        'Lettre aux personnes concernées (PDF)',
        'Dossier interne (PDF)',
      ]);
      expect(await page.getByRole('heading', { name: 'Enregistrer le dépôt' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Enregistrer le dépôt' }).count()).toBe(0);
      expect(await page.getByLabel('PDF à vérifier').count()).toBe(1);
      // The list screen offers the register too.
      await page.getByRole('link', { name: 'Toutes les notifications' }).click();
      await page.getByRole('button', { name: 'Registre (PDF)' }).waitFor();
      expect(serious(await axeViolations(page))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** A download the page started by a click on the named button, read by pdftotext (spaces normalised). */
  async function downloadedText(page: Page, button: string, urls: string[]): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    urls.push(download.url());
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1'), button).toBe('%PDF-');
    expect(download.suggestedFilename(), button).toMatch(/\.pdf$/);
    return execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');
  }

  it('downloads the letter, the internal dossier and the register through their signed links, as PDFs', async () => {
    const { context, page } = await signedIn('audit@horizon.example');
    try {
      const urls: string[] = [];
      expect(await downloadedText(page, 'Lettre aux personnes concernées (PDF)', urls)).toContain('Mutuelle Horizon Santé');
      expect(await downloadedText(page, 'Dossier interne (PDF)', urls)).toContain(ready.number);
      await page.getByRole('link', { name: 'Toutes les notifications' }).click();
      expect(await downloadedText(page, 'Registre (PDF)', urls)).toMatch(/[Rr]egistre/);
      // Signed links, each naming its own document; no bearer token (a JWT starts « eyJ ») in any URL.
      expect(urls.map((url) => new URL(url).pathname)).toEqual([
        `/notifications/${ready.id}/letter.pdf`,
        `/notifications/${ready.id}/dossier-interne.pdf`,
        '/register.pdf',
      ]);
      expect(urls.every((url) => new URL(url).searchParams.has('signature'))).toBe(true);
      expect(urls.filter((url) => url.includes('eyJ'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lets the lawyer record the filing with its récapitulatif, download the PDF the API serves, and verify it', async () => {
    const { context, page } = await signedIn('juridique@horizon.example');
    try {
      // The filing: 12:30 and 12:40 in Paris are 11:30 and 11:40 UTC, half an hour before now.
      const recapitulatif = await recapitulatifStandIn({
        controller: 'Mutuelle Horizon Santé',
        cnilReference: CNIL_REFERENCE,
        filedAt: new Date('2024-02-06T11:30:00Z'),
      });
      await page.getByLabel('Référence CNIL').fill(CNIL_REFERENCE);
      await page.getByLabel('Déposée le (heure de Paris)').fill('2024-02-06T12:30');
      await page.getByLabel('Date du récapitulatif (heure de Paris, facultative)').fill('2024-02-06T12:40');
      await page
        .getByLabel('Récapitulatif de la CNIL (PDF, facultatif)')
        .setInputFiles({ name: 'recapitulatif.pdf', mimeType: 'application/pdf', buffer: recapitulatif });
      expect(serious(await axeViolations(page))).toEqual([]);
      await page.getByRole('button', { name: 'Enregistrer le dépôt' }).click();
      // Any refusal shown (role alert) would fail this with its text.
      const outcome = async () => [
        await page.locator('.notification-status').textContent(),
        await page.getByRole('alert').allTextContents(),
      ];
      await expect.poll(outcome, { timeout: 30_000 }).toEqual(['complémentaire, déposée', []]);
      await page.getByText(/^joint le .* par juridique@horizon\.example/).waitFor();
      expect(await page.getByRole('heading', { name: 'Enregistrer le dépôt' }).count()).toBe(0);
      const em = gateway.app.orm.em.fork();
      expect(await em.findOneOrFail(Notification, ready.id)).toMatchObject({
        status: 'FILED',
        cnilReference: CNIL_REFERENCE,
        filedAt: new Date('2024-02-06T11:30:00Z'),
        recapitulatifAt: new Date('2024-02-06T11:40:00Z'),
        filedBy: 'juridique@horizon.example',
      });
      expect((await em.findOneOrFail(CnilRecapitulatif, { notification: ready.id })).sha256).toBe(sha256Hex(recapitulatif));

      // The download through the page is byte for byte what the API's signed link serves.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PDF de la notification à la CNIL' }).click(),
      ]);
      const downloaded = readFileSync((await download.path())!);
      const links = await gateway.gql(WebDocumentLinksDocument, { id: ready.id }, legal);
      const direct = await fetch(`${gateway.baseUrl}${links.data!.notification!.document.url}`);
      expect(direct.status).toBe(200);
      expect(downloaded.equals(Buffer.from(await direct.arrayBuffer()))).toBe(true);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);

      // Verified as genuine; a tampered copy refused with the reason.
      const verdict = page.locator('.verdict');
      await page.getByLabel('PDF à vérifier').setInputFiles({ name: 'depot.pdf', mimeType: 'application/pdf', buffer: downloaded });
      await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
      await expect
        .poll(() => verdict.textContent(), { timeout: 30_000 })
        .toBe(`Document authentique : notification n° ${ready.number} à la CNIL (déposée), identique au PDF conservé au dépôt.`);
      expect(await verdict.getAttribute('class')).toBe('verdict verified');
      await screenshot(page, `${dialect}-documents`);
      await page
        .getByLabel('PDF à vérifier')
        .setInputFiles({ name: 'depot-modifie.pdf', mimeType: 'application/pdf', buffer: tamper(downloaded) });
      await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
      await expect
        .poll(() => verdict.textContent(), { timeout: 30_000 })
        .toMatch(/^Document refusé : le PDF a été altéré : son contenu, rendu à nouveau, ne redonne pas ces octets/);
      expect(await verdict.getAttribute('class')).toBe('verdict refused');
      expect(serious(await axeViolations(page))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
