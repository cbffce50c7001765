import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import {
  ExposureDocument,
  IncidentDocument,
  IncidentsDocument,
  OrganizationDocument,
  OrganizationsDocument,
  VocabularyDocument,
} from '../generated/graphql';
import { dialect, type GraphQLResponse, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first } from '../support/must';

describe(`viewer scoping on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let tokens: Record<'horizon' | 'rhone' | 'operatorA' | 'admin' | 'auditor', string>;

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
    tokens = {
      horizon: await gw.token(orgs.horizon, [Role.CONTROLLER_DPO]),
      rhone: await gw.token(orgs.rhone, [Role.CONTROLLER_DPO]),
      operatorA: await gw.token(orgs['operator-a'], [Role.PROCESSOR_SECURITY]),
      admin: await gw.token(orgs.horizon, [Role.ADMIN]),
      auditor: await gw.token(orgs.atlantique, [Role.AUDITOR]),
    };
  });
  afterAll(() => gw.close());

  it('refuses a request without a token, or with a bad one, as UNAUTHENTICATED with status 401', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const response = await gw.gql(VocabularyDocument, {}, token);
      expect(response.status).toBe(401);
      expect(onlyError(response).extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data ?? null).toBeNull();
    }
  });

  it('shows a controller the incidents that expose it, with only its own exposures', async () => {
    const { data } = await gw.gql(IncidentsDocument, {}, tokens.horizon);
    expect(data!.incidents.totalCount).toBe(2);
    for (const { node } of data!.incidents.edges) {
      expect(node.exposures.edges.map((edge) => edge.node).map((e) => e.controller.legalName)).toEqual(['Mutuelle Horizon Santé']);
    }
  });

  it('shows a processor the incidents it reported and all their exposures, and nothing else', async () => {
    const { data } = await gw.gql(IncidentsDocument, {}, tokens.operatorA);
    expect(data!.incidents.edges.map((e) => e.node.sourceOrganization.legalName)).toEqual(['Tiers-Payant Alpha SAS']);
    expect(data!.incidents.edges[0]!.node.exposures.edges).toHaveLength(4);
  });

  it('shows an admin everything', async () => {
    const { data } = await gw.gql(IncidentsDocument, {}, tokens.admin);
    // The two 2024 incidents (seven exposures) and the fictional 2025 one (one exposure).
    expect(data!.incidents.totalCount).toBe(3);
    expect(data!.incidents.edges.flatMap((e) => e.node.exposures.edges)).toHaveLength(8);
  });

  it("answers another tenant's id exactly like a missing one: NOT_FOUND", async () => {
    const admin = await gw.gql(IncidentsDocument, {}, tokens.admin);
    const incidentA = first(admin.data!.incidents.edges).node;
    const horizonExposure = incidentA.exposures.edges.map((edge) => edge.node).find((e) => e.controller.id === orgs.horizon)!;
    const missing = '01900000-0000-7000-8000-000000000000';

    // Mutuelle du Rhône is only exposed to incident B: incident A and Horizon's exposure are not its own.
    const cases: [GraphQLResponse<unknown>, GraphQLResponse<unknown>][] = [
      [await gw.gql(IncidentDocument, { id: incidentA.id }, tokens.rhone), await gw.gql(IncidentDocument, { id: missing }, tokens.rhone)],
      [
        await gw.gql(ExposureDocument, { id: horizonExposure.id }, tokens.rhone),
        await gw.gql(ExposureDocument, { id: missing }, tokens.rhone),
      ],
      [
        await gw.gql(OrganizationDocument, { id: orgs.cigales }, tokens.rhone),
        await gw.gql(OrganizationDocument, { id: missing }, tokens.rhone),
      ],
    ];
    for (const [other, absent] of cases) {
      expect(onlyError(other).extensions?.code).toBe('NOT_FOUND');
      expect(onlyError(absent).extensions?.code).toBe('NOT_FOUND');
      // Same shape, same wording: only the id in the message differs.
      expect(onlyError(other).message.replace(/[0-9a-f-]{36}/, 'ID')).toBe(onlyError(absent).message.replace(/[0-9a-f-]{36}/, 'ID'));
    }
  });

  it("never shows a controller another controller's exposure of the same incident", async () => {
    const admin = await gw.gql(IncidentsDocument, {}, tokens.admin);
    const cigalesExposure = first(admin.data!.incidents.edges)
      .node.exposures.edges.map((edge) => edge.node)
      .find((e) => e.controller.id === orgs.cigales)!;
    const response = await gw.gql(ExposureDocument, { id: cigalesExposure.id }, tokens.horizon);
    expect(onlyError(response).extensions?.code).toBe('NOT_FOUND');
    const processor = await gw.gql(ExposureDocument, { id: cigalesExposure.id }, tokens.operatorA);
    expect(processor.data!.exposure!.controller.legalName).toBe('Mutuelle des Cigales');
  });

  it('lists organisations the viewer deals with: its own and the other side of its incidents', async () => {
    const { data } = await gw.gql(OrganizationsDocument, {}, tokens.rhone);
    expect(data!.organizations.map((o) => o.legalName).sort()).toEqual(['Bêta Gestion Santé SA', 'Mutuelle du Rhône Solidaire']);
    const processor = await gw.gql(OrganizationsDocument, {}, tokens.operatorA);
    expect(processor.data!.organizations).toHaveLength(5);
  });

  it('lets an auditor read its organisation in both capacities', async () => {
    // Atlantique is exposed to both 2024 incidents and to the 2025 one.
    const { data } = await gw.gql(IncidentsDocument, {}, tokens.auditor);
    expect(data!.incidents.totalCount).toBe(3);
  });

  it('returns the CNIL vocabulary with French labels', async () => {
    const { data } = await gw.gql(VocabularyDocument, { name: 'BreachNature' }, tokens.horizon);
    expect(data!.vocabulary).toEqual([
      expect.objectContaining({
        name: 'BreachNature',
        entries: [
          { code: 'CONFIDENTIALITY', label: 'Perte de la confidentialité' },
          { code: 'INTEGRITY', label: "Perte de l'intégrité" },
          { code: 'AVAILABILITY', label: 'Perte de la disponibilité' },
        ],
      }),
    ]);
  });

  it('gives the same lists in English when asked, French staying the default', async () => {
    const { data } = await gw.gql(VocabularyDocument, { name: 'BreachNature', locale: 'EN' }, tokens.horizon);
    expect(data!.vocabulary[0]).toMatchObject({
      title: 'Nature de la violation',
      englishTitle: 'Nature of the breach',
      entries: [
        { code: 'CONFIDENTIALITY', label: 'Loss of confidentiality' },
        { code: 'INTEGRITY', label: 'Loss of integrity' },
        { code: 'AVAILABILITY', label: 'Loss of availability' },
      ],
    });
  });
});
