import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { TextInput } from '../lib/input-checks';
import { CNIL_DECISION, type CnilDecision, CnilNotificationDecision } from './cnil-decision.entity';
import { CnilDecisionService } from './cnil-decision.service';

@InputType()
export class DecideCnilNotificationInput {
  @Field(() => CNIL_DECISION) decision!: CnilDecision;
  @TextInput('text') @Field({ description: 'Why: required, kept in the register (art. 33(5)).' }) reasoning!: string;
}

@Resolver(() => CnilNotificationDecision)
export class CnilDecisionResolver {
  @Mutation(() => CnilNotificationDecision, {
    description:
      "Records the controller's reasoned decision to notify the CNIL of an exposure or not (art. 33(1)); the latest stands, earlier ones stay as history.",
  })
  decideCnilNotification(
    @Arg('exposureId', () => ID) exposureId: string,
    @Arg('input') input: DecideCnilNotificationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CnilNotificationDecision> {
    return new CnilDecisionService(ctx).decide(exposureId, input);
  }
}
