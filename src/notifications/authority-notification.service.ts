import { Field, InputType } from 'type-graphql';
import type { ServiceContext } from '../auth/context';
import { Capability } from '../auth/permissions';
import { exposureScope, mayActOnControllerFile } from '../auth/scope';
import { flush } from '../db/unit-of-work';
import { ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { TextInput } from '../lib/input-checks';
import { Exposure } from '../incidents/exposure.entity';
import { AuthorityNotification, OtherAuthority } from './authority-notification.entity';

@InputType({ description: 'A notification of the breach made to another authority (section 14 of the form).' })
export class AuthorityNotificationInput {
  @Field(() => OtherAuthority, { description: 'The authority notified; OTHER and OTHER_DPA need note.' }) authority!: OtherAuthority;
  @Field({ description: 'When it was made, ISO 8601 in UTC; not in the future.' }) notifiedAt!: Date;
  @Field(() => String, { nullable: true, description: 'The reference the authority gave (a parquet number for a complaint).' })
  reference?: string | null;
  @TextInput('text')
  @Field(() => String, { nullable: true, description: 'Required for OTHER and OTHER_DPA: which authority.' })
  note?: string | null;
}

/**
 * The notifications an exposure's controller made to other authorities: a fact the controller
 * records (its own people who draft the notifications, or an admin), which section 14 then shows.
 */
export class AuthorityNotificationService {
  constructor(private readonly ctx: ServiceContext) {}

  async record(exposureId: string, input: AuthorityNotificationInput): Promise<AuthorityNotification> {
    const { em, viewer, clock } = this.ctx;
    const exposure = await em.findOne(Exposure, { $and: [{ id: exposureId }, exposureScope(viewer)] });
    if (!exposure) throw new NotFoundError('Exposure', exposureId);
    if (!mayActOnControllerFile(viewer, Capability.DRAFT_NOTIFICATIONS, exposure.controller.id))
      throw new ForbiddenError('record a notification to another authority for this exposure');
    const problems = new InputProblems();
    const note = input.note?.trim() || null;
    problems.check(
      note !== null || (input.authority !== OtherAuthority.OTHER && input.authority !== OtherAuthority.OTHER_DPA),
      'input.note',
      'name the authority notified',
    );
    problems.check(
      input.notifiedAt.getTime() <= clock.now().getTime(),
      'input.notifiedAt',
      'a notification already made cannot be in the future',
    );
    problems.throwIfAny();
    const recorded = em.create(AuthorityNotification, {
      exposure,
      authority: input.authority,
      notifiedAt: input.notifiedAt,
      reference: input.reference?.trim() || undefined,
      note: note ?? undefined,
      recordedBy: viewer.subject,
    });
    await flush(this.ctx);
    return recorded;
  }

  /** Oldest first: the order section 14 lists them in. */
  listOf(exposureId: string): Promise<AuthorityNotification[]> {
    return this.ctx.em.find(AuthorityNotification, { exposure: exposureId }, { orderBy: { notifiedAt: 'asc', id: 'asc' } });
  }
}
