import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { AuditEvent, DownloadAuditEvent } from '../../src/db/audit/audit.entities';
import { CnilRecapitulatif, IssuedDocument } from '../../src/documents/document.entities';
import { canonicalJson, sha256Hex } from '../../src/lib/canonical-json';
import { Notification } from '../../src/notifications/notification.entity';
import { COPY_STATEMENT } from '../../src/pdf/filing';
import {
  FilingCopyNotificationsDocument,
  type FilingCopyNotificationsQuery,
  RecordAuthorityNotificationDocument,
  RecordNotificationFilingDocument,
} from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';

type Exposure = FilingCopyNotificationsQuery['incidents']['edges'][number]['node']['exposures']['edges'][number]['node'];
type Row = Exposure['notifications']['edges'][number]['node'] & { exposure: Exposure };

/** pdftotext of a PDF, with runs of whitespace made one space (labels wrap). */
const textOf = (bytes: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');

/**
 * Issue 12, rows L5, F11, F13: the filing PDF is a copy of the téléservice form and nothing else;
 * the internal analysis is a separate dossier; the CNIL's récapitulatif is kept beside the filing;
 * section 14 lists notifications actually made to other authorities.
 */
describe(`the filing as a copy of the form on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let rows: Row[];
  const legal: Record<string, string> = {};

  const get = (path: string, token?: string) =>
    fetch(`${gw.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const post = (path: string, body: Buffer, token: string, type = 'application/pdf') =>
    fetch(`${gw.baseUrl}${path}`, { method: 'POST', body, headers: { authorization: `Bearer ${token}`, 'content-type': type } });
  const pdf = async (path: string, token: string) => {
    const response = await get(path, token);
    expect(response.status).toBe(200);
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const load = async () => {
    const admin = await gw.token(orgs.horizon!, [Role.ADMIN]);
    const { data, errors } = await gw.gql(FilingCopyNotificationsDocument, {}, admin);
    expect(errors).toBeUndefined();
    return data!.incidents.edges.flatMap((e) =>
      e.node.exposures.edges
        .map((edge) => edge.node)
        .flatMap((x) => x.notifications.edges.map((edge) => edge.node).map((n) => ({ ...n, exposure: x }))),
    );
  };
  const tokenOf = (row: Row) => legal[row.exposure.controller.id]!;
  const otherController = (row: Row) => Object.entries(legal).find(([id]) => id !== row.exposure.controller.id)![1];

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock('2024-02-06T12:00:00Z') });
    orgs = await withDemo(gw);
    for (const key of ['horizon', 'cigales', 'lumiere', 'atlantique'])
      legal[orgs[key]!] = await gw.token(orgs[key]!, [Role.CONTROLLER_LEGAL], `legal@${key}.example`);
    rows = await load();
  });
  afterAll(() => gw.close());

  it('gives the 14 sections and says it is a copy, with no annex, no ENISA, no obligations, no provenance, no band', async () => {
    for (const row of rows) {
      const text = textOf((await pdf(row.document.url, tokenOf(row))).bytes);
      for (let section = 1; section <= 14; section++) expect(text).toMatch(new RegExp(`(^| )${section}\\. [A-ZÀ-Ý]`));
      expect(text).toContain(COPY_STATEMENT);
      expect(text).not.toMatch(/Annexe|ENISA|Provenance|Obligations et échéances|Source : S\d|Tranche|Décompte exact|Dont mineurs/);
      if (row.status === 'FILED') {
        expect(row.cnilReference).toBeTruthy();
        expect(text).toContain(`Référence attribuée par la CNIL ${row.cnilReference}`);
      } else {
        expect(text).not.toContain('Référence attribuée par la CNIL');
      }
    }
  });

  it('serves the dossier interne with the analysis, as a PDF/A-3b with its JSON, audited, in the filing’s scope', async () => {
    const row = rows[0]!;
    const em = gw.app.orm.em.fork();
    const before = await em.count(IssuedDocument, { notification: row.id, kind: 'DOSSIER' });
    expect(row.document.dossierUrl).toMatch(new RegExp(`^/notifications/${row.id}/dossier-interne\\.pdf\\?expires=`));
    const { response, bytes } = await pdf(row.document.dossierUrl, tokenOf(row));
    const text = textOf(bytes);
    expect(text).toContain('DOSSIER INTERNE');
    expect(text).toContain('il n’est pas transmis à la CNIL');
    expect(text).toContain('Évaluation de la gravité (méthode ENISA)');
    expect(text).toContain('Obligations au titre d’autres régimes et échéances');
    expect(text).toContain('Provenance des réponses du formulaire');
    expect(text).toContain('Décomptes exacts des listes de personnes');
    // Hashes wrap at the column's edge.
    expect(text.replace(/ /g, '')).toContain(row.document.sha256);
    const dir = mkdtempSync(join(tmpdir(), 'breach-gateway-dossier-'));
    const path = join(dir, 'dossier-interne.pdf');
    writeFileSync(path, bytes);
    expect(execFileSync('qpdf', ['--check', path]).toString()).toContain('No syntax or stream encoding errors');
    expect(execFileSync('pdfinfo', ['-meta', path]).toString()).toContain('<pdfaid:part>3</pdfaid:part>');
    const attached = execFileSync('qpdf', ['--show-attachment=dossier-interne.json', path]).toString('utf8');
    expect(JSON.parse(attached)).toMatchObject({ schemaVersion: 'dossier-interne/2', filingContentSha256: row.document.sha256 });
    expect(canonicalJson(JSON.parse(attached))).toBe(attached);
    rmSync(dir, { recursive: true, force: true });
    expect(response.headers.get('etag')).toBe(`"${sha256Hex(attached)}"`);
    // Same content, same bytes.
    expect((await pdf(row.document.dossierUrl, tokenOf(row))).bytes.equals(bytes)).toBe(true);

    const issued = await em.find(IssuedDocument, { notification: row.id, kind: 'DOSSIER' }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    expect(issued.length).toBe(before + 2);
    expect(issued[0]).toMatchObject({ pdfSha256: sha256Hex(bytes), issuedTo: expect.stringMatching(/^legal@/) });
    expect(await em.findOne(DownloadAuditEvent, { entityType: 'IssuedDocument', entityId: issued[0]!.id })).toMatchObject({
      action: 'CREATE',
    });

    // The path without its signed link's parameters: only a token opens it.
    const bare = row.document.dossierUrl.split('?')[0]!;
    expect((await get(bare, otherController(row))).status).toBe(404);
    const processor = await gw.token(orgs['operator-a']!, [Role.PROCESSOR_SECURITY]);
    expect((await get(bare, processor)).status).toBe(404);
    expect((await get(bare)).status).toBe(401);
  });

  it("keeps the CNIL's récapitulatif of a filing byte for byte, for the lawyers of its controller only", async () => {
    // The demo's filing already has its récapitulatif (a stand-in): file the ready one to attach one here.
    const ready = rows.find((r) => r.status === 'READY')!;
    const { version } = await gw.app.orm.em.fork().findOneOrFail(Notification, ready.id);
    const recorded = await gw.gql(
      RecordNotificationFilingDocument,
      { id: ready.id, input: { version, cnilReference: 'CNIL-NOTIF-2024-004301', filedAt: '2024-02-06T12:00:00Z' } },
      tokenOf(ready),
    );
    expect(recorded.errors, JSON.stringify(recorded.errors)).toBeUndefined();
    const filed = { ...ready, status: 'FILED' as const };
    const draft = rows.find((r) => r.status === 'DRAFT')!;
    const url = `/notifications/${filed.id}/recapitulatif.pdf`;
    const recapitulatif = Buffer.from('%PDF-1.7\n% récapitulatif de la CNIL (test)\n%%EOF\n', 'latin1');
    const controller = filed.exposure.controller.id;
    const dpo = await gw.token(controller, [Role.CONTROLLER_DPO], 'dpo@example');
    const auditor = await gw.token(controller, [Role.AUDITOR], 'auditor@example');

    expect((await get(url, tokenOf(filed))).status).toBe(404);
    expect((await post(url, Buffer.from('not a pdf'), tokenOf(filed))).status).toBe(400);
    expect((await post(url, recapitulatif, tokenOf(filed), 'text/plain')).status).toBe(415);
    expect((await post(`/notifications/${draft.id}/recapitulatif.pdf`, recapitulatif, tokenOf(draft))).status).toBe(409);
    expect((await post(url, recapitulatif, dpo)).status).toBe(403);
    expect((await post(url, recapitulatif, auditor)).status).toBe(403);
    expect((await post(url, recapitulatif, otherController(filed))).status).toBe(404);
    expect(await gw.app.orm.em.fork().count(CnilRecapitulatif, { notification: filed.id })).toBe(0);

    // This filing was recorded without the récapitulatif's date: it comes with the récapitulatif.
    const created = await post(`${url}?recapitulatifAt=2024-02-06T12:05:00Z`, recapitulatif, tokenOf(filed));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ sha256: sha256Hex(recapitulatif), byteSize: recapitulatif.length, url });
    // Kept as attached: a second one is refused, not swapped in.
    expect((await post(`${url}?recapitulatifAt=2024-02-06T12:05:00Z`, Buffer.from('%PDF-1.7\nother\n'), tokenOf(filed))).status).toBe(409);

    const { response, bytes } = await pdf(url, auditor);
    expect(bytes.equals(recapitulatif)).toBe(true);
    expect(response.headers.get('x-pdf-sha256')).toBe(sha256Hex(recapitulatif));
    expect((await get(url, otherController(filed))).status).toBe(404);

    const shown = (await load()).find((r) => r.id === filed.id)!;
    expect(shown.recapitulatif).toMatchObject({
      sha256: sha256Hex(recapitulatif),
      byteSize: recapitulatif.length,
      uploadedBy: expect.stringMatching(/^legal@/),
      url: expect.stringMatching(new RegExp(`^${url}\\?expires=`)),
    });
    expect((await get(shown.recapitulatif!.url)).status).toBe(200);
    const em = gw.app.orm.em.fork();
    const kept = await em.findOneOrFail(CnilRecapitulatif, { notification: filed.id });
    expect(await em.findOne(AuditEvent, { entityType: 'CnilRecapitulatif', entityId: kept.id })).toMatchObject({ action: 'CREATE' });
  });

  it('lists in section 14 the notifications actually made (ANSSI, a complaint with its parquet number), never the duties', async () => {
    // Not Horizon's: the demo recorded its notifications to ANSSI and the prosecutor.
    const draft = rows.find((r) => r.status === 'DRAFT' && r.exposure.controller.id !== orgs.horizon)!;
    const section14 = async () => {
      const text = textOf((await pdf(draft.document.url, tokenOf(draft))).bytes);
      return text.slice(text.indexOf('14. Notifications transfrontalières et autres'));
    };
    const empty = await section14();
    expect(empty).toMatch(/Notifiée à d'autres autorités \(ANSSI, ACPR, plainte pénale…\) Néant/);
    expect(empty).not.toMatch(/DORA|NIS|En retard|À faire|PENDING|OVERDUE/);

    for (const input of [
      { authority: 'ANSSI' as const, notifiedAt: '2024-02-02T09:30:00Z', reference: 'CERT-FR-2024-0042' },
      { authority: 'PROSECUTOR' as const, notifiedAt: '2024-02-03T10:00:00Z', reference: 'Parquet de Paris n° 24034000123' },
    ]) {
      const { data, errors } = await gw.gql(RecordAuthorityNotificationDocument, { exposureId: draft.exposure.id, input }, tokenOf(draft));
      expect(errors).toBeUndefined();
      expect(data!.recordAuthorityNotification).toMatchObject({
        authority: input.authority,
        reference: input.reference,
        exposureId: draft.exposure.id,
      });
    }
    const listed = await section14();
    expect(listed).toContain('Agence nationale de la sécurité des systèmes d’information (ANSSI)');
    expect(listed).toContain('CERT-FR-2024-0042');
    expect(listed).toContain('Plainte pénale (procureur de la République)');
    expect(listed).toContain('Parquet de Paris n° 24034000123');
    expect(listed).not.toMatch(/DORA|En retard|À faire/);

    // Another controller cannot record on this exposure; OTHER needs the authority's name.
    const refused = await gw.gql(
      RecordAuthorityNotificationDocument,
      { exposureId: draft.exposure.id, input: { authority: 'ANSSI', notifiedAt: '2024-02-02T09:30:00Z' } },
      otherController(draft),
    );
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const unnamed = await gw.gql(
      RecordAuthorityNotificationDocument,
      { exposureId: draft.exposure.id, input: { authority: 'OTHER', notifiedAt: '2024-02-02T09:30:00Z' } },
      tokenOf(draft),
    );
    expect(unnamed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
