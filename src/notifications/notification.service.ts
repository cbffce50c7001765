import { Capability } from '../auth/permissions';
import { exposureScope, mayActOnControllerFile, notificationScope } from '../auth/scope';
import { applyPatch, assertVersion, flushOrConflict } from '../db/unit-of-work';
import type { ServiceContext } from '../auth/context';
import { BadUserInputError, ConflictError, ForbiddenError, InputProblems, NotFoundError } from '../lib/errors';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { canonicalHash } from '../lib/canonical-json';
import { Organization } from '../organizations/organization.entity';
import { assembleNotification } from './assemble';
import { assembleInternalDossier, recordedFiling } from './internal-dossier';
import { type ContentChange, changesBetween, phaseChanges } from './changes';
import { checkCompleteness, type CompletenessIssue, LATER_ITEMS } from './completeness';
import type { CnilNotificationContent } from '../content/notification-content';
import { Notification } from './notification.entity';
import { NotificationState } from './derived-state.entities';
import { isFresh } from './state-clock';
import { fixedClock } from '../config/clock';
import type { CreateNotificationInput, RecordFilingInput, SignOffGravityInput, UpdateNotificationInput } from './notification.inputs';
import { loadNotificationInputs, type NotificationInputs } from './notification-input';
import { InvalidTransitionError, transition } from './transitions';
import { severityFactorProblems, type SeverityFactors } from './severity';

const TYPE_CODE = { INITIAL: 'I', COMPLETE: 'C', COMPLEMENTARY: 'S' } as const;
/** How far a recorded filing may pass the gateway's own instants (its clock and the draft's creation). */
export const FILING_CLOCK_SKEW_MS = 5 * 60_000;

const iso = (date: Date) => date.toISOString();

/**
 * The phase fields of an update: `final` is a complementary notification's; a follow-up date is
 * promised by an initial or a non-final complement; reasons name art. 33(3) items, once each.
 */
function phaseProblems(notification: Notification, input: UpdateNotificationInput, problems: InputProblems): void {
  const complementary = notification.type === 'COMPLEMENTARY';
  problems.check(input.final == null || complementary, 'input.final', 'only a complementary notification is marked final (art. 33(4))');
  const final = input.final ?? notification.final;
  problems.check(
    !input.complementaryFollowUpAt || notification.type === 'INITIAL' || (complementary && !final),
    'input.complementaryFollowUpAt',
    'only an initial or a non-final complementary notification promises a follow-up date',
  );
  const reasons = input.missingItemReasons;
  if (!reasons) return;
  problems.check(complementary, 'input.missingItemReasons', 'only a complementary notification leaves items for later with reasons');
  const seen = new Set<string>();
  reasons.forEach((r, i) => {
    const where = `input.missingItemReasons[${i}]`;
    problems.check(
      LATER_ITEMS.has(r.path),
      `${where}.path`,
      `"${r.path}" is not an art. 33(3) item that may be sent later; one of ${[...LATER_ITEMS.keys()].join(', ')}`,
    );
    problems.check(!seen.has(r.path), `${where}.path`, `"${r.path}" is given twice`);
    seen.add(r.path);
    problems.check(Boolean(r.reason.trim()), `${where}.reason`, 'the reason the item is not yet available is required');
  });
}

/** A filing checked and applied to the notification, not yet written: see prepareFiling. */
export interface FilingToRecord {
  notification: Notification;
  content: CnilNotificationContent;
  contentSha256: string;
}

/** A notification as the API shows it: its content (frozen once filed), what it lacks, its clock. */
export interface NotificationView {
  content: CnilNotificationContent;
  contentSha256: string;
  completeness: CompletenessIssue[];
  inputs: NotificationInputs;
}

/**
 * CNIL notifications of an exposure: its controller drafts, completes and files them; whoever may
 * see the exposure may read them. Every change carries the version it was prepared against.
 */
export class NotificationService {
  constructor(private readonly ctx: ServiceContext) {}

  async get(id: string): Promise<Notification> {
    const notification = await this.ctx.em.findOne(Notification, { $and: [{ id }, notificationScope(this.ctx.viewer)] });
    if (!notification) throw new NotFoundError('Notification', id);
    return notification;
  }

  async create(input: CreateNotificationInput): Promise<Notification> {
    const exposure = await this.ownExposure(input.exposureId);
    if (input.type === 'COMPLEMENTARY') {
      throw new BadUserInputError([
        { argument: 'input.type', reason: 'a complementary notification starts from a filed one: use startComplementaryNotification' },
      ]);
    }
    const notification = this.ctx.em.create(Notification, {
      exposure,
      type: input.type,
      number: await this.number(exposure, input.type),
      ...this.stamps(),
    });
    await flushOrConflict(this.ctx, `A ${input.type} notification of this exposure`);
    return notification;
  }

  async update(id: string, input: UpdateNotificationInput): Promise<Notification> {
    const notification = await this.editable(id, 'EDIT', input.version);
    const problems = new InputProblems();
    const overrides = input.gravityOverride !== undefined ? input.gravityOverride : notification.gravityOverride;
    const reason = input.gravityOverrideReason !== undefined ? input.gravityOverrideReason : notification.gravityOverrideReason;
    const touchesGravity = input.gravityOverride !== undefined || input.gravityOverrideReason !== undefined;
    problems.check(
      !touchesGravity || !overrides || Boolean(reason?.trim()),
      'input.gravityOverrideReason',
      'overriding the suggested gravity needs its reason',
    );
    const severity = input.severityOverride;
    if (severity) {
      problems.check(Boolean(severity.reason.trim()), 'input.severityOverride.reason', 'an override needs its reason');
      if (severity.dpc != null)
        problems.check(
          Number.isInteger(severity.dpc) && severity.dpc >= 1 && severity.dpc <= 4,
          'input.severityOverride.dpc',
          'DPC is an integer from 1 to 4',
        );
      if (severity.ei != null)
        problems.check([0.25, 0.5, 0.75, 1].includes(severity.ei), 'input.severityOverride.ei', 'EI is 0.25, 0.5, 0.75 or 1');
      if (severity.cb != null) problems.check(severity.cb >= 0 && severity.cb <= 2, 'input.severityOverride.cb', 'CB is from 0 to 2');
      if (severity.level != null)
        problems.check(
          ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'].includes(severity.level),
          'input.severityOverride.level',
          'one of LOW, MEDIUM, HIGH, VERY_HIGH',
        );
    }
    for (const p of severityFactorProblems(input.severityFactors as Record<string, unknown> | null | undefined, 'input.severityFactors'))
      problems.add(p.argument, p.reason);
    phaseProblems(notification, input, problems);
    problems.throwIfAny();
    applyPatch(
      notification,
      {
        ...input,
        final: input.final === null ? false : input.final,
        missingItemReasons: input.missingItemReasons
          ? Object.fromEntries(input.missingItemReasons.map((r) => [r.path, r.reason.trim()]))
          : input.missingItemReasons,
        severityOverride: severity ? { ...severity } : severity,
        // Stored as plain JSON, not as the input classes type-graphql built.
        severityFactors: input.severityFactors
          ? (JSON.parse(JSON.stringify(input.severityFactors)) as SeverityFactors)
          : input.severityFactors,
      },
      ['version'],
    );
    // A signed-off gravity rests on the assessment as it was: changing any of it asks for a new sign-off.
    if (
      input.gravityOverride !== undefined ||
      input.gravityOverrideReason !== undefined ||
      input.severityOverride !== undefined ||
      input.severityFactors !== undefined
    ) {
      notification.gravitySignedOffBy = null;
      notification.gravitySignedOffAt = null;
    }
    await flushOrConflict(this.ctx, `Notification ${id}`);
    return notification;
  }

  /**
   * A named person confirms (or replaces, with a reason) the gravity the ENISA assessment suggests:
   * only then does section 11 carry a gravity. The chosen gravity is recorded as such, so a later
   * change of the facts does not silently change what was decided.
   */
  async signOffGravity(id: string, version: number, input: SignOffGravityInput): Promise<Notification> {
    const notification = await this.editable(id, 'EDIT', version);
    const { chosen } = (await this.view(notification)).inputs.severity;
    const reason = input.reason?.trim() || null;
    const problems = new InputProblems();
    problems.check(
      input.gravity === chosen.suggestedGravity || reason !== null,
      'input.reason',
      `the assessment suggests ${chosen.suggestedGravity}: choosing ${input.gravity} needs its reason`,
    );
    problems.throwIfAny();
    notification.gravityOverride = input.gravity;
    notification.gravityOverrideReason = reason ?? undefined;
    notification.gravitySignedOffBy = this.ctx.viewer.subject;
    notification.gravitySignedOffAt = this.ctx.clock.now();
    await flushOrConflict(this.ctx, `Notification ${id}`);
    return notification;
  }

  /** READY only when nothing blocking is missing: past 72 hours, the delay reasons included. */
  async markReady(id: string, version: number): Promise<Notification> {
    const notification = await this.editable(id, 'MARK_READY', version);
    const blocking = (await this.view(notification)).completeness.filter((i) => i.blocksReady);
    if (blocking.length) {
      throw new InvalidTransitionError('MARK_READY', notification.status, {
        reason: 'blocking items are missing or inconsistent',
        missing: blocking.map((i) => ({ code: i.code, section: i.section, path: i.path, message: i.message.en })),
      });
    }
    notification.status = transition(notification.status, 'MARK_READY');
    await flushOrConflict(this.ctx, `Notification ${id}`);
    return notification;
  }

  async reopen(id: string, version: number): Promise<Notification> {
    const notification = await this.editable(id, 'REOPEN', version);
    notification.status = transition(notification.status, 'REOPEN');
    await flushOrConflict(this.ctx, `Notification ${id}`);
    return notification;
  }

  /**
   * Filed means frozen: the content as of the filing instant, its sha256, the lateness verdict and
   * the internal dossier; who recorded the filing and when (the clock) are kept beside `filedAt`.
   * `filedAt` must lie between the draft's creation (and the controller's awareness) and now: a
   * filing before either is impossible and would freeze a false `filedLate: false`. The gateway's
   * own instants (creation, now) allow FILING_CLOCK_SKEW_MS either way, since `filedAt` is read
   * from the CNIL's acknowledgement, not from our clock.
   *
   * Prepares the filing in the unit of work without writing it: the documents stage keeps the PDF
   * as filed (FilingService) and flushes both together, so a filing never exists without its PDF.
   */
  async prepareFiling(id: string, input: RecordFilingInput): Promise<FilingToRecord> {
    const notification = await this.editable(id, 'RECORD_FILING', input.version);
    notification.status = transition(notification.status, 'RECORD_FILING');
    notification.cnilReference = input.cnilReference.trim();
    notification.filedAt = input.filedAt;
    notification.filedBy = this.ctx.viewer.subject;
    notification.filingRecordedAt = this.ctx.clock.now();
    notification.recapitulatifAt = input.recapitulatifAt ?? undefined;
    // The follow-up date may be promised at filing: it is then part of what is filed.
    if (input.complementaryFollowUpAt) notification.complementaryFollowUpAt = input.complementaryFollowUpAt;
    // Filed, it no longer holds its filing's one open complementary place: the next one may start.
    notification.openComplementaryOf = undefined;
    // Nothing above is written unless every check passes: only a flush writes (FlushMode.COMMIT).
    const { content, contentSha256, inputs, completeness } = await this.view(notification);
    this.checkFiling(notification, input, inputs);
    notification.filedLate = inputs.late;
    notification.snapshot = content;
    notification.snapshotSha256 = contentSha256;
    // The analysis behind the filing is frozen with it: a later fact must not rewrite what supported it.
    const dossier = assembleInternalDossier(inputs.assembly, content, contentSha256, completeness, {
      filing: recordedFiling(notification)!,
      frozenAtFiling: true,
    });
    notification.dossierSnapshot = dossier;
    notification.dossierSnapshotSha256 = canonicalHash(dossier);
    return { notification, content, contentSha256 };
  }

  private checkFiling(notification: Notification, input: RecordFilingInput, inputs: NotificationInputs): void {
    const problems = new InputProblems();
    problems.check(Boolean(input.cnilReference.trim()), 'input.cnilReference', 'the CNIL reference is required');
    const filedAt = input.filedAt.getTime();
    const now = this.ctx.clock.now();
    const created = notification.createdAt;
    const aware = inputs.assembly.facts.awareAt?.value;
    if (filedAt > now.getTime() + FILING_CLOCK_SKEW_MS) {
      problems.add(
        'input.filedAt',
        `${iso(input.filedAt)} is in the future (now is ${iso(now)}; ${FILING_CLOCK_SKEW_MS / 60_000} minutes of clock skew allowed)`,
      );
    } else if (filedAt < created.getTime() - FILING_CLOCK_SKEW_MS) {
      problems.add(
        'input.filedAt',
        `${iso(input.filedAt)} is before this notification was drafted (${iso(created)}): record the filing of the notification actually filed`,
      );
    } else if (aware && filedAt < aware.getTime()) {
      problems.add('input.filedAt', `${iso(input.filedAt)} is before the controller became aware of the breach (${iso(aware)})`);
    }
    const promised = notification.complementaryFollowUpAt;
    if (input.complementaryFollowUpAt)
      problems.check(
        notification.type === 'INITIAL' || (notification.type === 'COMPLEMENTARY' && !notification.final),
        'input.complementaryFollowUpAt',
        'only an initial or a non-final complementary notification promises a follow-up date',
      );
    problems.check(
      !promised || notification.type === 'COMPLETE' || notification.final || promised.getTime() > filedAt,
      input.complementaryFollowUpAt ? 'input.complementaryFollowUpAt' : 'complementaryFollowUpAt',
      `the follow-up date promised (${promised ? iso(promised) : ''}) must come after the filing (${iso(input.filedAt)})`,
    );
    const recapitulatif = input.recapitulatifAt?.getTime();
    problems.check(
      recapitulatif === undefined || (recapitulatif >= filedAt && recapitulatif <= now.getTime() + FILING_CLOCK_SKEW_MS),
      'input.recapitulatifAt',
      "the CNIL's récapitulatif is dated between the filing and now",
    );
    problems.throwIfAny();
  }

  /**
   * A new draft with the current facts, carrying the initial's number, date and time, and its rank
   * in the chain (art. 33(4): any number of complements). Started from the initial or any filed
   * complement of it, it always completes the initial. At most one is open (DRAFT or READY) per
   * initial: a second is a CONFLICT naming the first, and the unique `openComplementaryOf` (the
   * initial's id) settles concurrent starts in the database.
   *
   * After a final complement is filed, another one needs `afterFinalReason`: the final closes the
   * phases the controller announced, but information that comes to light later (a larger extraction,
   * a corrected count) must still reach the CNIL; refusing would keep the filed record wrong. The
   * reason is printed in section 1, and the follow-up duty stays met by the final.
   */
  async startComplementary(id: string, afterFinalReason?: string | null): Promise<Notification> {
    const filed = await this.get(id);
    // Who may act is decided before what the state allows, so a refusal never reveals the state.
    const exposure = await this.ownExposure(filed.exposure.id);
    transition(filed.status, 'START_COMPLEMENTARY');
    const initial = filed.initial ? await this.ctx.em.findOneOrFail(Notification, filed.initial.id) : filed;
    const open = await this.ctx.em.findOne(Notification, { openComplementaryOf: initial.id });
    if (open) {
      throw new ConflictError(
        `notification ${initial.id} already has an open complementary notification (${open.id}, ${open.status}): complete or file it first`,
        {
          notificationId: open.id,
        },
      );
    }
    const complements = await this.ctx.em.find(Notification, { initial: initial.id, type: 'COMPLEMENTARY' });
    const final = complements.find((n) => n.final && n.status === 'FILED');
    const reason = afterFinalReason?.trim() || null;
    const problems = new InputProblems();
    problems.check(
      !final || reason !== null,
      'afterFinalReason',
      `the final complementary notification ${final?.number ?? ''} was filed on ${final?.filedAt ? iso(final.filedAt) : ''}: a further one needs the reason (information that came to light after it)`,
    );
    problems.check(
      final !== undefined || reason === null,
      'afterFinalReason',
      'no final complementary notification was filed: nothing to explain',
    );
    problems.throwIfAny();
    const complementary = this.ctx.em.create(Notification, {
      exposure,
      type: 'COMPLEMENTARY',
      initial,
      openComplementaryOf: initial.id,
      rank: complements.length + 1,
      afterFinalReason: reason ?? undefined,
      number: await this.number(exposure, 'COMPLEMENTARY'),
      ...this.stamps(),
    });
    await flushOrConflict(this.ctx, `An open complementary notification of notification ${initial.id}`);
    return complementary;
  }

  /** For a complementary notification: what it adds or changes against the last filed one (sections 2 to 14). */
  async changesSincePrevious(notification: Notification): Promise<ContentChange[] | null> {
    if (notification.type !== 'COMPLEMENTARY') return null;
    const { content, inputs } = await this.view(notification);
    const previous = inputs.assembly.notification.phase?.previous;
    return previous ? phaseChanges(previous, content) : [];
  }

  /** For a complementary notification: what differs from the filed initial, field by field. */
  async changesSinceInitial(notification: Notification): Promise<ContentChange[] | null> {
    if (!notification.initial) return null;
    const initial = await this.ctx.em.findOneOrFail(Notification, notification.initial.id);
    return changesBetween(initial.snapshot!, (await this.view(notification)).content);
  }

  /**
   * The content (as filed, or assembled), its hash, and what it lacks for its type. A draft is
   * assembled as of `at`; left out, as of when its stored state was computed (the last change of its
   * inputs) while that state holds, so the content read is the one whose sha256 dashboards were
   * given, and as of now once time has overtaken it (derived-state.ts).
   */
  async view(notification: Notification, at?: Date): Promise<NotificationView> {
    const instant = at ?? (await this.assembledAt(notification));
    const ctx = { ...this.ctx, clock: fixedClock(instant) };
    const exposure = await this.ctx.em.findOneOrFail(Exposure, notification.exposure.id);
    const inputs = await loadNotificationInputs(ctx, notification, exposure);
    const context = {
      type: notification.type,
      late: inputs.late,
      severity: inputs.assembly.severity,
      personsDecision: inputs.personsInformation,
    };
    const content = notification.snapshot ?? assembleNotification(inputs.assembly);
    const previous = inputs.assembly.notification.phase?.previous;
    const phase =
      notification.type === 'COMPLEMENTARY'
        ? {
            final: notification.final,
            missingItemReasons: notification.missingItemReasons ?? {},
            changeCount: previous ? phaseChanges(previous, content).length : 0,
            followUpLate: inputs.followUpLate,
          }
        : null;
    const completeness = checkCompleteness(content, { ...context, phase });
    return { content, contentSha256: notification.snapshotSha256 ?? canonicalHash(content), completeness, inputs };
  }

  private async assembledAt(notification: Notification): Promise<Date> {
    const now = this.ctx.clock.now();
    const state = await this.ctx.em.findOne(NotificationState, { id: notification.id }, { disableIdentityMap: true });
    return state && isFresh(state, now) ? state.computedAt : now;
  }

  private async editable(id: string, action: 'EDIT' | 'MARK_READY' | 'REOPEN' | 'RECORD_FILING', version: number): Promise<Notification> {
    const notification = await this.get(id);
    await this.ownExposure(
      notification.exposure.id,
      action === 'RECORD_FILING' ? Capability.RECORD_FILINGS : Capability.DRAFT_NOTIFICATIONS,
    );
    assertVersion(notification, version, `Notification ${id}`);
    transition(notification.status, action);
    return notification;
  }

  /** Only the exposure's controller (or an admin) drafts its notifications; only its lawyers record filings. */
  private async ownExposure(exposureId: string, capability: Capability = Capability.DRAFT_NOTIFICATIONS): Promise<Exposure> {
    const { em, viewer } = this.ctx;
    const exposure = await em.findOne(Exposure, { $and: [{ id: exposureId }, exposureScope(viewer)] });
    if (!exposure) throw new NotFoundError('Exposure', exposureId);
    if (!mayActOnControllerFile(viewer, capability, exposure.controller.id)) {
      throw new ForbiddenError(
        capability === Capability.RECORD_FILINGS ? 'record the filing of this notification' : 'draft this notification',
      );
    }
    return exposure;
  }

  /** A draft is created at the injected clock's instant: its filing is checked against it. */
  private stamps(): { createdAt: Date; updatedAt: Date } {
    const now = this.ctx.clock.now();
    return { createdAt: now, updatedAt: now };
  }

  private async number(exposure: Exposure, type: keyof typeof TYPE_CODE): Promise<string> {
    const [controller, incident, earlier] = await Promise.all([
      this.ctx.em.findOneOrFail(Organization, exposure.controller.id),
      this.ctx.em.findOneOrFail(Incident, exposure.incident.id),
      this.ctx.em.count(Notification, { exposure: exposure.id, type }),
    ]);
    // Without SIREN, the other identifier (letters and digits only) opens the number instead.
    const prefix = controller.siren ?? (controller.otherIdentifier?.replace(/[^0-9A-Za-z]/g, '').toUpperCase() || 'SANS-SIREN');
    return `${prefix}-${incident.id.slice(-6).toUpperCase()}-${TYPE_CODE[type]}${earlier + 1}`;
  }
}
