import { canonicalJson } from '../lib/canonical-json';
import { FACT_FIELDS, type FactLevel } from '../cnil/fact-catalogue';
import type { RecordAuthor } from '../incidents/record-authors';
import type { RecordFacts } from './fact-fields';
import { FactConfidence, FactSourceType, type FactValues } from './fact-submission.entity';

/**
 * The unification rule, one field at a time:
 *
 *   1. more confident first: CONFIRMED, then REPORTED, then ESTIMATED;
 *   2. at equal confidence, the better placed source: the controller's own assessment of its
 *      exposure, then a forensic report, then the processor's notice, then a public statement;
 *   3. at equal rank, the newest submission; 4. then the latest id (a stable tie-break).
 *
 * So the controller's confirmed assessment wins over a processor's report, which wins over an
 * estimate. A field no submission states falls back to the incident's or exposure's own record.
 * Sources disagree on a field when their values differ (lists compared as sets); every such field
 * is a conflict, listed with each source's value.
 */
export interface FactSourceInfo {
  submissionId: string | null;
  type: FactSourceType;
  confidence: FactConfidence | null;
  reference: string | null;
  organizationId: string | null;
  /** The person (token subject) who submitted it, or who last set the record's field. */
  subject: string | null;
  submittedAt: Date | null;
}

export interface SubmissionFacts {
  id: string;
  sourceType: FactSourceType;
  confidence: FactConfidence;
  reference?: string | null;
  submittedById: string;
  submittedBySubject?: string;
  submittedAt: Date;
  incidentFacts: FactValues;
  exposureFacts: FactValues;
}

export interface FactCandidate {
  value: unknown;
  source: FactSourceInfo;
}

export interface UnifiedFact {
  field: string;
  level: FactLevel;
  value: unknown;
  source: FactSourceInfo;
  conflicting: boolean;
  /** Every submitted value, best first; the record only when no submission states the field. */
  candidates: FactCandidate[];
}

export interface UnifiedFacts {
  fields: UnifiedFact[];
  conflicts: UnifiedFact[];
}

const CONFIDENCE_RANK: Record<FactConfidence, number> = { CONFIRMED: 0, REPORTED: 1, ESTIMATED: 2 };
const SOURCE_RANK: Record<FactSourceType, number> = {
  CONTROLLER_ASSESSMENT: 0,
  FORENSIC_REPORT: 1,
  PROCESSOR_NOTICE: 2,
  PUBLIC_STATEMENT: 3,
  RECORD: 4,
};

function sourceRank(submission: SubmissionFacts, controllerId: string): number {
  // Only the exposure's own controller assesses it; anyone else's "assessment" ranks as hearsay.
  if (submission.sourceType === FactSourceType.CONTROLLER_ASSESSMENT && submission.submittedById !== controllerId) {
    return SOURCE_RANK.PUBLIC_STATEMENT;
  }
  return SOURCE_RANK[submission.sourceType];
}

function compareSubmissions(controllerId: string) {
  return (a: SubmissionFacts, b: SubmissionFacts): number =>
    CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
    sourceRank(a, controllerId) - sourceRank(b, controllerId) ||
    b.submittedAt.getTime() - a.submittedAt.getTime() ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

function comparable(value: unknown, kind: 'scalar' | 'list'): string {
  return canonicalJson(kind === 'list' && Array.isArray(value) ? [...value].map(String).sort() : value);
}

function sourceOf(submission: SubmissionFacts): FactSourceInfo {
  return {
    submissionId: submission.id,
    type: submission.sourceType,
    confidence: submission.confidence,
    reference: submission.reference ?? null,
    organizationId: submission.submittedById,
    subject: submission.submittedBySubject ?? null,
    submittedAt: submission.submittedAt,
  };
}

/** The record as a source: who last set the field, when it is known (see RecordAuthors). */
function recordSource(author: RecordAuthor | undefined): FactSourceInfo {
  return {
    submissionId: null,
    type: FactSourceType.RECORD,
    confidence: null,
    reference: null,
    organizationId: author?.organizationId ?? null,
    subject: author?.subject ?? null,
    submittedAt: author ? new Date(author.at) : null,
  };
}

export function unifyFacts(record: RecordFacts, submissions: readonly SubmissionFacts[], controllerId: string): UnifiedFacts {
  const ranked = [...submissions].sort(compareSubmissions(controllerId));
  const fields: UnifiedFact[] = [];
  for (const { field, level, kind } of FACT_FIELDS) {
    const stated = (s: SubmissionFacts) => (level === 'INCIDENT' ? s.incidentFacts : s.exposureFacts)[field];
    const candidates = ranked.filter((s) => stated(s) !== undefined).map((s) => ({ value: stated(s), source: sourceOf(s) }));
    const [best] = candidates;
    if (!best) {
      const value = (level === 'INCIDENT' ? record.incident : record.exposure)[field];
      if (value === undefined) continue;
      const source = recordSource(record.authors?.[level === 'INCIDENT' ? 'incident' : 'exposure'][field]);
      fields.push({ field, level, value, source, conflicting: false, candidates: [{ value, source }] });
      continue;
    }
    const distinct = new Set(candidates.map((c) => comparable(c.value, kind)));
    fields.push({ field, level, value: best.value, source: best.source, conflicting: distinct.size > 1, candidates });
  }
  return { fields, conflicts: fields.filter((f) => f.conflicting) };
}
