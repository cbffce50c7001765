import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { Node } from '../db/node';
import { MAX_NODE_IDS, type NodeEntity, NodeService } from './node.service';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "The object with this id, whatever its type (Organization, Incident, Exposure, Notification, IngestBatch, FactSubmission); null, with a NOT_FOUND error at this field's path, when no object has it or it lies outside the viewer's scope (the two answer alike).",
  })
  node(
    @Arg('id', () => ID, { description: 'The id of any object implementing Node.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<NodeEntity> {
    return new NodeService(ctx).get(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `The objects with these ids (at most ${MAX_NODE_IDS}), in the order asked: each missing or hidden one is null, with its NOT_FOUND error at its index's path.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: `The ids, at most ${MAX_NODE_IDS}; a repeated id answers at each of its places.` })
    ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<(NodeEntity | Error)[]> {
    return new NodeService(ctx).load(ids);
  }
}
