import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import {
  DecideCnilNotificationDocument,
  ExposureFactsDocument,
  type FactValueFieldsFragment,
  IncidentsDocument,
  SubmitBreachFactsDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first } from '../support/must';

/** A FactValue with only `kind` and the one member it names set. */
const typed = (kind: FactValueFieldsFragment['kind'], member: Partial<FactValueFieldsFragment>): FactValueFieldsFragment => ({
  kind,
  instant: null,
  text: null,
  texts: null,
  boolean: null,
  integer: null,
  code: null,
  codes: null,
  ...member,
});

describe(`typed facts on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizon: string;
  let atlantique: string;
  let operatorA: string;
  let incidentA: string;
  let horizonExposure: string;
  let atlantiqueExposure: string;

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
    horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    atlantique = await gw.token(orgs.atlantique, [Role.CONTROLLER_DPO], 'dpo@atlantique.example');
    operatorA = await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY], 'rssi@operator-a.example');
    const { data } = await gw.gql(IncidentsDocument, { filter: { sourceOrganizationId: orgs['operator-a'] } }, operatorA);
    const incident = first(data!.incidents.edges).node;
    incidentA = incident.id;
    horizonExposure = incident.exposures.edges.find((e) => e.node.controller.id === orgs.horizon)!.node.id;
    atlantiqueExposure = incident.exposures.edges.find((e) => e.node.controller.id === orgs.atlantique)!.node.id;
  });
  afterAll(() => gw.close());

  it('reads a submission back with typed incident and exposure facts, unstated ones null', async () => {
    const { data, errors } = await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: incidentA,
          exposureId: atlantiqueExposure,
          sourceType: 'PROCESSOR_NOTICE',
          confidence: 'REPORTED',
          idempotencyKey: 'typed-notice-1',
          incidentFacts: { startPrecision: 'APPROXIMATE', startAt: '2024-01-28T22:00:00Z', natures: ['CONFIDENTIALITY'], ongoing: false },
          exposureFacts: { approxPersons: 410_000, dataCategories: ['NIR', 'CIVIL_STATUS'], exposedDataItems: ['NIR', 'nom'] },
        },
      },
      operatorA,
    );
    expect(errors).toBeUndefined();
    const submission = data!.submitBreachFacts;
    expect(submission.statedIncidentFacts).toEqual({
      startPrecision: 'APPROXIMATE',
      startAt: '2024-01-28T22:00:00.000Z',
      endAt: null,
      ongoing: false,
      natures: ['CONFIDENTIALITY'],
      origins: null,
      description: null,
    });
    expect(submission.statedExposureFacts).toEqual({
      awareAt: null,
      dataCategories: ['NIR', 'CIVIL_STATUS'],
      sensitiveData: null,
      exposedDataItems: ['NIR', 'nom'],
      approxPersons: 410_000,
      approxRecords: null,
      communicationStatus: null,
    });
    // The JSON fields stay, deprecated, with the same facts.
    expect(submission.exposureFacts).toEqual({
      approxPersons: 410_000,
      dataCategories: ['NIR', 'CIVIL_STATUS'],
      exposedDataItems: ['NIR', 'nom'],
    });
  });

  it('gives unified facts and their candidates a typed value, the conflicting persons counts included', async () => {
    const assessment = await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: incidentA,
          exposureId: atlantiqueExposure,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: 'typed-assessment-1',
          exposureFacts: { approxPersons: 396_112, communicationStatus: 'WILL_BE_INFORMED' },
        },
      },
      atlantique,
    );
    expect(assessment.errors).toBeUndefined();
    const { data } = await gw.gql(ExposureFactsDocument, { id: atlantiqueExposure }, atlantique);
    const facts = data!.exposure!.facts;
    const persons = facts.conflicts.find((c) => c.field === 'approxPersons')!;
    expect(persons.typedValue).toEqual(typed('INTEGER', { integer: 396_112 }));
    expect(persons.candidates.map((c) => [c.typedValue, c.source.type])).toEqual([
      [typed('INTEGER', { integer: 396_112 }), 'CONTROLLER_ASSESSMENT'],
      [typed('INTEGER', { integer: 410_000 }), 'PROCESSOR_NOTICE'],
    ]);
    const field = (name: (typeof facts.fields)[number]['field']) => facts.fields.find((f) => f.field === name)!;
    expect(field('startAt').typedValue).toMatchObject({ kind: 'INSTANT', instant: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), text: null });
    expect(field('startAt').level).toBe('INCIDENT');
    expect(field('dataCategories').typedValue).toMatchObject({ kind: 'CODES', codes: expect.arrayContaining(['NIR', 'CIVIL_STATUS']) });
    expect(field('communicationStatus').typedValue).toEqual(typed('CODE', { code: 'WILL_BE_INFORMED' }));
    expect(field('exposedDataItems').typedValue).toMatchObject({ kind: 'TEXTS', code: null, codes: null });
    expect(field('ongoing').typedValue).toMatchObject({ kind: 'BOOLEAN', boolean: expect.any(Boolean) });
    // Every typed value agrees with its deprecated JSON twin.
    for (const fact of facts.fields) {
      const { kind, ...members } = fact.typedValue;
      const set = Object.values(members).filter((v) => v !== null);
      expect(set, `${fact.field} (${kind})`).toEqual([fact.value]);
    }
  });

  it("types the demo's own disagreement on Horizon's exposure: the insurer's 5 250 over the operator's 5 400", async () => {
    const { data } = await gw.gql(ExposureFactsDocument, { id: horizonExposure }, horizon);
    const persons = data!.exposure!.facts.conflicts.find((c) => c.field === 'approxPersons')!;
    expect(persons.candidates.map((c) => c.typedValue.integer)).toEqual([5_250, 5_400]);
    expect(data!.exposure!.factSubmissions.map((s) => s.statedExposureFacts.approxPersons)).toEqual(expect.arrayContaining([5_250, 5_400]));
  });

  it('refuses a code outside an enum, naming the argument and the enum', async () => {
    const badCode = onlyError(
      await gw.gql(
        SubmitBreachFactsDocument,
        {
          input: {
            incidentId: incidentA,
            exposureId: atlantiqueExposure,
            sourceType: 'PROCESSOR_NOTICE',
            confidence: 'REPORTED',
            idempotencyKey: 'typed-bad-code',
            exposureFacts: { dataCategories: ['PASSWORDS' as never] },
          },
        },
        operatorA,
      ),
    );
    expect(badCode.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badCode.message).toContain('"input.exposureFacts.dataCategories[0]"');
    expect(badCode.message).toContain('"DataCategory" enum');
    const badDecision = onlyError(
      await gw.gql(
        DecideCnilNotificationDocument,
        { exposureId: atlantiqueExposure, input: { decision: 'MAYBE' as never, reasoning: 'Pas encore.' } },
        atlantique,
      ),
    );
    expect(badDecision.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDecision.message).toContain('"input.decision"');
    expect(badDecision.message).toContain('"CnilDecision" enum');
  });
});
