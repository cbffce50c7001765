import type { FactSpec } from '../cnil/fact-catalogue';
import { isUuid } from '../lib/uuid';

/**
 * Who last set each fact field of a record, and when. Kept on the row itself, beside the values it
 * speaks for, and written in the same audited flush: the simplest honest answer to "who says so?"
 * for a RECORD source, without replaying the audit trail (whose events hash rows, not fields).
 * Records written before it was kept have no entry: their source names no one.
 */
export type RecordAuthors = Record<string, RecordAuthor>;
export interface RecordAuthor {
  /** Null for the gateway's own loaders (the demo), whose viewer is no organisation. */
  organizationId: string | null;
  subject: string;
  at: string;
}

export function noteRecordAuthors(
  record: { recordedBy: RecordAuthors },
  input: object,
  fields: Readonly<Record<string, FactSpec>>,
  author: { organizationId: string; subject: string },
  at: Date,
): void {
  const stated = Object.keys(fields).filter((field) => (input as Record<string, unknown>)[field] !== undefined);
  if (stated.length === 0) return;
  const by: RecordAuthor = {
    organizationId: isUuid(author.organizationId) ? author.organizationId : null,
    subject: author.subject,
    at: at.toISOString(),
  };
  // A new object, so the ORM sees the JSON column change.
  record.recordedBy = { ...record.recordedBy, ...Object.fromEntries(stated.map((field) => [field, by])) };
}
