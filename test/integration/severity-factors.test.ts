import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import {
  CreateNotificationDocument,
  IncidentsDocument,
  NotificationDocumentDocument,
  UpdateNotificationDocument,
} from '../generated/graphql';
import { dialect, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first } from '../support/must';

interface Assessment {
  se: number;
  level: string;
  art34Recommended: boolean;
  dpc: { value: number; factors: { reason: string; source: string }[] };
  cb: { value: number };
  risk: { persons: number | null; likelihood: { value: string } | null };
}

describe(`the assessor's ENISA factors through GraphQL on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let horizon: string;
  let exposure: string;

  const severity = async (id: string) => {
    const { data, errors } = await gw.gql(NotificationDocumentDocument, { id }, horizon);
    expect(errors).toBeUndefined();
    return data!.notification!.document.severityJson as { computed: Assessment; chosen: Assessment };
  };

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

  it('records the factors with their reasons, reads SE back, shows them in the dossier, and refuses a misfit by name', async () => {
    const n = (await gw.gql(CreateNotificationDocument, { input: { exposureId: exposure, type: 'INITIAL' } }, horizon)).data!
      .createNotification;
    const recorded = await gw.gql(
      UpdateNotificationDocument,
      {
        id: n.id,
        input: {
          version: n.version,
          severityFactors: {
            dpcFactors: [{ factor: 'SIMPLE_PROFILING_OR_FINANCIAL_STATUS', reason: 'NIR et organisme complémentaire : profilage' }],
            vulnerablePersons: { value: true, reason: 'ayants droit mineurs dont l’adresse est exposée' },
            confidentiality: { value: 'UNKNOWN_RECIPIENTS', reason: 'extraction par un attaquant' },
            integrity: { value: 'RECOVERABLE', reason: 'aucune donnée modifiée' },
            malicious: { value: true, reason: 'identifiants hameçonnés' },
            likelihood: { value: 'SIGNIFICANT', reason: 'hameçonnage ciblé plausible' },
          },
        },
      },
      horizon,
    );
    expect(recorded.errors).toBeUndefined();
    const { computed } = await severity(n.id);
    // DPC 1 + 1 + 3 = 5, clamped to 4; EI 1 from the facts; CB 0.5 + 0 + 0.5 = 1: SE 5.
    expect(computed).toMatchObject({
      se: 5,
      level: 'VERY_HIGH',
      art34Recommended: true,
      dpc: { value: 4 },
      cb: { value: 1 },
      risk: { persons: expect.any(Number), likelihood: { value: 'SIGNIFICANT' } },
    });
    expect(computed.dpc.factors.slice(1).every((f) => f.source === 'ASSESSOR' && f.reason.length > 0)).toBe(true);

    // The dossier interne shows each factor with its reason, citing the method, in French.
    const response = await fetch(`${gw.baseUrl}/notifications/${n.id}/dossier-interne.pdf`, {
      headers: { authorization: `Bearer ${horizon}` },
    });
    expect(response.status).toBe(200);
    const text = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(await response.arrayBuffer()) })
      .toString()
      .replace(/\s+/g, ' ');
    expect(text).toMatch(/ENISA.*décembre 2013/);
    expect(text).toMatch(/Facteurs retenus et leurs motifs/);
    expect(text).toMatch(/ayants droit mineurs dont l’adresse est exposée/);
    expect(text).toMatch(/importante — motif : hameçonnage ciblé plausible/);
    expect(text).not.toMatch(/\b(UNKNOWN_RECIPIENTS|RECOVERABLE|SIGNIFICANT|ASSESSOR|SIMPLE_PROFILING_OR_FINANCIAL_STATUS)\b/);

    const version = (await gw.gql(NotificationDocumentDocument, { id: n.id }, horizon)).data!.notification!.version;
    const wrong = await gw.gql(
      UpdateNotificationDocument,
      {
        id: n.id,
        input: {
          version,
          severityFactors: {
            availability: { value: 'GONE', reason: 'rançongiciel' },
            ei: { value: 0.6, reason: ' ' },
            dpcFactors: [{ factor: 'SENSITIVE_ASSUMPTIONS', reason: '' }],
          },
        },
      },
      horizon,
    );
    expect(onlyError(wrong).extensions?.problems?.map((p) => p.argument)).toEqual([
      'input.severityFactors.ei.value',
      'input.severityFactors.ei.reason',
      'input.severityFactors.availability.value',
      'input.severityFactors.dpcFactors[0].reason',
    ]);
    // Nothing half-written: the recorded factors still stand.
    expect((await severity(n.id)).computed.se).toBe(5);

    // null removes them: the facts' suggestions apply again (the worked example's SE 3).
    const removed = await gw.gql(UpdateNotificationDocument, { id: n.id, input: { version, severityFactors: null } }, horizon);
    expect(removed.errors).toBeUndefined();
    expect((await severity(n.id)).computed).toMatchObject({ se: 3, level: 'HIGH' });
  });
});
