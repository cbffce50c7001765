import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { Exposure } from '../incidents/exposure.entity';
import { NotificationService } from './notification.service';
import { PersonsLetter } from './persons-letter.entity';
import { PersonsLetterInput } from './persons-letter.inputs';
import { PersonsLetterService } from './persons-letter.service';

@Resolver(() => Exposure)
export class PersonsLetterResolver {
  @Mutation(() => PersonsLetter, {
    description:
      'Creates or edits the record behind the letter to the persons (art. 34); clears « ready ». Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  updatePersonsLetter(
    @Arg('exposureId', () => ID, { description: 'The exposure whose persons the letter addresses: one of the viewer’s controller file.' })
    exposureId: string,
    @Arg('input', { description: 'The fields to change, with the record’s version (none to create it).' }) input: PersonsLetterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonsLetter> {
    return new PersonsLetterService(ctx).update(exposureId, input);
  }

  @Mutation(() => PersonsLetter, {
    description:
      'Marks the letter of the notification’s exposure ready; refused (CONFLICT) while any addressee’s letter has a blocking item. Roles: CONTROLLER_DPO, CONTROLLER_LEGAL, ADMIN.',
  })
  async markPersonsLetterReady(
    @Arg('notificationId', () => ID, { description: 'A notification of the exposure: the letter is checked against its content.' })
    notificationId: string,
    @Arg('version', () => Int, { description: 'The letter record’s version (not the notification’s); a stale one is a CONFLICT.' })
    version: number,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonsLetter> {
    const notification = await new NotificationService(ctx).get(notificationId);
    return new PersonsLetterService(ctx).markReady(notification, version);
  }

  @FieldResolver(() => PersonsLetter, { nullable: true, description: 'The record behind the letter to the persons, once created.' })
  personsLetter(@Root() exposure: Exposure, @Ctx() ctx: RequestContext): Promise<PersonsLetter | null> {
    return new PersonsLetterService(ctx).forExposure(exposure.id);
  }
}
