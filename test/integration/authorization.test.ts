import fc from 'fast-check';
import { getNamedType, GraphQLObjectType, isObjectType, parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/auth/roles';
import { Webhook, WebhookDelivery } from '../../src/channels/webhook.entity';
import { Viewer } from '../../src/auth/viewer';
import type { OrganizationRole } from '../../src/cnil/vocabulary';
import { fixedClock } from '../../src/config/clock';
import { gatewaySchema } from '../../src/app/graphql/schema';
import { DEMO_ORGANIZATIONS } from '../../src/demo/scenario';
import { Exposure } from '../../src/incidents/exposure.entity';
import { ExposureService } from '../../src/incidents/exposure.service';
import { Incident } from '../../src/incidents/incident.entity';
import { IncidentService } from '../../src/incidents/incident.service';
import { IngestBatch } from '../../src/ingest/ingest-batch.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { Organization } from '../../src/organizations/organization.entity';
import { dialect, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { flushFixtures } from '../support/fixtures';

/**
 * Tenant isolation as a matrix: every query, mutation, id-taking field and HTTP route × every role ×
 * a target of the viewer's own side and one of another organisation, against exactly the allowed set.
 * The list of operations is read from the schema, so a new field without a rule here fails.
 *
 * Viewers: the controller roles and the admin belong to Mutuelle des Cigales (exposed by incident A
 * only); the processor role to Tiers-Payant Alpha (the source of incident A). "Other" targets are
 * incident B's, whose source is another operator and which does not expose Cigales. Cigales also
 * reported an incident of its own, to which an admin attached Mutuelle du Rhône: Cigales is no
 * processor, so none of its roles may see Rhône's exposure there (the auditor once did).
 */
type Outcome = 'allow' | 'deny';
type Target = 'own' | 'other';
type Expectation = Readonly<Record<Role, readonly [own: Outcome, other: Outcome]>>;

interface Ids {
  org: string;
  incident: string;
  exposure: string;
  notification: string;
  batch: string;
  controllerName: string;
  /** A webhook of the organisation `org`, and one of its deliveries. */
  webhook: string;
  delivery: string;
}

interface Probe {
  role: Role;
  token: string;
  ids: Ids;
  viewerOrg: string;
}

/** What came back: an HTTP status, the GraphQL error codes, and the body for list membership. */
interface Answer {
  status: number;
  codes: string[];
  body: string;
}

interface Rule {
  expect: Expectation;
  /** Lists and exports answer for every role: whether they hold the target is the outcome. */
  probe(p: Probe): Promise<Outcome>;
}

const ALL: Expectation = {
  CONTROLLER_DPO: ['allow', 'allow'],
  CONTROLLER_LEGAL: ['allow', 'allow'],
  PROCESSOR_SECURITY: ['allow', 'allow'],
  AUDITOR: ['allow', 'allow'],
  ADMIN: ['allow', 'allow'],
};
const SCOPED: Expectation = {
  CONTROLLER_DPO: ['allow', 'deny'],
  CONTROLLER_LEGAL: ['allow', 'deny'],
  PROCESSOR_SECURITY: ['allow', 'deny'],
  AUDITOR: ['allow', 'deny'],
  ADMIN: ['allow', 'allow'],
};
const CONTROLLER_FILE: Expectation = { ...SCOPED, PROCESSOR_SECURITY: ['deny', 'deny'] };
const DRAFTING: Expectation = { ...CONTROLLER_FILE, AUDITOR: ['deny', 'deny'] };
const FILING: Expectation = { ...DRAFTING, CONTROLLER_DPO: ['deny', 'deny'] };
const DECIDING: Expectation = { ...DRAFTING, CONTROLLER_LEGAL: ['deny', 'deny'] };
const FACTS: Expectation = { ...SCOPED, AUDITOR: ['deny', 'deny'] };
const ADMIN_ONLY: Expectation = {
  CONTROLLER_DPO: ['deny', 'deny'],
  CONTROLLER_LEGAL: ['deny', 'deny'],
  PROCESSOR_SECURITY: ['deny', 'deny'],
  AUDITOR: ['deny', 'deny'],
  ADMIN: ['allow', 'allow'],
};
const SOURCE_ONLY: Expectation = { ...ADMIN_ONLY, PROCESSOR_SECURITY: ['allow', 'deny'] };
const REPORTING: Expectation = { ...SOURCE_ONLY, CONTROLLER_DPO: ['allow', 'deny'] };
const INGESTING: Expectation = { ...SOURCE_ONLY, CONTROLLER_DPO: ['allow', 'deny'] };
const WEBHOOKS: Expectation = { ...ADMIN_ONLY, CONTROLLER_DPO: ['allow', 'deny'] };

const DENIED = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

/** Every error carries its request's own id: two answers compared as wholes must not differ by it. */
const sameRequestId = (body: string) => body.replace(/"requestId":"[^"]*"/g, '"requestId":"REQUEST"');
const STALE = -1;

describe(`authorization on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  const sides: Record<'controller' | 'processor', Record<Target, Ids>> = {} as never;

  const gql = async (query: string, variables: Record<string, unknown>, token: string): Promise<Answer> => {
    const response = await gw.gql(parse(query) as TypedDocumentNode<unknown, Record<string, unknown>>, variables, token);
    return {
      status: response.status,
      codes: (response.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN'),
      body: sameRequestId(JSON.stringify(response)),
    };
  };
  const http = async (method: string, path: string, token: string, body?: string, type?: string): Promise<Answer> => {
    const response = await fetch(`${gw.baseUrl}${path}`, {
      method,
      body,
      headers: { authorization: `Bearer ${token}`, ...(type ? { 'content-type': type } : {}) },
    });
    const text = await response.text();
    return { status: response.status, codes: [], body: sameRequestId(text) };
  };
  /** Refused means an authorization error; any other answer (a conflict, a bad version) got past it. */
  const authorized = (a: Answer): Outcome =>
    a.status === 401 || a.status === 403 || a.status === 404 || a.codes.some((c) => DENIED.has(c)) ? 'deny' : 'allow';
  const holds = (a: Answer, needle: string): Outcome =>
    a.status === 200 && a.codes.length === 0 && a.body.includes(needle) ? 'allow' : 'deny';

  const RULES: Record<string, Rule> = {
    // Queries
    'Query.organization': {
      expect: SCOPED,
      probe: async (p) => authorized(await gql('query($id: ID!) { organization(id: $id) { id } }', { id: p.ids.org }, p.token)),
    },
    'Query.organizations': { expect: SCOPED, probe: async (p) => holds(await gql('{ organizations { id } }', {}, p.token), p.ids.org) },
    'Query.incident': {
      expect: SCOPED,
      probe: async (p) => authorized(await gql('query($id: ID!) { incident(id: $id) { id } }', { id: p.ids.incident }, p.token)),
    },
    'Query.incidents': {
      expect: SCOPED,
      probe: async (p) => holds(await gql('{ incidents(first: 100) { edges { node { id } } } }', {}, p.token), p.ids.incident),
    },
    'Query.exposure': {
      expect: SCOPED,
      probe: async (p) => authorized(await gql('query($id: ID!) { exposure(id: $id) { id } }', { id: p.ids.exposure }, p.token)),
    },
    'Query.exposures': {
      expect: SCOPED,
      probe: async (p) => holds(await gql('{ exposures(first: 500) { edges { node { id } } } }', {}, p.token), p.ids.exposure),
    },
    'Query.notifications': {
      expect: CONTROLLER_FILE,
      probe: async (p) => holds(await gql('{ notifications(first: 500) { edges { node { id } } } }', {}, p.token), p.ids.notification),
    },
    'Query.notification': {
      expect: CONTROLLER_FILE,
      probe: async (p) => authorized(await gql('query($id: ID!) { notification(id: $id) { id } }', { id: p.ids.notification }, p.token)),
    },
    'Query.register': {
      expect: CONTROLLER_FILE,
      probe: async (p) => holds(await gql('{ register(first: 500) { edges { node { exposureId } } } }', {}, p.token), p.ids.exposure),
    },
    'Query.registerDownloads': {
      // Anyone gets links; followed without a header, they open the viewer's register and no more, as the token would.
      expect: CONTROLLER_FILE,
      probe: async (p) => {
        const links = await gw.gql(
          parse('{ registerDownloads { csvUrl } }') as TypedDocumentNode<unknown, Record<string, unknown>>,
          {},
          p.token,
        );
        const url = (links.data as { registerDownloads?: { csvUrl: string } } | null | undefined)?.registerDownloads?.csvUrl;
        if (!url) return 'deny';
        const response = await fetch(`${gw.baseUrl}${url}`);
        return holds({ status: response.status, codes: [], body: await response.text() }, p.ids.controllerName);
      },
    },
    'Query.deadlines': {
      expect: CONTROLLER_FILE,
      probe: async (p) => {
        const answer = await gql('{ deadlines(first: 500) { edges { node { exposureId obligation { party } } } } }', {}, p.token);
        return holds(answer, `{"exposureId":"${p.ids.exposure}","obligation":{"party":"CONTROLLER"}}`);
      },
    },
    'Query.ingestBatch': {
      expect: { ...SOURCE_ONLY },
      probe: async (p) => authorized(await gql('query($id: ID!) { ingestBatch(id: $id) { id } }', { id: p.ids.batch }, p.token)),
    },
    'Query.ingestBatches': {
      expect: SOURCE_ONLY,
      probe: async (p) =>
        holds(await gql('query($id: ID!) { ingestBatches(incidentId: $id) { id } }', { id: p.ids.incident }, p.token), p.ids.batch),
    },
    'Query.consolidatedSubjectCounts': {
      expect: ALL,
      probe: async (p) => authorized(await gql('{ consolidatedSubjectCounts { persons } }', {}, p.token)),
    },
    'Query.ingestProfiles': {
      expect: ALL,
      probe: async (p) => holds(await gql('{ ingestProfiles { name } }', {}, p.token), 'operator-a-csv'),
    },
    'Query.vocabulary': {
      expect: ALL,
      probe: async (p) => authorized(await gql('{ vocabulary(name: "BreachNature") { name } }', {}, p.token)),
    },
    // node(id) applies the scope of the type it finds: a notification is the controller's file.
    'Query.node': {
      expect: CONTROLLER_FILE,
      probe: async (p) => authorized(await gql('query($id: ID!) { node(id: $id) { id } }', { id: p.ids.notification }, p.token)),
    },
    'Query.nodes': {
      expect: SCOPED,
      probe: async (p) => authorized(await gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [p.ids.exposure] }, p.token)),
    },
    'Query.viewer': {
      expect: ALL,
      probe: async (p) => holds(await gql('{ viewer { organizationId } }', {}, p.token), p.viewerOrg),
    },
    // Mutations: inputs that stop right after the authorization check (stale versions, existing pairs).
    'Mutation.createOrganization': {
      expect: ADMIN_ONLY,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation { createOrganization(input: { roles: [CONTROLLER], legalName: "Probe", siren: "12345678" }) { id } }',
            {},
            p.token,
          ),
        ),
    },
    'Mutation.updateOrganization': {
      expect: { ...ADMIN_ONLY, CONTROLLER_DPO: ['allow', 'deny'] },
      probe: async (p) =>
        authorized(
          await gql('mutation($id: ID!) { updateOrganization(id: $id, input: { version: -1 }) { id } }', { id: p.ids.org }, p.token),
        ),
    },
    // An invalid SIREN stops right after the authorization check, so the probe declares nothing.
    'Mutation.declareProcessor': {
      expect: { ...ADMIN_ONLY, CONTROLLER_DPO: ['allow', 'deny'] },
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($c: ID!) { declareProcessor(controllerId: $c, processorSiren: "12345678") { id } }',
            { c: p.ids.org },
            p.token,
          ),
        ),
    },
    // A category without its reason is refused right after the authorization check: nothing is recorded.
    'Mutation.recordEntityFacts': {
      expect: { ...ADMIN_ONLY, CONTROLLER_DPO: ['allow', 'deny'] },
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($id: ID!) { recordEntityFacts(organizationId: $id, input: { doraCategory: CREDIT_INSTITUTION }) { id } }',
            { id: p.ids.org },
            p.token,
          ),
        ),
    },
    // As for declareProcessor: an invalid SIREN stops right after the authorization check.
    'Mutation.recordProcessingContract': {
      expect: { ...ADMIN_ONLY, CONTROLLER_DPO: ['allow', 'deny'] },
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($c: ID!) { recordProcessingContract(controllerId: $c, processorSiren: "12345678", alertHours: 24) { controllerId } }',
            { c: p.ids.org },
            p.token,
          ),
        ),
    },
    'Mutation.withdrawProcessor': {
      expect: { ...ADMIN_ONLY, CONTROLLER_DPO: ['allow', 'deny'] },
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($c: ID!) { withdrawProcessor(controllerId: $c, processorSiren: "12345678") { id } }',
            { c: p.ids.org },
            p.token,
          ),
        ),
    },
    'Mutation.createIncident': {
      expect: REPORTING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($org: ID!) { createIncident(input: { title: "", sourceOrganizationId: $org }) { id } }',
            { org: p.ids.org },
            p.token,
          ),
        ),
    },
    'Mutation.updateIncident': {
      expect: SOURCE_ONLY,
      probe: async (p) =>
        authorized(
          await gql('mutation($id: ID!) { updateIncident(id: $id, input: { version: -1 }) { id } }', { id: p.ids.incident }, p.token),
        ),
    },
    // Its source for a controller that declared it, or a controller for itself (then CONFLICT: the pair exists).
    'Mutation.createExposure': {
      expect: REPORTING,
      probe: async (p) => {
        const exposure = await gw.app.orm.em.fork().findOneOrFail(Exposure, p.ids.exposure);
        return authorized(
          await gql(
            'mutation($i: ID!, $c: ID!) { createExposure(input: { incidentId: $i, controllerId: $c }) { id } }',
            { i: p.ids.incident, c: exposure.controller.id },
            p.token,
          ),
        );
      },
    },
    'Mutation.updateExposure': {
      expect: FACTS,
      probe: async (p) =>
        authorized(
          await gql('mutation($id: ID!) { updateExposure(id: $id, input: { version: -1 }) { id } }', { id: p.ids.exposure }, p.token),
        ),
    },
    'Mutation.submitBreachFacts': {
      expect: FACTS,
      probe: async (p) => {
        const asProcessor = p.role === Role.PROCESSOR_SECURITY;
        const input = asProcessor
          ? {
              incidentId: p.ids.incident,
              sourceType: 'PROCESSOR_NOTICE',
              confidence: 'REPORTED',
              idempotencyKey: `probe-${Math.random()}`,
              incidentFacts: { ongoing: false },
            }
          : {
              incidentId: p.ids.incident,
              exposureId: p.ids.exposure,
              sourceType: 'CONTROLLER_ASSESSMENT',
              confidence: 'ESTIMATED',
              idempotencyKey: `probe-${Math.random()}`,
              exposureFacts: { approxPersons: 1 },
            };
        return authorized(
          await gql('mutation($input: SubmitBreachFactsInput!) { submitBreachFacts(input: $input) { id } }', { input }, p.token),
        );
      },
    },
    'Mutation.createNotification': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($e: ID!) { createNotification(input: { exposureId: $e, type: COMPLETE }) { id } }',
            { e: p.ids.exposure },
            p.token,
          ),
        ),
    },
    'Mutation.updateNotification': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($id: ID!) { updateNotification(id: $id, input: { version: -1 }) { id } }',
            { id: p.ids.notification },
            p.token,
          ),
        ),
    },
    'Mutation.signOffGravity': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            `mutation($id: ID!) { signOffGravity(id: $id, version: ${STALE}, input: { gravity: IMPORTANT }) { id } }`,
            { id: p.ids.notification },
            p.token,
          ),
        ),
    },
    'Mutation.markNotificationReady': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(`mutation($id: ID!) { markNotificationReady(id: $id, version: ${STALE}) { id } }`, { id: p.ids.notification }, p.token),
        ),
    },
    'Mutation.reopenNotification': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(`mutation($id: ID!) { reopenNotification(id: $id, version: ${STALE}) { id } }`, { id: p.ids.notification }, p.token),
        ),
    },
    'Mutation.recordNotificationFiling': {
      expect: FILING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($id: ID!) { recordNotificationFiling(id: $id, input: { version: -1, cnilReference: "X", filedAt: "2024-02-04T00:00:00Z" }) { id } }',
            { id: p.ids.notification },
            p.token,
          ),
        ),
    },
    'Mutation.decideCnilNotification': {
      expect: DRAFTING,
      // A blank reasoning is refused after the authorization check: nothing is recorded either way.
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($id: ID!) { decideCnilNotification(exposureId: $id, input: { decision: NOT_NOTIFY, reasoning: " " }) { id } }',
            { id: p.ids.exposure },
            p.token,
          ),
        ),
    },
    // A blank reason is refused after the authorization check: nothing is recorded either way.
    'Mutation.classifyDoraIncident': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($id: ID!) { classifyDoraIncident(exposureId: $id, input: { major: true, classifiedAt: "2024-02-04T00:00:00Z", criteria: [], reason: " ", clientsFinancialInterestsAffected: false }) { id } }',
            { id: p.ids.exposure },
            p.token,
          ),
        ),
    },
    // A notice of late reporting without its report and reasons is refused after the authorization check: nothing is recorded.
    'Mutation.recordDoraStep': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($id: ID!) { recordDoraStep(exposureId: $id, input: { kind: LATE_NOTICE, at: "2024-02-04T00:00:00Z" }) { id } }',
            { id: p.ids.exposure },
            p.token,
          ),
        ),
    },
    'Mutation.recordAuthorityNotification': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($e: ID!) { recordAuthorityNotification(exposureId: $e, input: { authority: OTHER, notifiedAt: "2024-02-04T00:00:00Z" }) { id } }',
            { e: p.ids.exposure },
            p.token,
          ),
        ),
    },
    'Mutation.startComplementaryNotification': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(await gql('mutation($id: ID!) { startComplementaryNotification(id: $id) { id } }', { id: p.ids.notification }, p.token)),
    },
    'Mutation.decidePersonsInformation': {
      expect: DECIDING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($id: ID!) { decidePersonsInformation(exposureId: $id, input: { decision: NOT_INFORM, reasoning: "x" }) { exposureId } }',
            { id: p.ids.exposure },
            p.token,
          ),
        ),
    },
    'Mutation.recordPersonsCommunication': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($id: ID!) { recordPersonsCommunication(exposureId: $id, input: { sentAt: "2024-02-04T00:00:00Z", channel: EMAIL, personsReached: -1 }) { exposureId } }',
            { id: p.ids.exposure },
            p.token,
          ),
        ),
    },
    'Mutation.updatePersonsLetter': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($e: ID!) { updatePersonsLetter(exposureId: $e, input: { version: -1 }) { id } }',
            { e: p.ids.exposure },
            p.token,
          ),
        ),
    },
    'Mutation.markPersonsLetterReady': {
      expect: DRAFTING,
      probe: async (p) =>
        authorized(
          await gql(
            `mutation($id: ID!) { markPersonsLetterReady(notificationId: $id, version: ${STALE}) { id } }`,
            { id: p.ids.notification },
            p.token,
          ),
        ),
    },
    // HTTP routes
    'GET /notifications/:id/filing.pdf': {
      expect: CONTROLLER_FILE,
      probe: async (p) => authorized(await http('GET', `/notifications/${p.ids.notification}/filing.pdf`, p.token)),
    },
    'GET /notifications/:id/letter.pdf': {
      expect: CONTROLLER_FILE,
      probe: async (p) => authorized(await http('GET', `/notifications/${p.ids.notification}/letter.pdf`, p.token)),
    },
    'GET /notifications/:id/dossier-interne.pdf': {
      expect: CONTROLLER_FILE,
      probe: async (p) => authorized(await http('GET', `/notifications/${p.ids.notification}/dossier-interne.pdf`, p.token)),
    },
    // None is attached to the probe's notification: a reader is told so, anyone else that there is no notification.
    'GET /notifications/:id/recapitulatif.pdf': {
      expect: CONTROLLER_FILE,
      probe: async (p) => {
        const answer = await http('GET', `/notifications/${p.ids.notification}/recapitulatif.pdf`, p.token);
        return answer.status === 404 && answer.body.includes('CnilRecapitulatif') ? 'allow' : authorized(answer);
      },
    },
    // The probe's notification is not filed: whoever may attach gets the state refusal (409).
    'POST /notifications/:id/recapitulatif.pdf': {
      expect: FILING,
      probe: async (p) =>
        authorized(await http('POST', `/notifications/${p.ids.notification}/recapitulatif.pdf`, p.token, '%PDF-1.7', 'application/pdf')),
    },
    'GET /notifications/:id/letter.docx': {
      expect: CONTROLLER_FILE,
      probe: async (p) => authorized(await http('GET', `/notifications/${p.ids.notification}/letter.docx`, p.token)),
    },
    'GET /notifications/:id/letter-recipients.csv': {
      expect: CONTROLLER_FILE,
      probe: async (p) => authorized(await http('GET', `/notifications/${p.ids.notification}/letter-recipients.csv`, p.token)),
    },
    'GET /register.csv': {
      expect: CONTROLLER_FILE,
      probe: async (p) => holds(await http('GET', '/register.csv', p.token), p.ids.controllerName),
    },
    // The target's filing, downloaded by an admin (so the gateway issued it), checked by the role: a
    // reader of documents has it vouched for, anyone else is refused or told no such notification exists.
    'POST /documents/verify': {
      expect: CONTROLLER_FILE,
      probe: async (p) => {
        const admin = await gw.token(p.viewerOrg, [Role.ADMIN], 'admin@probe.example');
        const filing = await fetch(`${gw.baseUrl}/notifications/${p.ids.notification}/filing.pdf`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        const response = await fetch(`${gw.baseUrl}/documents/verify`, {
          method: 'POST',
          body: Buffer.from(await filing.arrayBuffer()),
          headers: { authorization: `Bearer ${p.token}`, 'content-type': 'application/pdf' },
        });
        const answer: Answer = { status: response.status, codes: [], body: sameRequestId(await response.text()) };
        return answer.status === 200 && answer.body.includes('"verdict":"VERIFIED"') ? 'allow' : 'deny';
      },
    },
    'POST /ingest/subjects': {
      expect: INGESTING,
      probe: async (p) =>
        authorized(
          await http('POST', `/ingest/subjects?incident=${p.ids.incident}&profile=operator-a-csv&fileName=probe.csv`, p.token, ''),
        ),
    },
    // Webhooks and alert addresses: the organisation's DPO and admins. Invalid input stops right after the check.
    'Mutation.registerWebhook': {
      expect: WEBHOOKS,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($o: ID!) { registerWebhook(input: { organizationId: $o, url: "http://x", events: [DEADLINE_ALERT] }) { secret } }',
            { o: p.ids.org },
            p.token,
          ),
        ),
    },
    'Query.webhooks': {
      expect: WEBHOOKS,
      probe: async (p) =>
        holds(await gql('query($o: ID) { webhooks(organizationId: $o) { id } }', { o: p.ids.org }, p.token), p.ids.webhook),
    },
    'Mutation.updateWebhook': {
      expect: WEBHOOKS,
      probe: async (p) =>
        authorized(
          await gql('mutation($id: ID!) { updateWebhook(id: $id, input: { version: -1 }) { id } }', { id: p.ids.webhook }, p.token),
        ),
    },
    'Mutation.disableWebhook': {
      expect: WEBHOOKS,
      probe: async (p) => authorized(await gql('mutation($id: ID!) { disableWebhook(id: $id) { id } }', { id: p.ids.webhook }, p.token)),
    },
    'Mutation.enableWebhook': {
      expect: WEBHOOKS,
      probe: async (p) => authorized(await gql('mutation($id: ID!) { enableWebhook(id: $id) { id } }', { id: p.ids.webhook }, p.token)),
    },
    'Query.webhookDeliveries': {
      expect: WEBHOOKS,
      probe: async (p) =>
        holds(
          await gql('query($id: ID!) { webhookDeliveries(webhookId: $id) { edges { node { id } } } }', { id: p.ids.webhook }, p.token),
          p.ids.delivery,
        ),
    },
    'Mutation.replayWebhookDelivery': {
      expect: WEBHOOKS,
      probe: async (p) =>
        authorized(await gql('mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }', { id: p.ids.delivery }, p.token)),
    },
    'Mutation.setAlertEmails': {
      expect: WEBHOOKS,
      probe: async (p) =>
        authorized(
          await gql(
            'mutation($o: ID!) { setAlertEmails(organizationId: $o, addresses: ["pas-une-adresse"]) { organizationId } }',
            { o: p.ids.org },
            p.token,
          ),
        ),
    },
  };

  const ROUTES = [
    'GET /notifications/:id/filing.pdf',
    'GET /notifications/:id/letter.pdf',
    'GET /notifications/:id/dossier-interne.pdf',
    'GET /notifications/:id/recapitulatif.pdf',
    'POST /notifications/:id/recapitulatif.pdf',
    'GET /notifications/:id/letter.docx',
    'GET /notifications/:id/letter-recipients.csv',
    'GET /register.csv',
    'POST /documents/verify',
    'POST /ingest/subjects',
  ];
  const ROLES = Object.values(Role);

  async function probeFor(role: Role, target: Target): Promise<Probe> {
    const side = role === Role.PROCESSOR_SECURITY ? 'processor' : 'controller';
    const viewerOrg = side === 'processor' ? orgs['operator-a']! : orgs.cigales!;
    return { role, token: await gw.token(viewerOrg, [role], `${role.toLowerCase()}@probe.example`), ids: sides[side][target], viewerOrg };
  }

  beforeAll(async () => {
    gw = await startGateway({ clock: fixedClock('2024-02-06T12:00:00Z') });
    orgs = await withDemo(gw);
    const em = gw.app.orm.em.fork();
    const incidentOf = (source: string) => em.findOneOrFail(Incident, { sourceOrganization: orgs[source]! });
    const [a, b] = [await incidentOf('operator-a'), await incidentOf('operator-b')];
    const exposureOf = (incident: Incident, controller: string) => em.findOneOrFail(Exposure, { incident, controller: orgs[controller]! });
    const notificationOf = async (exposure: Exposure) => (await em.find(Notification, { exposure }, { orderBy: { id: 'asc' } }))[0]!;
    const batchOf = async (source: string) => (await em.find(IngestBatch, { sourceOrganization: orgs[source]! }))[0]!;
    const [cigalesA, atlantiqueB] = [await exposureOf(a, 'cigales'), await exposureOf(b, 'atlantique')];
    const [ownNotification, otherNotification] = [await notificationOf(cigalesA), await notificationOf(atlantiqueB)];
    const [batchA, batchB] = [await batchOf('operator-a'), await batchOf('operator-b')];
    // One webhook and one delivery per organisation a probe names.
    const hooks: Record<string, { webhook: string; delivery: string }> = {};
    for (const key of ['cigales', 'rhone', 'operator-a', 'operator-b']) {
      const webhook = em.create(Webhook, {
        organizationId: orgs[key]!,
        url: `https://${key}.example/hooks`,
        events: ['DEADLINE_ALERT'],
        secret: `whsec_${Buffer.alloc(32, 5).toString('base64')}`,
      });
      const delivery = em.create(WebhookDelivery, {
        channel: 'WEBHOOK',
        target: webhook.id,
        webhookId: webhook.id,
        organizationId: orgs[key]!,
        eventId: 1,
        kind: 'DEADLINE_ALERT',
        status: 'FAILED',
        nextAttemptAt: new Date(),
      });
      hooks[key] = { webhook: webhook.id, delivery: delivery.id };
    }
    await flushFixtures(em);
    const other: Ids = {
      ...hooks.rhone!,
      org: orgs.rhone!,
      incident: b.id,
      exposure: atlantiqueB.id,
      notification: otherNotification.id,
      batch: batchB.id,
      controllerName: 'Prévoyance Atlantique',
    };
    sides.controller = {
      own: {
        ...hooks.cigales!,
        org: orgs.cigales!,
        incident: a.id,
        exposure: cigalesA.id,
        notification: ownNotification.id,
        batch: batchA.id,
        controllerName: 'Mutuelle des Cigales',
      },
      other,
    };
    sides.processor = {
      own: {
        ...hooks['operator-a']!,
        org: orgs['operator-a']!,
        incident: a.id,
        exposure: cigalesA.id,
        notification: ownNotification.id,
        batch: batchA.id,
        controllerName: 'Mutuelle des Cigales',
      },
      other: { ...other, ...hooks['operator-b']!, org: orgs['operator-b']! },
    };
    const admin = {
      em: gw.app.orm.em.fork(),
      clock: gw.app.clock,
      viewer: new Viewer('admin@probe.example', orgs.cigales!, [Role.ADMIN], []),
    };
    const own = await new IncidentService(admin).create({
      title: 'Perte d’un ordinateur portable — Mutuelle des Cigales',
      sourceOrganizationId: orgs.cigales,
    });
    await new ExposureService(admin).create({ incidentId: own.id, controllerId: orgs.rhone! });
  });
  afterAll(async () => gw.close());

  it('has a rule for every query, mutation, id-taking field and HTTP route: a new one without a rule fails here', async () => {
    const schema = await gatewaySchema();
    const fields = new Set<string>();
    for (const root of [schema.getQueryType()!, schema.getMutationType()!])
      for (const name of Object.keys(root.getFields())) fields.add(`${root.name}.${name}`);
    for (const type of Object.values(schema.getTypeMap())) {
      // Subscriptions run over WebSocket, where an id the viewer may not see yields no event, exactly
      // as a missing one: their tenancy is tested event by event in subscriptions.test.ts.
      if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getSubscriptionType()) continue;
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        if (field.args.some((arg) => getNamedType(arg.type).name === 'ID')) fields.add(`${type.name}.${field.name}`);
      }
    }
    expect(Object.keys(RULES).sort()).toEqual([...fields, ...ROUTES].sort());
  });

  it('allows exactly the expected set for every role on its own and another organisation', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const [operation, rule] of Object.entries(RULES)) {
      for (const role of ROLES) {
        for (const [index, target] of (['own', 'other'] as const).entries()) {
          want.push(`${operation} ${role} ${target}: ${rule.expect[role][index]}`);
          got.push(`${operation} ${role} ${target}: ${await rule.probe(await probeFor(role, target))}`);
        }
      }
    }
    expect(got).toEqual(want);
  });

  it("answers another organisation's ids exactly as missing ones", async () => {
    const missing = '0190a000-0000-7000-8000-000000000000';
    const byId: [string, (id: string, token: string) => Promise<Answer>, keyof Ids][] = [
      ['notification', (id, t) => gql('query($id: ID!) { notification(id: $id) { id } }', { id }, t), 'notification'],
      ['exposure', (id, t) => gql('query($id: ID!) { exposure(id: $id) { id } }', { id }, t), 'exposure'],
      ['incident', (id, t) => gql('query($id: ID!) { incident(id: $id) { id } }', { id }, t), 'incident'],
      ['organization', (id, t) => gql('query($id: ID!) { organization(id: $id) { id } }', { id }, t), 'org'],
      ['ingestBatch', (id, t) => gql('query($id: ID!) { ingestBatch(id: $id) { id } }', { id }, t), 'batch'],
      ['node', (id, t) => gql('query($id: ID!) { node(id: $id) { id } }', { id }, t), 'exposure'],
      ['filing.pdf', (id, t) => http('GET', `/notifications/${id}/filing.pdf`, t), 'notification'],
      [
        'updateNotification',
        (id, t) => gql('mutation($id: ID!) { updateNotification(id: $id, input: { version: 1 }) { id } }', { id }, t),
        'notification',
      ],
    ];
    for (const role of ROLES.filter((r) => r !== Role.ADMIN)) {
      const probe = await probeFor(role, 'other');
      for (const [name, ask, key] of byId) {
        const other = await ask(probe.ids[key], probe.token);
        const absent = await ask(missing, probe.token);
        expect(`${name} ${role}: ${other.status} ${other.body.replaceAll(probe.ids[key], 'ID')}`).toBe(
          `${name} ${role}: ${absent.status} ${absent.body.replaceAll(missing, 'ID')}`,
        );
      }
    }
  });

  it('holds for random organisations, roles and ids (property-based)', async () => {
    const em = gw.app.orm.em.fork();
    const [incidents, exposures, notifications] = await Promise.all([
      em.find(Incident, {}),
      em.find(Exposure, {}),
      em.find(Notification, {}),
    ]);
    const orgIds = Object.values(orgs);
    const exposuresOf = new Map(incidents.map((i) => [i.id, exposures.filter((e) => e.incident.id === i.id)]));
    const exposureById = new Map(exposures.map((e) => [e.id, e]));
    const sourceOf = new Map(incidents.map((i) => [i.id, i.sourceOrganization.id]));
    // A role acts only in a capacity its organisation is registered in (README, roles).
    const registered = new Map(DEMO_ORGANIZATIONS.map((o) => [orgs[o.key]!, o.roles as OrganizationRole[]]));
    const controllerSide = (role: Role, org: string) =>
      registered.get(org)!.includes('CONTROLLER') && [Role.CONTROLLER_DPO, Role.CONTROLLER_LEGAL, Role.AUDITOR].includes(role);
    const processorSide = (role: Role, org: string) =>
      registered.get(org)!.includes('PROCESSOR') && [Role.PROCESSOR_SECURITY, Role.AUDITOR].includes(role);

    /** The model: what each role of each organisation may read, from the rules stated in the README. */
    const visible = {
      incident: (role: Role, org: string, id: string) =>
        sourceOf.has(id) &&
        (role === Role.ADMIN ||
          (sourceOf.get(id) === org && (controllerSide(role, org) || processorSide(role, org))) ||
          (controllerSide(role, org) && (exposuresOf.get(id) ?? []).some((e) => e.controller.id === org))),
      exposure: (role: Role, org: string, id: string) => {
        const e = exposureById.get(id);
        return (
          !!e &&
          (role === Role.ADMIN ||
            (controllerSide(role, org) && e.controller.id === org) ||
            (processorSide(role, org) && sourceOf.get(e.incident.id) === org))
        );
      },
      notification: (role: Role, org: string, id: string) => {
        const n = notifications.find((x) => x.id === id);
        return !!n && (role === Role.ADMIN || (controllerSide(role, org) && exposureById.get(n.exposure.id)!.controller.id === org));
      },
    };
    const ask = {
      incident: (id: string, t: string) => gql('query($id: ID!) { incident(id: $id) { id } }', { id }, t),
      exposure: (id: string, t: string) => gql('query($id: ID!) { exposure(id: $id) { id } }', { id }, t),
      notification: (id: string, t: string) => http('GET', `/notifications/${id}/letter.pdf`, t),
    };
    const ids = {
      incident: incidents.map((i) => i.id),
      exposure: exposures.map((e) => e.id),
      notification: notifications.map((n) => n.id),
    };
    const kind = fc.constantFrom('incident', 'exposure', 'notification' as const);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...orgIds),
        kind,
        fc.nat(),
        fc.uuid({ version: 7 }),
        fc.boolean(),
        async (role, org, k, pick, random, existing) => {
          const token = await gw.token(org, [role], 'property@probe.example');
          const id = existing ? ids[k][pick % ids[k].length]! : random;
          const answer = await ask[k](id, token);
          expect(authorized(answer)).toBe(visible[k](role, org, id) ? 'allow' : 'deny');
          if (authorized(answer) === 'deny') {
            const absent = await ask[k](random === id ? '0190a000-0000-7000-8000-000000000001' : random, token);
            expect(answer.body.replaceAll(id, 'ID')).toBe(
              absent.body.replaceAll(random === id ? '0190a000-0000-7000-8000-000000000001' : random, 'ID'),
            );
          }
        },
      ),
      { numRuns: 60, seed: 20240206 },
    );
  });

  /**
   * The auditor reads what its organisation's own teams read, never more: the DPO and legal team
   * for a controller, the security team for a processor. For every list query and every organisation,
   * each leaf the auditor gets (path and value, so a contact's e-mail counts as much as an id) is one
   * some team of its organisation gets too; then random ids, asked one by one, the same way.
   */
  it("never lets an auditor reach further than its organisation's own teams (property-based)", async () => {
    const TEAMS: Record<OrganizationRole, Role[]> = {
      CONTROLLER: [Role.CONTROLLER_DPO, Role.CONTROLLER_LEGAL],
      PROCESSOR: [Role.PROCESSOR_SECURITY],
    };
    const organization = '{ id legalName contact { email } dpo { email } legalRepresentative { email } }';
    const LISTS: Record<string, string> = {
      incidents: `{ incidents { edges { node { id title sourceOrganization ${organization} exposures { edges { node { id approxPersons controller ${organization} factSubmissions { id organization { id } } notifications { edges { node { id } } } } } } } } } }`,
      organizations: `{ organizations ${organization} }`,
      register: '{ register(first: 500) { edges { node { exposureId controllerName } } } }',
      deadlines: '{ deadlines(first: 500) { edges { node { exposureId obligation { party } } } } }',
      exposures: `{ exposures(first: 500) { edges { node { id approxPersons controller ${organization} } } } }`,
      notifications: '{ notifications(first: 500) { edges { node { id number status } } } }',
    };
    const em = gw.app.orm.em.fork();
    const organizations = await em.find(Organization, {});
    const leaves = (value: unknown, path = ''): string[] => {
      if (Array.isArray(value)) return value.flatMap((item) => leaves(item, path));
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, `${path}.${key}`));
      return [`${path}=${JSON.stringify(value)}`];
    };
    const seen = async (org: string, role: Role, query: string): Promise<Set<string>> => {
      const answer = await gql(query, {}, await gw.token(org, [role], 'property@probe.example'));
      // Every list answers every role (possibly empty): an error here would make the check vacuous.
      expect(answer.codes, answer.body).toEqual([]);
      return new Set(leaves(JSON.parse(answer.body).data));
    };
    const teamsOf = (org: Organization) => org.roles.flatMap((capacity) => TEAMS[capacity]);
    for (const org of organizations) {
      for (const [name, query] of Object.entries(LISTS)) {
        const auditor = await seen(org.id, Role.AUDITOR, query);
        const teams = new Set<string>();
        for (const role of teamsOf(org)) for (const leaf of await seen(org.id, role, query)) teams.add(leaf);
        expect(
          [...auditor].filter((leaf) => !teams.has(leaf)),
          `${org.legalName} ${name}`,
        ).toEqual([]);
      }
    }
    const [incidents, exposures, notifications, batches] = await Promise.all([
      em.find(Incident, {}),
      em.find(Exposure, {}),
      em.find(Notification, {}),
      em.find(IngestBatch, {}),
    ]);
    const BY_ID = {
      incident: { ids: incidents.map((i) => i.id), query: 'query($id: ID!) { incident(id: $id) { id } }' },
      exposure: { ids: exposures.map((e) => e.id), query: `query($id: ID!) { exposure(id: $id) { id controller ${organization} } }` },
      notification: { ids: notifications.map((n) => n.id), query: 'query($id: ID!) { notification(id: $id) { id } }' },
      organization: { ids: organizations.map((o) => o.id), query: `query($id: ID!) { organization(id: $id) ${organization} }` },
      ingestBatch: { ids: batches.map((b) => b.id), query: 'query($id: ID!) { ingestBatch(id: $id) { id } }' },
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...organizations),
        fc.constantFrom(...(Object.keys(BY_ID) as (keyof typeof BY_ID)[])),
        fc.nat(),
        async (org, kind, pick) => {
          const { ids, query } = BY_ID[kind];
          const id = ids[pick % ids.length]!;
          const ask = async (role: Role) => gql(query, { id }, await gw.token(org.id, [role], 'property@probe.example'));
          const auditor = await ask(Role.AUDITOR);
          if (authorized(auditor) === 'deny') return;
          const teams = await Promise.all(teamsOf(org).map(ask));
          expect(
            teams.some((team) => authorized(team) === 'allow' && team.body === auditor.body),
            `${org.legalName} ${kind} ${id}`,
          ).toBe(true);
        },
      ),
      { numRuns: 80, seed: 20240207 },
    );
  });

  describe('who may attach a controller to an incident', () => {
    const missing = '0190a000-0000-7000-8000-0000000000ff';
    const attach = (incident: string, controller: string, token: string) =>
      gql(
        'mutation($i: ID!, $c: ID!) { createExposure(input: { incidentId: $i, controllerId: $c }) { id controller { legalName contact { email } } } }',
        { i: incident, c: controller },
        token,
      );
    const incidentOf = async (source: string) =>
      (await gw.app.orm.em.fork().findOneOrFail(Incident, { sourceOrganization: orgs[source]! }, { orderBy: { id: 'asc' } })).id;

    it('refuses a controller that did not declare the processor, or another controller, exactly as a missing id, never naming it', async () => {
      const operatorA = await gw.token(orgs['operator-a']!, [Role.PROCESSOR_SECURITY]);
      const cigalesDpo = await gw.token(orgs.cigales!, [Role.CONTROLLER_DPO]);
      const cases: [string, string, string][] = [
        // Rhône declared operator B only.
        ['operator A attaching Rhône', await incidentOf('operator-a'), operatorA],
        // Cigales' own incident: a controller attaches itself, not another.
        ['Cigales attaching Rhône', await incidentOf('cigales'), cigalesDpo],
      ];
      for (const [label, incident, token] of cases) {
        const other = await attach(incident, orgs.rhone!, token);
        const absent = await attach(incident, missing, token);
        expect(other.codes, label).toEqual(['NOT_FOUND']);
        expect(other.body.replaceAll(orgs.rhone!, 'ID'), label).toBe(absent.body.replaceAll(missing, 'ID'));
        expect(other.body, label).not.toMatch(/Rhône/);
      }
      // A processor role at a controller is no processor: Cigales' security team cannot attach Rhône either.
      const cigalesSecurity = await gw.token(orgs.cigales!, [Role.PROCESSOR_SECURITY]);
      expect((await attach(await incidentOf('cigales'), orgs.rhone!, cigalesSecurity)).codes).toEqual(['NOT_FOUND']);
    });

    it('lets the source attach a controller once it declared the processor, and a controller attach itself to its own incident', async () => {
      const operatorA = await gw.token(orgs['operator-a']!, [Role.PROCESSOR_SECURITY]);
      const rhoneDpo = await gw.token(orgs.rhone!, [Role.CONTROLLER_DPO]);
      // Before: operator A may not read Rhône at all.
      expect((await gql('query($id: ID!) { organization(id: $id) { id } }', { id: orgs.rhone! }, operatorA)).codes).toEqual(['NOT_FOUND']);
      const declared = await gql(
        'mutation($c: ID!) { declareProcessor(controllerId: $c, processorSiren: "912 300 019") { legalName contact { email } } }',
        { c: orgs.rhone! },
        rhoneDpo,
      );
      expect(JSON.parse(declared.body).data.declareProcessor).toEqual({
        legalName: 'Tiers-Payant Alpha SAS',
        contact: { email: 'rssi@operator-a.example' },
      });
      const attached = await attach(await incidentOf('operator-a'), orgs.rhone!, operatorA);
      expect(attached.codes).toEqual([]);
      expect(JSON.parse(attached.body).data.createExposure.controller).toEqual({
        legalName: 'Mutuelle du Rhône Solidaire',
        contact: { email: 'dpo@rhone.example' },
      });
      const lumiereDpo = await gw.token(orgs.lumiere!, [Role.CONTROLLER_DPO]);
      const own = await gql('mutation { createIncident(input: { title: "Courriel mal adressé" }) { id } }', {}, lumiereDpo);
      const itself = await attach(JSON.parse(own.body).data.createIncident.id, orgs.lumiere!, lumiereDpo);
      expect(JSON.parse(itself.body).data.createExposure.controller.legalName).toBe('Assurances Santé Lumière');

      // The contract ends: the operator may no longer attach Rhône, nor read it; the exposure stays.
      const withdrawn = await gql(
        'mutation($c: ID!) { withdrawProcessor(controllerId: $c, processorSiren: "912300019") { legalName } }',
        { c: orgs.rhone! },
        rhoneDpo,
      );
      expect(withdrawn.codes).toEqual([]);
      const again = await attach(await incidentOf('operator-a'), orgs.rhone!, operatorA);
      expect(again.body.replaceAll(orgs.rhone!, 'ID')).toBe(
        (await attach(await incidentOf('operator-a'), missing, operatorA)).body.replaceAll(missing, 'ID'),
      );
    });

    it('refuses a declaration of another organisation, of a non-processor, or by a role that does not edit its organisation', async () => {
      const rhoneDpo = await gw.token(orgs.rhone!, [Role.CONTROLLER_DPO]);
      const declare = (controller: string, siren: string, token: string) =>
        gql(
          'mutation($c: ID!, $s: String!) { declareProcessor(controllerId: $c, processorSiren: $s) { id } }',
          { c: controller, s: siren },
          token,
        );
      const other = await declare(orgs.cigales!, '912300019', rhoneDpo);
      expect(other.body.replaceAll(orgs.cigales!, 'ID')).toBe(
        (await declare(missing, '912300019', rhoneDpo)).body.replaceAll(missing, 'ID'),
      );
      const notProcessor = await declare(orgs.rhone!, '912300043', rhoneDpo);
      expect(JSON.parse(notProcessor.body).errors[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', argument: 'processorSiren' },
        message: expect.stringMatching(/no organisation registered as a processor has SIREN 912300043/),
      });
      const legal = await declare(orgs.rhone!, '912300019', await gw.token(orgs.rhone!, [Role.CONTROLLER_LEGAL]));
      expect(legal.codes).toEqual(['FORBIDDEN']);
    });

    it("shows an organisation's people only to itself, an admin and its engaged counterparts", async () => {
      const people = 'legalRepresentative { email } contact { email } dpo { email } dpoDesignationNumber';
      const query = `{ incidents { edges { node { title sourceOrganization { legalName ${people} } exposures { edges { node { controller { legalName ${people} } } } } } } } }`;
      const read = async (org: string, role: Role) => {
        const answer = await gql(query, {}, await gw.token(org, [role]));
        expect(answer.codes, answer.body).toEqual([]);
        return JSON.parse(answer.body).data.incidents.edges.map((e: { node: unknown }) => e.node);
      };
      // Rhône, attached to Cigales' own incident by an admin, sees who reported it but not how to reach them.
      const rhone = (await read(orgs.rhone!, Role.CONTROLLER_DPO)) as { title: string; sourceOrganization: Record<string, unknown> }[];
      const cigalesIncident = rhone.find((n) => n.title.includes('Cigales'))!;
      expect(cigalesIncident.sourceOrganization).toEqual({
        legalName: 'Mutuelle des Cigales',
        legalRepresentative: null,
        contact: null,
        dpo: null,
        dpoDesignationNumber: null,
      });
      // Operator B serves Rhône (declared): it reads Rhône's contact point on its incident.
      const operatorB = (await read(orgs['operator-b']!, Role.PROCESSOR_SECURITY)) as {
        exposures: { edges: { node: { controller: { legalName: string; contact: { email: string } | null } } }[] };
      }[];
      expect(
        operatorB
          .flatMap((n) => n.exposures.edges.map((e) => e.node.controller))
          .find((c) => c.legalName === 'Mutuelle du Rhône Solidaire')!.contact,
      ).toEqual({ email: 'dpo@rhone.example' });
    });
  });
});
