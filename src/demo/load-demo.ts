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
import { RecapitulatifService } from '../documents/recapitulatif.service';
import { AuthorityNotificationService } from '../notifications/authority-notification.service';
import { CnilDecisionService } from '../notifications/cnil-decision.service';
import { PersonsInformationService } from '../notifications/persons-information.service';
import { recapitulatifStandIn } from './recapitulatif-stand-in';
import { OrganizationService } from '../organizations/organization.service';
import { demoLists } from './lists';
import { DoraService } from '../notifications/dora.service';
import {
  DORA_2025,
  DEMO_AUTHORITY_NOTIFICATIONS,
  DEMO_CNIL_DECISIONS,
  DEMO_ENTITY_FACTS,
  DEMO_EXPOSURES,
  DEMO_FACTS,
  DEMO_FORENSIC_FACTS,
  DEMO_INCIDENTS,
  DEMO_NOTIFICATIONS,
  DEMO_ORGANIZATIONS,
  DEMO_PERSONS_INFORMATION,
  DEMO_PERSONS_LETTERS,
  DEMO_PROCESSORS,
  DEMO_RECAPITULATIFS,
  DEMO_USERS,
} from './scenario';

/** The registered roles of a demo organisation: its people act in these capacities only. */
function rolesOf(key: string): OrganizationRole[] {
  return DEMO_ORGANIZATIONS.find((o) => o.key === key)!.roles;
}

export interface DemoDeps {
  orm: MikroORM;
  clock: Clock;
  config: Pick<Config, 'database' | 'pseudonymKey' | 'jwt' | 'personsInformation'>;
}

/**
 * Loads the reference scenario through the same services the API uses (so the demo obeys every
 * rule), and only into an empty database: organisations, each insurer's declared operators,
 * incidents, exposures and facts in one transaction, then each operator's list through the real ingest,
 * then the letter, the notifications at each stage and the controllers' decisions, each at its 2024 instant.
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
    for (const { by, subject, role, incident, controller, submittedAt, ...input } of DEMO_FACTS) {
      const viewer = new Viewer(subject, orgs.get(by)!, [role], rolesOf(by));
      // A dated statement (an operator's own steps) is replayed at its instant, as its provenance says.
      const at = submittedAt ? fixedClock(submittedAt) : clock;
      await new FactsService({ em, clock: at, viewer }).submit({
        ...input,
        incidentId: incidents.get(incident)!,
        exposureId: controller ? exposures.get(`${incident}/${controller}`) : null,
      });
    }
  });
  await loadDora2025({ orm, clock, config }, orgs);
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
    // Section 14 lists what was notified before filing: recorded first, so the filed copy shows it.
    for (const { input } of DEMO_AUTHORITY_NOTIFICATIONS.filter((a) => a.controller === step.controller && a.incident === step.incident))
      await new AuthorityNotificationService({ em: orm.em.fork(), clock: at, viewer }).record(
        exposures.get(`${step.incident}/${step.controller}`)!,
        input,
      );
    if (step.filing || step.controller === 'cigales') notification = await service().markReady(notification.id, notification.version);
    if (step.filing)
      notification = await new FilingService({ em: orm.em.fork(), clock: at, viewer }).record(notification.id, {
        version: notification.version,
        ...step.filing,
      });
    const recapitulatif = DEMO_RECAPITULATIFS.find((r) => r.controller === step.controller && r.incident === step.incident);
    if (step.filing && recapitulatif) {
      const pdf = await recapitulatifStandIn({
        controller: DEMO_ORGANIZATIONS.find((o) => o.key === step.controller)!.legalName,
        ...step.filing,
      });
      await new RecapitulatifService({ em: orm.em.fork(), clock: fixedClock(recapitulatif.uploadedAt), viewer }).attach(
        notification.id,
        pdf,
        recapitulatif.recapitulatifAt,
      );
    }
    if (step.complementary) await service().startComplementary(notification.id);
  }
  // Each decision is replayed at its historical instant: the dates shown are the scenario's own.
  for (const { by, subject, role, incident, controller, submittedAt, ...input } of DEMO_FORENSIC_FACTS) {
    const viewer = new Viewer(subject, orgs.get(by)!, [role], rolesOf(by));
    await new FactsService({ em: orm.em.fork(), clock: fixedClock(submittedAt), viewer }).submit({
      ...input,
      incidentId: incidents.get(incident)!,
      exposureId: exposures.get(`${incident}/${controller}`)!,
    });
  }
  for (const { controller, incident, decidedAt, input } of DEMO_CNIL_DECISIONS) {
    const viewer = new Viewer(`dpo@${controller}.example`, orgs.get(controller)!, [Role.CONTROLLER_DPO], rolesOf(controller));
    await new CnilDecisionService({ em: orm.em.fork(), clock: fixedClock(decidedAt), viewer }).decide(
      exposures.get(`${incident}/${controller}`)!,
      input,
    );
  }
  for (const { controller, incident, decidedAt, input, communications } of DEMO_PERSONS_INFORMATION) {
    const viewer = new Viewer(`dpo@${controller}.example`, orgs.get(controller)!, [Role.CONTROLLER_DPO], rolesOf(controller));
    const exposureId = exposures.get(`${incident}/${controller}`)!;
    const targetDays = config.personsInformation.targetDays;
    await new PersonsInformationService({ em: orm.em.fork(), clock: fixedClock(decidedAt), viewer }, targetDays).decide(exposureId, input);
    for (const sent of communications)
      await new PersonsInformationService({ em: orm.em.fork(), clock: fixedClock(sent.sentAt), viewer }, targetDays).recordCommunication(
        exposureId,
        sent,
      );
  }
  return true;
}

/**
 * The insurers' entity facts, then the fictional March 2025 incident (scenario.ts, DORA_2025), each
 * step replayed at its own instant by the person who takes it: the operator records the incident
 * and Atlantique's exposure, Atlantique's DPO the contract term, the classification, the ACPR
 * reports and a draft CNIL notification.
 */
async function loadDora2025({ orm }: DemoDeps, orgs: Map<string, string>): Promise<void> {
  const dpoOf = (key: string) =>
    new Viewer(`dpo@${key}.example`, orgs.get(key)!, [Role.CONTROLLER_DPO, Role.CONTROLLER_LEGAL], rolesOf(key));
  const at = (instant: Date, viewer: Viewer) => ({ em: orm.em.fork(), clock: fixedClock(instant), viewer });
  for (const { organization, input } of DEMO_ENTITY_FACTS)
    await new OrganizationService(at(DORA_2025.factsRecordedAt, dpoOf(organization))).recordEntityFacts(orgs.get(organization)!, input);
  const { controller, processor, incident, exposure: exposureInput } = DORA_2025;
  const dpo = dpoOf(controller);
  await new OrganizationService(at(DORA_2025.factsRecordedAt, dpo)).recordContractTerms(
    orgs.get(controller)!,
    DEMO_ORGANIZATIONS.find((o) => o.key === processor)!.siren,
    DORA_2025.contract.alertHours,
    DORA_2025.contract.contractReference,
  );
  const operator = new Viewer(`rssi@${processor}.example`, orgs.get(processor)!, [Role.PROCESSOR_SECURITY], rolesOf(processor));
  const { key: _key, source, ...incidentInput } = incident;
  const created = await new IncidentService(at(exposureInput.processorAlertedAt, operator)).create({
    ...incidentInput,
    sourceOrganizationId: orgs.get(source)!,
  });
  const exposure = await new ExposureService(at(exposureInput.processorAlertedAt, operator)).create({
    ...exposureInput,
    incidentId: created.id,
    controllerId: orgs.get(controller)!,
  });
  await new DoraService(at(DORA_2025.classification.classifiedAt, dpo)).classify(exposure.id, DORA_2025.classification);
  for (const step of DORA_2025.steps) await new DoraService(at(step.at, dpo)).record(exposure.id, step);
  await new NotificationService(at(DORA_2025.notification.createdAt, dpo)).create({
    exposureId: exposure.id,
    type: DORA_2025.notification.type,
  });
}

export interface DemoToken {
  label: string;
  /** The person (`sub`) and roles the token carries: what the web app's demo sign-in shows beside it. */
  subject: string;
  roles: Role[];
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
      subject: user.sub,
      roles: [...user.roles] as Role[],
      token: await signToken(
        config.jwt,
        { sub: user.sub, org: idBySiren.get(sirens.get(user.organization)!)!, roles: [...user.roles] as Role[] },
        '24h',
      ),
    })),
  );
}

export interface DemoDocumentLink {
  label: string;
  path: string;
}

/**
 * The documents the first DPO (Horizon) can download, one of each kind the gateway produces: what
 * `npm start` prints to try. Horizon's file has them all: a filing with its récapitulatif, the
 * complementary draft, the letter in each format, and its register.
 */
export async function demoDocumentLinks({ orm }: Pick<DemoDeps, 'orm'>): Promise<DemoDocumentLink[]> {
  const em = orm.em.fork();
  const horizon = await em.findOne(Organization, { siren: DEMO_ORGANIZATIONS.find((o) => o.key === DEMO_USERS[0]!.organization)!.siren });
  if (!horizon) return [];
  const mine = await em.find(Notification, { exposure: { controller: horizon } }, { orderBy: { id: 'asc' } });
  const filed = mine.find((n) => n.status === 'FILED');
  const draft = mine.find((n) => n.status !== 'FILED');
  const links: DemoDocumentLink[] = [];
  if (filed)
    links.push(
      { label: 'copie du dépôt (notification initiale déposée)', path: `/notifications/${filed.id}/filing.pdf` },
      { label: 'récapitulatif de la CNIL (tenant-lieu de démonstration)', path: `/notifications/${filed.id}/recapitulatif.pdf` },
      { label: 'dossier interne', path: `/notifications/${filed.id}/dossier-interne.pdf` },
      { label: 'lettre aux personnes (PDF)', path: `/notifications/${filed.id}/letter.pdf` },
      { label: 'lettre à un représentant légal (DOCX)', path: `/notifications/${filed.id}/letter.docx?variant=MINOR_REPRESENTATIVE` },
      { label: 'destinataires de la lettre (CSV de publipostage)', path: `/notifications/${filed.id}/letter-recipients.csv` },
    );
  if (draft) links.push({ label: 'notification complémentaire (projet)', path: `/notifications/${draft.id}/filing.pdf` });
  links.push(
    { label: 'registre des violations (PDF)', path: '/register.pdf' },
    { label: 'registre des violations (CSV)', path: '/register.csv' },
    { label: 'registre au format des données ouvertes de la CNIL (CSV)', path: '/register-cnil-open-data.csv' },
  );
  return links;
}
