import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { Incident } from '../../src/incidents/incident.entity';
import { Organization } from '../../src/organizations/organization.entity';
import {
  CreateExposureDocument,
  DeclareProcessorDocument,
  CreateIncidentDocument,
  CreateOrganizationDocument,
  OrganizationDocument,
  type CreateOrganizationInput,
  UpdateExposureDocument,
  UpdateIncidentDocument,
  UpdateOrganizationDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';

const controllerInput = (siren: string, legalName = `Mutuelle ${siren}`): CreateOrganizationInput => ({
  roles: ['CONTROLLER'],
  legalName,
  siren,
  vatNumber: null,
  address: { street: '1 rue Test', postalCode: '75001', city: 'Paris', country: 'FR' },
  contact: { civility: 'MADAME', firstName: 'Ana', lastName: 'Contact', email: 'contact@test.example' },
  regimes: [{ regime: 'DORA', inScope: true, rationale: 'Organisme complémentaire: entité financière.' }],
});

describe(`mutations and input validation on ${dialect}`, () => {
  let gw: TestGateway;
  let admin: string;
  let processorId: string;
  let processor: string;
  let controllerId: string;
  let controller: string;

  const rowCount = async (entity: typeof Organization | typeof Incident) => gw.app.orm.em.fork().count(entity);

  beforeAll(async () => {
    gw = await startGateway();
    admin = await gw.token('01900000-0000-7000-8000-0000000000ad', [Role.ADMIN]);
    const p = await gw.gql(
      CreateOrganizationDocument,
      { input: { ...controllerInput('912300019', 'Opérateur Test'), roles: ['PROCESSOR'] } },
      admin,
    );
    processorId = p.data!.createOrganization.id;
    processor = await gw.token(processorId, [Role.PROCESSOR_SECURITY]);
    const c = await gw.gql(CreateOrganizationDocument, { input: controllerInput('912300027') }, admin);
    controllerId = c.data!.createOrganization.id;
    controller = await gw.token(controllerId, [Role.CONTROLLER_DPO]);
  });
  afterAll(() => gw.close());

  it('creates an organisation with its contacts and regimes, normalising the SIREN', async () => {
    const { data, errors } = await gw.gql(
      CreateOrganizationDocument,
      { input: { ...controllerInput('912 300 035'), vatNumber: 'FR 12 912300035' } },
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data!.createOrganization).toMatchObject({
      siren: '912300035',
      vatNumber: 'FR12912300035',
      version: 1,
      regimes: [{ regime: 'DORA', inScope: true }],
    });
  });

  it('rejects an invalid SIREN as BAD_USER_INPUT naming input.siren, and writes nothing', async () => {
    const before = await rowCount(Organization);
    const response = await gw.gql(CreateOrganizationDocument, { input: controllerInput('912300018') }, admin);
    const error = onlyError(response);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.siren' });
    expect(error.message).toMatch(/input\.siren: .*Luhn/);
    expect(await rowCount(Organization)).toBe(before);
  });

  it('rejects a VAT number of another SIREN and a regime without rationale, all problems at once', async () => {
    const input = {
      ...controllerInput('912300043'),
      vatNumber: 'FR00912300043',
      regimes: [{ regime: 'NIS2' as const, inScope: false, rationale: ' ' }],
    };
    const error = onlyError(await gw.gql(CreateOrganizationDocument, { input }, admin));
    expect(error.extensions?.problems?.map((p) => p.argument)).toEqual(['input.vatNumber', 'input.regimes[0].rationale']);
  });

  it('answers a second organisation with the same SIREN with CONFLICT', async () => {
    const error = onlyError(await gw.gql(CreateOrganizationDocument, { input: controllerInput('912300027') }, admin));
    expect(error.extensions?.code).toBe('CONFLICT');
  });

  it('rejects an unknown enum value and a malformed date as BAD_USER_INPUT naming the field', async () => {
    const badEnum = onlyError(await gw.gql(CreateIncidentDocument, { input: { title: 'x', natures: ['SOMETHING' as never] } }, processor));
    expect(badEnum.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.message).toMatch(/input\.natures\[0\].*SOMETHING/);
    const badDate = onlyError(
      await gw.gql(CreateIncidentDocument, { input: { title: 'x', detectedAt: '2024-02-30T25:00:00Z' } }, processor),
    );
    expect(badDate.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.message).toMatch(/input\.detectedAt/);
  });

  it('rejects an end before the start, and writes nothing', async () => {
    const before = await rowCount(Incident);
    const input = { title: 'Fuite', startPrecision: 'EXACT' as const, startAt: '2024-02-01T10:00:00Z', endAt: '2024-01-31T10:00:00Z' };
    const error = onlyError(await gw.gql(CreateIncidentDocument, { input }, processor));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.endAt' });
    expect(error.message).toMatch(/before the start/);
    expect(await rowCount(Incident)).toBe(before);
  });

  describe('an incident and its exposure', () => {
    let incidentId: string;
    let exposureId: string;

    beforeAll(async () => {
      const input = {
        title: 'Intrusion portail',
        startPrecision: 'APPROXIMATE' as const,
        startAt: '2024-01-29T08:00:00Z',
        natures: ['CONFIDENTIALITY' as const],
      };
      const created = await gw.gql(CreateIncidentDocument, { input }, processor);
      incidentId = created.data!.createIncident.id;
      // The controller names its processor first: only then may the processor record its exposure.
      await gw.gql(DeclareProcessorDocument, { controllerId, processorSiren: '912300019' }, controller);
      const exposure = await gw.gql(
        CreateExposureDocument,
        { input: { incidentId, controllerId, processorAlertedAt: '2024-02-01T13:00:00Z', approxPersons: 410000 } },
        processor,
      );
      exposureId = exposure.data!.createExposure.id;
    });

    it("records the processor as source and defaults the controller's awareness to the processor's alert", async () => {
      const { data } = await gw.gql(
        UpdateExposureDocument,
        { id: exposureId, input: { dataCategories: ['CIVIL_STATUS', 'NIR'] } },
        controller,
      );
      expect(data!.updateExposure).toMatchObject({
        awareAt: '2024-02-01T13:00:00.000Z',
        dataCategories: ['CIVIL_STATUS', 'NIR'],
        version: 2,
      });
    });

    it('rejects an awareness instant before the start, naming input.awareAt', async () => {
      const error = onlyError(
        await gw.gql(UpdateExposureDocument, { id: exposureId, input: { awareAt: '2024-01-01T00:00:00Z' } }, controller),
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.awareAt' });
    });

    it("rejects moving the incident's start after a controller's awareness", async () => {
      const error = onlyError(
        await gw.gql(UpdateIncidentDocument, { id: incidentId, input: { startAt: '2024-02-02T00:00:00Z' } }, processor),
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.startAt' });
    });

    it('answers an update prepared against a stale version with CONFLICT, and keeps the newer data', async () => {
      const first = await gw.gql(
        UpdateIncidentDocument,
        { id: incidentId, input: { title: 'Intrusion portail pro', version: 1 } },
        processor,
      );
      expect(first.errors).toBeUndefined();
      expect(first.data!.updateIncident.version).toBe(2);
      const stale = onlyError(await gw.gql(UpdateIncidentDocument, { id: incidentId, input: { title: 'Écrasé', version: 1 } }, processor));
      expect(stale.extensions?.code).toBe('CONFLICT');
      expect((await gw.app.orm.em.fork().findOneOrFail(Incident, incidentId)).title).toBe('Intrusion portail pro');
    });

    it('rejects a second exposure of the same controller to the same incident with CONFLICT', async () => {
      const error = onlyError(await gw.gql(CreateExposureDocument, { input: { incidentId, controllerId } }, processor));
      expect(error.extensions?.code).toBe('CONFLICT');
    });

    it("lets only the incident's source change it: the controller is FORBIDDEN, a stranger gets NOT_FOUND", async () => {
      expect(onlyError(await gw.gql(UpdateIncidentDocument, { id: incidentId, input: { title: 'x' } }, controller)).extensions?.code).toBe(
        'FORBIDDEN',
      );
      const stranger = await gw.token('01900000-0000-7000-8000-000000000001', [Role.PROCESSOR_SECURITY]);
      expect(onlyError(await gw.gql(UpdateIncidentDocument, { id: incidentId, input: { title: 'x' } }, stranger)).extensions?.code).toBe(
        'NOT_FOUND',
      );
    });

    it('keeps an auditor read-only', async () => {
      const auditor = await gw.token(controllerId, [Role.AUDITOR]);
      const error = onlyError(await gw.gql(UpdateExposureDocument, { id: exposureId, input: { approxPersons: 1 } }, auditor));
      expect(error.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('lets only an admin register an organisation, and an organisation update itself', async () => {
    expect(onlyError(await gw.gql(CreateOrganizationDocument, { input: controllerInput('912300050') }, controller)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    const own = await gw.gql(UpdateOrganizationDocument, { id: controllerId, input: { sector: 'Mutuelle santé' } }, controller);
    expect(own.data!.updateOrganization.sector).toBe('Mutuelle santé');
    // The processor is on the other side of the controller's exposure: visible, but not its to change.
    const processorOrg = await gw.gql(UpdateOrganizationDocument, { id: processorId, input: { sector: 'x' } }, controller);
    expect(onlyError(processorOrg).extensions?.code).toBe('FORBIDDEN');
    const unrelated = await gw.gql(CreateOrganizationDocument, { input: controllerInput('912300068') }, admin);
    const other = await gw.gql(
      UpdateOrganizationDocument,
      { id: unrelated.data!.createOrganization.id, input: { sector: 'x' } },
      controller,
    );
    expect(onlyError(other).extensions?.code).toBe('NOT_FOUND');
  });

  it("keeps an organisation's registration (capacities, SIREN) to admins: its DPO cannot widen its own reach", async () => {
    const before = await gw.gql(OrganizationDocument, { id: controllerId }, admin);
    const { version, roles, siren } = before.data!.organization!;
    for (const input of [{ roles: ['CONTROLLER', 'PROCESSOR'] }, { siren: '912300068' }]) {
      const refused = onlyError(
        await gw.gql(UpdateOrganizationDocument, { id: controllerId, input: { version, ...input } as never }, controller),
      );
      expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', fields: [`input.${Object.keys(input)[0]}`] });
    }
    // Restating the registration as it stands is not a change; the admin may change it.
    const same = await gw.gql(
      UpdateOrganizationDocument,
      { id: controllerId, input: { version, roles, siren, sector: 'Mutuelle' } },
      controller,
    );
    expect(same.errors).toBeUndefined();
    const after = await gw.gql(OrganizationDocument, { id: controllerId }, admin);
    expect(after.data!.organization!).toMatchObject({ roles, siren });
    const widened = await gw.gql(
      UpdateOrganizationDocument,
      { id: controllerId, input: { version: after.data!.organization!.version, roles: ['CONTROLLER', 'PROCESSOR'] } },
      admin,
    );
    expect(widened.data!.updateOrganization.roles).toEqual(['CONTROLLER', 'PROCESSOR']);
  });
});
