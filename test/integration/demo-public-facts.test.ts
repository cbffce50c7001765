import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { ExposureFactsDocument, SubjectCountsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';

type Counts = Awaited<ReturnType<typeof counts>>;
const counts = async (gw: TestGateway, token: string) => (await gw.gql(SubjectCountsDocument, {}, token)).data!;

/**
 * The demo against the public facts of the 2024 case (legal review S1, S3, S4, S6, O11): what the
 * operators exposed, no invented health data, each operator's own dated steps, and approximate
 * numbers that agree with the exact counts of the lists.
 */
describe(`the demo's public facts on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let admin: string;
  let data: Counts;
  const factsOf = async (exposureId: string) => {
    const { data: facts, errors } = await gw.gql(ExposureFactsDocument, { id: exposureId }, admin);
    expect(errors).toBeUndefined();
    return facts!.exposure!.facts.fields;
  };
  const incidentOf = (operator: 'operator-a' | 'operator-b') =>
    data.incidents.edges.find((e) => e.node.sourceOrganization.id === orgs[operator])!.node;

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
    admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    data = await counts(gw, admin);
  });
  afterAll(() => gw.close());

  it('gives birth rank, contract number and internal reference to operator B only, and health data to no one (S3, S4)', async () => {
    for (const operator of ['operator-a', 'operator-b'] as const)
      for (const exposure of incidentOf(operator).exposures.edges.map((edge) => edge.node)) {
        const fields = await factsOf(exposure.id);
        const value = (field: string) => fields.find((f) => f.field === field)?.value as string[] | undefined;
        const items = value('exposedDataItems') ?? [];
        const b = operator === 'operator-b';
        const where = `${operator} / ${exposure.controller.legalName}`;
        // Rhône's forensic report narrows its exposure to data hosted but not consulted.
        if (b && exposure.controller.id !== orgs.rhone) {
          expect(items, where).toEqual(
            expect.arrayContaining(['rang de naissance (jumeaux)', 'numéro de contrat de l’assureur', 'référence interne de l’opérateur']),
          );
          expect(value('dataCategories'), where).toContain('IDENTIFICATION_ACCESS');
        }
        if (!b) expect(items.join(' | '), where).not.toMatch(/rang de naissance|contrat de l’assureur|référence interne/);
        expect(value('sensitiveData') ?? [], where).not.toContain('HEALTH');
        expect(items.join(' | '), where).not.toMatch(/m[ée]dical|sant[ée]|transport/i);
      }
  });

  it("records each operator's own steps as its confirmed, dated facts on its incident (S6, O11)", async () => {
    const expected = {
      'operator-a': { endAt: '2024-02-01T10:30:00.000Z', submittedAt: '2024-02-01T18:00:00.000Z', reference: 'TPA-COMMUNIQUE-2024-02-01' },
      'operator-b': { endAt: '2024-02-05T09:00:00.000Z', submittedAt: '2024-02-05T17:00:00.000Z', reference: 'BGS-COMMUNIQUE-2024-02-05' },
    };
    for (const operator of ['operator-a', 'operator-b'] as const) {
      const { endAt, submittedAt, reference } = expected[operator];
      const fields = await factsOf(incidentOf(operator).exposures.edges.map((edge) => edge.node)[0]!.id);
      const source = { type: 'PROCESSOR_NOTICE', confidence: 'CONFIRMED', submittedAt, reference, organization: { id: orgs[operator] } };
      expect(
        fields.find((f) => f.field === 'endAt'),
        operator,
      ).toMatchObject({ value: endAt, source });
      const comment = fields.find((f) => f.field === 'datesComment')!;
      expect(comment.source, operator).toMatchObject(source);
      expect(comment.value, operator).toMatch(/déconnexion|fermeture/);
      for (const step of ['déposé plainte auprès du parquet de Paris', 'informé la CNIL et l’ANSSI'])
        expect(comment.value, operator).toContain(step);
    }
  });

  it('keeps every approximate number at or above its exact, deduplicated list count, and of the same order (S1, S9)', async () => {
    for (const operator of ['operator-a', 'operator-b'] as const)
      for (const exposure of incidentOf(operator).exposures.edges.map((edge) => edge.node)) {
        const approx = (await factsOf(exposure.id)).find((f) => f.field === 'approxPersons')!.value as number;
        const exact = exposure.subjectCounts.persons;
        const where = `${operator} / ${exposure.controller.legalName}: ${approx} approx., ${exact} exact`;
        expect(exact, where).toBeGreaterThan(0);
        expect(approx, where).toBeGreaterThanOrEqual(exact);
        expect(approx, where).toBeLessThan(exact * 1.2);
      }
    // Horizon's filed notification: 5 250 in its own assessment, the exact count of its list.
    const horizon = incidentOf('operator-a')
      .exposures.edges.map((edge) => edge.node)
      .find((e) => e.controller.id === orgs.horizon)!;
    expect(horizon.subjectCounts.persons).toBe(5_250);
  });
});
