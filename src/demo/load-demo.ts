import { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/core';
import { Role } from '../auth/roles';
import { signToken } from '../auth/tokens';
import { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import type { Config } from '../config/config';
import { FactsService } from '../facts/facts.service';
import { ExposureService } from '../incidents/exposure.service';
import { IncidentService } from '../incidents/incident.service';
import { OnError } from '../ingest/ingest-batch.entity';
import { IngestService } from '../ingest/ingest.service';
import { BUILT_IN_PROFILES } from '../ingest/profiles';
import { Organization } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { demoLists } from './lists';
import { DEMO_EXPOSURES, DEMO_FACTS, DEMO_INCIDENTS, DEMO_ORGANIZATIONS, DEMO_USERS } from './scenario';

export interface DemoDeps {
  orm: MikroORM;
  clock: Clock;
  config: Pick<Config, 'database' | 'pseudonymKey' | 'jwt'>;
}

/**
 * Loads the reference scenario through the same services the API uses (so the demo obeys every
 * rule), and only into an empty database: organisations, incidents, exposures and facts in one
 * transaction, then each operator's list through the real ingest.
 */
export async function loadDemo({ orm, clock, config }: DemoDeps): Promise<boolean> {
  if ((await orm.em.fork().count(Organization)) > 0) return false;
  const orgs = new Map<string, string>();
  const incidents = new Map<string, string>();
  await orm.em.fork().transactional(async (em) => {
    const admin = { em, clock, viewer: new Viewer('demo-loader', 'demo', [Role.ADMIN]) };
    for (const { key, ...input } of DEMO_ORGANIZATIONS) orgs.set(key, (await new OrganizationService(admin).create(input)).id);
    for (const { key, source, ...input } of DEMO_INCIDENTS) {
      incidents.set(key, (await new IncidentService(admin).create({ ...input, sourceOrganizationId: orgs.get(source) })).id);
    }
    const exposures = new Map<string, string>();
    for (const { incident, controller, ...input } of DEMO_EXPOSURES) {
      const exposure = await new ExposureService(admin).create({ ...input, incidentId: incidents.get(incident)!, controllerId: orgs.get(controller)! });
      exposures.set(`${incident}/${controller}`, exposure.id);
    }
    for (const { by, subject, role, incident, controller, ...input } of DEMO_FACTS) {
      const viewer = new Viewer(subject, orgs.get(by)!, [role]);
      await new FactsService({ em, clock, viewer }).submit({
        ...input,
        incidentId: incidents.get(incident)!,
        exposureId: controller ? exposures.get(`${incident}/${controller}`) : null,
      });
    }
  });
  for (const list of demoLists()) {
    const viewer = new Viewer(`demo-loader@${list.source}`, orgs.get(list.source)!, [Role.PROCESSOR_SECURITY]);
    await new IngestService({ em: orm.em.fork(), clock, viewer }, config).ingest({
      incidentId: incidents.get(list.incident)!,
      profile: BUILT_IN_PROFILES[list.profile],
      fileName: list.fileName,
      input: Readable.from([list.content]),
      onError: OnError.REJECT,
    });
  }
  return true;
}

export interface DemoToken {
  label: string;
  token: string;
}

/** A token for each demo person, valid for a day: what `npm start` prints. */
export async function demoTokens({ orm, config }: Pick<DemoDeps, 'orm' | 'config'>): Promise<DemoToken[]> {
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
