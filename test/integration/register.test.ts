import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/db/audit/audit.entities';
import { Role } from '../../src/auth/roles';
import { signToken } from '../../src/auth/tokens';
import { sha256Hex } from '../../src/lib/canonical-json';
import { RegisterExport } from '../../src/register/register-export.entity';
import { RegisterDocument } from '../generated/graphql';
import { dialect, startGateway, TEST_JWT, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { must } from '../support/must';

describe(`register of breaches (art. 33(5)) on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
  });
  afterAll(() => gw.close());

  it('lists every exposure of the controller, notified or not, with the decision and its reasoning', async () => {
    const horizon = await gw.token(orgs.horizon, [Role.CONTROLLER_DPO]);
    const { data } = await gw.gql(RegisterDocument, {}, horizon);
    expect(data!.register.edges.map((edge) => edge.node).map((e) => [e.controllerName, e.decision])).toEqual([
      ['Mutuelle Horizon Santé', 'NOTIFIED'],
      ['Mutuelle Horizon Santé', 'UNDECIDED'],
    ]);
    expect(data!.register.edges.map((edge) => edge.node)[0]).toMatchObject({
      cnilReference: 'CNIL-NOTIF-2024-004217',
      personsBand: 'Plus de 5000 personnes',
      severityLevel: 'HIGH',
      rationale: expect.stringMatching(/^Notifiée à la CNIL le .* \(référence CNIL-NOTIF-2024-004217\)/),
    });
  });

  it('exports it as CSV with the art. 33(5) columns, for the viewer only', async () => {
    const cigales = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO]);
    const response = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${cigales}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const text = await response.text();
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(must(header, 'a header line').split(';').slice(0, 5)).toEqual([
      'Organisme',
      "Secteur d'activité",
      'Violation',
      'Faits',
      'Début de la violation',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Mutuelle des Cigales');
    expect(text).not.toContain('Horizon');
    expect((await fetch(`${gw.baseUrl}/register.csv`)).status).toBe(401);
  });

  it('records every CSV download in the audit trail: who, which organisation, the sha256 of the bytes received', async () => {
    const em = gw.app.orm.em.fork();
    const cigales = await gw.token(orgs.cigales, [Role.CONTROLLER_DPO], 'dpo@cigales.example');
    const before = await em.count(RegisterExport, {});
    const response = await fetch(`${gw.baseUrl}/register.csv`, { headers: { authorization: `Bearer ${cigales}` } });
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('x-content-sha256')).toBe(sha256Hex(body));
    expect(await em.count(RegisterExport, {})).toBe(before + 1);
    // The same bytes were downloaded by the earlier test's token too: this person's copy is the one.
    const exports = await em.find(RegisterExport, { sha256: sha256Hex(body), issuedTo: 'dpo@cigales.example' });
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ issuedTo: 'dpo@cigales.example', organizationId: orgs.cigales, rows: 1, byteSize: body.length });
    const event = await em.findOne(AuditEvent, { entityType: 'RegisterExport', entityId: exports[0]!.id });
    expect(event).toMatchObject({ action: 'CREATE', actor: 'dpo@cigales.example', organizationId: orgs.cigales });
  });

  it('writes nothing for a refused download', async () => {
    const em = gw.app.orm.em.fork();
    const counts = () => Promise.all([em.count(RegisterExport, {}), em.count(AuditEvent, {})]);
    const before = await counts();
    const forged = await signToken(
      { ...TEST_JWT, secret: 'another-secret-another-secret-another' },
      { sub: 'x', org: orgs.cigales, roles: [Role.CONTROLLER_DPO] },
    );
    for (const headers of [{}, { authorization: 'Bearer x.y.z' }, { authorization: `Bearer ${forged}` }] as Record<string, string>[]) {
      const response = await fetch(`${gw.baseUrl}/register.csv`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('x-content-sha256')).toBeNull();
    }
    expect(await counts()).toEqual(before);
  });
});
