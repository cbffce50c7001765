import { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/core';
import { Role } from '../auth/roles';
import { signToken } from '../auth/tokens';
import { Viewer } from '../auth/viewer';
import { type Clock, fixedClock } from '../config/clock';
import type { OrganizationRole } from '../cnil/vocabulary';
import type { Config } from '../config/config';
import { FactsService } from '../facts/facts.service';
import { ExposureService } from '../incidents/exposure.service';
import { IncidentService } from '../incidents/incident.service';
import { OnError } from '../ingest/ingest-batch.entity';
import { IngestService } from '../ingest/ingest.service';
import { BUILT_IN_PROFILES } from '../ingest/profiles';
import { Notification } from '../notifications/notification.entity';
import { Organization } from '../organizations/organization.entity';
import { NotificationService } from '../notifications/notification.service';
import { PersonsLetterService } from '../notifications/persons-letter.service';
import { FilingService } from '../documents/filing.service';
import { OrganizationService } from '../organizations/organization.service';
import { demoLists } from './lists';
import {
  DEMO_EXPOSURES,
  DEMO_FACTS,
  DEMO_INCIDENTS,
  DEMO_NOTIFICATIONS,
  DEMO_ORGANIZATIONS,
  DEMO_PERSONS_LETTERS,
  DEMO_PROCESSORS,
  DEMO_USERS,
} from './scenario';

/** The registered roles of a demo organisation: its people act in these capacities only. */
function rolesOf(key: string): OrganizationRole[] {
  return DEMO_ORGANIZATIONS.find((o) => o.key === key)!.roles;
}

export interface DemoDeps {
  orm: MikroORM;
  clock: Clock;
  config: Pick<Config, 'database' | 'pseudonymKey' | 'jwt'>;
}

/**
 * Loads the reference scenario through the same services the API uses (so the demo obeys every
 * rule), and only into an empty database: organisations, each insurer's declared operators,
 * incidents, exposures and facts in one transaction, then each operator's list through the real ingest.
 */
export async function loadDemo({ orm, clock, config }: DemoDeps): Promise<boolean> {
  if ((await orm.em.fork().count(Organization)) > 0) return false;
  const orgs = new Map<string, string>();
  const incidents = new Map<string, string>();
  const exposures = new Map<string, string>();
  await orm.em.fork().transactional(async (em) => {
    const admin = { em, clock, viewer: new Viewer('demo-loader', 'demo', [Role.ADMIN], []) };
    for (const { key, ...input } of DEMO_ORGANIZATIONS) orgs.set(key, (await new OrganizationService(admin).create(input)).id);
    for (const { controller, processors } of DEMO_PROCESSORS) {
      const dpo = {
        em,
        clock,
        viewer: new Viewer(`dpo@${controller}.example`, orgs.get(controller)!, [Role.CONTROLLER_DPO], rolesOf(controller)),
      };
      for (const processor of processors)
        await new OrganizationService(dpo).declareProcessor(
          orgs.get(controller)!,
          DEMO_ORGANIZATIONS.find((o) => o.key === processor)!.siren,
        );
    }
    for (const { key, source, ...input } of DEMO_INCIDENTS) {
      incidents.set(key, (await new IncidentService(admin).create({ ...input, sourceOrganizationId: orgs.get(source) })).id);
    }
    for (const { incident, controller, ...input } of DEMO_EXPOSURES) {
      const exposure = await new ExposureService(admin).create({
        ...input,
        incidentId: incidents.get(incident)!,
        controllerId: orgs.get(controller)!,
      });
      exposures.set(`${incident}/${controller}`, exposure.id);
    }
    for (const { by, subject, role, incident, controller, ...input } of DEMO_FACTS) {
      const viewer = new Viewer(subject, orgs.get(by)!, [role], rolesOf(by));
      await new FactsService({ em, clock, viewer }).submit({
        ...input,
        incidentId: incidents.get(incident)!,
        exposureId: controller ? exposures.get(`${incident}/${controller}`) : null,
      });
    }
  });
  for (const list of demoLists()) {
    const viewer = new Viewer(`demo-loader@${list.source}`, orgs.get(list.source)!, [Role.PROCESSOR_SECURITY], rolesOf(list.source));
    const profile = BUILT_IN_PROFILES[list.profile];
    if (!profile) throw new Error(`demo list: no built-in profile named ${list.profile}`);
    await new IngestService({ em: orm.em.fork(), clock, viewer }, config).ingest({
      incidentId: incidents.get(list.incident)!,
      profile,
      fileName: list.fileName,
      input: Readable.from([list.content]),
      onError: OnError.REJECT,
    });
  }
  for (const { controller, incident, input } of DEMO_PERSONS_LETTERS) {
    const viewer = new Viewer(`dpo@${controller}.example`, orgs.get(controller)!, [Role.CONTROLLER_DPO], rolesOf(controller));
    await new PersonsLetterService({ em: orm.em.fork(), clock, viewer }).update(exposures.get(`${incident}/${controller}`)!, input);
  }
  for (const step of DEMO_NOTIFICATIONS) {
    const viewer = new Viewer(
      `dpo@${step.controller}.example`,
      orgs.get(step.controller)!,
      [Role.CONTROLLER_LEGAL],
      rolesOf(step.controller),
    );
    // Filed steps are replayed at their historical instant, so their clock is that instant.
    const at = step.filing ? fixedClock(step.filing.filedAt) : clock;
    const service = () => new NotificationService({ em: orm.em.fork(), clock: at, viewer });
    let notification = await service().create({ exposureId: exposures.get(`${step.incident}/${step.controller}`)!, type: step.type });
    if (step.delayReasons)
      notification = await service().update(notification.id, { version: notification.version, delayReasons: step.delayReasons });
    if (step.gravitySignOff) {
      const suggested = (await service().view(notification)).inputs.severity.chosen.suggestedGravity;
      notification = await service().signOffGravity(notification.id, notification.version, {
        gravity: suggested,
        reason: step.gravitySignOff.reason,
      });
    }
    if (step.filing || step.controller === 'cigales') notification = await service().markReady(notification.id, notification.version);
    if (step.filing)
      notification = await new FilingService({ em: orm.em.fork(), clock: at, viewer }).record(notification.id, {
        version: notification.version,
        ...step.filing,
      });
    if (step.complementary) await service().startComplementary(notification.id);
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
      token: await signToken(
        config.jwt,
        { sub: user.sub, org: idBySiren.get(sirens.get(user.organization)!)!, roles: [...user.roles] as Role[] },
        '24h',
      ),
    })),
  );
}

/** Where the first DPO's filed notification downloads: the quick start's PDF example. */
export async function demoFilingPath({ orm }: Pick<DemoDeps, 'orm'>): Promise<string | null> {
  const em = orm.em.fork();
  const horizon = await em.findOne(Organization, { siren: DEMO_ORGANIZATIONS.find((o) => o.key === DEMO_USERS[0]!.organization)!.siren });
  const filed = horizon
    ? await em.findOne(Notification, { status: 'FILED', exposure: { controller: horizon } }, { orderBy: { id: 'asc' } })
    : null;
  return filed ? `/notifications/${filed.id}/filing.pdf` : null;
}
