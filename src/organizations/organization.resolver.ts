import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { Organization } from './organization.entity';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: "The viewer's organisation and those on the other side of its incidents." })
  organizations(@Ctx() ctx: RequestContext): Promise<Organization[]> {
    return new OrganizationService(ctx).list();
  }

  @Query(() => Organization)
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Organization> {
    return new OrganizationService(ctx).get(id);
  }

  @Mutation(() => Organization)
  createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() ctx: RequestContext): Promise<Organization> {
    return new OrganizationService(ctx).create(input);
  }

  @Mutation(() => Organization)
  updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateOrganizationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Organization> {
    return new OrganizationService(ctx).update(id, input);
  }
}
