import { factSubmissionScope } from '../auth/scope';
import type { ServiceContext } from '../db/unit-of-work';
import { recordFacts } from '../facts/fact-fields';
import { FactSubmission } from '../facts/fact-submission.entity';
import { unifyFacts } from '../facts/unify';
import type { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { SubjectCount } from '../ingest/subject.entities';
import { scopeKey } from '../ingest/subject-counts';
import { Organization } from '../organizations/organization.entity';
import type { AssemblyInput, FactValue, OrganizationData } from './assemble';
import type { Notification } from './notification.entity';
import { type Obligation, obligationsOf } from './obligations';
import { assessSeverity, type SeverityAssessment } from './severity';

/**
 * Gathers, from the database, everything the pure parts need for one notification: the unified
 * facts, the organisations, the exact counts, the severity and the obligations. Reads only.
 */
export interface NotificationInputs {
  assembly: AssemblyInput;
  severity: SeverityAssessment;
  obligations: Obligation[];
  cnilDueAt: Date | null;
  late: boolean;
}

/** A health insurer's member list hints at health cover: ENISA's "context reveals more". */
const REVEALING_SECTOR = /sant[ée]|mutuelle|pr[ée]voyance|assurance/i;

function organizationData(org: Organization): OrganizationData {
  return {
    id: org.id,
    name: org.legalName,
    siren: org.siren,
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

const codes = <T>(fact: FactValue | undefined): T[] => (Array.isArray(fact?.value) ? (fact.value as T[]) : []);

export async function loadNotificationInputs(ctx: ServiceContext, notification: Notification, exposure: Exposure): Promise<NotificationInputs> {
  const { em, viewer, clock } = ctx;
  const incident = await em.findOneOrFail(Incident, exposure.incident.id);
  const controller = await em.findOneOrFail(Organization, exposure.controller.id);
  const processor = incident.sourceOrganization.id !== controller.id ? await em.findOneOrFail(Organization, incident.sourceOrganization.id) : null;
  const submissions = await em.find(FactSubmission, {
    $and: [{ $or: [{ exposure: exposure.id }, { exposure: null, incident: incident.id }] }, factSubmissionScope(viewer)],
  });
  const unified = unifyFacts(recordFacts(incident, exposure), submissions.map((s) => ({ ...s, submittedById: s.submittedBy.id })), controller.id);
  const facts: Record<string, FactValue> = Object.fromEntries(unified.fields.map((f) => [f.field, { value: f.value, source: f.source }]));
  // The controller is aware once its processor told it, unless it says otherwise.
  facts.awareAt ??= facts.processorAlertedAt;
  const count = await em.findOne(SubjectCount, { scopeKey: scopeKey('EXPOSURE', incident.id, controller.id) });

  const severity = assessSeverity({
    dataCategories: codes(facts.dataCategories),
    sensitiveData: codes(facts.sensitiveData),
    subjectCategories: codes(facts.subjectCategories),
    natures: codes(facts.natures),
    origins: codes(facts.origins),
    causes: codes(facts.causes),
    consequences: codes(facts.consequences),
    revealingContext: REVEALING_SECTOR.test(controller.sector ?? ''),
  });
  const now = clock.now();
  const awareAt = typeof facts.awareAt?.value === 'string' ? new Date(facts.awareAt.value) : null;
  const alertedAt = typeof facts.processorAlertedAt?.value === 'string' ? new Date(facts.processorAlertedAt.value) : null;
  const obligations = obligationsOf({
    now,
    awareAt,
    processorDetectedAt: processor ? (incident.detectedAt ?? null) : null,
    processorAlertedAt: alertedAt,
    controllerRegimes: controller.regimes,
    done: notification.filedAt ? { CNIL_NOTIFICATION: notification.filedAt } : {},
    art34: severity.art34Recommended
      ? { required: true, rationale: `Risque élevé (SE ${severity.se.toLocaleString('fr-FR')}) : information des personnes sans délai injustifié.` }
      : { required: false, rationale: 'Niveau de risque non élevé au sens de la méthode ENISA.' },
  });
  const cnil = obligations.find((o) => o.code === 'CNIL_NOTIFICATION')!;
  const late = notification.filedLate ?? (cnil.dueAt !== null && (notification.filedAt ?? now) > cnil.dueAt);
  const initial = notification.initial ? await em.findOneOrFail('Notification', notification.initial.id) as Notification : null;

  return {
    severity,
    obligations,
    cnilDueAt: cnil.dueAt,
    late,
    assembly: {
      assembledAt: notification.filedAt ?? now,
      notification: {
        type: notification.type,
        number: notification.number,
        status: notification.status,
        initial: initial?.filedAt ? { number: initial.cnilReference ?? initial.number, filedAt: initial.filedAt } : null,
      },
      controller: organizationData(controller),
      processor: processor ? { id: processor.id, name: processor.legalName, siren: processor.siren, country: processor.address.country ?? null } : null,
      facts,
      counts: count ? { persons: Number(count.persons), records: Number(count.records), minors: Number(count.minors) } : null,
      severity: { assessment: severity, gravity: notification.gravityOverride ?? severity.suggestedGravity, overrideReason: notification.gravityOverrideReason ?? null },
      delayReasons: notification.delayReasons ?? null,
      crossBorder: notification.crossBorder ?? null,
      otherDpa: notification.otherDpa ?? null,
      otherAuthorities: obligations
        .filter((o) => (o.authority === 'ACPR' || o.authority === 'ANSSI') && o.status !== 'NOT_APPLICABLE')
        .map((o) => ({ authority: `${o.authority} — ${o.label}`, basis: o.basis, status: o.status, doneAt: o.doneAt })),
    },
  };
}
