import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import {
  CeQuiManqueDocument,
  ListNotificationsDocument,
  MesDepotsDocument,
  MesEcheancesDocument,
  NotificationDocumentDocument,
  RecordNotificationFilingDocument,
} from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { must, nodes } from '../support/must';

/** The generated result type of one operation, as test/generated/graphql.ts declares it. */
function generatedType(name: string): string {
  const generated = readFileSync(join(__dirname, '..', 'generated', 'graphql.ts'), 'utf8');
  return must(
    generated.split('\n').find((line) => line.startsWith(`export type ${name} = `)),
    `the generated type ${name}`,
  );
}

const NOW = '2024-02-06T12:00:00Z';

/**
 * The three everyday screens of a compliance dashboard (test/operations/screens.graphql), each in one
 * round trip, as Horizon's DPO sees them in the 2024 demo a few hours into the 72-hour clock.
 */
describe(`the dashboard screens on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let dpo: string;

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock(NOW) });
    orgs = await withDemo(gw);
    dpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
  });
  afterAll(() => gw.close());

  it('types every screen: no unknown, no any, no JSON record in their generated results', () => {
    for (const name of ['MesEcheancesQuery', 'CeQuiManqueQuery', 'MesDepotsQuery']) {
      expect(generatedType(name), name).not.toMatch(/\bunknown\b|\bany\b|Record<string/);
    }
  });

  it('« Mes échéances »: my open obligations, overdue first then soonest, with incident, controller and notification', async () => {
    const { data, errors } = await gw.gql(MesEcheancesDocument, {}, dpo);
    expect(errors).toBeUndefined();
    const rows = nodes(data!.deadlines);
    expect(rows.length).toBeGreaterThan(0);
    expect(data!.deadlines.totalCount).toBe(rows.length);
    for (const row of rows) {
      expect(['PENDING', 'OVERDUE', 'TO_CLASSIFY']).toContain(row.obligation.status);
      expect(row.exposure.controller.id).toBe(orgs.horizon);
      expect(row.incident.title).not.toBe('');
    }
    const due = rows.map((row) => must(row.obligation.dueAt, `${row.obligation.code} due instant`));
    expect(due).toEqual([...due].sort());
    // Ascending due instants put what is overdue before anything still to come.
    const firstPending = rows.findIndex((row) => row.obligation.status !== 'OVERDUE');
    expect(rows.slice(firstPending).some((row) => row.obligation.status === 'OVERDUE')).toBe(false);
    const cnil = must(
      rows.find((row) => row.obligation.code === 'CNIL_NOTIFICATION' || row.obligation.code === 'CNIL_COMPLEMENTARY'),
      'a CNIL duty',
    );
    expect(cnil.notification).not.toBeNull();
  });

  it('« Ce qui manque »: a draft’s missing items grouped by section, each under its question’s French label', async () => {
    const drafts = await gw.gql(ListNotificationsDocument, { filter: { status: ['DRAFT'] } }, dpo);
    const draft = must(nodes(drafts.data!.notifications)[0], 'a draft of Horizon').id;
    const { data, errors } = await gw.gql(CeQuiManqueDocument, { id: draft }, dpo);
    expect(errors).toBeUndefined();
    const sections = data!.notification!.document.sections;
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(section.missing.length).toBeGreaterThan(0);
      for (const question of section.questions) {
        expect(question.missing.length).toBeGreaterThan(0);
        expect(question.label).toMatch(/[a-zà-ÿ]/);
        for (const item of question.missing) expect(item.messageFr).not.toBe('');
      }
    }
    // Grouped, nothing lost: the screen's items are exactly the document's completeness items.
    const full = await gw.gql(NotificationDocumentDocument, { id: draft }, dpo);
    const all = full.data!.notification!.document.completeness.map((i) => `${i.code}@${i.path}`).sort();
    expect(sections.flatMap((s) => s.missing.map((i) => `${i.code}@${i.path}`)).sort()).toEqual(all);
  });

  it('« Mes dépôts »: my filings newest first, with signed links a browser follows without a header', async () => {
    const { data, errors } = await gw.gql(MesDepotsDocument, {}, dpo);
    expect(errors).toBeUndefined();
    const filings = nodes(data!.notifications);
    expect(filings.length).toBeGreaterThan(0);
    const filedAt = filings.map((f) => must(f.filedAt, 'filedAt'));
    expect(filedAt).toEqual([...filedAt].sort().reverse());
    for (const filing of filings) expect(filing.exposure.controller.id).toBe(orgs.horizon);
    const latest = filings[0]!;
    for (const link of [latest.document.url, latest.document.letterUrl]) {
      expect(link).toMatch(/[?&]signature=/);
      const response = await fetch(`${gw.baseUrl}${link}`);
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
  });

  it('asks the database a number of statements that does not grow with the page', async () => {
    // The demo files one notification (Horizon's); Cigales' is ready: its filing is recorded here, so
    // that the admin, who sees every controller's filings, gets more than one row on a page of 50.
    const cigales = await gw.token(orgs.cigales, [Role.CONTROLLER_LEGAL], 'legal@cigales.example');
    const ready = must(
      nodes((await gw.gql(ListNotificationsDocument, { filter: { status: ['READY'] } }, cigales)).data!.notifications)[0],
      'Cigales’ ready notification',
    );
    const filing = await gw.gql(
      RecordNotificationFilingDocument,
      { id: ready.id, input: { cnilReference: 'CNIL-NOTIF-2024-004300', filedAt: NOW, version: ready.version } },
      cigales,
    );
    expect(filing.errors, JSON.stringify(filing.errors)).toBeUndefined();
    const admin = await gw.token(orgs.horizon, [Role.ADMIN], 'admin@horizon.example');
    const counts: Record<string, number[]> = { MesEcheances: [], MesDepots: [] };
    const rows: Record<string, number[]> = { MesEcheances: [], MesDepots: [] };
    for (const first of [1, 50]) {
      let deadlines = 0;
      let filings = 0;
      counts.MesEcheances!.push(
        (
          await gw.countStatements(
            async () => (deadlines = (await gw.gql(MesEcheancesDocument, { first }, admin)).data!.deadlines.edges.length),
          )
        ).count,
      );
      counts.MesDepots!.push(
        (
          await gw.countStatements(
            async () => (filings = (await gw.gql(MesDepotsDocument, { first }, admin)).data!.notifications.edges.length),
          )
        ).count,
      );
      rows.MesEcheances!.push(deadlines);
      rows.MesDepots!.push(filings);
    }
    for (const [name, [one, fifty]] of Object.entries(rows)) {
      expect(one, name).toBe(1);
      expect(fifty, name).toBeGreaterThan(1);
    }
    console.log(`SQL statements per screen at first: 1 and first: 50 (${dialect}): ${JSON.stringify(counts)}`);
    for (const [name, [one, fifty]] of Object.entries(counts)) expect(fifty, name).toBe(one);
  });
});
