import { Capability } from '../auth/permissions';
import { exposureScope, mayActOnControllerFile } from '../auth/scope';
import type { ServiceContext } from '../auth/context';
import { assertVersion, flushOrConflict } from '../db/unit-of-work';
import { LETTER_VARIANTS } from '../content/letter-content';
import { Exposure } from '../incidents/exposure.entity';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../lib/errors';
import { assembleLetter, type LetterInput } from './letter';
import type { Notification } from './notification.entity';
import type { NotificationView } from './notification.service';
import { NotificationService } from './notification.service';
import { PersonsLetter } from './persons-letter.entity';
import type { PersonsLetterInput } from './persons-letter.inputs';

/**
 * The letter's record (PersonsLetter): edited by the controller's drafters, marked ready by one of
 * them only while no addressee's letter has a blocking item. An edit clears « ready »: the person
 * who marked it ready vouched for the text as it was.
 */
export class PersonsLetterService {
  constructor(private readonly ctx: ServiceContext) {}

  async forExposure(exposureId: string): Promise<PersonsLetter | null> {
    return this.ctx.em.findOne(PersonsLetter, { exposure: exposureId });
  }

  async update(exposureId: string, input: PersonsLetterInput): Promise<PersonsLetter> {
    const exposure = await this.ownExposure(exposureId);
    if (input.letterDate != null && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(input.letterDate))
      throw new BadUserInputError([{ argument: 'input.letterDate', reason: 'a date YYYY-MM-DD' }]);
    const { em, viewer } = this.ctx;
    let letter = await this.forExposure(exposure.id);
    if (letter) assertVersion(letter, input.version, `The letter of exposure ${exposureId}`);
    else if (input.version != null) throw new ConflictError(`exposure ${exposureId} has no letter record yet: create it without a version`);
    letter ??= em.create(PersonsLetter, { exposure, editedBy: viewer.subject });
    for (const key of ['measuresText', 'processorService', 'signatoryName', 'signatoryTitle', 'letterDate'] as const) {
      const value = input[key];
      if (value !== undefined) letter[key] = value === null ? null : value.trim() || null;
    }
    letter.editedBy = viewer.subject;
    letter.readyAt = null;
    letter.readyBy = null;
    await flushOrConflict(this.ctx, `The letter of exposure ${exposureId}`);
    return letter;
  }

  /** Ready only when no addressee's letter has a blocking item: each is said, with its reason. */
  async markReady(notification: Notification, version: number): Promise<PersonsLetter> {
    await this.ownExposure(notification.exposure.id);
    const letter = await this.forExposure(notification.exposure.id);
    // Nothing recorded is a state the drafter can change, not a missing object: CONFLICT, with the reason.
    if (!letter)
      throw new ConflictError('the letter cannot be marked ready: nothing is recorded for it yet (measures, signatory, date)', {
        missing: ['LETTER_NO_MEASURES', 'LETTER_NO_SIGNATORY', 'LETTER_NO_DATE'].map((code) => ({ code })),
      });
    assertVersion(letter, version, `The letter of exposure ${notification.exposure.id}`);
    const input = await this.letterInput(notification);
    const blocking = LETTER_VARIANTS.flatMap((variant) => assembleLetter(input, variant).completeness.filter((i) => i.blocksReady));
    if (blocking.length) {
      const codes = [...new Set(blocking.map((i) => i.code))];
      throw new ConflictError(`the letter cannot be marked ready: ${codes.join(', ')}`, {
        missing: [...new Map(blocking.map((i) => [i.code, { code: i.code, message: i.messageEn, messageFr: i.messageFr }])).values()],
      });
    }
    letter.readyAt = this.ctx.clock.now();
    letter.readyBy = this.ctx.viewer.subject;
    await flushOrConflict(this.ctx, `The letter of exposure ${notification.exposure.id}`);
    return letter;
  }

  /** What the letter is assembled from: the notification's facts, the record, the CNIL filing if recorded. */
  async letterInput(notification: Notification, known?: NotificationView): Promise<LetterInput> {
    const view = known ?? (await new NotificationService(this.ctx).view(notification));
    const record = await this.forExposure(notification.exposure.id);
    const assembly = view.inputs.assembly;
    const cnilFiledAt =
      notification.status === 'FILED' && notification.filedAt ? notification.filedAt : (assembly.notification.initial?.filedAt ?? null);
    return {
      assembly,
      cnilFiledAt,
      record: record
        ? {
            measuresText: record.measuresText ?? null,
            processorService: record.processorService ?? null,
            signatoryName: record.signatoryName ?? null,
            signatoryTitle: record.signatoryTitle ?? null,
            letterDate: record.letterDate ?? null,
            readyAt: record.readyAt ?? null,
          }
        : null,
    };
  }

  private async ownExposure(exposureId: string): Promise<Exposure> {
    const { em, viewer } = this.ctx;
    const exposure = await em.findOne(Exposure, { $and: [{ id: exposureId }, exposureScope(viewer)] });
    if (!exposure) throw new NotFoundError('Exposure', exposureId);
    if (!mayActOnControllerFile(viewer, Capability.DRAFT_NOTIFICATIONS, exposure.controller.id))
      throw new ForbiddenError('edit the letter to the persons of this exposure');
    return exposure;
  }
}
