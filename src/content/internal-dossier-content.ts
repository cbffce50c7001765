import type { CompletenessRow, ObligationRow, OrganizationIdentity, Provenance, SeverityAnnex } from './notification-content';

/**
 * InternalDossierContent: the controller's internal analysis of one notification, kept apart from
 * the copy of the CNIL form so that none of it reaches a regulator by accident. The ENISA assessment,
 * the obligations under other regimes, where each fact of the form came from, the exact counts of the
 * ingested lists, and what the form still lacks. Plain JSON, labels resolved, like the filing's.
 */
export const INTERNAL_DOSSIER_SCHEMA_VERSION = 'dossier-interne/2';

/** One answer of the form with the source the unification rule retained for it. */
export interface DossierFactRow {
  section: number;
  path: string;
  label: string;
  provenance: Provenance;
}

/** The filing as recorded in the gateway: instants in ISO 8601. */
export interface DossierFiling {
  filedAt: string;
  recordedBy: string | null;
  recordedAt: string | null;
}

export interface InternalDossierContent {
  schemaVersion: string;
  assembledAt: string;
  notification: {
    typeLabel: string;
    number: string | null;
    status: string;
    cnilReference: string | null;
  };
  /**
   * Since dossier-interne/2: the recorded filing (who recorded it, when, and the filing date they
   * stated), and whether this dossier is the one frozen at filing or the live state of a draft.
   */
  filing: DossierFiling | null;
  frozenAtFiling: boolean;
  organization: OrganizationIdentity;
  /** sha256 of the filing content this analysis accompanies. */
  filingContentSha256: string;
  severity: SeverityAnnex | null;
  obligations: ObligationRow[];
  /** Deduplicated counts of the ingested lists; section 8 shows the controller's approximate figures. */
  exactCounts: { persons: number; records: number; minors: number } | null;
  facts: DossierFactRow[];
  completeness: CompletenessRow[];
}
