import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { sirenProblem } from '../../src/organizations/siren';
import {
  ClassifyDoraIncidentDocument,
  CreateExposureDocument,
  CreateIncidentDocument,
  CreateOrganizationDocument,
  DeclareProcessorDocument,
  ExposureDoraDocument,
  ExposureObligationsDocument,
  OrganizationEntityFactsDocument,
  RecordDoraStepDocument,
  RecordEntityFactsDocument,
  RecordProcessingContractDocument,
  type RecordDoraStepInput,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';

function siren(prefix: string): string {
  for (let d = 0; d <= 9; d++) if (sirenProblem(`${prefix}${d}`) === null) return `${prefix}${d}`;
  throw new Error('unreachable');
}

/**
 * Entity facts and a DORA classification recorded through GraphQL drive the ACPR duties (legal review
 * O2–O5, O10): no duty before the classification, then 4 hours after it within 24 hours of awareness,
 * the intermediate report from the initial's submission; the processor's alert from its contract.
 */
describe(`entity facts and DORA classification on ${dialect}`, () => {
  let gw: TestGateway;
  let controllerId: string;
  let exposureId: string;
  let dpo: string;
  const processorSiren = siren('81230001');

  const obligations = async () => {
    const { data, errors } = await gw.gql(ExposureObligationsDocument, { id: exposureId }, dpo);
    expect(errors).toBeUndefined();
    return Object.fromEntries(data!.exposure!.obligations.map((o) => [o.code, o]));
  };

  beforeAll(async () => {
    // Wednesday 4 February 2025, 13:00 Paris: a day after awareness.
    gw = await startGateway({ clock: fixedClock('2025-02-04T12:00:00Z') });
    const admin = await gw.token('01900000-0000-7000-8000-0000000000ad', [Role.ADMIN]);
    const org = (legalName: string, sirenNumber: string, roles: ('CONTROLLER' | 'PROCESSOR')[]) =>
      gw.gql(
        CreateOrganizationDocument,
        { input: { roles, legalName, siren: sirenNumber, address: { city: 'Paris', country: 'FR' } } },
        admin,
      );
    controllerId = (await org('Mutuelle Lumière', siren('81230002'), ['CONTROLLER'])).data!.createOrganization.id;
    const processorId = (await org('Opérateur TP', processorSiren, ['PROCESSOR'])).data!.createOrganization.id;
    dpo = await gw.token(controllerId, [Role.CONTROLLER_DPO], 'dpo@lumiere.example');
    expect((await gw.gql(DeclareProcessorDocument, { controllerId, processorSiren }, dpo)).errors).toBeUndefined();
    const processor = await gw.token(processorId, [Role.PROCESSOR_SECURITY]);
    const incident = await gw.gql(
      CreateIncidentDocument,
      { input: { title: 'Hameçonnage', detectedAt: '2025-02-03T07:00:00Z' } },
      processor,
    );
    const exposure = await gw.gql(
      CreateExposureDocument,
      {
        input: {
          incidentId: incident.data!.createIncident.id,
          controllerId,
          awareAt: '2025-02-03T09:00:00Z',
          processorAlertedAt: '2025-02-03T09:00:00Z',
        },
      },
      admin,
    );
    expect(exposure.errors).toBeUndefined();
    exposureId = exposure.data!.createExposure.id;
  });
  afterAll(() => gw.close());

  it('records entity facts with their reasons, by the organisation’s DPO, and refuses a category without one', async () => {
    const refused = await gw.gql(
      RecordEntityFactsDocument,
      { organizationId: controllerId, input: { doraCategory: 'MUTUELLE_LIVRE_II' } },
      dpo,
    );
    expect(onlyError(refused)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(refused.errors)).toMatch(/input\.doraReason/);
    const recorded = await gw.gql(
      RecordEntityFactsDocument,
      {
        organizationId: controllerId,
        input: {
          doraCategory: 'MUTUELLE_LIVRE_II',
          solvency2SmallUndertaking: false,
          doraReason: 'Mutuelle du livre II agréée par l’ACPR',
          doraSystemic: false,
          doraSystemicReason: 'Non désignée',
          nis2Status: 'NOT_IN_SCOPE',
          nis2Reason: 'Assurance : hors annexes I et II',
        },
      },
      dpo,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordEntityFacts).toMatchObject({ doraCategory: 'MUTUELLE_LIVRE_II', recordedBy: 'dpo@lumiere.example' });
    const read = await gw.gql(OrganizationEntityFactsDocument, { id: controllerId }, dpo);
    expect(read.data!.organization!.entityFacts).toMatchObject({ doraReason: 'Mutuelle du livre II agréée par l’ACPR' });
    expect((await obligations()).ACPR_INITIAL).toMatchObject({
      status: 'TO_CLASSIFY',
      dueAt: null,
      rationale: expect.stringMatching(/point n\).*Classification à décider/),
    });
  });

  it('counts the processor’s alert from the contract recorded for the pair', async () => {
    const { errors } = await gw.gql(
      RecordProcessingContractDocument,
      { controllerId, processorSiren, alertHours: 12, contractReference: 'TP-2023-17' },
      dpo,
    );
    expect(errors).toBeUndefined();
    expect((await obligations()).PROCESSOR_ALERT).toMatchObject({
      dueAt: '2025-02-03T19:00:00.000Z',
      status: 'DONE',
      dueBasis: expect.stringMatching(/référence TP-2023-17/),
    });
  });

  it('drives the ACPR duties from a recorded classification as major, and the chain from the reports', async () => {
    const bad = await gw.gql(
      ClassifyDoraIncidentDocument,
      {
        exposureId,
        input: { major: true, classifiedAt: '2025-02-03T11:00:00Z', criteria: [], reason: 'x', clientsFinancialInterestsAffected: true },
      },
      dpo,
    );
    expect(JSON.stringify(bad.errors)).toMatch(/input\.criteria/);
    const classified = await gw.gql(
      ClassifyDoraIncidentDocument,
      {
        exposureId,
        input: {
          major: true,
          classifiedAt: '2025-02-03T11:00:00Z',
          criteria: [
            { criterion: 'CLIENTS_AFFECTED', value: '12 % des adhérents' },
            { criterion: 'CRITICAL_SERVICES', value: 'tiers payant indisponible' },
          ],
          reason: 'Seuils de l’article 8 du règlement délégué (UE) 2024/1772 atteints.',
          clientsFinancialInterestsAffected: true,
        },
      },
      dpo,
    );
    expect(classified.errors).toBeUndefined();
    expect(classified.data!.classifyDoraIncident.classifiedBy).toBe('dpo@lumiere.example');
    let o = await obligations();
    expect(o.ACPR_INITIAL).toMatchObject({
      dueAt: '2025-02-03T15:00:00.000Z',
      status: 'OVERDUE',
      rationale: expect.stringMatching(/Aucune notification de retard/),
    });
    expect(o.DORA_CLIENT_INFORMATION).toMatchObject({ status: 'PENDING', basis: 'DORA, article 19, paragraphe 3' });
    const step = (input: RecordDoraStepInput) => gw.gql(RecordDoraStepDocument, { exposureId, input }, dpo);
    expect(
      (await step({ kind: 'LATE_NOTICE', at: '2025-02-03T14:30:00Z', concerns: 'INITIAL', reasons: 'Astreinte indisponible.' })).errors,
    ).toBeUndefined();
    expect((await step({ kind: 'INITIAL', at: '2025-02-03T16:00:00Z' })).errors).toBeUndefined();
    o = await obligations();
    expect(o.ACPR_INITIAL).toMatchObject({
      status: 'DONE_LATE',
      rationale: expect.stringMatching(/Retard signalé à l’autorité.*Astreinte indisponible/),
    });
    expect(o.ACPR_INTERMEDIATE).toMatchObject({ dueAt: '2025-02-06T16:00:00.000Z', status: 'PENDING' });
    expect(o.ACPR_FINAL?.dueAt).toBe('2025-03-06T16:00:00.000Z');
    const record = await gw.gql(ExposureDoraDocument, { id: exposureId }, dpo);
    expect(record.data!.exposure!.doraClassifications.map((c) => c.major)).toEqual([true]);
    expect(record.data!.exposure!.doraSteps.map((s) => s.kind)).toEqual(['LATE_NOTICE', 'INITIAL']);
  });
});
