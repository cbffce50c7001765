import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS, operationCost } from '../../src/app/graphql/limits';
import { gatewaySchema } from '../../src/app/graphql/schema';
import { Capability, GRANTS } from '../../src/auth/permissions';
import { Role } from '../../src/auth/roles';
import { FactSubmission } from '../../src/facts/fact-submission.entity';
import { Exposure } from '../../src/incidents/exposure.entity';
import { Incident } from '../../src/incidents/incident.entity';
import { IngestBatch } from '../../src/ingest/ingest-batch.entity';
import { MAX_NODE_IDS } from '../../src/notifications/node.service';
import { Notification } from '../../src/notifications/notification.entity';
import { NodeByIdDocument, NodesByIdsDocument, SideBySideIncidentsDocument, WhoAmIDocument } from '../generated/graphql';
import { dialect, type GraphQLResponse, onlyError, startGateway, type TestGateway } from '../support/app';
import { type DemoOrgIds, withDemo } from '../support/demo';
import { first, must } from '../support/must';

/** What every response carries besides data and errors. */
type WithCost<T> = GraphQLResponse<T> & { extensions?: { cost?: { requested: number | null; limit: number } } };

const MISSING = '01900000-0000-7000-8000-000000000000';

/** A message with its id replaced: a hidden object and a missing one must read alike. */
const withoutId = (message: string) => message.replace(/[0-9a-f-]{36}/g, 'ID');

describe(`partial results, node and viewer on ${dialect}`, () => {
  let gw: TestGateway;
  let orgs: DemoOrgIds;
  let rhone: string;
  let admin: string;
  /** Rhône is exposed by incident B only: incident A is hidden from it. */
  let visibleIncident: string;
  let hiddenIncident: string;
  /** One object of each type implementing Node, by its __typename. */
  let nodes: Record<string, string>;

  beforeAll(async () => {
    gw = await startGateway();
    orgs = await withDemo(gw);
    rhone = await gw.token(orgs.rhone, [Role.CONTROLLER_DPO]);
    admin = await gw.token(orgs.horizon, [Role.ADMIN]);
    const em = gw.app.orm.em.fork();
    visibleIncident = first(await em.find(Exposure, { controller: orgs.rhone })).incident.id;
    const other = await em.find(Incident, { sourceOrganization: orgs['operator-a'] });
    hiddenIncident = first(other.filter((i) => i.id !== visibleIncident)).id;
    nodes = {
      Organization: orgs.horizon,
      Incident: hiddenIncident,
      Exposure: first(await em.find(Exposure, { controller: orgs.horizon })).id,
      Notification: first(await em.find(Notification, {})).id,
      IngestBatch: first(await em.find(IngestBatch, {})).id,
      FactSubmission: first(await em.find(FactSubmission, {})).id,
    };
  });
  afterAll(() => gw.close());

  it('answers a missing or hidden lookup with null and NOT_FOUND at its path, and the rest of the response', async () => {
    const response = await gw.gql(SideBySideIncidentsDocument, { valid: visibleIncident, unknown: MISSING, hidden: hiddenIncident }, rhone);
    expect(response.status).toBe(200);
    expect(response.data!.valid).toMatchObject({ id: visibleIncident, title: expect.any(String) });
    expect(response.data!.unknown).toBeNull();
    expect(response.data!.hidden).toBeNull();
    expect(response.data!.viewer.subject).toBe('person@test.example');
    const errors = must(response.errors, 'the errors');
    // The two lookups resolve concurrently: their errors come in whichever order they finished.
    expect(errors.map((e) => [e.path, e.extensions?.code]).sort()).toEqual([
      [['hidden'], 'NOT_FOUND'],
      [['unknown'], 'NOT_FOUND'],
    ]);
    // Hidden and missing are indistinguishable: same code, same words.
    expect(withoutId(errors[0]!.message)).toBe(withoutId(errors[1]!.message));
  });

  it('fetches each type implementing Node by its id alone, in two statements', async () => {
    for (const [typename, id] of Object.entries(nodes)) {
      const response = await gw.gql(NodeByIdDocument, { id }, admin);
      expect(response.errors, typename).toBeUndefined();
      expect(response.data!.node, typename).toMatchObject({ __typename: typename, id });
    }
    const { count: baseline } = await gw.countStatements(() => gw.gql(WhoAmIDocument, {}, admin));
    const { count } = await gw.countStatements(() => gw.gql(NodeByIdDocument, { id: nodes.Notification! }, admin));
    // One statement finds the type, one reads the row in scope (WhoAmI reads the viewer's organisation, as node reads its row).
    expect(count).toBeLessThanOrEqual(baseline + 1);
  });

  it('answers a hidden node exactly like a missing one', async () => {
    const hidden = await gw.gql(NodeByIdDocument, { id: hiddenIncident }, rhone);
    const missing = await gw.gql(NodeByIdDocument, { id: MISSING }, rhone);
    for (const response of [hidden, missing]) {
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ node: null });
      expect(onlyError(response)).toMatchObject({ path: ['node'], extensions: { code: 'NOT_FOUND' } });
    }
    expect(withoutId(onlyError(hidden).message)).toBe(withoutId(onlyError(missing).message));
    // Another controller's notification is out of scope too.
    expect(onlyError(await gw.gql(NodeByIdDocument, { id: nodes.Notification! }, rhone)).extensions?.code).toBe('NOT_FOUND');
  });

  it('fetches many nodes in order, with null and a NOT_FOUND at the index of each missing or hidden one', async () => {
    const response = await gw.gql(NodesByIdsDocument, { ids: [visibleIncident, MISSING, hiddenIncident, orgs.rhone] }, rhone);
    expect(response.data!.nodes).toEqual([
      { __typename: 'Incident', id: visibleIncident },
      null,
      null,
      { __typename: 'Organization', id: orgs.rhone },
    ]);
    expect(must(response.errors, 'the errors').map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 1], 'NOT_FOUND'],
      [['nodes', 2], 'NOT_FOUND'],
    ]);

    // A constant number of statements: one for the types, one per type found, whatever the number of ids.
    const all = Object.values(nodes);
    const { count: six } = await gw.countStatements(() => gw.gql(NodesByIdsDocument, { ids: all }, admin));
    const { count: many } = await gw.countStatements(() => gw.gql(NodesByIdsDocument, { ids: [...all, ...all, ...all, MISSING] }, admin));
    expect(many).toBe(six);
    const { count: baseline } = await gw.countStatements(() => gw.gql(WhoAmIDocument, {}, admin));
    expect(six).toBeLessThanOrEqual(baseline - 1 + 1 + 6);

    const tooMany = await gw.gql(NodesByIdsDocument, { ids: Array.from({ length: MAX_NODE_IDS + 1 }, () => MISSING) }, admin);
    expect(onlyError(tooMany).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
  });

  it('tells the viewer who it is: organisation, roles, capabilities and token expiry', async () => {
    const before = Date.now();
    const dpo = await gw.gql(WhoAmIDocument, {}, rhone);
    expect(dpo.data!.viewer).toMatchObject({
      subject: 'person@test.example',
      organizationId: orgs.rhone,
      organization: { id: orgs.rhone, legalName: 'Mutuelle du Rhône Solidaire' },
      roles: ['CONTROLLER_DPO'],
      capabilities: Object.values(Capability).filter((c) => GRANTS[Role.CONTROLLER_DPO].includes(c)),
      actingCapacities: ['CONTROLLER'],
    });
    // The test tokens live the signer's default, 12 hours.
    const expiresAt = Date.parse(must(dpo.data!.viewer.tokenExpiresAt ?? undefined, 'the expiry'));
    expect(expiresAt).toBeGreaterThan(before + 12 * 3600_000 - 60_000);
    expect(expiresAt).toBeLessThan(Date.now() + 12 * 3600_000 + 60_000);

    const auditor = await gw.gql(WhoAmIDocument, {}, await gw.token(orgs.atlantique, [Role.AUDITOR]));
    expect(auditor.data!.viewer.capabilities).toEqual(['READ_NOTIFICATIONS', 'DOWNLOAD_DOCUMENTS']);

    // An admin whose token names no registered organisation: no organisation, every capability, no capacity.
    const platform = await gw.gql(WhoAmIDocument, {}, await gw.token(MISSING, [Role.ADMIN]));
    expect(platform.errors).toBeUndefined();
    expect(platform.data!.viewer).toMatchObject({
      organizationId: MISSING,
      organization: null,
      capabilities: Object.values(Capability),
      actingCapacities: [],
    });
  });

  it('reports the cost in extensions on every response, refusals included', async () => {
    const schema = await gatewaySchema();
    const text = 'query($n: Int) { incidents(first: $n) { totalCount edges { node { id title exposures { edges { node { id } } } } } } }';
    const document = parse(text);
    const send = (variables: Record<string, unknown>) =>
      gw.gql(document as TypedDocumentNode<unknown, Record<string, unknown>>, variables, admin) as Promise<WithCost<unknown>>;

    const normal = await send({ n: 10 });
    expect(normal.errors).toBeUndefined();
    expect(normal.extensions?.cost).toEqual({
      requested: operationCost(schema, document, getOperationAST(document)!, { n: 10 }),
      limit: GRAPHQL_LIMITS.cost,
    });
    const lookups = (await gw.gql(
      SideBySideIncidentsDocument,
      { valid: visibleIncident, unknown: MISSING, hidden: MISSING },
      rhone,
    )) as WithCost<unknown>;
    expect(lookups.extensions?.cost?.requested).toBeGreaterThan(0);

    // A huge page in a variable is refused like the same page written as a literal, with the cost it came to.
    const huge = await send({ n: 1_000_000 });
    const literal = (await gw.gql(
      parse(text.replace('query($n: Int)', 'query').replace('$n', '1000000')) as TypedDocumentNode<unknown, Record<string, unknown>>,
      {},
      admin,
    )) as WithCost<unknown>;
    for (const refused of [huge, literal]) {
      expect(refused.status).toBe(400);
      expect(onlyError(refused).extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(refused.extensions?.cost?.requested).toBeGreaterThan(GRAPHQL_LIMITS.cost);
      expect(refused.extensions?.cost?.limit).toBe(GRAPHQL_LIMITS.cost);
    }
    expect(huge.extensions).toEqual(literal.extensions);

    // A document that never reached the analysis (it does not validate) still says the limit.
    const invalid = (await gw.gql(
      parse('{ incidents { nope } }') as TypedDocumentNode<unknown, Record<string, unknown>>,
      {},
      admin,
    )) as WithCost<unknown>;
    expect(invalid.status).toBe(400);
    expect(invalid.extensions?.cost).toEqual({ requested: null, limit: GRAPHQL_LIMITS.cost });
  });
});
