import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadAuditEvent } from '../../src/db/audit/audit.entities';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { demoLists } from '../../src/demo/lists';
import { canonicalJson, sha256Hex } from '../../src/lib/canonical-json';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { IssuedDocument } from '../../src/documents/document.entities';
import { filingEtag } from '../../src/documents/document.service';
import { Notification } from '../../src/notifications/notification.entity';
import { NotificationPdfsDocument, type NotificationPdfsQuery } from '../generated/graphql';
import { dialect, startGateway, TEST_AUDIT_KEY, type TestGateway } from '../support/app';
import { flushFixtures } from '../support/fixtures';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { must } from '../support/must';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');
const run = promisify(execFile);

/**
 * pdftotext, run without blocking: the gateway under test shares this process, and a synchronous
 * child (seconds on a loaded machine) froze its keep-alive timers and the client's alike, so the
 * next download could reuse a socket the server was closing (ECONNRESET).
 */
async function pdfText(path: string, ...options: string[]): Promise<string> {
  return (await run('pdftotext', [...options, path, '-'])).stdout;
}

/**
 * The draft watermark is drawn diagonally, which pdftotext leaves out: count its red pixels on the
 * first page, rasterised by pdftoppm (nothing else on the page is red).
 */
function watermarkPixels(path: string): number {
  const ppm = execFileSync('pdftoppm', ['-r', '24', '-f', '1', '-l', '1', path]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 32))!;
  let red = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) if (ppm[i]! - ppm[i + 1]! > 8 && ppm[i]! - ppm[i + 2]! > 8) red++;
  return red;
}

/** The tables a filed filing's (or frozen dossier's) download may touch: nothing the content is assembled from. */
const KEPT_PATH_TABLES = new Set([
  'organization',
  'notification',
  'exposure',
  'filed_document',
  'issued_document',
  'download_audit_event',
  'audit_head',
]);

type DemoNotification =
  NotificationPdfsQuery['incidents']['edges'][number]['node']['exposures']['edges'][number]['node']['notifications']['edges'][number]['node'] & {
    controller: { id: string; legalName: string; siren: string | null };
  };

/** The demo's filings and letters, downloaded from the running server and checked with poppler and qpdf. */
describe(`filing and letter PDFs on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let notifications: DemoNotification[];
  let dir: string;
  const tokens: Record<string, string> = {};

  const download = (id: string, file: 'filing.pdf' | 'letter.pdf', token?: string, headers: Record<string, string> = {}) =>
    fetch(`${gw.baseUrl}/notifications/${id}/${file}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });

  const controllerToken = (n: DemoNotification) => tokens[n.controller.id]!;

  async function save(
    n: DemoNotification,
    file: 'filing.pdf' | 'letter.pdf',
  ): Promise<{ path: string; bytes: Buffer; response: Response }> {
    const response = await download(n.id, file, controllerToken(n));
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const path = join(dir, `${n.number}-${file}`);
    writeFileSync(path, bytes);
    return { path, bytes, response };
  }

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock('2024-02-06T12:00:00Z') });
    orgs = await withDemo(gw);
    dir = mkdtempSync(join(tmpdir(), 'breach-gateway-pdf-'));
    for (const key of ['horizon', 'cigales', 'lumiere', 'atlantique'])
      tokens[orgs[key]!] = await gw.token(orgs[key]!, [Role.CONTROLLER_LEGAL], `legal@${key}.example`);
    const admin = await gw.token(orgs.horizon!, [Role.ADMIN]);
    const { data, errors } = await gw.gql(NotificationPdfsDocument, {}, admin);
    expect(errors).toBeUndefined();
    notifications = data!.incidents.edges.flatMap((e) =>
      e.node.exposures.edges
        .map((edge) => edge.node)
        .flatMap((x) => x.notifications.edges.map((edge) => edge.node).map((n) => ({ ...n, controller: x.controller }))),
    );
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves every demo filing and letter as a valid PDF/A-3b: A4, fonts embedded, qpdf clean', async () => {
    // The 2024 incidents' five and the fictional 2025 incident's draft.
    expect(notifications.length).toBe(6);
    for (const n of notifications) {
      for (const file of ['filing.pdf', 'letter.pdf'] as const) {
        const { path, response } = await save(n, file);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        const info = execFileSync('pdfinfo', [path]).toString();
        expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
        expect(info).toMatch(/Tagged:\s+yes/);
        const fonts = execFileSync('pdffonts', [path]).toString().trim().split('\n').slice(2);
        expect(fonts.length).toBeGreaterThanOrEqual(3);
        // name, type, encoding columns, then emb sub uni: every font embedded.
        for (const line of fonts) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
        const xmp = execFileSync('pdfinfo', ['-meta', path]).toString();
        expect(xmp).toContain('<pdfaid:part>3</pdfaid:part>');
        expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
        expect(execFileSync('qpdf', ['--check', path]).toString()).toContain('No syntax or stream encoding errors');
        if (file === 'filing.pdf') {
          expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(n.document.pageCount);
          expect(info).toContain(`Author:          ${n.controller.legalName}`);
          expect(info).toMatch(/Title:\s+Copie de la notification saisie dans le téléservice de la CNIL/);
        }
      }
    }
  });

  it('embeds the content as notification.json (relationship Data), equal to what GraphQL gives, its hash the ETag', async () => {
    for (const n of notifications) {
      const { path, bytes, response } = await save(n, 'filing.pdf');
      const attached = execFileSync('qpdf', ['--show-attachment=notification.json', path]).toString('utf8');
      expect(attached).toBe(n.document.canonicalJson);
      expect(sha256Hex(attached)).toBe(n.document.sha256);
      // The content's sha256, or with the archive note too once the récapitulatif's date came after filing.
      const entity = await gw.app.orm.em.fork().findOneOrFail(Notification, n.id);
      expect(response.headers.get('etag')).toBe(`"${filingEtag(entity, n.document.sha256)}"`);
      expect(execFileSync('qpdf', ['--list-attachments', '--verbose', path]).toString()).toMatch(
        /notification\.json[\s\S]*application\/json/,
      );
      const filespec = (
        JSON.parse(execFileSync('qpdf', ['--json', '--json-key=attachments', path]).toString()) as {
          attachments: Record<string, { filespec: string }>;
        }
      ).attachments['notification.json']!.filespec;
      expect(execFileSync('qpdf', [`--show-object=${filespec.replace(' 0 R', '')}`, path]).toString()).toContain('/AFRelationship /Data');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="CNIL-${n.number}-v${n.version}.pdf"`);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="CNIL-\d{9}-[0-9A-Z]{6}-[ICS]\d-v\d+\.pdf"$/);
      expect(n.document.byteSize).toBe(bytes.length);
      // Signed links (download-links.test.ts tests them); the bare path still downloads with the header.
      expect(n.document.url).toMatch(new RegExp(`^/notifications/${n.id}/filing\\.pdf\\?expires=`));
      expect(n.document.letterUrl).toMatch(new RegExp(`^/notifications/${n.id}/letter\\.pdf\\?expires=`));
      const letter = await save(n, 'letter.pdf');
      expect(execFileSync('qpdf', ['--show-attachment=letter.json', letter.path]).toString('utf8')).toBe(
        canonicalJson(n.document.letterJson),
      );
      expect(letter.response.headers.get('content-disposition')).toMatch(/^attachment; filename="LETTRE-ART34-.+\.pdf"$/);
    }
  });

  it('reads like the CNIL form in French: every section, the boxes, no annex, the watermark on drafts only, never a NIR', async () => {
    const nirs = demoLists().flatMap((l) => l.people.map((p) => p.nir));
    expect(nirs.length).toBeGreaterThan(100);
    for (const n of notifications) {
      const text = await pdfText((await save(n, 'filing.pdf')).path, '-layout');
      for (const title of [
        '1. Type de notification',
        "2. Identification de l'organisme",
        '6. Dates',
        '7. À propos de la violation',
        '8. Données concernées',
        '13. Communication aux personnes',
        '14. Notifications transfrontalières et autres',
      ]) {
        expect(text).toContain(title);
      }
      expect(text).toContain(n.controller.legalName);
      // Grouped by three, as section 2 and the running header print it.
      expect(text).toContain(
        `SIREN ${must(n.controller.siren ?? undefined, "the demo controller's SIREN").replace(/(\d{3})(?=\d)/g, '$1 ')}`,
      );
      const chosen =
        n.type === 'INITIAL' ? 'Notification initiale' : n.type === 'COMPLETE' ? 'Notification complète' : 'Notification complémentaire';
      expect(text).toMatch(new RegExp(`☑ +${chosen}`));
      expect(text).toMatch(/[☐☑] +Perte de la disponibilité/);
      // The internal analysis is the dossier interne's (test/integration/filing-copy.test.ts), not the copy's.
      expect(text).not.toMatch(/Annexe|ENISA|Provenance/);
      expect(text).toMatch(/page 1 \/ \d+/);
      expect(text).toContain(n.document.sha256);
      expect(watermarkPixels((await save(n, 'filing.pdf')).path) > 200).toBe(n.status !== 'FILED');
      const letter = await pdfText((await save(n, 'letter.pdf')).path);
      expect(letter).toContain('Information relative à une violation de données personnelles');
      for (const nir of nirs) {
        expect(text.replace(/\s/g, '')).not.toContain(nir);
        expect(letter.replace(/\s/g, '')).not.toContain(nir);
      }
    }
    // Section 8 states the approximate number, as the form asks: no band, no exact count (F11).
    const text = await pdfText((await save(notifications[0]!, 'filing.pdf')).path, '-layout');
    expect(text).toContain('Nombre approximatif de personnes');
    expect(text).not.toMatch(/Tranche|Décompte exact|Dont mineurs/);
  });

  it('downloads a FILED notification with the sha256 recorded at filing, byte for byte as kept, whatever comes later', async () => {
    const filed = notifications.find((n) => n.status === 'FILED')!;
    const first = await save(filed, 'filing.pdf');
    expect(sha256Hex(first.bytes)).toBe(filed.document.pdfSha256);
    const again = await save(filed, 'filing.pdf');
    expect(again.bytes.equals(first.bytes)).toBe(true);
    const issued = () => gw.app.orm.em.fork().count(IssuedDocument, { notification: filed.id });
    const before = await issued();
    // The demo's filing got its récapitulatif's date afterwards: the archive copy was drawn again, and
    // a client holding the copy drawn at filing (ETag: the content's sha256) is sent the new one.
    const etag = filingEtag(await gw.app.orm.em.fork().findOneOrFail(Notification, filed.id), filed.document.sha256);
    expect(etag).not.toBe(filed.document.sha256);
    const stale = await download(filed.id, 'filing.pdf', controllerToken(filed), { 'if-none-match': `"${filed.document.sha256}"` });
    expect(stale.status).toBe(200);
    const afterStale = await issued();
    const notModified = await download(filed.id, 'filing.pdf', controllerToken(filed), { 'if-none-match': `"${etag}"` });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(`"${etag}"`);
    // The stale client's copy was handed out and recorded; the 304 handed out nothing, so recorded nothing.
    expect(afterStale).toBe(before + 1);
    expect(await issued()).toBe(afterStale);
  });

  it('serves a filed filing and its frozen dossier from the notification row and what was kept: nothing assembled', async () => {
    const filed = notifications.find((n) => n.status === 'FILED')!;
    const kept = await gw.app.orm.em.fork().findOneOrFail(Notification, filed.id);
    expect(kept.dossierSnapshot).toBeTruthy();
    // The tables a statement reads or writes, by name (both dialects quote them, or not).
    const tablesOf = (sql: string[]) =>
      new Set(sql.flatMap((q) => [...q.matchAll(/\b(?:from|join|into|update)\s+[`"]?(\w+)[`"]?/gi)].map((m) => m[1]!.toLowerCase())));
    for (const file of ['filing.pdf', 'dossier-interne.pdf']) {
      const url = `${gw.baseUrl}/notifications/${filed.id}/${file}`;
      let status = 0;
      const { count, sql } = await gw.countStatements(async () => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${controllerToken(filed)}` } });
        status = response.status;
        await response.arrayBuffer();
      });
      expect(status).toBe(200);
      // Who asks, their notification (the scope joins its exposure), the kept PDF, the download's record
      // and its audit events: no fact, situation or list is read, so the count does not grow with them.
      expect(
        [...tablesOf(sql)].filter((table) => !KEPT_PATH_TABLES.has(table)),
        sql.join('\n'),
      ).toEqual([]);
      expect(count, sql.join('\n')).toBeLessThanOrEqual(12);
    }
  });

  it('answers another tenant, a processor and a missing id alike, and refuses anonymous downloads', async () => {
    const horizon = notifications.find((n) => n.controller.legalName === 'Mutuelle Horizon Santé')!;
    const cigales = tokens[orgs.cigales!]!;
    const processor = await gw.token(orgs['operator-a']!, [Role.PROCESSOR_SECURITY]);
    const missing = '0190a000-0000-7000-8000-000000000000';
    const bodies = [];
    for (const [id, token] of [
      [horizon.id, cigales],
      [horizon.id, processor],
      [missing, cigales],
    ] as const) {
      const response = await download(id, 'filing.pdf', token);
      expect(response.status).toBe(404);
      bodies.push(((await response.json()) as { error: { message: string } }).error.message.replace(id, 'ID'));
    }
    expect(new Set(bodies).size).toBe(1);
    expect((await download(horizon.id, 'letter.pdf', processor)).status).toBe(404);
    expect((await download(horizon.id, 'filing.pdf')).status).toBe(401);
    const auditor = await gw.token(orgs.horizon!, [Role.AUDITOR], 'auditor@horizon.example');
    expect((await download(horizon.id, 'filing.pdf', auditor)).status).toBe(200);
  });

  it('refuses HEAD on the downloads, which would otherwise record a download that sent nothing', async () => {
    const n = notifications[0]!;
    const em = gw.app.orm.em.fork();
    const before = await em.count(IssuedDocument, {});
    for (const file of ['filing.pdf', 'letter.pdf']) {
      const response = await fetch(`${gw.baseUrl}/notifications/${n.id}/${file}`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${controllerToken(n)}` },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
    expect(
      (await fetch(`${gw.baseUrl}/register.csv`, { method: 'HEAD', headers: { authorization: `Bearer ${controllerToken(n)}` } })).status,
    ).toBe(405);
    expect(await em.count(IssuedDocument, {})).toBe(before);
  });

  it('keeps notification numbers unique: the database refuses a second one with the same number', async () => {
    const em = gw.app.orm.em.fork();
    const existing = await em.findOneOrFail(Notification, notifications[0]!.id);
    em.create(Notification, { exposure: existing.exposure, type: 'COMPLETE', number: existing.number });
    await expect(flushFixtures(em)).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  it('records every download in the audit trail: who, which notification, which bytes', async () => {
    const em = gw.app.orm.em.fork();
    const n = notifications[0]!;
    const before = await em.count(IssuedDocument, { notification: n.id });
    const { bytes } = await save(n, 'letter.pdf');
    const issued = await em.find(IssuedDocument, { notification: n.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    expect(issued.length).toBe(before + 1);
    expect(issued[0]).toMatchObject({
      kind: 'LETTER',
      pdfSha256: sha256Hex(bytes),
      byteSize: bytes.length,
      issuedTo: expect.stringMatching(/^legal@/),
    });
    const event = await em.findOne(DownloadAuditEvent, { entityType: 'IssuedDocument', entityId: issued[0]!.id });
    expect(event).toMatchObject({ action: 'CREATE', actor: issued[0]!.issuedTo });
  });

  it('renders from the CLI and verifies: bytes re-rendered, hash against the record, tampering caught', async () => {
    const env = {
      PATH: process.env.PATH,
      LOG_LEVEL: 'warn',
      DATA_DIR: dir,
      // `render` records the download in the gateway's audit trail: under the gateway's key.
      AUDIT_KEY: TEST_AUDIT_KEY.toString('hex'),
      ...(gw.scratch.database.dialect === 'postgresql'
        ? { DATABASE_URL: gw.scratch.database.url }
        : { SQLITE_PATH: gw.scratch.database.path }),
    };
    const filed = notifications.find((n) => n.status === 'FILED')!;
    const out = join(dir, 'cli-filing.pdf');
    const rendered = await run('node', [MAIN, 'render', filed.id, '-o', out], { env });
    expect(rendered.stdout).toContain(filed.document.pdfSha256);
    expect(sha256Hex(readFileSync(out))).toBe(filed.document.pdfSha256);

    const verified = await run('node', [MAIN, 'verify', out], { env });
    expect(verified.stdout).toContain('re-rendering the embedded content gives these exact bytes');
    expect(verified.stdout).toContain('content sha256 matches the one recorded at filing');
    // The demo's filing copy was drawn again with the récapitulatif's date (RecapitulatifService.attach).
    expect(verified.stdout).toContain('identical to the archive copy kept since');
    expect(verified.stdout.trim().endsWith('VERIFIED')).toBe(true);

    // A draft downloaded from the server is vouched for by the record of its download.
    const draft = notifications.find((n) => n.status === 'DRAFT')!;
    const { path } = await save(draft, 'filing.pdf');
    expect((await run('node', [MAIN, 'verify', path], { env })).stdout).toMatch(/issued by the gateway[\s\S]*\nVERIFIED\n?$/);

    const tampered = join(dir, 'tampered.pdf');
    writeFileSync(
      tampered,
      Buffer.from(readFileSync(out).toString('latin1').replace('breach-gateway-pdf/1 (PDFKit)', 'breach-gateway-pdf/7 (PDFKit)'), 'latin1'),
    );
    const refused = await run('node', [MAIN, 'verify', tampered], { env }).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stdout).toContain('re-rendering the embedded content gives other bytes');
    expect(refused?.stdout).toContain('differs from the PDF kept at filing');
    expect(refused?.stdout.trim().endsWith('NOT VERIFIED')).toBe(true);

    const missing = await run('node', [MAIN, 'verify', join(dir, 'nope.pdf')], { env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('No such file') });
  });
});
