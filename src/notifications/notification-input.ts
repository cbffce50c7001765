import type { ServiceContext } from '../auth/context';
import type { Exposure } from '../incidents/exposure.entity';
import { exposureSubjectCounts } from '../subjects/subject-counts';
import type { Organization } from '../organizations/organization.entity';
import { type AssemblyInput, type OrganizationData, type PhaseInput, phaseTypeLabel } from './assemble';
import { Notification } from './notification.entity';
import { OTHER_AUTHORITY_LABELS } from './authority-notification.entity';
import { AuthorityNotificationService } from './authority-notification.service';
import type { Obligation } from './obligations';
import type { PersonsInformationState } from './persons-information';
import type { SeverityAssessment, SeverityOverride } from './severity';
import { loadSituations } from './situation';

/**
 * Gathers, from the database, everything the pure parts need for one notification: the exposure's
 * situation (facts, severity, obligations), the organisations and the exact counts. Reads only.
 */
export interface NotificationInputs {
  assembly: AssemblyInput;
  /** As computed from the facts, and as chosen (with a lawyer's override, if any). */
  severity: { computed: SeverityAssessment; chosen: SeverityAssessment; override: SeverityOverride | null };
  obligations: Obligation[];
  /** The recorded art. 34 decision section 13 must agree with; null before any decision. */
  personsInformation: PersonsInformationState | null;
  cnilDueAt: Date | null;
  /** The exposure's CNIL obligation is past due and no notification of it was filed yet. */
  overdue: boolean;
  late: boolean;
  /** A complementary notification filed (or, unfiled, now) after the follow-up date (CNIL_COMPLEMENTARY). */
  followUpLate: boolean;
}

function organizationData(org: Organization): OrganizationData {
  return {
    id: org.id,
    name: org.legalName,
    siren: org.siren ?? null,
    noSiren: org.noSiren,
    otherIdentifier: org.otherIdentifierType && org.otherIdentifier ? { type: org.otherIdentifierType, value: org.otherIdentifier } : null,
    contactIsLegalRepresentative: org.contactIsLegalRepresentative,
    vatNumber: org.vatNumber,
    sector: org.sector,
    headcount: org.headcount,
    address: { ...org.address },
    legalRepresentative: { ...org.legalRepresentative },
    contact: { ...org.contact },
    dpo: org.dpo ? { ...org.dpo } : null,
    dpoDesignationNumber: org.dpoDesignationNumber,
  };
}

export async function loadNotificationInputs(
  ctx: ServiceContext,
  notification: Notification,
  exposure: Exposure,
): Promise<NotificationInputs> {
  const { em, clock } = ctx;
  const [situation] = await loadSituations(ctx, [exposure], notification);
  if (!situation) throw new Error(`no situation loaded for exposure ${exposure.id}`);
  const { incident, controller, processor, facts, severity, chosenSeverity: chosen, obligations, personsInformation } = situation;
  const counts = await exposureSubjectCounts(em, incident.id, controller.id);
  const cnil = obligations.find((o) => o.code === 'CNIL_NOTIFICATION')!;
  const now = clock.now();
  const initial = notification.initial ? await em.findOneOrFail(Notification, notification.initial.id) : null;
  // A complementary notification is late by nature: the delay that needs reasons is the initial's.
  const signedOff = Boolean(notification.gravitySignedOffBy && notification.gravitySignedOffAt);
  const phase = initial ? await phaseOf(ctx, notification, initial) : null;
  const followUpDue = obligations.find((o) => o.code === 'CNIL_COMPLEMENTARY')?.dueAt ?? null;
  const followUpLate = notification.type === 'COMPLEMENTARY' && followUpDue !== null && (notification.filedAt ?? now) > followUpDue;
  const late = notification.filedLate ?? initial?.filedLate ?? (cnil.dueAt !== null && (notification.filedAt ?? now) > cnil.dueAt);

  return {
    severity: { computed: severity, chosen, override: notification.severityOverride ?? null },
    obligations,
    personsInformation,
    cnilDueAt: cnil.dueAt,
    overdue: cnil.status === 'OVERDUE',
    late,
    followUpLate,
    assembly: {
      assembledAt: notification.filedAt ?? now,
      notification: {
        type: notification.type,
        number: notification.number,
        status: notification.status,
        initial: initial?.filedAt ? { number: initial.cnilReference ?? initial.number, filedAt: initial.filedAt } : null,
        followUpAt: notification.complementaryFollowUpAt ?? null,
        phase,
        cnilReference: notification.cnilReference ?? null,
        recapitulatifAt: notification.recapitulatifAt ?? null,
      },
      controller: organizationData(controller),
      processor: processor
        ? { id: processor.id, name: processor.legalName, siren: processor.siren ?? null, country: processor.address.country ?? null }
        : null,
      facts,
      counts,
      severity: {
        assessment: chosen,
        computed: severity,
        // Section 11 carries a gravity only once a named person signed it off: never the suggestion alone.
        gravity: signedOff ? (notification.gravityOverride ?? chosen.suggestedGravity) : null,
        overrideReason: notification.severityOverride?.reason ?? null,
        gravityReason: notification.gravityOverride ? (notification.gravityOverrideReason ?? null) : null,
        signOff: signedOff ? { by: notification.gravitySignedOffBy!, at: notification.gravitySignedOffAt! } : null,
      },
      obligations,
      delayReasons: notification.delayReasons ?? null,
      crossBorder: notification.crossBorder ?? null,
      otherDpa: notification.otherDpa ?? null,
      // Section 14 asks which authorities were notified: the recorded notifications, never the duties.
      authorityNotifications: (await new AuthorityNotificationService(ctx).listOf(exposure.id)).map((a) => ({
        authorityLabel: OTHER_AUTHORITY_LABELS[a.authority],
        at: a.notifiedAt,
        reference: a.reference ?? null,
        note: a.note ?? null,
      })),
    },
  };
}

/**
 * A complementary notification's phase: the filings of its chain before it (the initial, then the
 * complements of lower rank), the last one's content to show what this one adds, and its reasons.
 */
async function phaseOf(ctx: ServiceContext, notification: Notification, initial: Notification): Promise<PhaseInput | null> {
  if (notification.type !== 'COMPLEMENTARY' || !initial.filedAt) return null;
  const rank = notification.rank ?? 1;
  const earlier = await ctx.em.find(
    Notification,
    { initial: initial.id, type: 'COMPLEMENTARY', status: 'FILED', rank: { $lt: rank } },
    { orderBy: { rank: 'asc' } },
  );
  const chain = [initial, ...earlier];
  return {
    rank,
    final: notification.final,
    previousFilings: chain.map((n) => ({
      label: phaseTypeLabel(n.type, n.type === 'COMPLEMENTARY' ? { rank: n.rank ?? 1, final: n.final } : null),
      number: n.cnilReference ?? n.number,
      filedAt: n.filedAt!,
    })),
    previous: chain.at(-1)!.snapshot ?? null,
    missingItemReasons: notification.missingItemReasons ?? {},
    afterFinalReason: notification.afterFinalReason ?? null,
  };
}
