import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import {
  CreateExposureDocument,
  CreateIncidentDocument,
  CreateNotificationDocument,
  CreateOrganizationDocument,
  type CreateOrganizationInput,
  DeclareProcessorDocument,
  NotificationDocumentDocument,
  OrganizationDocument,
  VocabularyDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { must } from '../support/must';

/** An association declared with the form's « pas de SIREN » box and its RNA number (legal review F4, F5, F7, F2). */
const association: CreateOrganizationInput = {
  roles: ['CONTROLLER'],
  legalName: 'Association Entraide Santé',
  noSiren: true,
  otherIdentifierType: 'RNA',
  otherIdentifier: ' W442001234 ',
  address: { street: '3 quai de la Fosse', postalCode: '44000', city: 'Nantes', country: 'FR' },
  legalRepresentative: { civility: 'MADAME', firstName: 'Claire', lastName: 'Présidente', email: 'presidence@entraide.example' },
  contactIsLegalRepresentative: true,
  contact: { position: 'Présidente', phone: '+33 2 00 00 00 00' },
};

describe(`an organisation without SIREN, through GraphQL, on ${dialect}`, () => {
  let gw: TestGateway;
  let admin: string;
  let associationId: string;

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock('2024-02-02T09:00:00Z') });
    admin = await gw.token('01900000-0000-7000-8000-0000000000ad', [Role.ADMIN]);
  });
  afterAll(() => gw.close());

  it('registers it with « pas de SIREN » and its other identifier, the contact filled from the legal representative', async () => {
    const { data, errors } = await gw.gql(CreateOrganizationDocument, { input: association }, admin);
    expect(errors).toBeUndefined();
    associationId = data!.createOrganization.id;
    // The contact's people are read by the organisation's own DPO.
    const dpo = await gw.token(associationId, [Role.CONTROLLER_DPO], 'presidence@entraide.example');
    const read = await gw.gql(OrganizationDocument, { id: associationId }, dpo);
    expect(read.errors).toBeUndefined();
    expect(read.data!.organization!).toMatchObject({
      siren: null,
      noSiren: true,
      otherIdentifierType: 'RNA',
      otherIdentifier: 'W442001234',
      contactIsLegalRepresentative: true,
      legalRepresentative: { lastName: 'Présidente', email: 'presidence@entraide.example' },
      contact: { civility: 'MADAME', lastName: 'Présidente', email: 'presidence@entraide.example', position: 'Présidente' },
    });
  });

  it('still requires a SIREN without the box, refuses both at once, and refuses half an identifier', async () => {
    const { noSiren: _box, otherIdentifierType: _type, otherIdentifier: _id, ...bare } = association;
    const missing = onlyError(await gw.gql(CreateOrganizationDocument, { input: { ...bare, legalName: 'Sans rien' } }, admin));
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.siren' });
    const both = onlyError(await gw.gql(CreateOrganizationDocument, { input: { ...association, siren: '912300035' } }, admin));
    expect(both.extensions?.problems?.map((p) => p.argument)).toEqual(['input.noSiren', 'input.otherIdentifier']);
    const half = onlyError(
      await gw.gql(CreateOrganizationDocument, { input: { ...association, legalName: 'Moitié', otherIdentifierType: null } }, admin),
    );
    expect(half.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.otherIdentifierType' });
  });

  it('notifies without MISSING_SIREN, asks for the « Autre » text, and prints the identifier in the filing copy', async () => {
    const operator = await gw.gql(
      CreateOrganizationDocument,
      { input: { roles: ['PROCESSOR'], legalName: 'Opérateur Test', siren: '912300019' } },
      admin,
    );
    const operatorId = operator.data!.createOrganization.id;
    const processor = await gw.token(operatorId, [Role.PROCESSOR_SECURITY]);
    const dpo = await gw.token(associationId, [Role.CONTROLLER_DPO], 'presidence@entraide.example');
    const incident = await gw.gql(
      CreateIncidentDocument,
      {
        input: {
          title: 'Clé USB perdue',
          natures: ['CONFIDENTIALITY'],
          origins: ['OTHER'],
          originsOther: 'clé USB oubliée dans un train',
          causes: ['INTERNAL_ACCIDENTAL'],
          startPrecision: 'EXACT',
          startAt: '2024-02-01T08:00:00Z',
        },
      },
      processor,
    );
    expect(incident.errors).toBeUndefined();
    expect(
      (await gw.gql(DeclareProcessorDocument, { controllerId: associationId, processorSiren: '912300019' }, dpo)).errors,
    ).toBeUndefined();
    const exposure = await gw.gql(
      CreateExposureDocument,
      {
        input: {
          incidentId: incident.data!.createIncident.id,
          controllerId: associationId,
          processorAlertedAt: '2024-02-01T13:00:00Z',
          dataCategories: ['CIVIL_STATUS', 'OTHER'],
          approxPersons: 120,
        },
      },
      processor,
    );
    expect(exposure.errors).toBeUndefined();
    const draft = await gw.gql(
      CreateNotificationDocument,
      { input: { exposureId: exposure.data!.createExposure.id, type: 'INITIAL' } },
      dpo,
    );
    expect(draft.errors).toBeUndefined();
    const notification = draft.data!.createNotification;
    // Without SIREN, the internal number opens with the other identifier.
    expect(notification.number).toMatch(/^W442001234-/);

    const { data, errors } = await gw.gql(NotificationDocumentDocument, { id: notification.id }, dpo);
    expect(errors).toBeUndefined();
    const { content, completeness } = data!.notification!.document;
    const codes = completeness.map((i) => i.code);
    expect(codes).not.toContain('MISSING_SIREN');
    expect(codes).not.toContain('MISSING_OTHER_IDENTIFIER');
    expect(codes).not.toContain('MISSING_LEGAL_REPRESENTATIVE');
    expect(completeness.filter((i) => i.code === 'MISSING_OTHER_TEXT')).toEqual([
      expect.objectContaining({ section: 8, path: 'data.categories', blocksReady: true }),
    ]);
    expect(content).toMatchObject({
      organization: { siren: null, otherIdentifier: { typeLabel: 'Numéro RNA (association)', value: 'W442001234' } },
    });

    const pdf = await fetch(`${gw.baseUrl}/notifications/${notification.id}/filing.pdf`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(pdf.status).toBe(200);
    const text = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(await pdf.arrayBuffer()) })
      .toString()
      .replace(/\s+/g, ' ');
    expect(text).toContain('Numéro RNA (association) W442001234');
    expect(text).toContain('Autre (à préciser) : clé USB oubliée dans un train');
    expect(text).not.toMatch(/Tranche|SIREN null/);
  });

  it('tells the CNIL lists, reconstituted, from the gateway’s own', async () => {
    const { data } = await gw.gql(VocabularyDocument, {}, admin);
    const list = (name: string) =>
      must(
        data!.vocabulary.find((l) => l.name === name),
        name,
      );
    expect(list('IncidentOrigin')).toMatchObject({ origin: 'CNIL_FORM', status: 'RECONSTITUTED', capturedOn: null });
    expect(list('Regime')).toMatchObject({ origin: 'GATEWAY', status: 'GATEWAY' });
    expect(list('Regime').version).not.toMatch(/cnil/);
  });
});
