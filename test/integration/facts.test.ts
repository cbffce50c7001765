import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { FactSubmission } from '../../src/facts/fact-submission.entity';
import { ExposureFactsDocument, IncidentsDocument, type SubmitBreachFactsInput, SubmitBreachFactsDocument } from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first } from '../support/must';

describe(`breach facts with provenance on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizon: string;
  let atlantique: string;
  let cigales: string;
  let operatorA: string;
  let incidentA: string;
  let horizonExposure: string;
  let atlantiqueExposure: string;
  let cigalesExposure: string;

  const submissions = () => gw.app.orm.em.fork().count(FactSubmission);

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
    horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO], 'dpo@horizon.example');
    atlantique = await gw.token(orgs.atlantique, [Role.CONTROLLER_DPO], 'dpo@atlantique.example');
    cigales = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO]);
    operatorA = await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY], 'rssi@operator-a.example');
    const { data } = await gw.gql(IncidentsDocument, { filter: { sourceOrganizationId: orgs['operator-a'] } }, operatorA);
    const incident = first(data!.incidents.edges).node;
    incidentA = incident.id;
    horizonExposure = incident.exposures.edges.map((edge) => edge.node).find((e) => e.controller.id === orgs.horizon)!.id;
    atlantiqueExposure = incident.exposures.edges.map((edge) => edge.node).find((e) => e.controller.id === orgs.atlantique)!.id;
    cigalesExposure = incident.exposures.edges.map((edge) => edge.node).find((e) => e.controller.id === orgs.cigales)!.id;
  });

  it("shows the scenario's disagreement with both sources: the operator's 5 400 and the insurer's 5 250", async () => {
    const { data } = await gw.gql(ExposureFactsDocument, { id: horizonExposure }, horizon);
    const conflict = data!.exposure!.facts.conflicts.find((c) => c.field === 'approxPersons')!;
    expect(conflict.value).toBe(5_250);
    expect(conflict.candidates.map((c) => [c.value, c.source.type, c.source.organization?.legalName])).toEqual([
      [5_250, 'CONTROLLER_ASSESSMENT', 'Mutuelle Horizon Santé'],
      [5_400, 'PROCESSOR_NOTICE', 'Tiers-Payant Alpha SAS'],
    ]);
  });
  afterAll(() => gw.close());

  const processorNotice: () => SubmitBreachFactsInput = () => ({
    incidentId: incidentA,
    exposureId: atlantiqueExposure,
    sourceType: 'PROCESSOR_NOTICE',
    confidence: 'REPORTED',
    reference: 'AVIS-2024-02-01',
    idempotencyKey: 'notice-atlantique-1',
    exposureFacts: { approxPersons: 410_000, dataCategories: ['NIR', 'CIVIL_STATUS'] },
  });

  it('keeps who said what, and shows where the processor and the insurer disagree', async () => {
    const notice = await gw.gql(SubmitBreachFactsDocument, { input: processorNotice() }, operatorA);
    expect(notice.errors).toBeUndefined();
    expect(notice.data!.submitBreachFacts).toMatchObject({
      organization: { legalName: 'Tiers-Payant Alpha SAS' },
      exposureFacts: { approxPersons: 410_000 },
    });
    const assessment = await gw.gql(
      SubmitBreachFactsDocument,
      {
        input: {
          incidentId: incidentA,
          exposureId: atlantiqueExposure,
          sourceType: 'CONTROLLER_ASSESSMENT',
          confidence: 'CONFIRMED',
          idempotencyKey: 'assessment-1',
          exposureFacts: { approxPersons: 251_000, dataCategories: ['CIVIL_STATUS', 'NIR'] },
          incidentFacts: { startPrecision: 'EXACT', startAt: '2024-01-29T09:12:00Z' },
        },
      },
      atlantique,
    );
    expect(assessment.errors).toBeUndefined();

    const { data } = await gw.gql(ExposureFactsDocument, { id: atlantiqueExposure }, atlantique);
    const persons = data!.exposure!.facts.fields.find((f) => f.field === 'approxPersons')!;
    expect(persons).toMatchObject({
      value: 251_000,
      conflicting: true,
      source: { type: 'CONTROLLER_ASSESSMENT', organization: { legalName: 'Prévoyance Atlantique' } },
    });
    const conflict = data!.exposure!.facts.conflicts.find((c) => c.field === 'approxPersons')!;
    expect(conflict.candidates.map((c) => [c.value, c.source.organization?.legalName])).toEqual([
      [251_000, 'Prévoyance Atlantique'],
      [410_000, 'Tiers-Payant Alpha SAS'],
    ]);
    // The same categories in another order are no disagreement.
    expect(data!.exposure!.facts.conflicts.map((c) => c.field)).toEqual(['startPrecision', 'startAt', 'approxPersons']);
    // The insurer's exact start beats the operator's incident-level approximation, and they disagree.
    expect(data!.exposure!.facts.fields.find((f) => f.field === 'startAt')).toMatchObject({
      value: '2024-01-29T09:12:00.000Z',
      conflicting: true,
    });
    // Where nobody submitted anything, the record speaks.
    expect(data!.exposure!.facts.fields.map((f) => f.field)).not.toContain('title');
    expect(data!.exposure!.facts.fields.find((f) => f.field === 'attackVector')!.source.type).toBe('RECORD');
  });

  it('replays the same key and payload as the same submission, writing nothing', async () => {
    const before = await submissions();
    const again = await gw.gql(SubmitBreachFactsDocument, { input: processorNotice() }, operatorA);
    expect(again.errors).toBeUndefined();
    const { data } = await gw.gql(ExposureFactsDocument, { id: atlantiqueExposure }, atlantique);
    expect(data!.exposure!.factSubmissions.map((s) => s.id)).toContain(again.data!.submitBreachFacts.id);
    expect(await submissions()).toBe(before);
  });

  it('answers the same key with another payload with CONFLICT', async () => {
    const before = await submissions();
    const changed = { ...processorNotice(), exposureFacts: { approxPersons: 420_000 } };
    expect(onlyError(await gw.gql(SubmitBreachFactsDocument, { input: changed }, operatorA)).extensions?.code).toBe('CONFLICT');
    expect(await submissions()).toBe(before);
  });

  it('keeps replays idempotent under concurrency: ten identical submissions make one', async () => {
    const before = await submissions();
    const input = { ...processorNotice(), idempotencyKey: 'concurrent-1', exposureFacts: { approxRecords: 470_000 } };
    const responses = await Promise.all(Array.from({ length: 10 }, () => gw.gql(SubmitBreachFactsDocument, { input }, operatorA)));
    expect(responses.every((r) => !r.errors)).toBe(true);
    expect(new Set(responses.map((r) => r.data!.submitBreachFacts.id)).size).toBe(1);
    expect(await submissions()).toBe(before + 1);
  });

  it("lets only the controller assess its exposure, and never shows one controller another's facts", async () => {
    const forged = { ...processorNotice(), sourceType: 'CONTROLLER_ASSESSMENT' as const, idempotencyKey: 'forged' };
    expect(onlyError(await gw.gql(SubmitBreachFactsDocument, { input: forged }, operatorA)).extensions?.code).toBe('FORBIDDEN');
    const other = { ...processorNotice(), sourceType: 'FORENSIC_REPORT' as const, idempotencyKey: 'x' };
    expect(onlyError(await gw.gql(SubmitBreachFactsDocument, { input: other }, cigales)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await gw.gql(ExposureFactsDocument, { id: horizonExposure }, cigales)).extensions?.code).toBe('NOT_FOUND');
    // Cigales sees the operator's incident-level notice, and nothing submitted about other insurers.
    const own = await gw.gql(ExposureFactsDocument, { id: cigalesExposure }, cigales);
    expect(own.data!.exposure!.factSubmissions.map((s) => s.sourceType)).toEqual(['PROCESSOR_NOTICE', 'PROCESSOR_NOTICE']);
  });

  it("shows a processor its own submissions only, not the insurer's assessment", async () => {
    const { data } = await gw.gql(ExposureFactsDocument, { id: atlantiqueExposure }, operatorA);
    expect(new Set(data!.exposure!.factSubmissions.map((s) => s.organization?.legalName))).toEqual(new Set(['Tiers-Payant Alpha SAS']));
    expect(data!.exposure!.facts.fields.find((f) => f.field === 'approxPersons')!.value).toBe(410_000);
  });

  it('rejects facts that state nothing or contradict themselves, naming the argument', async () => {
    const empty = { ...processorNotice(), idempotencyKey: 'empty', exposureFacts: {} };
    expect(onlyError(await gw.gql(SubmitBreachFactsDocument, { input: empty }, operatorA)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input',
    });
    const reversed = {
      ...processorNotice(),
      idempotencyKey: 'rev',
      incidentFacts: { startAt: '2024-02-01T00:00:00Z', endAt: '2024-01-01T00:00:00Z' },
    };
    expect(onlyError(await gw.gql(SubmitBreachFactsDocument, { input: reversed }, operatorA)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.incidentFacts.endAt',
    });
  });
});
