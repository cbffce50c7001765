import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { TextInput } from '../lib/input-checks';
import { CNIL_DECISION, type CnilDecision, CnilNotificationDecision } from './cnil-decision.entity';
import { CnilDecisionService } from './cnil-decision.service';

@InputType({ description: "The controller's reasoned decision whether to notify the CNIL of an exposure (art. 33(1), 33(5))." })
export class DecideCnilNotificationInput {
  @Field(() => CNIL_DECISION, { description: 'Notify the CNIL or not.' }) decision!: CnilDecision;
  @TextInput('text') @Field({ description: 'Why: required, kept in the register (art. 33(5)).' }) reasoning!: string;
}

@Resolver(() => CnilNotificationDecision)
export class CnilDecisionResolver {
  @Mutation(() => CnilNotificationDecision, {
    description:
      "Records the controller's reasoned decision to notify the CNIL of an exposure or not (art. 33(1)); the latest stands, earlier ones stay as history. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.",
  })
  decideCnilNotification(
    @Arg('exposureId', () => ID, { description: 'The exposure decided on: one of the viewer’s controller file.' }) exposureId: string,
    @Arg('input', { description: 'The decision and its reasons.' }) input: DecideCnilNotificationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CnilNotificationDecision> {
    return new CnilDecisionService(ctx).decide(exposureId, input);
  }
}
