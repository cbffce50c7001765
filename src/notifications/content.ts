import type { SectionCode } from '../cnil/form';

/**
 * CnilNotificationContent: what the assembler produces and everything downstream consumes (the
 * snapshot, its sha256, the PDF, the diff between phases). Plain JSON only: instants as ISO strings
 * beside their Paris-time display, labels resolved, every fact with where it came from.
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
  | (ItemBase & { kind: 'number'; value: number | null; band: { code: string; label: string } | null })
  | (ItemBase & { kind: 'instant'; value: string | null; display: string | null })
  | (ItemBase & { kind: 'choice'; multiple: boolean; options: { code: string; label: string; selected: boolean }[] })
  | (ItemBase & { kind: 'table'; columns: string[]; rows: string[][] });

export interface ContentSection {
  number: number;
  code: SectionCode;
  title: string;
  items: ContentItem[];
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
  };
  organization: { name: string; siren: string };
  sections: ContentSection[];
}
