import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { fixedClock } from '../../src/config/clock';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, firstDraft, withDemo } from '../support/demo';
import { Role } from '../../src/auth/roles';
import { Notification } from '../../src/notifications/notification.entity';
import {
  ExposureDocument,
  RecordNotificationFilingDocument,
  UpdateExposureDocument,
  UpdateNotificationDocument,
} from '../generated/graphql';
import { axeViolations, buildWebApp, launchChromium, screenshot } from '../support/browser';

/** The gateway's and the browser's clock: Horizon's complementary draft is then overdue (due 5 February). */
const NOW = new Date('2024-02-06T12:00:00Z');

/** A save reads the whole document again: on a loaded two-core machine, that takes seconds. */
const SLOW = { timeout: 15_000 };

/**
 * « Notification » in Chromium against the real gateway with the demo loaded: the DPO's flow from
 * « Échéances » to a ready notification, another person's changes seen live (the filing that
 * closes the countdown, a stale save refused and reloaded), and an auditor's read-only view.
 */
describe('the Notification screen in Chromium', () => {
  let gateway: TestGateway;
  let browser: Browser;
  let build: string;
  let orgs: DemoOrgIds;
  let lawyer: string;
  let draftId: string;
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
    lawyer = await gateway.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'juridique@horizon.example');
    draftId = (await firstDraft(gateway, orgs.horizon)).id;
    browser = await launchChromium();
    // A Vite build and the demo's load, beside the other database's run on a two-core machine.
  }, 180_000);
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

  async function signIn(page: Page, who: RegExp): Promise<void> {
    await page.goto(`${gateway.baseUrl}/`);
    await page.getByRole('button', { name: who }).click();
    await page.getByRole('table', { name: /Obligations ouvertes/ }).waitFor();
  }

  /** Opens the notification by its address, in the same page (the token stays in memory), its subscription listening. */
  async function openNotification(page: Page, id: string): Promise<void> {
    const before = listening;
    await page.evaluate(`window.location.hash = '#/notifications/${id}'`);
    await page.getByRole('heading', { level: 1, name: /^Notification n°/ }).waitFor();
    await expect.poll(() => listening - before, SLOW).toBeGreaterThanOrEqual(1);
  }

  const serious = (violations: Awaited<ReturnType<typeof axeViolations>>) =>
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

  it('refuses a stale save with « Quelqu’un a modifié ce brouillon : recharger », and reloading shows the other person’s value', async () => {
    const { context, page } = await freshPage();
    try {
      await signIn(page, /DPO du responsable de traitement/);
      await openNotification(page, draftId);
      expect(serious(await axeViolations(page))).toEqual([]);
      await screenshot(page, `${dialect}-notification`);

      const otherDpa = page.getByLabel('Notifiée à une autre autorité de protection des données : votre réponse');
      await otherDpa.fill('CNPD (Luxembourg)');
      const { version } = await firstDraft(gateway, orgs.horizon);
      const theirs = await gateway.gql(UpdateNotificationDocument, { id: draftId, input: { version, otherDpa: 'APD (Belgique)' } }, lawyer);
      expect(theirs.errors).toBeUndefined();
      await page.getByRole('button', { name: 'Enregistrer : Notifiée à une autre autorité de protection des données' }).click();
      const alert = page.locator('.conflict');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Quelqu’un a modifié ce brouillon : recharger');
      // Nothing was overwritten: the API still has the lawyer's value.
      expect((await firstDraft(gateway, orgs.horizon)).otherDpa).toBe('APD (Belgique)');
      await page.getByRole('button', { name: 'Recharger' }).click();
      await expect.poll(() => otherDpa.inputValue(), SLOW).toBe('APD (Belgique)');
      expect(await alert.count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a DPO signs in, sees an overdue deadline first, opens the draft, fills a missing item, marks it ready, and sees the countdown update when another user changes it', async () => {
    // The lawyer states the facts the draft still lacks and makes it the final complement: what is
    // left for the DPO are the delay reasons and the gravity, on this screen.
    const draft = await firstDraft(gateway, orgs.horizon);
    const exposure = await gateway.gql(ExposureDocument, { id: draft.exposure.id }, lawyer);
    const facts = await gateway.gql(
      UpdateExposureDocument,
      {
        id: draft.exposure.id,
        input: {
          version: exposure.data!.exposure!.version,
          consequences: ['MISUSE'],
          measuresTaken: 'Portail fermé, identifiants renouvelés, plainte déposée.',
          communicationStatus: 'INFORMED',
        },
      },
      lawyer,
    );
    expect(facts.errors).toBeUndefined();
    const final = await gateway.gql(
      UpdateNotificationDocument,
      { id: draftId, input: { version: (await firstDraft(gateway, orgs.horizon)).version, final: true } },
      lawyer,
    );
    expect(final.errors).toBeUndefined();

    const { context, page } = await freshPage();
    try {
      await signIn(page, /DPO du responsable de traitement/);
      const first = page.locator('table.deadlines tbody tr').first();
      expect(await first.locator('.status').textContent()).toBe('En retard');
      const link = first.getByRole('link', { name: /^N° / });
      expect(await link.getAttribute('href')).toBe(`#/notifications/${draftId}`);
      const before = listening;
      await link.click();
      await page.getByRole('heading', { level: 1, name: /^Notification n°/ }).waitFor();
      await expect.poll(() => listening - before, SLOW).toBeGreaterThanOrEqual(1);
      // A marker that a reload would wipe: everything below happens in this one page.
      await page.evaluate('window.stillTheSamePage = true');

      const status = page.locator('.notification-status');
      expect(await status.textContent()).toBe('brouillon');
      const timer = page.locator('.duties').getByRole('timer');
      expect(await timer.textContent()).toMatch(/^en retard de \d+ j \d\d h \d\d min \d\d s$/);
      // Every section of the CNIL form, in its order.
      const sections = await page.locator('.form-section h2').allTextContents();
      expect(sections).toHaveLength(14);
      expect(sections[0]).toBe('Section 1 : Type de notification');
      expect(sections[13]).toBe('Section 14 : Notifications transfrontalières et autres');
      // The missing delay reasons sit beside their question, with an input to fill them.
      const delay = page.locator('.question', { has: page.locator('dt', { hasText: 'Motifs du retard' }) });
      expect(await delay.locator('.missing').textContent()).toContain('motifs du retard sont requis');
      expect(await page.getByRole('button', { name: 'Marquer prête' }).count()).toBe(0);

      await delay.getByLabel('Motifs du retard : votre réponse').fill('Attente du rapport d’analyse du sous-traitant.');
      await delay.getByRole('button', { name: 'Enregistrer : Motifs du retard' }).click();
      await expect.poll(() => delay.locator('.missing').count(), SLOW).toBe(0);
      expect(await delay.locator('dd').textContent()).toContain('Attente du rapport d’analyse du sous-traitant.');

      // Section 11: the suggested gravity signed off by the DPO, by name.
      await page.getByRole('button', { name: 'Valider la gravité' }).click();
      await expect.poll(() => page.locator('.signoff').textContent(), SLOW).toMatch(/^Validée par dpo@horizon\.example le /);

      await page.getByRole('button', { name: 'Marquer prête' }).click();
      await expect.poll(() => status.textContent(), SLOW).toBe('prête');
      // The DPO's own changes are not someone else's.
      expect(await page.locator('.conflict').count()).toBe(0);
      // Reopened to a draft and ready again, by the DPO's own hand: still no conflict.
      await page.getByRole('button', { name: 'Rouvrir' }).click();
      await expect.poll(() => status.textContent(), SLOW).toBe('brouillon');
      await page.getByRole('button', { name: 'Marquer prête' }).click();
      await expect.poll(() => status.textContent(), SLOW).toBe('prête');
      expect(await page.locator('.conflict').count()).toBe(0);

      // The lawyer records the filing of this final complement: the duty is done, the countdown stops.
      const { version } = await gateway.app.orm.em.fork().findOneOrFail(Notification, draftId);
      const filed = await gateway.gql(
        RecordNotificationFilingDocument,
        { id: draftId, input: { version, cnilReference: 'CNIL-NOTIF-2024-004999', filedAt: NOW.toISOString() } },
        lawyer,
      );
      expect(filed.errors).toBeUndefined();
      await expect.poll(() => status.textContent(), SLOW).toBe('déposée');
      await expect.poll(() => timer.count(), SLOW).toBe(0);
      expect(await page.locator('.duties .status').textContent()).toBe('Fait en retard');
      expect(
        await page
          .getByRole('main')
          .getByRole('link', { name: /^Documents :/ })
          .getAttribute('href'),
      ).toBe(`#/documents/${draftId}`);
      expect(await page.evaluate('window.stillTheSamePage')).toBe(true);

      // Filed and final: another complement needs a reason (art. 33(4)), asked for beside the action.
      await page
        .getByLabel('Pourquoi une notification après la complémentaire finale')
        .fill('Le sous-traitant a découvert un second accès.');
      await page.getByRole('button', { name: 'Commencer une notification complémentaire' }).click();
      await page.getByRole('link', { name: 'Ouvrir la notification complémentaire' }).click();
      await page.getByRole('heading', { level: 1, name: /-S2 / }).waitFor();
      await expect.poll(() => status.textContent(), SLOW).toBe('brouillon');
    } finally {
      await context.close();
    }
  });

  it('shows an auditor the notifications with no action at all', async () => {
    const { context, page } = await freshPage();
    try {
      await signIn(page, /Auditeur/);
      await page.getByRole('navigation').getByRole('link', { name: 'Notifications' }).click();
      await page.getByRole('table', { name: /Mes notifications/ }).waitFor();
      expect(serious(await axeViolations(page))).toEqual([]);
      await screenshot(page, `${dialect}-notifications`);
      await page.getByRole('link', { name: /^N° .*-S1$/ }).click();
      await page.getByRole('heading', { level: 1, name: /^Notification n°/ }).waitFor();
      expect(await page.locator('.form-section').count()).toBe(14);
      // Read-only: no button, no input, in the whole screen.
      expect(await page.locator('main button, main input, main textarea, main select').count()).toBe(0);
      expect(serious(await axeViolations(page))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
