import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { RegisterExport } from '../../src/register/register-export.entity';
import {
  CreateNotificationDocument,
  DeadlinesDocument,
  DecideCnilNotificationDocument,
  ExposureObligationsDocument,
  RegisterDetailsDocument,
  UpdateNotificationDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { must } from '../support/must';

const OPEN_DATA_HEADER =
  "Date de réception de la notification;Secteur d'activité de l'organisme concerné;Natures de la violation;" +
  "Nombre de personnes impactées;Typologies des données impactées;Données sensibles;Origines de l'incident;" +
  "Causes de l'incident;Information des personnes";

/** Codes that must never reach the reader of the register PDF. */
const ENGLISH_CODES =
  /\b(NOTIFIED|NOT_NOTIFIED|TO_NOTIFY|UNDECIDED|NOT_NOTIFY|NOTIFY|OVERDUE|PENDING|VERY_HIGH|HIGH|MEDIUM|LOW|CONFIDENTIALITY|INITIAL|COMPLEMENTARY|WILL_NOT_BE_INFORMED|HEALTH)\b/;

/**
 * The register as the controller's art. 33(5) record (legal review R1–R3, D8): the chosen severity,
 * the named person's decision, never the gateway's suggestion passed off as one; its exports.
 */
describe(`register decisions and exports on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let dpo: string;
  let dir: string;
  // The exposure of Horizon the demo has not notified: the one these tests decide on.
  let undecided: string;

  const register = async () => {
    const { data, errors } = await gw.gql(RegisterDetailsDocument, {}, dpo);
    expect(errors).toBeUndefined();
    return data!.register.edges.map((edge) => edge.node);
  };
  const download = (path: string, token = dpo) => fetch(`${gw.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    // A month after the February 2024 breach: every CNIL deadline of the demo has passed.
    gw = await startGateway({ clock: fixedClock('2024-03-01T10:00:00Z') });
    orgs = await withDemo(gw);
    dpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    dir = mkdtempSync(join(tmpdir(), 'breach-gateway-register-'));
    undecided = must(
      (await register()).find((e) => e.filings.length === 0),
      'an exposure of Horizon not notified',
    ).exposureId;
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows an undecided exposure with the suggestion labelled as a suggestion, and the CNIL deadline overdue', async () => {
    const entry = must(
      (await register()).find((e) => e.exposureId === undecided),
      'the entry',
    );
    expect(entry).toMatchObject({ decision: 'UNDECIDED', decisionLabel: 'Non décidée', decidedBy: null, decidedAt: null });
    expect(entry.rationale).toMatch(/^suggestion de l'outil, non décidée : /);
    expect(entry.suggestion).toBe(entry.rationale);
    const { data } = await gw.gql(ExposureObligationsDocument, { id: undecided }, dpo);
    expect(data!.exposure!.obligations.find((o) => o.code === 'CNIL_NOTIFICATION')!.status).toBe('OVERDUE');
  });

  it('follows the lawyer’s override, not the computed level, and a LOW suggestion still reads as a suggestion', async () => {
    const created = await gw.gql(CreateNotificationDocument, { input: { exposureId: undecided, type: 'INITIAL' } }, dpo);
    expect(created.errors).toBeUndefined();
    const draft = created.data!.createNotification;
    const updated = await gw.gql(
      UpdateNotificationDocument,
      {
        id: draft.id,
        input: { version: draft.version, severityOverride: { level: 'LOW', reason: 'Données chiffrées, clé non compromise.' } },
      },
      dpo,
    );
    expect(updated.errors).toBeUndefined();
    const entry = must(
      (await register()).find((e) => e.exposureId === undecided),
      'the entry',
    );
    expect(entry.computedSeverityLevel).not.toBe('LOW');
    expect(entry).toMatchObject({
      severityLevel: 'LOW',
      severityOverrideReason: 'Données chiffrées, clé non compromise.',
      decision: 'UNDECIDED',
    });
    // LOW is no decision not to notify: nobody decided, and the register says so.
    expect(entry.rationale).toMatch(/^suggestion de l'outil, non décidée : violation peut-être peu susceptible/);
    expect(entry.rationale).toContain('en cas de doute, la CNIL recommande de notifier');
  });

  it('refuses a decision without reasoning, and from a role that may not decide', async () => {
    const blank = await gw.gql(
      DecideCnilNotificationDocument,
      { exposureId: undecided, input: { decision: 'NOT_NOTIFY', reasoning: '  ' } },
      dpo,
    );
    expect(onlyError(blank).extensions?.code).toBe('BAD_USER_INPUT');
    const auditor = await gw.token(orgs.horizon, [Role.AUDITOR]);
    const refused = await gw.gql(
      DecideCnilNotificationDocument,
      { exposureId: undecided, input: { decision: 'NOT_NOTIFY', reasoning: 'x' } },
      auditor,
    );
    expect(onlyError(refused).extensions?.code).toBe('FORBIDDEN');
    const other = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO]);
    const foreign = await gw.gql(
      DecideCnilNotificationDocument,
      { exposureId: undecided, input: { decision: 'NOT_NOTIFY', reasoning: 'x' } },
      other,
    );
    expect(onlyError(foreign).extensions?.code).toBe('NOT_FOUND');
  });

  it('closes the CNIL obligation on a reasoned NOT_NOTIFY, never overdue, and the register keeps reasoning, author and date', async () => {
    const first = await gw.gql(
      DecideCnilNotificationDocument,
      { exposureId: undecided, input: { decision: 'NOTIFY', reasoning: 'En cas de doute, notifier.' } },
      dpo,
    );
    expect(first.errors).toBeUndefined();
    const reasoning = 'Fichier chiffré (AES-256), clé hors de portée : risque improbable pour les personnes.';
    const { data, errors } = await gw.gql(
      DecideCnilNotificationDocument,
      { exposureId: undecided, input: { decision: 'NOT_NOTIFY', reasoning } },
      dpo,
    );
    expect(errors).toBeUndefined();
    expect(data!.decideCnilNotification).toMatchObject({ decision: 'NOT_NOTIFY', reasoning, decidedBy: 'dpo@horizon.example' });

    const obligations = await gw.gql(ExposureObligationsDocument, { id: undecided }, dpo);
    const cnil = obligations.data!.exposure!.obligations.find((o) => o.code === 'CNIL_NOTIFICATION')!;
    expect(cnil.status).toBe('NOT_NOTIFIED');
    expect(cnil.rationale).toContain('Non notifiée — décision motivée de dpo@horizon.example');
    expect(cnil.rationale).toContain(reasoning);
    const overdue = await gw.gql(DeadlinesDocument, { overdue: true }, dpo);
    expect(
      overdue
        .data!.deadlines.edges.map((edge) => edge.node)
        .filter((d) => d.exposureId === undecided && d.obligation.code === 'CNIL_NOTIFICATION'),
    ).toEqual([]);

    const entry = must(
      (await register()).find((e) => e.exposureId === undecided),
      'the entry',
    );
    expect(entry).toMatchObject({
      decision: 'NOT_NOTIFIED',
      decisionLabel: 'Non notifiée — décision motivée',
      rationale: reasoning,
      decidedBy: 'dpo@horizon.example',
      decidedAt: '2024-03-01T10:00:00.000Z',
    });
    expect(entry.decisionHistory.map((d) => d.decision)).toEqual(['NOTIFY', 'NOT_NOTIFY']);
  });

  it('keeps the filed notification as the record of the decision to notify', async () => {
    const notified = must(
      (await register()).find((e) => e.filings.length > 0),
      'a notified exposure',
    );
    expect(notified).toMatchObject({ decision: 'NOTIFIED', decisionLabel: 'Notifiée à la CNIL', personsBand: 'Plus de 5000 personnes' });
    expect(notified.filings[0]).toMatchObject({ cnilReference: 'CNIL-NOTIF-2024-004217', type: 'INITIAL' });
    expect(notified.awareAt).not.toBeNull();
  });

  it('exports the filings in the CNIL open-data schema: exact headers, month, band, labels', async () => {
    const response = await download('/register-cnil-open-data.csv');
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(OPEN_DATA_HEADER);
    const row = must(lines[1], 'one filed notification').split(';');
    expect(row).toHaveLength(9);
    expect(row[0]).toMatch(/^2024-02$/);
    expect(row[2]).toBe('Perte de la confidentialité');
    expect(row[3]).toBe('Plus de 5000 personnes');
    expect(['Oui', '']).toContain(row[5]);
    expect(row[8]).toMatch(
      /^(Oui, les personnes ont été informées|Non, mais elles le seront|Non ils ne le seront pas|Non déterminé pour le moment)$/,
    );
    // One row per filed notification: the undecided and not-notified exposures are not in the open data.
    expect(lines.filter(Boolean)).toHaveLength(2);
    const em = gw.app.orm.em.fork();
    expect(await em.count(RegisterExport, { format: 'OPEN_DATA_CSV', issuedTo: 'dpo@horizon.example' })).toBe(1);
  });

  it('keeps the full register CSV with the art. 33(5) columns', async () => {
    const text = (await (await download('/register.csv')).text()).replace(/^\uFEFF/, '');
    const header = must(text.split('\r\n')[0], 'a header').split(';');
    for (const column of [
      'Conséquences',
      'Mesures prises',
      'Données sensibles',
      'Décision de notification',
      'Décidée par',
      'Motifs du retard',
    ])
      expect(header).toContain(column);
    expect(text).toContain('Non notifiée — décision motivée');
    expect(text).toContain('dpo@horizon.example');
  });

  it('serves the register as a dated, valid PDF/A with the decisions in French and its content attached', async () => {
    const response = await download('/register.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    const path = join(dir, 'registre.pdf');
    writeFileSync(path, bytes);
    expect(execFileSync('pdfinfo', [path]).toString()).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(execFileSync('pdfinfo', ['-meta', path]).toString()).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(execFileSync('qpdf', ['--check', path]).toString()).toContain('No syntax or stream encoding errors');
    const attached = JSON.parse(execFileSync('qpdf', ['--show-attachment=register.json', path]).toString('utf8')) as {
      schemaVersion: string;
    };
    expect(attached.schemaVersion).toBe('art33-5-register/1');
    const text = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Registre arrêté au 01/03/2024 11:00 (heure de Paris)');
    expect(text).toContain('Non notifiée — décision motivée');
    expect(text).toContain('dpo@horizon.example');
    expect(text).toContain('Fichier chiffré (AES-256)');
    expect(text).toContain('Notifiée à la CNIL');
    expect(text).toContain('Mesures prises');
    expect(text).not.toMatch(ENGLISH_CODES);
    // Reproducible: the same register at the same instant is the same bytes.
    const again = Buffer.from(await (await download('/register.pdf')).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
  });
});
