import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { fixedClock } from '../../src/config/clock';
import { ExposureDoraDocument, ExposureObligationsDocument, SubjectCountsDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';

/**
 * The demo's fictional March 2025 incident (scenario.ts, DORA_2025) shows the full DORA chain from
 * a recorded classification (issue 13, « The demo »): the initial report 4 hours after it, the
 * intermediate 72 hours after the initial, the final one month after the latest intermediate; the
 * February 2024 incidents, before DORA applies, show no DORA duty.
 */
describe(`the demo's 2025 DORA incident on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let dpo: string;
  let incidents: Awaited<ReturnType<typeof loadIncidents>>;
  const loadIncidents = async (token: string) => (await gw.gql(SubjectCountsDocument, {}, token)).data!.incidents.edges;
  const obligations = async (exposureId: string, token = dpo) => {
    const { data, errors } = await gw.gql(ExposureObligationsDocument, { id: exposureId }, token);
    expect(errors).toBeUndefined();
    return Object.fromEntries(data!.exposure!.obligations.map((o) => [o.code, o]));
  };
  const exposureOf = (operator: string, controller: string) =>
    incidents
      .find((e) => e.node.sourceOrganization.id === orgs[operator])!
      .node.exposures.edges.map((edge) => edge.node)
      .find((x) => x.controller.id === orgs[controller])!.id;

  beforeAll(async () => {
    // Tuesday 1 April 2025: the intermediate reports are in, the final one is still to come.
    gw = await startGateway({ clock: fixedClock('2025-04-01T10:00:00Z') });
    orgs = await withDemo(gw);
    incidents = await loadIncidents(await gw.token(orgs.horizon, [Role.ADMIN]));
    dpo = await gw.token(orgs.atlantique, [Role.CONTROLLER_DPO], 'dpo@atlantique.example');
  });
  afterAll(() => gw.close());

  it('records the classification as major with its criteria and author, and the reports in order', async () => {
    const { data, errors } = await gw.gql(ExposureDoraDocument, { id: exposureOf('operator-c', 'atlantique') }, dpo);
    expect(errors).toBeUndefined();
    const [classification] = data!.exposure!.doraClassifications;
    expect(classification).toMatchObject({ major: true, classifiedBy: 'dpo@atlantique.example' });
    expect(classification!.criteria.map((c) => c.criterion)).toEqual(['CRITICAL_SERVICES', 'CLIENTS_AFFECTED', 'DATA_LOSSES', 'DURATION']);
    expect(data!.exposure!.doraSteps.map((s) => s.kind)).toEqual(['INITIAL', 'CLIENT_INFORMATION', 'INTERMEDIATE', 'INTERMEDIATE']);
  });

  it('shows the ACPR chain with its due instants: initial and intermediate met, final pending', async () => {
    const o = await obligations(exposureOf('operator-c', 'atlantique'));
    // Classified at 14:00 Paris on 10 March: 4 hours later, within 24 hours of the 10:00 alert.
    expect(o.ACPR_INITIAL).toMatchObject({ dueAt: '2025-03-10T17:00:00.000Z', doneAt: '2025-03-10T16:30:00.000Z', status: 'DONE' });
    // 72 hours after the initial report; met by the first intermediate, on 13 March.
    expect(o.ACPR_INTERMEDIATE).toMatchObject({
      dueAt: '2025-03-13T16:30:00.000Z',
      doneAt: '2025-03-13T10:00:00.000Z',
      status: 'DONE',
    });
    // One month after the latest intermediate (20 March, 11:00 Paris) is Easter Sunday, 20 April;
    // Easter Monday is a holiday too: the noon rule moves it to Tuesday 22 April, 12:00 Paris.
    expect(o.ACPR_FINAL).toMatchObject({ dueAt: '2025-04-22T10:00:00.000Z', doneAt: null, status: 'PENDING' });
    expect(o.ACPR_FINAL!.dueBasis).toMatch(/20\/04\/2025/);
    expect(o.DORA_CLIENT_INFORMATION).toMatchObject({ doneAt: '2025-03-11T09:00:00.000Z' });
    // The operator's alert, against the 24 hours of the recorded contract.
    expect(o.PROCESSOR_ALERT).toMatchObject({ status: 'DONE', dueBasis: expect.stringMatching(/GTP-PA-2023-05/) });
  });

  it('gives the February 2024 incidents no DORA duty: DORA applies from 17 January 2025', async () => {
    const pairs = [
      ['operator-a', 'horizon'],
      ['operator-a', 'atlantique'],
      ['operator-b', 'atlantique'],
      ['operator-b', 'rhone'],
    ] as const;
    for (const [operator, controller] of pairs) {
      const token = await gw.token(orgs[controller], [Role.CONTROLLER_DPO], `dpo@${controller}.example`);
      const o = await obligations(exposureOf(operator, controller), token);
      for (const code of ['ACPR_INITIAL', 'ACPR_INTERMEDIATE', 'ACPR_FINAL', 'DORA_CLIENT_INFORMATION'])
        expect(o[code], `${operator} / ${controller} / ${code}`).toMatchObject({
          status: 'NOT_APPLICABLE',
          dueAt: null,
          rationale: expect.stringMatching(/17\/01\/2025|17 janvier 2025/),
        });
    }
  });
});
