import { ref } from '@mikro-orm/core';
import type { RequestContext, ServiceContext } from '../auth/context';
import { Capability } from '../auth/permissions';
import { controllerFileScope, mayActOnControllerFile } from '../auth/scope';
import { flushOrConflict } from '../db/unit-of-work';
import { Exposure } from '../incidents/exposure.entity';
import { ConflictError, ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { Organization } from '../organizations/organization.entity';
import { Notification } from './notification.entity';
import { decisionIssues } from './persons-information';
import { type PersonsInformation, personsInformationOf } from './persons-information.read';
import { PersonsCommunication, PersonsInformationChoice, PersonsInformationDecision } from './persons-information.entities';
import type { DecidePersonsInformationInput, RecordPersonsCommunicationInput } from './persons-information.inputs';
import { loadSituations } from './situation';

/** The request context of this use case: the configured target of the communication to the persons. */
export type PersonsInformationRequestContext = RequestContext & { personsInformationTargetDays: number };

/** How far a recorded sending may pass the gateway's clock: it is read from the sender's records. */
const SENT_CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

/**
 * The controller's decision on informing the persons (art. 34) and the communications that follow
 * it: read by the controller file's readers, decided by those who hold DECIDE_PERSONS_INFORMATION
 * (the DPO), the sendings recorded by those who draft the controller's notifications.
 */
export class PersonsInformationService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly targetDays: number,
  ) {}

  async decide(exposureId: string, input: DecidePersonsInformationInput): Promise<PersonsInformation> {
    const { em, viewer, clock } = this.ctx;
    const exposure = await this.controllerExposure(exposureId);
    if (!mayActOnControllerFile(viewer, Capability.DECIDE_PERSONS_INFORMATION, exposure.controller.id))
      throw new ForbiddenError('decide whether the persons are informed');
    const current = (await personsInformationOf(em, [exposure.id])).get(exposure.id)!.decision;
    if ((input.replaces ?? null) !== (current?.id ?? null)) {
      throw new ConflictError(
        current
          ? `the current decision is ${current.id}: name it in input.replaces to replace it`
          : 'there is no decision to replace yet: leave input.replaces out',
        { currentDecisionId: current?.id ?? null },
      );
    }
    const [situation] = await loadSituations(this.ctx, [exposure], { severityOverride: await this.severityOverride(exposure) });
    const facts = situation!.facts;
    const notInform = input.decision === PersonsInformationChoice.NOT_INFORM;
    const problems = new InputProblems();
    for (const issue of decisionIssues({
      decision: input.decision,
      ground: input.ground ?? null,
      reasoning: input.reasoning,
      publicCommunicationAt: input.publicCommunicationAt ?? null,
      publicCommunicationChannel: input.publicCommunicationChannel ?? null,
      publicCommunicationReference: input.publicCommunicationReference ?? null,
      severity: { level: situation!.chosenSeverity.level, overridden: situation!.chosenSeverity !== situation!.severity },
      dataCategories: facts.dataCategories?.value ?? [],
      exposedDataItems: facts.exposedDataItems?.value ?? [],
    }))
      problems.add(issue.argument, `${issue.message.en} — ${issue.message.fr}`);
    const publicCommunication = notInform && input.ground === 'DISPROPORTIONATE_EFFORT_PUBLIC_COMMUNICATION';
    const now = clock.now();
    if (publicCommunication && input.publicCommunicationAt && input.publicCommunicationAt.getTime() > now.getTime() + SENT_CLOCK_SKEW_MS)
      problems.add(
        'input.publicCommunicationAt',
        'the public communication cannot be in the future — la communication publique ne peut être future',
      );
    problems.throwIfAny();
    // Re-deciding to inform keeps the deadline already running: a new decision never buys time.
    const dueAt = notInform
      ? undefined
      : current?.decision === PersonsInformationChoice.INFORM && current.communicationDueAt
        ? current.communicationDueAt
        : new Date(now.getTime() + this.targetDays * DAY_MS);
    em.create(PersonsInformationDecision, {
      exposure,
      organization: ref(Organization, exposure.controller.id),
      replaces: current?.id,
      decision: input.decision,
      ground: notInform ? (input.ground ?? undefined) : undefined,
      reasoning: input.reasoning.trim(),
      decidedBy: viewer.subject,
      decidedAt: now,
      assessedLevel: situation!.chosenSeverity.level,
      communicationDueAt: dueAt,
      targetDays: dueAt ? (current?.decision === PersonsInformationChoice.INFORM ? current.targetDays : this.targetDays) : undefined,
      publicCommunicationAt: publicCommunication ? (input.publicCommunicationAt ?? undefined) : undefined,
      publicCommunicationChannel: publicCommunication ? (input.publicCommunicationChannel ?? undefined) : undefined,
      publicCommunicationReference: publicCommunication ? input.publicCommunicationReference?.trim() : undefined,
      createdAt: now,
      updatedAt: now,
    });
    await flushOrConflict(this.ctx, `A decision replacing ${current?.id ?? 'none'}`);
    return (await personsInformationOf(em, [exposure.id])).get(exposure.id)!;
  }

  async recordCommunication(exposureId: string, input: RecordPersonsCommunicationInput): Promise<PersonsInformation> {
    const { em, viewer, clock } = this.ctx;
    const exposure = await this.controllerExposure(exposureId);
    if (!mayActOnControllerFile(viewer, Capability.DRAFT_NOTIFICATIONS, exposure.controller.id))
      throw new ForbiddenError('record a communication to the persons');
    const file = (await personsInformationOf(em, [exposure.id])).get(exposure.id)!;
    const now = clock.now();
    const problems = new InputProblems();
    const failures = input.failures ?? 0;
    problems.check(Number.isInteger(input.personsReached) && input.personsReached >= 0, 'input.personsReached', 'a count, 0 or more');
    problems.check(Number.isInteger(failures) && failures >= 0, 'input.failures', 'a count, 0 or more');
    problems.check(
      file.decision?.decision === PersonsInformationChoice.INFORM,
      'input',
      'record the decision to inform the persons first (art. 34) — enregistrer d’abord la décision d’informer les personnes (article 34)',
    );
    problems.check(
      input.sentAt.getTime() <= now.getTime() + SENT_CLOCK_SKEW_MS,
      'input.sentAt',
      `${input.sentAt.toISOString()} is in the future (now is ${now.toISOString()})`,
    );
    if (input.isReminder)
      problems.check(
        file.communications.some((c) => !c.isReminder && c.sentAt <= input.sentAt),
        'input.isReminder',
        'a reminder follows a first communication: record that one first',
      );
    problems.throwIfAny();
    em.create(PersonsCommunication, {
      exposure,
      organization: ref(Organization, exposure.controller.id),
      sentAt: input.sentAt,
      channel: input.channel,
      personsReached: input.personsReached,
      failures,
      isReminder: input.isReminder ?? false,
      note: input.note?.trim() || undefined,
      recordedBy: viewer.subject,
      recordedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await flushOrConflict(this.ctx, 'This communication');
    return (await personsInformationOf(em, [exposure.id])).get(exposure.id)!;
  }

  /** The controller's file: another organisation's exposure answers as a missing one. */
  private async controllerExposure(exposureId: string): Promise<Exposure> {
    const exposure = await this.ctx.em.findOne(Exposure, { $and: [{ id: exposureId }, controllerFileScope(this.ctx.viewer)] });
    if (!exposure) throw new NotFoundError('Exposure', exposureId);
    return exposure;
  }

  /** The severity the decision is checked against follows the latest notification's override, with its reason. */
  private async severityOverride(exposure: Exposure) {
    const latest = await this.ctx.em.findOne(Notification, { exposure: exposure.id }, { orderBy: { id: 'desc' } });
    return latest?.severityOverride ?? undefined;
  }
}
