import { Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { Capability } from '../auth/permissions';
import { Role } from '../auth/roles';
import type { Viewer } from '../auth/viewer';
import { ORGANIZATION_ROLE } from '../cnil/enums';
import type { OrganizationRole } from '../cnil/vocabulary';
import type { OrganizationLoaders } from './organization.loaders';
import { Organization } from './organization.entity';

const CAPACITIES: readonly OrganizationRole[] = ['CONTROLLER', 'PROCESSOR'];

/** The viewer as the GraphQL API shows it: what the verified token says, and what the gateway derived from it. */
@ObjectType('Viewer', {
  description:
    'Who is asking, as the gateway read the bearer token: a client learns its organisation, roles and capabilities here instead of decoding the token (whose claims the gateway may refuse or narrow, e.g. a role in a capacity its organisation does not hold).',
})
export class ViewerView {
  @Field({ description: "The token's subject (`sub`): the person, as the audit trail records them." })
  subject!: string;

  @Field(() => ID, { description: "The token's organisation id (`org`), whether or not that organisation is registered." })
  organizationId!: string;

  @Field(() => [Role], { description: "The token's roles." })
  roles!: Role[];

  @Field(() => [Capability], {
    description:
      "Every capability the roles grant (src/auth/permissions.ts), in a fixed order; each still applies only in the viewer's scope.",
  })
  capabilities!: Capability[];

  @Field(() => [ORGANIZATION_ROLE.values], {
    description:
      'The capacities the viewer acts in: those its roles may act in and its organisation is registered in. Empty for an admin (who reaches everything as ADMINISTER) of an organisation registered in neither.',
  })
  actingCapacities!: OrganizationRole[];

  @Field(() => Date, {
    nullable: true,
    description: 'When the bearer token expires (its `exp`); a request after that answers UNAUTHENTICATED.',
  })
  tokenExpiresAt!: Date | null;
}

function viewerView(viewer: Viewer): ViewerView {
  return Object.assign(new ViewerView(), {
    subject: viewer.subject,
    organizationId: viewer.organizationId,
    roles: [...viewer.roles],
    capabilities: viewer.capabilities,
    actingCapacities: CAPACITIES.filter((capacity) => (capacity === 'CONTROLLER' ? viewer.actsAsController : viewer.actsAsProcessor)),
    tokenExpiresAt: viewer.tokenExpiresAt,
  });
}

@Resolver(() => ViewerView)
export class ViewerResolver {
  @Query(() => ViewerView, { description: 'Who is asking: the organisation, roles, capabilities and token expiry of the bearer token.' })
  viewer(@Ctx() ctx: RequestContext): ViewerView {
    return viewerView(ctx.viewer);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The viewer's organisation; null when the token names an organisation that is not registered (an admin's may not be).",
  })
  async organization(@Root() viewer: ViewerView, @Ctx() ctx: RequestContext<OrganizationLoaders>): Promise<Organization | null> {
    return (await ctx.loaders.organizationById.load(viewer.organizationId)) ?? null;
  }
}
