import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { RegisterEntry, registerEntries } from './register';

@Resolver(() => RegisterEntry)
export class RegisterResolver {
  @Query(() => [RegisterEntry], { description: 'The register of breaches (art. 33(5)) over the exposures the viewer may see.' })
  register(@Ctx() ctx: RequestContext): Promise<RegisterEntry[]> {
    return registerEntries(ctx);
  }
}
