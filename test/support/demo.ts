import { loadDemo } from '../../src/demo/load-demo';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { Organization } from '../../src/organizations/organization.entity';
import type { TestGateway } from './app';

export type DemoOrgKey = (typeof DEMO_ORGANIZATIONS)[number]['key'];

/** Loads the reference scenario and returns the organisations' ids by their demo key. */
export async function withDemo(gateway: TestGateway): Promise<Record<string, string>> {
  await loadDemo(gateway.app);
  const orgs = await gateway.app.orm.em.fork().find(Organization, {});
  const bySiren = new Map(orgs.map((o) => [o.siren, o.id]));
  return Object.fromEntries(DEMO_ORGANIZATIONS.map((o) => [o.key, bySiren.get(o.siren)!]));
}
