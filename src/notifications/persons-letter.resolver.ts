import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../auth/context';
import { Exposure } from '../incidents/exposure.entity';
import { NotificationService } from './notification.service';
import { PersonsLetter } from './persons-letter.entity';
import { PersonsLetterInput } from './persons-letter.inputs';
import { PersonsLetterService } from './persons-letter.service';

@Resolver(() => Exposure)
export class PersonsLetterResolver {
  @Mutation(() => PersonsLetter, { description: 'Records what the letter to the persons needs (art. 34); clears « ready ».' })
  updatePersonsLetter(
    @Arg('exposureId', () => ID) exposureId: string,
    @Arg('input') input: PersonsLetterInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonsLetter> {
    return new PersonsLetterService(ctx).update(exposureId, input);
  }

  @Mutation(() => PersonsLetter, {
    description:
      'Marks the letter of the notification’s exposure ready; refused (CONFLICT) while any addressee’s letter has a blocking item.',
  })
  async markPersonsLetterReady(
    @Arg('notificationId', () => ID) notificationId: string,
    @Arg('version', () => Int) version: number,
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
