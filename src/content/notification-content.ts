import type { SectionCode } from '../cnil/form';

/**
 * CnilNotificationContent: what the assembler produces and everything downstream consumes (the
 * snapshot, its sha256, the PDF, the diff between phases). Plain JSON only: instants as ISO strings
 * beside their Paris-time display, labels resolved, every fact with where it came from.
 *
 * It is a copy of what is entered in the CNIL's téléservice: the form's sections and questions only.
 * The gateway's own analysis (ENISA, other regimes, provenance, missing items) is the internal
 * dossier's (internal-dossier-content.ts); cnil-notification/2 snapshots carried it as `annexes`.
 */
export interface Provenance {
  /** FactSourceType of the chosen value, or ORGANIZATION for identity data, SUBJECT_LISTS for exact counts. */
  source: string;
  organizationId: string | null;
  submissionId: string | null;
  reference: string | null;
  confidence: string | null;
}

interface ItemBase {
  path: string;
  label: string;
  provenance: Provenance | null;
}

export type ContentItem =
  | (ItemBase & { kind: 'text'; value: string | null })
  | (ItemBase & { kind: 'number'; value: number | null })
  | (ItemBase & { kind: 'instant'; value: string | null; display: string | null })
  | (ItemBase & {
      kind: 'choice';
      multiple: boolean;
      options: { code: string; label: string; selected: boolean }[];
      /** Since cnil-notification/4, for the lists that offer it: the « Autre (à préciser) » text. */
      other?: string | null;
    })
  | (ItemBase & { kind: 'table'; columns: string[]; rows: string[][] });

export interface ContentSection {
  number: number;
  code: SectionCode;
  title: string;
  items: ContentItem[];
}

/** One ENISA component as the annex shows it. */
export interface SeverityComponentRow {
  code: 'DPC' | 'EI' | 'CB';
  label: string;
  value: number;
  justification: string;
}

/** One factor of the ENISA method as the dossier shows it: its points, its reason, whom it rests on. */
export interface SeverityFactorContentRow {
  component: 'DPC' | 'EI' | 'CB';
  label: string;
  points: string;
  reason: string;
  sourceLabel: string;
}

/** The severity annex: the chosen assessment, and the computed one beside it when a lawyer overrode it. */
export interface SeverityAnnex {
  method: string;
  /** The method cited in full, in French. */
  methodReference?: string;
  /** Every factor of the chosen assessment with its reason. */
  factors?: SeverityFactorContentRow[];
  /** Beside SE, not in it: the number of persons and the likelihood, inputs to the art. 34 suggestion. */
  risk?: { persons: number | null; likelihoodLabel: string | null; likelihoodReason: string | null; justification: string };
  se: number;
  level: string;
  levelLabel: string;
  art34Recommended: boolean;
  justification: string;
  components: SeverityComponentRow[];
  /** The gravity retained (section 11; "À confirmer" until signed off), and the reason when it is not the suggested one. */
  gravity: { label: string; suggestedLabel: string; reason: string | null };
  /** Present only when the chosen assessment differs from the computed one. */
  override: { reason: string; computedSe: number; computedLevelLabel: string; components: SeverityComponentRow[] } | null;
  /** Since cnil-notification/3: the assessment as computed from the facts, untouched by any override. */
  computed?: { se: number; level: string; levelLabel: string; components: SeverityComponentRow[] };
  /**
   * Since cnil-notification/3: the decision a named person signed off, null until then (section 11
   * then reads "à confirmer"). `level` is the ENISA level the chosen gravity stands for.
   */
  chosen?: {
    level: string;
    levelLabel: string;
    gravity: string;
    gravityLabel: string;
    by: string;
    at: string;
    atDisplay: string;
    reason: string | null;
  } | null;
  /** Since cnil-notification/3: the one sentence the documents print for the decision. */
  decision?: string;
}

export interface ObligationRow {
  code: string;
  label: string;
  authority: string;
  basis: string;
  party: string;
  dueAt: string | null;
  dueDisplay: string | null;
  doneDisplay: string | null;
  status: string;
  statusLabel: string;
  rationale: string;
}

export interface CompletenessRow {
  code: string;
  section: number;
  path: string;
  message: string;
  blocksReady: boolean;
}

/**
 * What the archive copy of a filing shows beside its frozen content when it was recorded after the
 * filing: the date of the CNIL's récapitulatif. Kept apart from the content so that the content, and
 * its sha256 recorded at filing, stay exactly what was filed.
 */
export interface FilingArchiveNote {
  recapitulatif: { at: string; display: string };
}

/**
 * Who the document is about: the SIREN, or (since cnil-notification/4) null with the identifier an
 * organisation without SIREN gives instead (the form's « pas de SIREN »).
 */
export interface OrganizationIdentity {
  name: string;
  siren: string | null;
  otherIdentifier?: { typeLabel: string; value: string } | null;
}

export interface CnilNotificationContent {
  schemaVersion: string;
  vocabularyVersion: string;
  assembledAt: string;
  notification: {
    type: string;
    typeLabel: string;
    number: string | null;
    status: string;
    initial: { number: string; filedAt: string } | null;
    /** Added within cnil-notification/3, for a complementary notification: its rank and whether it is the final one. */
    phase?: { rank: number; final: boolean } | null;
    /**
     * Since cnil-notification/3, once filed: the reference the CNIL's téléservice gave and the date
     * of its récapitulatif, so the archive copy names the notification it copies.
     */
    cnilReference?: string | null;
    recapitulatif?: { at: string; display: string } | null;
  };
  organization: OrganizationIdentity;
  sections: ContentSection[];
}
