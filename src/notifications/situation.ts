import { inSequence } from '../lib/in-sequence';
import { factSubmissionScope, obligationsVisibleTo } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { ServiceContext } from '../auth/context';
import { recordFacts } from '../facts/fact-fields';
import { FactSubmission } from '../facts/fact-submission.entity';
import { factView, type FactView } from '../facts/fact-view';
import { unifyFacts } from '../facts/unify';
import type { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { Organization } from '../organizations/organization.entity';
import { standingEntityFacts } from '../organizations/organization.service';
import { ProcessorEngagement } from '../organizations/processor-engagement.entity';
import { loadDoraStates } from './dora.service';
import type { CnilNotificationDecision } from './cnil-decision.entity';
import { loadCnilDecisions } from './cnil-decision.service';
import { Notification } from './notification.entity';
import { type ComplementaryFollowUp, type Obligation, obligationsOf } from './obligations';
import { art34Suggestion, type PersonsInformationState } from './persons-information';
import { personsInformationOf, personsInformationState } from './persons-information.read';
import { applySeverityOverride, assessSeverity, type SeverityAssessment, type SeverityFactors, type SeverityOverride } from './severity';

/**
 * Where an exposure stands: its unified facts, severity and obligations. Loaded for many exposures
 * at once (a handful of queries whatever their number) so dashboards listing deadlines stay cheap.
 */
export interface ExposureSituation {
  exposure: Exposure;
  incident: Incident;
  controller: Organization;
  processor: Organization | null;
  facts: FactView;
  /** As computed from the facts. */
  severity: SeverityAssessment;
  /** With the notification's override, when there is one: what the obligations follow. */
  chosenSeverity: SeverityAssessment;
  obligations: Obligation[];
  /** The controller's decisions whether to notify the CNIL, oldest first: the last one stands. */
  cnilDecisions: CnilNotificationDecision[];
  /** The controller's current art. 34 decision and first communication; null before any decision. */
  personsInformation: PersonsInformationState | null;
}

/**
 * `notification`, when the situation is one notification's: its filing instant meets the CNIL
 * obligation, its severity override decides whether art. 34 applies, and its recorded ENISA factors
 * feed the assessment. Without its own, the exposure's latest recorded factors do: they are the
 * assessor's reading of the same facts, whichever notification carried them.
 */
export async function loadSituations(
  ctx: ServiceContext,
  exposures: readonly Exposure[],
  notification: { filedAt?: Date; severityOverride?: SeverityOverride; severityFactors?: SeverityFactors | null } = {},
): Promise<ExposureSituation[]> {
  const { filedAt } = notification;
  const { em, viewer, clock } = ctx;
  if (exposures.length === 0) return [];
  const incidentIds = [...new Set(exposures.map((e) => e.incident.id))];
  const [incidents, submissions, filings, personsFiles, decisions, assessed] = await inSequence([
    () => em.find(Incident, { id: { $in: incidentIds } }),
    () =>
      em.find(FactSubmission, {
        $and: [
          { $or: [{ exposure: { $in: exposures.map((e) => e.id) } }, { exposure: null, incident: { $in: incidentIds } }] },
          factSubmissionScope(viewer),
        ],
      }),
    () => em.find(Notification, { exposure: { $in: exposures.map((e) => e.id) }, status: 'FILED' }, { orderBy: { filedAt: 'asc' } }),
    () =>
      personsInformationOf(
        em,
        exposures.map((e) => e.id),
      ),
    () =>
      loadCnilDecisions(
        ctx,
        exposures.map((e) => e.id),
      ),
    () => em.find(Notification, { exposure: { $in: exposures.map((e) => e.id) } }, { orderBy: { id: 'asc' } }),
  ]);
  const orgIds = [...new Set([...exposures.map((e) => e.controller.id), ...incidents.map((i) => i.sourceOrganization.id)])];
  const [orgRows, entityFacts, engagements, doraStates] = await inSequence([
    () => em.find(Organization, { id: { $in: orgIds } }),
    () => standingEntityFacts(ctx, orgIds),
    () => em.find(ProcessorEngagement, { controller: { $in: orgIds }, processor: { $in: orgIds } }),
    () =>
      loadDoraStates(
        ctx,
        exposures.map((e) => e.id),
      ),
  ]);
  const orgs = new Map(orgRows.map((o) => [o.id, o]));
  const incidentById = new Map(incidents.map((i) => [i.id, i]));
  const now = clock.now();

  return exposures.map((exposure) => {
    const incident = incidentById.get(exposure.incident.id)!;
    const controller = orgs.get(exposure.controller.id)!;
    const processor = incident.sourceOrganization.id !== controller.id ? orgs.get(incident.sourceOrganization.id)! : null;
    const own = submissions.filter((s) => (s.exposure ? s.exposure.id === exposure.id : s.incident.id === incident.id));
    const unified = unifyFacts(
      recordFacts(incident, exposure),
      own.map((s) => ({ ...s, submittedById: s.submittedBy.id })),
      controller.id,
    );
    const facts = factView(unified);
    // The controller is aware once its processor told it, unless it says otherwise.
    if (facts.processorAlertedAt) facts.awareAt ??= facts.processorAlertedAt;
    const computed = assessSeverity({
      dataCategories: facts.dataCategories?.value ?? [],
      sensitiveData: facts.sensitiveData?.value ?? [],
      subjectCategories: facts.subjectCategories?.value ?? [],
      natures: facts.natures?.value ?? [],
      origins: facts.origins?.value ?? [],
      causes: facts.causes?.value ?? [],
      consequences: facts.consequences?.value ?? [],
      approxPersons: facts.approxPersons?.value ?? null,
      factors:
        notification.severityFactors ??
        assessed.filter((n) => n.exposure.id === exposure.id && n.severityFactors).at(-1)?.severityFactors ??
        null,
    });
    const severity = applySeverityOverride(computed, notification.severityOverride);
    // The CNIL obligation is met by the exposure's first filing (or the one being judged).
    const cnilDone = filedAt ?? filings.find((n) => n.exposure.id === exposure.id)?.filedAt;
    const complementary = complementaryFollowUp(filings.filter((n) => n.exposure.id === exposure.id));
    const cnilDecisions = decisions.get(exposure.id) ?? [];
    const personsInformation = personsInformationState(personsFiles.get(exposure.id));
    const obligations = obligationsOf({
      now,
      awareAt: facts.awareAt?.value ?? null,
      processorDetectedAt: processor ? (incident.detectedAt ?? null) : null,
      processorAlertedAt: facts.processorAlertedAt?.value ?? null,
      controllerFacts: entityFacts.get(controller.id) ?? null,
      controllerRegimes: controller.regimes,
      processorFacts: processor ? (entityFacts.get(processor.id) ?? null) : null,
      processorContract: contractOf(engagements, controller.id, processor?.id),
      dora: doraStates.get(exposure.id) ?? null,
      done: cnilDone ? { CNIL_NOTIFICATION: cnilDone } : {},
      complementary,
      cnilDecision: cnilDecisions.at(-1) ?? null,
      art34: { rationale: art34Suggestion(severity, computed) },
      personsInformation,
      settings: ctx.regimes,
    });
    return {
      exposure,
      incident,
      controller,
      processor,
      facts,
      severity: computed,
      chosenSeverity: severity,
      obligations,
      cnilDecisions,
      personsInformation,
    };
  });
}

/** The alert term of the contract between this controller and its processor, when one is recorded. */
function contractOf(engagements: readonly ProcessorEngagement[], controllerId: string, processorId: string | undefined) {
  const engagement = engagements.find((e) => e.controller.id === controllerId && e.processor.id === processorId);
  return engagement ? { alertHours: engagement.alertHours, reference: engagement.contractReference } : null;
}

/**
 * The follow-up of the exposure's first filed initial notification (art. 33(4)): the date it promised,
 * and the first final complementary or complete notification filed after it. `filed` is oldest first.
 */
function complementaryFollowUp(filed: readonly Notification[]): ComplementaryFollowUp | null {
  const initial = filed.find((n) => n.type === 'INITIAL');
  if (!initial?.filedAt) return null;
  const closing = filed.find(
    (n) => n !== initial && n.filedAt! >= initial.filedAt! && (n.type === 'COMPLETE' || (n.type === 'COMPLEMENTARY' && n.final)),
  );
  return { initialFiledAt: initial.filedAt, promisedAt: initial.complementaryFollowUpAt ?? null, finalFiledAt: closing?.filedAt ?? null };
}

/**
 * The obligations the viewer may see: all of them for the controller's readers; for the incident's
 * processor only its own duty (alerting the controller), never the controller's file.
 */
export function visibleObligations(
  viewer: Viewer,
  of: { controllerId: string; sourceOrganizationId: string; obligations: Obligation[] },
): Obligation[] {
  const visible = obligationsVisibleTo(viewer, of.controllerId, of.sourceOrganizationId);
  if (visible === 'ALL') return of.obligations;
  return visible === 'PROCESSOR_DUTIES' ? of.obligations.filter((o) => o.party === 'PROCESSOR') : [];
}
