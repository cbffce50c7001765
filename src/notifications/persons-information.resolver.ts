import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { readsControllerFile } from '../auth/scope';
import { Exposure } from '../incidents/exposure.entity';
import type { NotificationLoaders } from './notification.loaders';
import { PersonsCommunication, PersonsInformationDecision } from './persons-information.entities';
import { DecidePersonsInformationInput, RecordPersonsCommunicationInput } from './persons-information.inputs';
import type { PersonsInformation } from './persons-information.read';
import { PersonsInformationService, type PersonsInformationRequestContext } from './persons-information.service';

@ObjectType('PersonsInformation', {
  description: "The controller's art. 34 file on an exposure: its decision and the communications sent.",
})
class PersonsInformationType implements PersonsInformation {
  @Field(() => ID, { description: 'The id of the exposure this file is about.' }) exposureId!: string;
  @Field(() => PersonsInformationDecision, { nullable: true, description: 'The current decision; null until one is recorded.' })
  decision!: PersonsInformationDecision | null;
  @Field(() => [PersonsInformationDecision], { description: 'Every decision, newest first (the current one included).' })
  history!: PersonsInformationDecision[];
  @Field(() => [PersonsCommunication], { description: 'The communications sent, oldest first.' })
  communications!: PersonsCommunication[];
}

@Resolver(() => Exposure)
export class PersonsInformationResolver {
  @FieldResolver(() => PersonsInformationType, {
    nullable: true,
    description: "The art. 34 decision and communications: the controller file's readers only (null for anyone else).",
  })
  async personsInformation(
    @Root() exposure: Exposure,
    @Ctx() ctx: RequestContext<NotificationLoaders>,
  ): Promise<PersonsInformation | null> {
    if (!readsControllerFile(ctx.viewer, exposure.controller.id)) return null;
    return ctx.loaders.personsInformationByExposure.load(exposure.id);
  }

  @Mutation(() => PersonsInformationType, {
    description:
      'Records a decision to inform the persons or not (art. 34), replacing the current one; refused when it contradicts the file. Roles: CONTROLLER_DPO, ADMIN.',
  })
  decidePersonsInformation(
    @Arg('exposureId', () => ID, { description: 'The exposure decided on: one of the viewer’s controller file.' }) exposureId: string,
    @Arg('input', { description: 'The decision, its ground and reasons, and the current decision it replaces.' })
    input: DecidePersonsInformationInput,
    @Ctx() ctx: PersonsInformationRequestContext,
  ): Promise<PersonsInformation> {
    return new PersonsInformationService(ctx, ctx.personsInformationTargetDays).decide(exposureId, input);
  }

  @Mutation(() => PersonsInformationType, {
    description:
      'Records a communication (or a reminder) sent to the persons after a decision to inform (art. 34(1)). Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  recordPersonsCommunication(
    @Arg('exposureId', () => ID, { description: 'The exposure whose persons were informed: one of the viewer’s controller file.' })
    exposureId: string,
    @Arg('input', { description: 'When, how and to how many it was sent.' }) input: RecordPersonsCommunicationInput,
    @Ctx() ctx: PersonsInformationRequestContext,
  ): Promise<PersonsInformation> {
    return new PersonsInformationService(ctx, ctx.personsInformationTargetDays).recordCommunication(exposureId, input);
  }
}
