import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { VERIFY_MAX_BYTES } from '../../src/documents/verify.route';
import { Notification } from '../../src/notifications/notification.entity';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';

/** The route's answer, and a refusal's. */
interface Answer {
  verdict: 'VERIFIED' | 'REFUSED';
  message: string;
  reasons: { code: string; message: string }[];
  pdfSha256: string;
  document: { kind: string; notificationId: string; number: string; status: string } | null;
}
interface Refusal {
  error: { code: string; message: string; argument?: string };
}
const answer = async (response: Response) => (await response.json()) as Answer;
const refusal = async (response: Response) => (await response.json()) as Refusal;

/**
 * `POST /documents/verify`: the CLI's `verify` over HTTP, in the caller's scope, with a French
 * verdict. Horizon's initial notification is filed in the demo (with its récapitulatif); Cigales'
 * is READY, another organisation's.
 */
describe(`POST /documents/verify on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizonLegal: string;
  let cigalesLegal: string;
  let filedPdf: Buffer;

  const download = async (id: string, token: string): Promise<Buffer> => {
    const response = await fetch(`${gw.baseUrl}/notifications/${id}/filing.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const verify = (body: Buffer | string, token: string | null, type = 'application/pdf') =>
    fetch(`${gw.baseUrl}/documents/verify`, {
      method: 'POST',
      body,
      headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  const notificationOf = async (controller: string, status: Notification['status']) =>
    gw.app.orm.em.fork().findOneOrFail(Notification, { exposure: { controller }, status });

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock(new Date('2024-02-06T12:00:00Z')) });
    orgs = await withDemo(gw);
    horizonLegal = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'juridique@horizon.example');
    cigalesLegal = await gw.token(orgs.cigales, [Role.CONTROLLER_LEGAL], 'legal@cigales.example');
    filedPdf = await download((await notificationOf(orgs.horizon, 'FILED')).id, horizonLegal);
    // Loading the demo takes a minute on PostgreSQL when the machine is busy.
  }, 180_000);
  afterAll(() => gw?.close());

  it('vouches for the filing PDF the API served, in French', async () => {
    const filed = await notificationOf(orgs.horizon, 'FILED');
    const response = await verify(filedPdf, horizonLegal);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await answer(response);
    expect(body).toMatchObject({
      verdict: 'VERIFIED',
      reasons: [],
      document: { kind: 'FILING', notificationId: filed.id, number: filed.number, status: 'FILED' },
    });
    expect(body.message).toBe(
      `Document authentique : notification n° ${filed.number} à la CNIL (déposée), identique au PDF conservé au dépôt.`,
    );
    // An auditor receives these PDFs too, so may check them.
    const auditor = await gw.token(orgs.horizon, [Role.AUDITOR], 'audit@horizon.example');
    expect((await answer(await verify(filedPdf, auditor))).verdict).toBe('VERIFIED');
  });

  it('refuses a copy with one byte changed, saying it was altered', async () => {
    const tampered = Buffer.from(filedPdf);
    // A digit of the document's creation date in the Info dictionary: the PDF still reads, its bytes differ.
    const at = tampered.indexOf('/CreationDate (D:');
    expect(at).toBeGreaterThan(0);
    const digit = at + '/CreationDate (D:'.length + 3;
    tampered[digit] = tampered[digit] === 0x39 ? 0x38 : tampered[digit]! + 1;
    const response = await verify(tampered, horizonLegal);
    expect(response.status).toBe(200);
    const body = await answer(response);
    expect(body.verdict).toBe('REFUSED');
    expect(body.reasons.map((r) => r.code)).toEqual(['PDF_ALTERED', 'PDF_NOT_AS_FILED']);
    expect(body.message).toMatch(
      /^Document refusé : le PDF a été altéré : son contenu, rendu à nouveau, ne redonne pas ces octets ; il diffère du PDF conservé au dépôt/,
    );
  });

  it('answers 400 naming why for a file that is not a PDF, 415 for another content type', async () => {
    const response = await verify('Bonjour, ceci est un texte.', horizonLegal);
    expect(response.status).toBe(400);
    expect((await refusal(response)).error).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'body',
      message: 'body: not a PDF: a PDF starts with %PDF-, this file does not',
    });
    const broken = await verify('%PDF-1.7\nnothing else', horizonLegal);
    expect(broken.status).toBe(400);
    expect((await refusal(broken)).error.message).toMatch(/^body: not a readable PDF: /);
    const typed = await verify(filedPdf, horizonLegal, 'text/plain');
    expect(typed.status).toBe(415);
    expect((await refusal(typed)).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 401 without a token, 403 to a role that downloads no documents, 413 beyond the cap', async () => {
    const anonymous = await verify(filedPdf, null);
    expect(anonymous.status).toBe(401);
    const processor = await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY], 'rssi@operator-a.example');
    expect((await verify(filedPdf, processor)).status).toBe(403);
    const tooLarge = await verify(Buffer.concat([filedPdf, Buffer.alloc(VERIFY_MAX_BYTES)]), horizonLegal);
    expect(tooLarge.status).toBe(413);
    expect((await refusal(tooLarge)).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('says a document of another organisation is unknown in the caller’s scope, and vouches for it to its own', async () => {
    // Cigales' READY notification, as its lawyer downloaded it (the download is recorded: it was issued).
    const ready = await notificationOf(orgs.cigales, 'READY');
    const theirs = await download(ready.id, cigalesLegal);
    const own = await answer(await verify(theirs, cigalesLegal));
    expect(own).toMatchObject({ verdict: 'VERIFIED', document: { notificationId: ready.id, status: 'READY' } });
    expect(own.message).toContain('tel que la passerelle l’a délivré');
    // To Horizon, Cigales' notification does not exist: nothing of its record is told.
    const other = await answer(await verify(theirs, horizonLegal));
    expect(other).toMatchObject({ verdict: 'REFUSED', document: null, reasons: [{ code: 'UNKNOWN_NOTIFICATION' }] });
    expect(other.message).toBe(`Document refusé : aucune notification numérotée ${ready.number} n’est connue dans votre périmètre.`);
  });
});
