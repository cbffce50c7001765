import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { RegisterDocument } from '../generated/graphql';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { withDemo } from '../support/demo';

describe(`register of breaches (art. 33(5)) on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: Record<string, string>;

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
  });
  afterAll(() => gw.close());

  it('lists every exposure of the controller, notified or not, with the decision and its reasoning', async () => {
    const horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO]);
    const { data } = await gw.gql(RegisterDocument, {}, horizon);
    expect(data!.register.map((e) => [e.controllerName, e.decision])).toEqual([
      ['Mutuelle Horizon Santé', 'NOTIFIED'],
      ['Mutuelle Horizon Santé', 'TO_NOTIFY'],
    ]);
    expect(data!.register[0]).toMatchObject({ cnilReference: 'CNIL-NOTIF-2024-004217', personsBand: 'Plus de 5 000', severityLevel: 'HIGH', rationale: expect.stringMatching(/SE = DPC × EI \+ CB/) });
  });

  it('exports it as CSV with the CNIL open-data columns, for the viewer only', async () => {
    const cigales = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO]);
    const response = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${cigales}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const text = await response.text();
    const [header, ...rows] = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header.split(';').slice(0, 7)).toEqual([
      'Date de la notification',
      "Secteur d'activité de l'organisme concerné",
      'Nature de la violation',
      "Origine de l'incident",
      "Cause de l'incident",
      'Typologie des données violées',
      'Nombre de personnes concernées',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Mutuelle des Cigales');
    expect(text).not.toContain('Horizon');
    expect((await fetch(`${gw.baseUrl}/register.csv`)).status).toBe(401);
  });
});
