import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { Viewer } from '../../src/auth/viewer';
import type { Clock } from '../../src/config/clock';
import { IssuedDocument } from '../../src/documents/document.entities';
import { DownloadLinks } from '../../src/documents/download-link';
import { RegisterExport } from '../../src/register/register-export.entity';
import { DownloadLinksDocument, type DownloadLinksQuery } from '../generated/graphql';
import { dialect, startGateway, TEST_DOWNLOAD_LINK_KEY, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';

type Row =
  DownloadLinksQuery['incidents']['edges'][number]['node']['exposures']['edges'][number]['node']['notifications']['edges'][number]['node'] & {
    controllerId: string;
  };

/** The app's clock, moved by the test: a link's expiry is read on it, never on the wall clock. */
class MovingClock implements Clock {
  constructor(private at: Date) {}
  now(): Date {
    return new Date(this.at);
  }
  advance(seconds: number): void {
    this.at = new Date(this.at.getTime() + seconds * 1000);
  }
}

const SUBJECT = 'dashboard@horizon.example';

/**
 * Signed links: every `…Url` of the API opens in a browser without an Authorization header, for a
 * few minutes, for the one document (and variant) it names, as a download by the viewer it was
 * handed to; anything altered, expired or reused elsewhere is refused with a reason.
 */
describe(`signed download links on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let token: string;
  let rows: Row[];
  let registerLinks: DownloadLinksQuery['registerDownloads'];
  const clock = new MovingClock(new Date('2024-02-06T12:00:00Z'));

  const get = (url: string) => fetch(`${gw.baseUrl}${url}`);
  const refusal = async (url: string) => {
    const response = await get(url);
    const body = (await response.json()) as { error: { code: string; message: string } };
    return { status: response.status, ...body.error };
  };
  const load = async () => {
    const { data, errors } = await gw.gql(DownloadLinksDocument, {}, token);
    expect(errors).toBeUndefined();
    registerLinks = data!.registerDownloads;
    return data!.incidents.edges.flatMap((e) =>
      e.node.exposures.edges.flatMap(({ node: x }) =>
        x.notifications.edges.map(({ node: n }) => ({ ...n, controllerId: x.controller.id })),
      ),
    );
  };

  beforeAll(async () => {
    gw = await startGateway({ clock });
    orgs = await withDemo(gw);
    token = await gw.token(orgs.horizon!, [Role.CONTROLLER_LEGAL], SUBJECT);
    rows = await load();
    expect(rows.length).toBeGreaterThan(1);
  });
  afterAll(() => gw.close());

  it('opens without an Authorization header, as a download by the viewer, never stored nor referred, without the token', async () => {
    const row = rows[0]!;
    const em = gw.app.orm.em.fork();
    const before = await em.count(IssuedDocument, { notification: row.id, kind: 'FILING', issuedTo: SUBJECT });
    expect(row.document.url).toMatch(new RegExp(`^/notifications/${row.id}/filing\\.pdf\\?expires=\\d+&viewer=[\\w-]+&signature=[\\w-]+$`));
    for (const part of token.split('.')) expect(row.document.url).not.toContain(part);
    // Nor who it was handed to: the subject (here an e-mail address) is sealed, in clear or in base64.
    const viewerParam = new URLSearchParams(row.document.url.split('?')[1]).get('viewer')!;
    expect(Buffer.from(viewerParam, 'base64url').toString('latin1')).not.toContain(SUBJECT);
    expect(decodeURIComponent(row.document.url)).not.toContain(SUBJECT);

    const response = await get(row.document.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const bytes = Buffer.from(await response.arrayBuffer());
    const issued = await em.find(IssuedDocument, { notification: row.id, kind: 'FILING', issuedTo: SUBJECT });
    expect(issued.length).toBe(before + 1);
    expect(issued.at(-1)).toMatchObject({
      pdfSha256: response.headers.get('x-pdf-sha256'),
      byteSize: bytes.length,
      organizationId: orgs.horizon,
    });

    for (const url of [
      row.document.dossierUrl,
      row.document.letterUrl,
      row.document.beneficiaryLetterUrl,
      row.document.letterDocxUrl,
      row.document.letterRecipientsUrl,
    ])
      expect((await get(url)).status, url).toBe(200);
    const minor = await get(row.document.letterDocxUrl);
    expect(minor.headers.get('content-disposition')).toMatch(/representant-legal\.docx"$/);
  });

  it('opens the register’s files the same way, recorded as the viewer’s export', async () => {
    const em = gw.app.orm.em.fork();
    for (const [url, format] of [
      [registerLinks.csvUrl, 'CSV'],
      [registerLinks.openDataCsvUrl, 'OPEN_DATA_CSV'],
      [registerLinks.pdfUrl, 'PDF'],
    ] as const) {
      const before = await em.count(RegisterExport, { issuedTo: SUBJECT });
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      await response.arrayBuffer();
      const exports = await em.find(RegisterExport, { issuedTo: SUBJECT }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      expect(exports.length).toBe(before + 1);
      expect(exports.at(-1)).toMatchObject({ format, organizationId: orgs.horizon, sha256: response.headers.get('x-content-sha256') });
    }
  });

  it('refuses a link whose signature, path, expiry or viewer was altered, with a reason and no stack', async () => {
    const [a, b] = rows as [Row, Row];
    const url = a.document.url;
    const signature = /signature=([\w-]+)/.exec(url)![1]!;
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    const expires = Number(/expires=(\d+)/.exec(url)![1]);
    const otherViewer = /viewer=([\w-]+)/.exec((await linksOf(orgs.cigales!))[0]!)![1]!;
    const altered = [
      url.replace(signature, flipped),
      // A stray character a lenient base64 decoder would skip.
      url.replace(signature, `${signature}!`),
      url.replace(`expires=${expires}`, `expires=${expires + 3600}`),
      url.replace('filing.pdf', 'dossier-interne.pdf'),
      // Document A's link reused for document B.
      url.replace(a.id, b.id),
      url.replace(/viewer=[\w-]+/, `viewer=${otherViewer}`),
    ];
    for (const link of altered) {
      const refused = await refusal(link);
      expect(refused, link).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect(refused.message).toMatch(/^Forbidden: this download link is not valid for this document/);
      expect(refused.message).not.toMatch(/ at |\.ts:/);
    }
    expect((await refusal(url.replace(/&signature=[\w-]+/, ''))).message).toContain('exactly one "signature"');
  });

  it('refuses a letter link reused for another addressee variant', async () => {
    const row = rows[0]!;
    expect((await refusal(`${row.document.letterUrl}&variant=BENEFICIARY`)).status).toBe(403);
    expect((await refusal(row.document.beneficiaryLetterUrl.replace('variant=BENEFICIARY', 'variant=MINOR_REPRESENTATIVE'))).status).toBe(
      403,
    );
    expect((await refusal(row.document.letterDocxUrl.replace('letter.docx', 'letter.pdf'))).status).toBe(403);
  });

  it('refuses an expired link on the app’s clock', async () => {
    const row = rows[0]!;
    clock.advance(299);
    expect((await get(row.document.dossierUrl)).status).toBe(200);
    clock.advance(1);
    const expired = await refusal(row.document.dossierUrl);
    expect(expired).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      message: 'Forbidden: this download link has expired; ask the API for a new one',
    });
    expect((await refusal(registerLinks.csvUrl)).message).toContain('has expired');
    clock.advance(-300);
  });

  it('checks the viewer’s scope at download time: a validly signed link opens nothing the viewer may not see', async () => {
    const row = rows.find((r) => r.controllerId === orgs.horizon)!;
    const [foreign] = await linksOf(orgs.cigales!, `/notifications/${row.id}/filing.pdf`);
    expect((await refusal(foreign!)).status).toBe(404);
  });

  /** Links signed with the gateway's key, as the API would hand them to a legal person of `org`. */
  async function linksOf(org: string, ...paths: string[]): Promise<string[]> {
    const links = new DownloadLinks({ key: TEST_DOWNLOAD_LINK_KEY, keySource: 'DOWNLOAD_LINK_KEY', ttlSeconds: 300 }, clock);
    const viewer = new Viewer(`legal@${org}.example`, org, [Role.CONTROLLER_LEGAL], ['CONTROLLER']);
    return (paths.length ? paths : ['/register.csv']).map((path) => links.sign(viewer, path));
  }
});
