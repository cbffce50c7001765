import type { CnilNotificationContent, SeverityAnnex } from '../content/notification-content';
import { type DossierFiling, INTERNAL_DOSSIER_SCHEMA_VERSION, type InternalDossierContent } from '../content/internal-dossier-content';
import type { AssemblyInput } from './assemble';
import { completenessRows, obligationRows, severityAnnex } from './annexes';
import type { CompletenessIssue } from './completeness';

/**
 * The internal dossier beside a filing: what the gateway computed and where each answer came from,
 * which the copy of the CNIL form leaves out. A pure function of the same input as the filing, of
 * the filing's content (for the provenance of each answer, and its sha256), of its completeness and
 * of the recorded filing. `frozenAtFiling` only when NotificationService.prepareFiling assembles the
 * dossier it keeps; a filing recorded before dossiers were kept is rendered live, and says so.
 */
export function assembleInternalDossier(
  input: AssemblyInput,
  filing: CnilNotificationContent,
  filingContentSha256: string,
  completeness: readonly CompletenessIssue[],
  recorded: { filing: DossierFiling; frozenAtFiling: boolean } | null,
): InternalDossierContent {
  return {
    schemaVersion: INTERNAL_DOSSIER_SCHEMA_VERSION,
    assembledAt: input.assembledAt.toISOString(),
    notification: {
      typeLabel: filing.notification.typeLabel,
      number: filing.notification.number,
      status: filing.notification.status,
      cnilReference: input.notification.cnilReference ?? null,
    },
    filing: recorded?.filing ?? null,
    frozenAtFiling: recorded?.frozenAtFiling ?? false,
    organization: filing.organization,
    filingContentSha256,
    severity: assessedSeverity(input),
    obligations: obligationRows(input.obligations),
    exactCounts: input.counts ? { ...input.counts } : null,
    facts: filing.sections.flatMap((section) =>
      section.items.flatMap((item) =>
        item.provenance ? [{ section: section.number, path: item.path, label: item.label, provenance: item.provenance }] : [],
      ),
    ),
    // A filed notification lacks nothing it can still add: the list is the draft's working list.
    completeness: filing.notification.status === 'FILED' ? [] : completenessRows(completeness),
  };
}

/** The severity annex of an assembly: the chosen and computed assessments and the signed-off gravity. */
export function assessedSeverity(input: AssemblyInput): SeverityAnnex | null {
  const { severity } = input;
  return severity
    ? severityAnnex(severity.computed, severity.assessment, severity.overrideReason, {
        chosen: severity.gravity,
        reason: severity.gravityReason,
        signOff: severity.signOff,
      })
    : null;
}

/** The filing as the gateway recorded it, for the dossier; null while the notification is not filed. */
export function recordedFiling(notification: {
  status: string;
  filedAt?: Date;
  filedBy?: string;
  filingRecordedAt?: Date;
}): DossierFiling | null {
  if (notification.status !== 'FILED' || !notification.filedAt) return null;
  return {
    filedAt: notification.filedAt.toISOString(),
    // Filings recorded before who and when were kept have neither: the dossier says so, it does not guess.
    recordedBy: notification.filedBy ?? null,
    recordedAt: notification.filingRecordedAt?.toISOString() ?? null,
  };
}
