import type { EntityClass } from '@mikro-orm/core';
import type { ServiceContext } from '../auth/context';
import {
  exposureScope,
  factSubmissionScope,
  incidentScope,
  ingestBatchScope,
  notificationScope,
  organizationScope,
  type Scope,
} from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { FactSubmission } from '../facts/fact-submission.entity';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { IngestBatch } from '../ingest/ingest-batch.entity';
import { BadUserInputError, NotFoundError } from '../lib/errors';
import { Organization } from '../organizations/organization.entity';
import { Notification } from './notification.entity';

export type NodeEntity = Organization | Incident | Exposure | Notification | IngestBatch | FactSubmission;

interface NodeKind {
  entity: EntityClass<NodeEntity>;
  /** The viewer's rows of this kind: the same condition its own lookup applies (src/auth/scope.ts). */
  scope(viewer: Viewer): Scope;
}

/** The types that implement Node, each with its scope. Their ids are UUIDv7, unique across tables. */
const NODE_KINDS: readonly NodeKind[] = [
  { entity: Organization, scope: organizationScope },
  { entity: Incident, scope: incidentScope },
  { entity: Exposure, scope: exposureScope },
  { entity: Notification, scope: notificationScope },
  { entity: IngestBatch, scope: ingestBatchScope },
  { entity: FactSubmission, scope: factSubmissionScope },
];

/** The most ids `nodes(ids)` takes in one call, like the largest page of a connection is bounded. */
export const MAX_NODE_IDS = 100;

/**
 * Fetches objects by id alone, whatever their type, within the viewer's scope. Statements: one
 * `union all` over the six tables finds each id's type, then one scoped select per type found: at
 * most seven for any number of ids, two for a single id. A missing id and one outside the scope
 * answer the same NOT_FOUND.
 */
export class NodeService {
  constructor(private readonly ctx: ServiceContext) {}

  async get(id: string): Promise<NodeEntity> {
    const [node] = await this.load([id]);
    if (node instanceof Error) throw node;
    return node!;
  }

  /** Each id's object, or its NOT_FOUND error in its place (GraphQL answers null at that index, with the error's path). */
  async load(ids: readonly string[]): Promise<(NodeEntity | NotFoundError)[]> {
    if (ids.length > MAX_NODE_IDS) {
      throw new BadUserInputError([{ argument: 'ids', reason: `at most ${MAX_NODE_IDS} ids, got ${ids.length}` }]);
    }
    const found = new Map<string, NodeEntity>();
    const byKind = await this.kindsOf([...new Set(ids)]);
    for (const [kind, kindIds] of byKind) {
      const rows = await this.ctx.em.find(kind.entity, { $and: [{ id: { $in: kindIds } }, kind.scope(this.ctx.viewer)] });
      for (const row of rows) found.set(row.id, row);
    }
    return ids.map((id) => found.get(id) ?? new NotFoundError('Node', id));
  }

  /** One statement: which table holds each id. Ids that no table holds are left out. */
  private async kindsOf(ids: string[]): Promise<Map<NodeKind, string[]>> {
    const byKind = new Map<NodeKind, string[]>();
    if (ids.length === 0) return byKind;
    const { em } = this.ctx;
    const platform = em.getPlatform();
    const marks = ids.map(() => '?').join(', ');
    // The kind is the position in NODE_KINDS, written into the SQL as a number: no user text is.
    const sql = NODE_KINDS.map(
      (kind, index) =>
        `select ${index} as kind, id from ${platform.quoteIdentifier(em.getMetadata().get(kind.entity.name).tableName)} where id in (${marks})`,
    ).join(' union all ');
    const rows = await em.getConnection().execute<{ kind: number | string; id: string }[]>(
      sql,
      NODE_KINDS.flatMap(() => ids),
    );
    for (const row of rows) {
      const kind = NODE_KINDS[Number(row.kind)]!;
      byKind.set(kind, [...(byKind.get(kind) ?? []), String(row.id)]);
    }
    return byKind;
  }
}
