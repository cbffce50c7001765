import { loadDemo } from '../../src/demo/load-demo';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { Notification } from '../../src/notifications/notification.entity';
import { Organization } from '../../src/organizations/organization.entity';
import { first } from './must';
import type { TestGateway } from './app';

/** The scenario's organisations, by the keys the tests name them with (withDemo checks each is there). */
const DEMO_ORG_KEYS = ['operator-a', 'operator-b', 'horizon', 'cigales', 'atlantique', 'rhone', 'lumiere'] as const;
export type DemoOrgKey = (typeof DEMO_ORG_KEYS)[number];
/** Ids by demo key: a known key always has one; any other string may not. */
export type DemoOrgIds = Record<DemoOrgKey, string> & Record<string, string>;

/** Loads the reference scenario and returns the organisations' ids by their demo key. */
export async function withDemo(gateway: TestGateway): Promise<DemoOrgIds> {
  await loadDemo(gateway.app);
  const orgs = await gateway.app.orm.em.fork().find(Organization, {});
  const bySiren = new Map(orgs.map((o) => [o.siren, o.id]));
  const ids: Record<string, string | undefined> = Object.fromEntries(DEMO_ORGANIZATIONS.map((o) => [o.key, bySiren.get(o.siren)!]));
  const missing = DEMO_ORG_KEYS.filter((key) => ids[key] === undefined);
  if (missing.length > 0) throw new Error(`the demo has no organisation ${missing.join(', ')}`);
  return ids as DemoOrgIds;
}

/** The controller's first draft notification (the demo has one for Horizon), read fresh. */
export async function firstDraft(gateway: TestGateway, controllerId: string): Promise<Notification> {
  const drafts = await gateway.app.orm.em
    .fork()
    .find(Notification, { exposure: { controller: controllerId }, status: 'DRAFT' }, { orderBy: { id: 'asc' } });
  return first(drafts, 'a draft of the controller');
}
