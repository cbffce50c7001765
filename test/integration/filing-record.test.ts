import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { checkPdf } from '../../src/documents/verify';
import { verifyFile } from '../../src/documents/document.cli';
import { FiledDocument } from '../../src/documents/document.entities';
import { canonicalHash, sha256Hex } from '../../src/lib/canonical-json';
import { Exposure as ExposureEntity } from '../../src/incidents/exposure.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { ARCHIVE_NOTE_STATEMENT } from '../../src/pdf/filing';
import {
  FilingCopyNotificationsDocument,
  type FilingCopyNotificationsQuery,
  FilingRecordFilingDocument,
  FilingRecordRegisterDocument,
  SubmitBreachFactsDocument,
} from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';

type Exposure = FilingCopyNotificationsQuery['incidents']['edges'][number]['node']['exposures']['edges'][number]['node'];
type Row = Exposure['notifications']['edges'][number]['node'] & { exposure: Exposure };

/** pdftotext of a PDF, with runs of whitespace made one space (labels wrap). */
const textOf = (bytes: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');

/** The demo is drafted at noon; the filing, made at 14:00, is recorded at 15:00 (UTC). */
const DRAFTED = '2024-02-06T12:00:00.000Z';
const NOW = '2024-02-06T15:00:00.000Z';
const FILED_AT = '2024-02-06T14:00:00.000Z';
const RECAPITULATIF_AT = '2024-02-06T14:10:00.000Z';
const clock = { at: new Date(DRAFTED), now: () => new Date(clock.at) };

/**
 * Issue 12, « The filing as a copy of the form »: a recorded filing says who recorded it and when,
 * freezes the internal dossier with the content, and its archive copy comes to show the date of the
 * CNIL's récapitulatif recorded after the filing, the filed content unchanged.
 */
describe(`a recorded filing, attributable and frozen, on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let legal: string;
  let ready: Row;
  let dossierBeforeFacts: Buffer;

  const get = (path: string, token: string) => fetch(`${gw.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const pdf = async (path: string) => {
    const response = await get(path, legal);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const attach = (query: string, body: Buffer) =>
    fetch(`${gw.baseUrl}/notifications/${ready.id}/recapitulatif.pdf${query}`, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${legal}`, 'content-type': 'application/pdf' },
    });
  const load = async (): Promise<Row> => {
    const { data, errors } = await gw.gql(FilingCopyNotificationsDocument, {}, legal);
    expect(errors).toBeUndefined();
    const rows = data!.incidents.edges.flatMap((e) =>
      e.node.exposures.edges
        .map((edge) => edge.node)
        .flatMap((x) => x.notifications.edges.map((edge) => edge.node).map((n) => ({ ...n, exposure: x }))),
    );
    return rows.find((r) => r.id === ready?.id) ?? rows.find((r) => r.status === 'READY')!;
  };

  beforeAll(async () => {
    gw = await startGateway({ clock });
    orgs = await withDemo(gw);
    clock.at = new Date(NOW);
    // Cigales' initial notification is the demo's READY one.
    legal = await gw.token(orgs.cigales!, [Role.CONTROLLER_LEGAL], 'legal@cigales.example');
    ready = await load();
    expect(ready.status).toBe('READY');
  });
  afterAll(() => gw.close());

  it('shows a draft’s dossier interne as the live state, saying so', async () => {
    const text = textOf(await pdf(ready.document.dossierUrl));
    expect(text).toContain('État du dossier état actuel, établi le');
    expect(text).toContain('il suit les faits jusqu’au dépôt');
    expect(text).not.toContain('figé au dépôt');
    expect(text).not.toContain('Dépôt enregistré par');
  });

  it('records who recorded the filing and when, beside the filing date stated', async () => {
    const { data, errors } = await gw.gql(
      FilingRecordFilingDocument,
      { id: ready.id, input: { version: ready.version, cnilReference: 'CNIL-NOTIF-2024-005555', filedAt: FILED_AT } },
      legal,
    );
    expect(errors).toBeUndefined();
    expect(data!.recordNotificationFiling).toMatchObject({
      status: 'FILED',
      filedAt: FILED_AT,
      filedBy: 'legal@cigales.example',
      filingRecordedAt: NOW,
      recapitulatifAt: null,
    });
    ready = await load();
    expect(ready).toMatchObject({ filedBy: 'legal@cigales.example', filingRecordedAt: NOW });

    // Frozen with the snapshot, in the same flush, under its own sha256.
    const kept = await gw.app.orm.em.fork().findOneOrFail(Notification, ready.id);
    expect(kept.dossierSnapshot).toMatchObject({ frozenAtFiling: true, filingContentSha256: kept.snapshotSha256 });
    expect(kept.dossierSnapshotSha256).toBe(canonicalHash(kept.dossierSnapshot));

    // The register's filings and its CSV say who recorded the filing and when.
    const register = await gw.gql(FilingRecordRegisterDocument, {}, legal);
    expect(register.errors).toBeUndefined();
    const filing = register
      .data!.register.edges.map((edge) => edge.node)
      .flatMap((e) => e.filings)
      .find((f) => f.cnilReference === 'CNIL-NOTIF-2024-005555');
    expect(filing).toMatchObject({ filedAt: FILED_AT, filedBy: 'legal@cigales.example', filingRecordedAt: NOW });
    const csv = await (await get('/register.csv', legal)).text();
    expect(csv).toContain(
      'référence CNIL CNIL-NOTIF-2024-005555, hors délai (dépôt enregistré par legal@cigales.example le 06/02/2024 16:00 (heure de Paris))',
    );
    const registerPdf = textOf(await pdf('/register.pdf'));
    expect(registerPdf).toContain('dépôt enregistré par legal@cigales.example');
  });

  it('serves the dossier interne frozen at filing, unchanged by a later fact', async () => {
    dossierBeforeFacts = await pdf(ready.document.dossierUrl);
    const text = textOf(dossierBeforeFacts);
    expect(text).toContain('État du dossier état figé au dépôt du 06/02/2024 15:00:00 (heure de Paris)');
    // pdftotext may set a label and its value apart when the column wraps.
    expect(text).toContain('Dépôt enregistré par');
    expect(text).toContain('legal@cigales.example');
    expect(text).toContain('Dépôt enregistré le 06/02/2024 16:00:00 (heure de Paris)');

    const facts = await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: (await gw.app.orm.em.fork().findOneOrFail(ExposureEntity, ready.exposure.id)).incident.id,
          exposureId: ready.exposure.id,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: 'after-filing',
          incidentFacts: { natures: ['CONFIDENTIALITY', 'INTEGRITY', 'AVAILABILITY'] },
          exposureFacts: { harms: ['IDENTITY_THEFT', 'FINANCIAL_LOSS', 'DISCRIMINATION'] },
        },
      },
      legal,
    );
    expect(facts.errors).toBeUndefined();
    const after = await pdf(ready.document.dossierUrl);
    expect(after.equals(dossierBeforeFacts)).toBe(true);

    // Without the frozen dossier, the same download shows today's facts: the freeze is what holds it.
    const em = gw.app.orm.em.fork();
    const kept = await em.findOneOrFail(Notification, ready.id);
    const frozen = { content: kept.dossierSnapshot, sha256: kept.dossierSnapshotSha256 };
    await em.nativeUpdate(Notification, { id: ready.id }, { dossierSnapshot: null, dossierSnapshotSha256: null } as never);
    const live = await pdf(ready.document.dossierUrl);
    expect(live.equals(dossierBeforeFacts)).toBe(false);
    expect(textOf(live)).toContain('état actuel des faits, recalculé à chaque téléchargement');
    await em.nativeUpdate(Notification, { id: ready.id }, {
      dossierSnapshot: frozen.content,
      dossierSnapshotSha256: frozen.sha256,
    } as never);
    expect((await pdf(ready.document.dossierUrl)).equals(dossierBeforeFacts)).toBe(true);
  });

  it('refuses a récapitulatif without its date, or dated before the filing, naming the argument', async () => {
    const recapitulatif = Buffer.from('%PDF-1.7\n% récapitulatif de la CNIL (test)\n%%EOF\n', 'latin1');
    for (const query of ['', '?recapitulatifAt=2024-02-06T13:59:00Z', '?recapitulatifAt=2024-02-07T12:00:00Z', '?recapitulatifAt=hier']) {
      const refused = await attach(query, recapitulatif);
      expect(refused.status).toBe(400);
      const body = (await refused.json()) as { error: { code: string } };
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).toContain('recapitulatifAt');
    }
    // Nothing half-written: neither the date nor the kept copy moved.
    const em = gw.app.orm.em.fork();
    expect((await em.findOneOrFail(Notification, ready.id)).recapitulatifAt ?? null).toBeNull();
    expect((await em.findOneOrFail(FiledDocument, ready.id)).supersededPdfSha256 ?? null).toBeNull();
  });

  it('shows on the archive copy the CNIL reference and the récapitulatif’s date recorded after filing, content unchanged', async () => {
    const before = await pdf(ready.document.url);
    expect(textOf(before)).not.toContain('Date du récapitulatif de la CNIL');
    const etagBefore = (await get(ready.document.url, legal)).headers.get('etag');

    const recapitulatif = Buffer.from('%PDF-1.7\n% récapitulatif de la CNIL (test)\n%%EOF\n', 'latin1');
    const created = await attach(`?recapitulatifAt=${RECAPITULATIF_AT}`, recapitulatif);
    expect(created.status).toBe(201);
    ready = await load();
    expect(ready.recapitulatifAt).toBe(RECAPITULATIF_AT);

    const after = await pdf(ready.document.url);
    const text = textOf(after);
    expect(text).toContain('Référence attribuée par la CNIL CNIL-NOTIF-2024-005555');
    expect(text).toContain('Date du récapitulatif de la CNIL 06/02/2024 15:10 (heure de Paris)');
    expect(text).toContain(`Mention d’archive ${ARCHIVE_NOTE_STATEMENT}`);
    // The filed content and its sha256 did not move; the bytes (and so the ETag) did.
    expect(ready.snapshotSha256).toBe(ready.document.sha256);
    expect(text.replace(/ /g, '')).toContain(ready.snapshotSha256!);
    expect((await get(ready.document.url, legal)).headers.get('etag')).not.toBe(etagBefore);

    const check = await checkPdf(after);
    expect(check).toMatchObject({ bytesMatch: true, problem: null });
    expect(check.embedded!.contentSha256).toBe(ready.snapshotSha256);
    const filed = await gw.app.orm.em.fork().findOneOrFail(FiledDocument, ready.id);
    expect(filed).toMatchObject({ pdfSha256: sha256Hex(after), supersededPdfSha256: sha256Hex(before), redrawnAt: new Date(NOW) });

    // `verify` knows both: the copy drawn now, and the one kept at filing that it replaced.
    const dir = mkdtempSync(join(tmpdir(), 'breach-gateway-archive-'));
    for (const [name, bytes, says] of [
      ['before.pdf', before, 'identical to the PDF kept at filing, replaced on'],
      ['after.pdf', after, 'identical to the archive copy kept since'],
    ] as const) {
      writeFileSync(join(dir, name), bytes);
      const verdict = await verifyFile(gw.app.orm.em.fork(), join(dir, name));
      expect(verdict.ok).toBe(true);
      expect(verdict.lines.join('\n')).toContain(says);
    }
    rmSync(dir, { recursive: true, force: true });

    // The date is kept once: a second récapitulatif is refused, the copy stays as drawn.
    expect((await attach(`?recapitulatifAt=${RECAPITULATIF_AT}`, recapitulatif)).status).toBe(409);
    expect((await pdf(ready.document.url)).equals(after)).toBe(true);
  });
});
