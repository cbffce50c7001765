import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { canonicalJson } from '../../src/lib/canonical-json';
import { IssuedDocument } from '../../src/documents/document.entities';
import { Notification } from '../../src/notifications/notification.entity';
import {
  CreateNotificationDocument,
  IncidentsDocument,
  MarkNotificationReadyDocument,
  MarkPersonsLetterReadyDocument,
  NotificationLetterDocument,
  RecordNotificationFilingDocument,
  SubmitBreachFactsDocument,
  UpdateNotificationDocument,
  UpdatePersonsLetterDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first } from '../support/must';

type Letter = { paragraphs: { item: string; text: string }[]; status: string; variant: string; concerns: string };

/** The letter to the persons (art. 34) through GraphQL and its downloads: legal review C4–C9, L6. */
describe(`the letter to the persons concerned on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let legal: string;
  let auditor: string;
  let processor: string;
  let exposureId: string;
  let incidentId: string;
  let notification: { id: string; version: number };
  let dir: string;

  const letterOf = async () => {
    const { data, errors } = await gw.gql(NotificationLetterDocument, { id: notification.id }, legal);
    expect(errors).toBeUndefined();
    return data!.notification!;
  };
  const download = (file: string, token = legal) =>
    fetch(`${gw.baseUrl}/notifications/${notification.id}/${file}`, { headers: { authorization: `Bearer ${token}` } });
  const pdfText = async (file: string) => {
    const response = await download(file);
    expect(response.status).toBe(200);
    const path = join(dir, file.replace(/[?=]/g, '_'));
    writeFileSync(path, Buffer.from(await response.arrayBuffer()));
    return { text: execFileSync('pdftotext', [path, '-']).toString('utf8'), path, response };
  };

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock('2024-02-06T12:00:00Z') });
    orgs = await withDemo(gw);
    dir = mkdtempSync(join(tmpdir(), 'persons-letter-'));
    legal = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example');
    auditor = await gw.token(orgs.horizon, [Role.AUDITOR], 'auditor@horizon.example');
    processor = await gw.token(orgs['operator-b'], [Role.PROCESSOR_SECURITY], 'rssi@operator-b.example');
    const admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const { data } = await gw.gql(IncidentsDocument, { filter: { sourceOrganizationId: orgs['operator-b'] } }, admin);
    const incident = first(data!.incidents.edges).node;
    incidentId = incident.id;
    exposureId = incident.exposures.edges.map((edge) => edge.node).find((e) => e.controller.id === orgs.horizon)!.id;
    // Horizon's own assessment of incident B: data made unavailable, not read (an availability breach).
    const submitted = await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId,
          exposureId,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: 'letter-availability',
          incidentFacts: { natures: ['AVAILABILITY'] },
          exposureFacts: {
            harms: ['LOSS_OF_CONTROL', 'IDENTITY_THEFT'],
            measuresTaken: 'Portail déconnecté le 1er février ; mots de passe réinitialisés (ticket SEC-42).',
          },
        },
      },
      legal,
    );
    expect(submitted.errors).toBeUndefined();
    const created = await gw.gql(CreateNotificationDocument, { input: { exposureId, type: 'INITIAL' } }, legal);
    expect(created.errors).toBeUndefined();
    notification = created.data!.createNotification;
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('before anything is recorded: a draft, with what is missing, no CNIL sentence, no internal note', async () => {
    const n = await letterOf();
    const letter = n.document.letterJson as Letter;
    expect(n.document.letterStatus).toBe('DRAFT');
    const blocking = n.document.letterCompleteness.filter((i) => i.blocksReady).map((i) => i.code);
    expect(blocking).toEqual(expect.arrayContaining(['LETTER_NO_MEASURES', 'LETTER_NO_SIGNATORY', 'LETTER_NO_DATE']));
    const text = JSON.stringify(letter);
    expect(text).not.toContain('SEC-42');
    expect(text).not.toContain('CNIL de cet incident');
    expect(text).not.toContain('accès non autorisé');
    expect(letter.paragraphs[0]!.text).toContain('ont été rendues temporairement inaccessibles');
    expect(letter.paragraphs.map((p) => p.item)).not.toContain('MEASURES');
    const refused = await gw.gql(MarkPersonsLetterReadyDocument, { notificationId: notification.id, version: 1 }, legal);
    expect(onlyError(refused).extensions?.code).toBe('CONFLICT');
  });

  it('is edited by the controller’s drafters only, with a version check', async () => {
    const input = { measuresText: 'Nous avons fermé le portail concerné.' };
    expect(onlyError(await gw.gql(UpdatePersonsLetterDocument, { exposureId, input }, auditor)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await gw.gql(UpdatePersonsLetterDocument, { exposureId, input }, processor)).extensions?.code).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );
    const { data, errors } = await gw.gql(UpdatePersonsLetterDocument, { exposureId, input }, legal);
    expect(errors).toBeUndefined();
    expect(data!.updatePersonsLetter).toMatchObject({ measuresText: input.measuresText, editedBy: 'legal@horizon.example', readyAt: null });
    const stale = await gw.gql(
      UpdatePersonsLetterDocument,
      { exposureId, input: { ...input, version: data!.updatePersonsLetter.version + 5 } },
      legal,
    );
    expect(onlyError(stale).extensions?.code).toBe('CONFLICT');
  });

  it('refuses READY while an item blocks, and says which', async () => {
    const version = (await gw.gql(UpdatePersonsLetterDocument, { exposureId, input: { signatoryName: 'Claire Directrice' } }, legal)).data!
      .updatePersonsLetter.version;
    const refused = onlyError(await gw.gql(MarkPersonsLetterReadyDocument, { notificationId: notification.id, version }, legal));
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(refused.extensions)).toContain('LETTER_NO_SIGNATORY');
    expect(JSON.stringify(refused.extensions)).toContain('LETTER_NO_DATE');
  });

  it('once complete and marked ready: READY, signed, dated, in plain French; an edit clears it', async () => {
    const updated = await gw.gql(
      UpdatePersonsLetterDocument,
      {
        exposureId,
        input: {
          signatoryTitle: 'Directrice générale',
          letterDate: '2024-02-06',
          processorService: 'la gestion des accès au portail des professionnels',
        },
      },
      legal,
    );
    expect(updated.errors).toBeUndefined();
    const ready = await gw.gql(
      MarkPersonsLetterReadyDocument,
      { notificationId: notification.id, version: updated.data!.updatePersonsLetter.version },
      legal,
    );
    expect(ready.errors).toBeUndefined();
    expect(ready.data!.markPersonsLetterReady.readyBy).toBe('legal@horizon.example');
    expect((await letterOf()).document.letterStatus).toBe('READY');

    const { text } = await pdfText('letter.pdf');
    expect(text).toContain('Le 6 février 2024');
    expect(text).toContain('Directrice générale');
    expect(text).toContain('salutations distinguées');
    expect(text).toContain('numéro de sécurité sociale');
    expect(text).toContain('cybermalveillance.gouv.fr');
    expect(text).not.toMatch(/accès non autorisé|\bNIR\b|\bleurs\b|tiers payant/);
    // No English code (status, completeness code, nature) in the letter.
    expect(text).not.toMatch(/\b(LETTER_[A-Z_]+|DRAFT|READY|FILED|AVAILABILITY|CONFIDENTIALITY|MEMBER)\b/);

    const again = await gw.gql(UpdatePersonsLetterDocument, { exposureId, input: { letterDate: '2024-02-07' } }, legal);
    expect(again.data!.updatePersonsLetter.readyAt).toBeNull();
    expect((await letterOf()).document.letterStatus).toBe('DRAFT');
  });

  it('says the CNIL was informed only after the filing is recorded, with its date', async () => {
    expect((await pdfText('letter.pdf')).text).not.toContain('CNIL de cet incident');
    let n = await letterOf();
    const delay = await gw.gql(
      UpdateNotificationDocument,
      { id: n.id, input: { version: n.version, delayReasons: 'Information tardive du sous-traitant.' } },
      legal,
    );
    expect(delay.errors).toBeUndefined();
    const readied = await gw.gql(MarkNotificationReadyDocument, { id: n.id, version: delay.data!.updateNotification.version }, legal);
    expect(readied.errors).toBeUndefined();
    const filed = await gw.gql(
      RecordNotificationFilingDocument,
      {
        id: n.id,
        input: {
          version: readied.data!.markNotificationReady.version,
          cnilReference: 'CNIL-NOTIF-2024-009999',
          filedAt: '2024-02-06T12:00:00Z',
        },
      },
      legal,
    );
    expect(filed.errors).toBeUndefined();
    n = await letterOf();
    expect(n.status).toBe('FILED');
    const measures = (n.document.letterJson as Letter).paragraphs.find((p) => p.item === 'MEASURES')!.text;
    expect(measures).toContain(
      'Nous avons informé la Commission nationale de l’informatique et des libertés (CNIL) de cet incident le 6 février 2024.',
    );
    expect((await pdfText('letter.pdf')).text).toContain('de cet incident le 6 février 2024');
  });

  it('has a letter per addressee, each saying whose data it is about', async () => {
    const member = await pdfText('letter.pdf');
    const beneficiary = await pdfText('letter.pdf?variant=BENEFICIARY');
    const minor = await pdfText('letter.pdf?variant=MINOR_REPRESENTATIVE');
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    expect(flat(member.text)).toContain('Ce courrier concerne vos propres données personnelles.');
    expect(flat(beneficiary.text)).toContain('vous êtes ayant droit');
    expect(flat(minor.text)).toContain('représentant légal d’un enfant mineur');
    expect(minor.response.headers.get('content-disposition')).toMatch(/-representant-legal\.pdf"$/);
    const letter = JSON.parse(execFileSync('qpdf', ['--show-attachment=letter.json', minor.path]).toString('utf8')) as Letter;
    expect(letter.variant).toBe('MINOR_REPRESENTATIVE');
    expect((await download('letter.pdf?variant=SOMEONE')).status).toBe(400);
  });

  it('serves the same letter as DOCX (read back) and the variants as a CSV without NIR, audited', async () => {
    const n = await letterOf();
    expect(n.document.letterDocxUrl).toMatch(new RegExp(`^/notifications/${n.id}/letter\\.docx\\?expires=`));
    const em = gw.app.orm.em.fork();
    const before = await em.count(IssuedDocument, { notification: n.id });
    const docx = await download('letter.docx?variant=BENEFICIARY');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const path = join(dir, 'letter.docx');
    writeFileSync(path, Buffer.from(await docx.arrayBuffer()));
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'])
      .toString('utf8')
      .replace(/<[^>]+>/g, '');
    expect(xml).toContain('vous êtes ayant droit');
    expect(xml).toContain('Directrice générale');
    expect(xml).toContain('salutations distinguées');

    const csv = await download('letter-recipients.csv');
    expect(csv.status).toBe(200);
    const body = await csv.text();
    expect(body.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(body).toContain('MINOR_REPRESENTATIVE');
    expect(body).not.toMatch(/\b[12]\s?\d{2}\s?\d{2}\s?\d{2}\s?\d{3}\s?\d{3}(\s?\d{2})?\b/);
    expect(body).not.toMatch(/\bNIR\b/);
    const etag = csv.headers.get('etag')!;
    const cached = await fetch(`${gw.baseUrl}/notifications/${n.id}/letter-recipients.csv`, {
      headers: { authorization: `Bearer ${legal}`, 'if-none-match': etag },
    });
    expect(cached.status).toBe(304);
    const issued = await em.find(IssuedDocument, { notification: n.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    expect(issued.length).toBe(before + 2);
    expect(issued.map((i) => i.kind)).toEqual(expect.arrayContaining(['LETTER_DOCX_BENEFICIARY', 'LETTER_CSV']));
    expect((await download('letter.docx', processor)).status).toBe(404);
    expect(canonicalJson(n.document.letterJson)).toContain('"variant":"MEMBER"');
  });
});

describe(`the letters of the demo on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock('2024-02-06T12:00:00Z') });
    orgs = await withDemo(gw);
  });
  afterAll(() => gw.close());

  it('blocks READY on the health contradiction and says why (C6), on a health item of its own', async () => {
    const token = await gw.token(orgs.atlantique, [Role.CONTROLLER_LEGAL], 'legal@atlantique.example');
    const dpo = await gw.token(orgs.atlantique, [Role.CONTROLLER_DPO], 'dpo@atlantique.example');
    const demo = await gw.app.orm.em
      .fork()
      // Atlantique's draft for operator B's 2024 incident (it has another for the 2025 one).
      .findOneOrFail(
        Notification,
        { exposure: { controller: orgs.atlantique, incident: { sourceOrganization: orgs['operator-b'] } } },
        { populate: ['exposure'] },
      );
    const letterIssue = async () => {
      const { data } = await gw.gql(NotificationLetterDocument, { id: demo.id }, token);
      return { doc: data!, issue: data!.notification!.document.letterCompleteness.find((i) => i.code === 'LETTER_HEALTH_CONTRADICTION') };
    };
    // The demo holds no health data (legal review S4): the contradiction needs this test's own item.
    expect((await letterIssue()).issue).toBeUndefined();
    const submitted = await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: demo.exposure.getEntity().incident.id,
          exposureId: demo.exposure.id,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: 'letter-health-fixture',
          exposureFacts: {
            sensitiveData: ['HEALTH'],
            exposedDataItems: ['nom', 'NIR', 'factures de transport médical (donnée de test, fictive)'],
          },
        },
      },
      dpo,
    );
    expect(submitted.errors).toBeUndefined();
    const { doc, issue } = await letterIssue();
    expect(issue?.blocksReady).toBe(true);
    expect(issue?.messageFr).toContain('transport médical');
    expect(JSON.stringify(doc.notification!.document.letterJson)).not.toMatch(/Ne sont pas concernées[^"]*données médicales/);
  });

  it('shows Horizon’s recorded letter: measures for the reader, the CNIL filing date, and why it is still a draft', async () => {
    const token = await gw.token(orgs.horizon, [Role.CONTROLLER_LEGAL], 'legal@horizon.example');
    const filed = await gw.app.orm.em.fork().findOneOrFail(Notification, { status: 'FILED', exposure: { controller: orgs.horizon } });
    const { data } = await gw.gql(NotificationLetterDocument, { id: filed.id }, token);
    const letter = data!.notification!.document.letterJson as Letter;
    expect(letter.paragraphs.find((p) => p.item === 'MEASURES')!.text).toContain('de cet incident le 2 février 2024.');
    expect(letter.paragraphs[0]!.text).toContain('chargé pour notre compte de la gestion du tiers payant');
    expect(data!.notification!.document.letterStatus).toBe('DRAFT');
    expect(data!.notification!.document.letterCompleteness.map((i) => i.code)).toEqual(['LETTER_NO_CONSEQUENCES']);
  });
});
