import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import type { CnilNotificationContent, ContentItem } from '../../src/content/notification-content';
import {
  CreateNotificationDocument,
  IncidentsDocument,
  MarkNotificationReadyDocument,
  NotificationDocumentDocument,
  NotificationPdfsDocument,
  SignOffGravityDocument,
  UpdateNotificationDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first } from '../support/must';

/** Codes that must never reach a French document, and the English citation style ("art. 33(1)"). */
const ENGLISH_CODES =
  /\b(PENDING|OVERDUE|DONE|DONE_LATE|NOT_APPLICABLE|FILED|READY|DRAFT|INFORMED|WILL_BE_INFORMED|WILL_NOT_BE_INFORMED|NOT_DETERMINED|NOTIFIED|TO_NOTIFY|HIGH|LOW|MEDIUM|VERY_HIGH|NEGLIGIBLE|LIMITED|IMPORTANT|MAXIMAL|CONFIRMED|REPORTED|ESTIMATED|CONTROLLER|PROCESSOR|INITIAL|COMPLETE|COMPLEMENTARY)\b/;
const ENGLISH_CITATION = /\bart\. \d+\(/;

describe(`gravity sign-off and French documents on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizon: string;
  let exposure: string;

  const content = async (id: string) => {
    const { data, errors } = await gw.gql(NotificationDocumentDocument, { id }, horizon);
    expect(errors).toBeUndefined();
    return data!.notification!;
  };
  const item = (c: CnilNotificationContent, path: string): ContentItem => c.sections.flatMap((s) => s.items).find((i) => i.path === path)!;
  const ticked = (c: CnilNotificationContent) => {
    const gravity = item(c, 'harms.gravity');
    return gravity.kind === 'choice' ? gravity.options.filter((o) => o.selected).map((o) => o.code) : [];
  };
  /** The internal dossier's text: the ENISA reasoning and the gravity decision moved there from the filing copy. */
  const dossier = async (id: string) => {
    const response = await fetch(`${gw.baseUrl}/notifications/${id}/dossier-interne.pdf`, {
      headers: { authorization: `Bearer ${horizon}` },
    });
    expect(response.status).toBe(200);
    return execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(await response.arrayBuffer()) })
      .toString()
      .replace(/\s+/g, ' ');
  };
  const draft = async (type: 'INITIAL' | 'COMPLETE') =>
    (await gw.gql(CreateNotificationDocument, { input: { exposureId: exposure, type } }, horizon)).data!.createNotification;

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock('2024-02-06T12:00:00Z') });
    orgs = await withDemo(gw);
    horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example');
    const operator = await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY]);
    const { data } = await gw.gql(IncidentsDocument, { filter: { sourceOrganizationId: orgs['operator-a'] } }, operator);
    exposure = first(data!.incidents.edges)
      .node.exposures.edges.map((edge) => edge.node)
      .find((e) => e.controller.id === orgs.horizon)!.id;
  });
  afterAll(() => gw.close());

  it('shows section 11 « à confirmer » and blocks READY of a COMPLETE notification until the gravity is signed off', async () => {
    const n = await draft('COMPLETE');
    const before = await content(n.id);
    const c = before.document.content as unknown as CnilNotificationContent;
    expect(c.schemaVersion).toBe('cnil-notification/4');
    expect(ticked(c)).toEqual([]);
    expect(item(c, 'harms.gravityDecision')).toMatchObject({ value: 'À confirmer' });
    expect(await dossier(n.id)).toContain('Niveau calculé : élevé (SE 3) — à confirmer');
    expect(before.document.completeness).toContainEqual(expect.objectContaining({ code: 'MISSING_GRAVITY', blocksReady: true }));
    const refused = onlyError(await gw.gql(MarkNotificationReadyDocument, { id: n.id, version: n.version }, horizon));
    expect(JSON.stringify(refused.extensions)).toContain('MISSING_GRAVITY');
  });

  it('does not require the sign-off of an INITIAL notification, whose gravity may be unknown', async () => {
    const n = await draft('INITIAL');
    const { document } = await content(n.id);
    expect(document.completeness).toContainEqual(expect.objectContaining({ code: 'MISSING_GRAVITY', blocksReady: false }));
  });

  it('records the decision with its author and instant, and reads an override as « niveau retenu »', async () => {
    const n = await draft('COMPLETE');
    const overridden = await gw.gql(
      UpdateNotificationDocument,
      { id: n.id, input: { version: n.version, severityOverride: { level: 'LOW', reason: 'Données chiffrées, clé non compromise' } } },
      horizon,
    );
    expect(overridden.errors).toBeUndefined();
    // Another gravity than the assessment suggests needs its reason.
    const unexplained = onlyError(
      await gw.gql(
        SignOffGravityDocument,
        { id: n.id, version: overridden.data!.updateNotification.version, input: { gravity: 'MAXIMAL' } },
        horizon,
      ),
    );
    expect(unexplained.extensions?.code).toBe('BAD_USER_INPUT');
    const signed = await gw.gql(
      SignOffGravityDocument,
      { id: n.id, version: overridden.data!.updateNotification.version, input: { gravity: 'NEGLIGIBLE' } },
      horizon,
    );
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.signOffGravity).toMatchObject({
      gravityOverride: 'NEGLIGIBLE',
      gravitySignedOffBy: 'legal@horizon.example',
      gravitySignedOffAt: '2024-02-06T12:00:00.000Z',
    });
    const c = (await content(n.id)).document.content as unknown as CnilNotificationContent;
    expect(ticked(c)).toEqual(['NEGLIGIBLE']);
    const signedDossier = await dossier(n.id);
    // The sentence wraps in the value column, beside its label: pdftotext may interleave the two.
    expect(signedDossier).toContain('Niveau retenu : faible (calculé : élevé, SE 3) — décision de');
    expect(signedDossier).toContain('legal@horizon.example le 06/02/2024 13:00 : Données chiffrées, clé non compromise.');
    expect(signedDossier).not.toMatch(/= 3 : niveau faible/);

    // Changing the assessment afterwards clears the sign-off: section 11 is « à confirmer » again.
    const changed = await gw.gql(
      UpdateNotificationDocument,
      {
        id: n.id,
        input: { version: signed.data!.signOffGravity.version, severityOverride: { level: 'MEDIUM', reason: 'Réexamen' } },
      },
      horizon,
    );
    expect(changed.errors).toBeUndefined();
    const after = await content(n.id);
    const reopened = after.document.content as unknown as CnilNotificationContent;
    expect(ticked(reopened)).toEqual([]);
    expect(item(reopened, 'harms.gravityDecision')).toMatchObject({ value: 'À confirmer' });
    expect(await dossier(n.id)).toContain('à confirmer');
  });

  it('keeps the sign-off through an unrelated edit, and refuses it to a processor', async () => {
    const n = await draft('COMPLETE');
    const signed = (await gw.gql(SignOffGravityDocument, { id: n.id, version: n.version, input: { gravity: 'IMPORTANT' } }, horizon)).data!
      .signOffGravity;
    const edited = await gw.gql(UpdateNotificationDocument, { id: n.id, input: { version: signed.version, otherDpa: 'Aucune' } }, horizon);
    expect(edited.errors).toBeUndefined();
    expect(ticked((await content(n.id)).document.content as unknown as CnilNotificationContent)).toEqual(['IMPORTANT']);
    const operator = await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY]);
    const refused = onlyError(
      await gw.gql(
        SignOffGravityDocument,
        { id: n.id, version: edited.data!.updateNotification.version, input: { gravity: 'LIMITED' } },
        operator,
      ),
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.extensions?.code);
  });

  it('prints every demo filing and letter in French: no English code, no « art. 33(1) », Paris time stated once', async () => {
    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const { data, errors } = await gw.gql(NotificationPdfsDocument, {}, admin);
    expect(errors).toBeUndefined();
    const notifications = data!.incidents.edges.flatMap((e) =>
      e.node.exposures.edges
        .map((edge) => edge.node)
        .flatMap((x) => x.notifications.edges.map((edge) => edge.node).map((n) => ({ ...n, controller: x.controller }))),
    );
    const dir = mkdtempSync(join(tmpdir(), 'breach-gateway-fr-'));
    try {
      const text = async (id: string, file: 'filing.pdf' | 'letter.pdf', token: string) => {
        const response = await fetch(`${gw.baseUrl}/notifications/${id}/${file}`, { headers: { authorization: `Bearer ${token}` } });
        expect(response.status).toBe(200);
        const path = join(dir, `${id}-${file}`);
        writeFileSync(path, Buffer.from(await response.arrayBuffer()));
        return execFileSync('pdftotext', ['-layout', path, '-']).toString();
      };
      for (const n of notifications) {
        const token = await gw.token(n.controller.id, [Role.CONTROLLER_LEGAL], `legal@${n.controller.siren}.example`);
        const filing = await text(n.id, 'filing.pdf', token);
        const letter = await text(n.id, 'letter.pdf', token);
        for (const [name, pdf] of [
          ['filing', filing],
          ['letter', letter],
        ] as const) {
          expect(pdf.match(ENGLISH_CODES)?.[0], `${n.number} ${name}`).toBeUndefined();
          expect(pdf.match(ENGLISH_CITATION)?.[0], `${n.number} ${name}`).toBeUndefined();
          expect(pdf, `${n.number} ${name}`).not.toContain('UTC');
        }
        expect(filing.match(/Heures exprimées en heure de Paris/g)).toHaveLength(1);
        expect(filing).not.toMatch(/Déposé(?!e)|Prêt(?!e)/);
        const c = JSON.parse(n.document.canonicalJson) as CnilNotificationContent;
        if (n.status === 'FILED') {
          expect(filing).toContain('Saisie et validée');
          // A filed notification's gravity is a signed decision, never the bare suggestion.
          expect(item(c, 'harms.gravityDecision')).not.toMatchObject({ value: 'À confirmer' });
        }
      }
      expect(notifications.some((n) => n.status === 'FILED')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
