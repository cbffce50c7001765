import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { demoDocumentLinks } from '../../src/demo/load-demo';
import { demoLists } from '../../src/demo/lists';
import { STAND_IN_NOTICE } from '../../src/demo/recapitulatif-stand-in';
import { spacedNir } from '../../src/ingest/synthetic';
import { Notification } from '../../src/notifications/notification.entity';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { findLeak } from '../support/nir-scan';

/** An enum code (UPPER_SNAKE) or a status, decision or level code the gateway uses in English. */
const ENGLISH_CODES =
  /\b[A-Z]{3,}(_[A-Z]+)+\b|\b(PENDING|OVERDUE|FILED|READY|DRAFT|DONE|NOTIFIED|UNDECIDED|NOTIFY|INFORM|CONFIDENTIALITY|INTEGRITY|AVAILABILITY|INITIAL|COMPLEMENTARY|COMPLETE|HIGH|MEDIUM|LOW|HEALTH|MEMBERS|MINORS|PROSECUTOR|EMAIL)\b/;

const FILES = ['filing.pdf', 'dossier-interne.pdf', 'letter.pdf', 'letter.docx', 'letter-recipients.csv'] as const;

/**
 * The demo shows every document the gateway produces, at each stage (issue 12, « Done when »): it is
 * loaded through the services, then every route is downloaded over HTTP by a person entitled to it,
 * and each file is checked as what it claims to be, in French, without a clear NIR.
 */
describe(`the demo's documents, every one at each stage, on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let dir: string;
  const texts: Record<string, string> = {};

  const get = async (path: string, token: string) => {
    const response = await fetch(`${gw.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status, path).toBe(200);
    return { type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
  };
  /** pdftotext reads it, or it is no PDF; the text, spaces normalised, is kept for the checks below. */
  const pdfText = (where: string, bytes: Buffer): string => {
    expect(bytes.subarray(0, 5).toString('latin1'), where).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');
    texts[where] = text;
    return text;
  };

  beforeAll(async () => {
    // A month after the breaches: the demo's 2024 dates are all in the past.
    gw = await startGateway({ clock: fixedClock('2024-03-01T10:00:00Z') });
    orgs = await withDemo(gw);
    dir = mkdtempSync(join(tmpdir(), 'breach-gateway-demo-'));
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a notification at each stage: draft, ready, filed initial and complementary', async () => {
    const all = await gw.app.orm.em.fork().find(Notification, {}, { populate: ['exposure'] });
    expect(new Set(all.map((n) => n.status))).toEqual(new Set(['DRAFT', 'READY', 'FILED']));
    expect(all.map((n) => n.type)).toEqual(expect.arrayContaining(['INITIAL', 'COMPLEMENTARY', 'COMPLETE']));
  });

  it('serves every notification document of every stage, valid, in French, without a clear NIR', async () => {
    const all = await gw.app.orm.em.fork().find(Notification, {}, { populate: ['exposure'], orderBy: { id: 'asc' } });
    const legal = new Map<string, string>();
    for (const n of all) {
      const controller = n.exposure.getEntity().controller.id;
      if (!legal.has(controller)) legal.set(controller, await gw.token(controller, [Role.CONTROLLER_LEGAL], 'legal@demo.example'));
      const token = legal.get(controller)!;
      for (const file of FILES) {
        const where = `${n.status}/${n.type}/${n.id}/${file}`;
        const { type, bytes } = await get(`/notifications/${n.id}/${file}`, token);
        if (file.endsWith('.pdf')) {
          expect(type).toBe('application/pdf');
          expect(pdfText(where, bytes).length).toBeGreaterThan(200);
        } else if (file.endsWith('.docx')) {
          expect(type).toContain('wordprocessingml');
          const path = join(dir, 'letter.docx');
          writeFileSync(path, bytes);
          expect(execFileSync('unzip', ['-p', path, 'word/document.xml']).toString()).toContain('<w:body>');
        } else {
          expect(type).toContain('text/csv');
          const [header] = bytes
            .toString('utf8')
            .replace(/^\uFEFF/, '')
            .split(/\r?\n/);
          expect(header!.split(';').length, where).toBeGreaterThan(2);
          texts[where] = bytes.toString('utf8');
        }
      }
    }
    // The filed one, for each addressee of the letter, and with the CNIL's récapitulatif attached.
    const filed = all.find((n) => n.status === 'FILED')!;
    const token = legal.get(filed.exposure.getEntity().controller.id)!;
    for (const variant of ['BENEFICIARY', 'MINOR_REPRESENTATIVE'])
      pdfText(`FILED/letter-${variant}`, (await get(`/notifications/${filed.id}/letter.pdf?variant=${variant}`, token)).bytes);
    const recapitulatif = pdfText('FILED/recapitulatif', (await get(`/notifications/${filed.id}/recapitulatif.pdf`, token)).bytes);
    expect(recapitulatif).toContain(STAND_IN_NOTICE);
    expect(recapitulatif).toContain('CNIL-NOTIF-2024-004217');
  });

  it('files the copy with section 14 as recorded (ANSSI, a complaint with its parquet number) and the filing reference', () => {
    const [filing] = Object.entries(texts).filter(([where]) => /^FILED\/INITIAL\/.*\/filing\.pdf$/.test(where));
    expect(filing).toBeDefined();
    const section14 = filing![1].slice(filing![1].indexOf('14. Notifications transfrontalières et autres'));
    expect(section14).toContain('Agence nationale de la sécurité des systèmes d’information (ANSSI)');
    expect(section14).toContain('CERT-FR signalement 2024-0211');
    expect(section14).toContain('Plainte pénale (procureur de la République)');
    expect(section14).toContain('Parquet de Paris n° 24032000117');
    expect(filing![1]).toContain('Référence attribuée par la CNIL CNIL-NOTIF-2024-004217');
  });

  it('serves each register export, with the decisions recorded: to inform, and not to notify the CNIL', async () => {
    for (const key of ['horizon', 'rhone'] as const) {
      const token = await gw.token(orgs[key], [Role.CONTROLLER_DPO], `dpo@${key}.example`);
      const pdf = await get('/register.pdf', token);
      expect(pdf.type).toBe('application/pdf');
      const text = pdfText(`register/${key}`, pdf.bytes);
      expect(text).toContain('Registre arrêté au 01/03/2024 11:00 (heure de Paris)');
      for (const file of ['/register.csv', '/register-cnil-open-data.csv']) {
        const csv = await get(file, token);
        expect(csv.type).toContain('text/csv');
        texts[`${key}${file}`] = csv.bytes.toString('utf8');
        expect(texts[`${key}${file}`]!.split(/\r?\n/).filter(Boolean).length).toBeGreaterThanOrEqual(1);
      }
    }
    expect(texts['register/rhone']).toContain('Non notifiée — décision motivée');
    expect(texts['register/rhone']).toContain('BGS-FORENSIC-2024-009');
    expect(texts['register/horizon']).toContain('Notifiée à la CNIL');
  });

  it('lets `npm start` print a link to each kind of document, every one of which downloads', async () => {
    const links = await demoDocumentLinks(gw.app);
    expect(links.map((l) => l.path.replace(/^\/notifications\/[^/]+/, '').replace(/\?.*$/, '')).sort()).toEqual(
      [
        '/dossier-interne.pdf',
        '/filing.pdf',
        '/filing.pdf',
        '/letter-recipients.csv',
        '/letter.docx',
        '/letter.pdf',
        '/recapitulatif.pdf',
        '/register-cnil-open-data.csv',
        '/register.csv',
        '/register.pdf',
      ].sort(),
    );
    const dpo = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    for (const { path } of links) await get(path, dpo);
  });

  it('puts no English code in any PDF, and no clear NIR in any document', () => {
    const pdfs = Object.entries(texts).filter(([where]) => !where.endsWith('.csv'));
    // 6 notifications (the 2025 DORA incident's draft included) × 3 PDFs, 2 more letter variants,
    // the récapitulatif, 2 registers.
    expect(pdfs.length).toBe(23);
    for (const [where, text] of pdfs) expect(text.match(ENGLISH_CODES)?.[0] ?? null, where).toBeNull();
    const needles = demoLists().flatMap((list) => list.people.flatMap((p) => [p.nir, spacedNir(p.nir)]));
    expect(findLeak(needles, texts)).toBeNull();
  });
});
