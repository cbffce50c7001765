import type { MikroORM } from '@mikro-orm/core';
import { signToken } from '../auth/tokens';
import { Role } from '../auth/roles';
import { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { ExposureService } from '../incidents/exposure.service';
import { IncidentService } from '../incidents/incident.service';
import { Organization } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { DEMO_EXPOSURES, DEMO_INCIDENTS, DEMO_ORGANIZATIONS, DEMO_USERS } from './scenario';

/**
 * Loads the reference scenario through the same services the API uses (so the demo obeys every
 * rule), in one transaction, and only into an empty database.
 */
export async function loadDemo(orm: MikroORM, clock: Clock): Promise<boolean> {
  if ((await orm.em.fork().count(Organization)) > 0) return false;
  await orm.em.fork().transactional(async (em) => {
    const ctx = { em, clock, viewer: new Viewer('demo-loader', 'demo', [Role.ADMIN]) };
    const orgs = new Map<string, string>();
    for (const { key, ...input } of DEMO_ORGANIZATIONS) orgs.set(key, (await new OrganizationService(ctx).create(input)).id);
    const incidents = new Map<string, string>();
    for (const { key, source, ...input } of DEMO_INCIDENTS) {
      incidents.set(key, (await new IncidentService(ctx).create({ ...input, sourceOrganizationId: orgs.get(source) })).id);
    }
    for (const { incident, controller, ...input } of DEMO_EXPOSURES) {
      await new ExposureService(ctx).create({ ...input, incidentId: incidents.get(incident)!, controllerId: orgs.get(controller)! });
    }
  });
  return true;
}

export interface DemoToken {
  label: string;
  token: string;
}

/** A token for each demo person, valid for a day: what `npm start` prints. */
export async function demoTokens(orm: MikroORM, config: Config): Promise<DemoToken[]> {
  const em = orm.em.fork();
  const sirens = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key, o.siren]));
  const orgs = await em.find(Organization, { siren: { $in: [...sirens.values()] } });
  const idBySiren = new Map(orgs.map((o) => [o.siren, o.id]));
  return Promise.all(
    DEMO_USERS.map(async (user) => ({
      label: user.label,
      token: await signToken(config.jwt, { sub: user.sub, org: idBySiren.get(sirens.get(user.organization)!)!, roles: [...user.roles] as Role[] }, '24h'),
    })),
  );
}
