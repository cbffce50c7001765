import { describe, expect, it } from 'vitest';
import { FactConfidence, FactSourceType } from '../../src/facts/fact-submission.entity';
import { type SubmissionFacts, unifyFacts } from '../../src/facts/unify';

const CONTROLLER = 'controller-1';
const PROCESSOR = 'processor-1';
let seq = 0;
function submission(
  type: FactSourceType,
  confidence: FactConfidence,
  exposureFacts: Record<string, unknown>,
  at: string,
  by = type === 'PROCESSOR_NOTICE' ? PROCESSOR : CONTROLLER,
): SubmissionFacts {
  seq++;
  return {
    id: `s${String(seq).padStart(3, '0')}`,
    sourceType: type,
    confidence,
    submittedById: by,
    submittedAt: new Date(at),
    incidentFacts: {},
    exposureFacts,
  };
}
const record = { incident: { natures: ['CONFIDENTIALITY'] }, exposure: { approxPersons: 1000 } };
const field = (facts: ReturnType<typeof unifyFacts>, name: string) => facts.fields.find((f) => f.field === name)!;

describe('fact unification', () => {
  it("prefers the controller's confirmed assessment to the processor's report, and shows the conflict", () => {
    const processor = submission(
      FactSourceType.PROCESSOR_NOTICE,
      FactConfidence.REPORTED,
      { approxPersons: 410_000 },
      '2024-02-02T10:00:00Z',
    );
    const controller = submission(
      FactSourceType.CONTROLLER_ASSESSMENT,
      FactConfidence.CONFIRMED,
      { approxPersons: 396_112 },
      '2024-02-01T10:00:00Z',
    );
    const facts = unifyFacts(record, [processor, controller], CONTROLLER);
    const persons = field(facts, 'approxPersons');
    expect(persons).toMatchObject({
      value: 396_112,
      conflicting: true,
      source: { submissionId: controller.id, type: 'CONTROLLER_ASSESSMENT' },
    });
    expect(persons.candidates.map((c) => c.value)).toEqual([396_112, 410_000]);
    expect(facts.conflicts.map((c) => c.field)).toEqual(['approxPersons']);
  });

  it('prefers a report to an estimate whatever the source, and the newest within a rank', () => {
    const estimate = submission(
      FactSourceType.CONTROLLER_ASSESSMENT,
      FactConfidence.ESTIMATED,
      { approxRecords: 5 },
      '2024-02-05T00:00:00Z',
    );
    const older = submission(FactSourceType.PROCESSOR_NOTICE, FactConfidence.REPORTED, { approxRecords: 7 }, '2024-02-01T00:00:00Z');
    const newer = submission(FactSourceType.PROCESSOR_NOTICE, FactConfidence.REPORTED, { approxRecords: 9 }, '2024-02-03T00:00:00Z');
    expect(field(unifyFacts(record, [estimate, older, newer], CONTROLLER), 'approxRecords')).toMatchObject({
      value: 9,
      source: { submissionId: newer.id },
    });
  });

  it("ranks another organisation's so-called controller assessment as hearsay", () => {
    const forged = submission(
      FactSourceType.CONTROLLER_ASSESSMENT,
      FactConfidence.CONFIRMED,
      { approxPersons: 1 },
      '2024-02-05T00:00:00Z',
      'someone-else',
    );
    const forensic = submission(FactSourceType.FORENSIC_REPORT, FactConfidence.CONFIRMED, { approxPersons: 2 }, '2024-02-01T00:00:00Z');
    expect(field(unifyFacts(record, [forged, forensic], CONTROLLER), 'approxPersons').value).toBe(2);
  });

  it('compares lists as sets: the same categories in another order agree', () => {
    const a = submission(
      FactSourceType.PROCESSOR_NOTICE,
      FactConfidence.REPORTED,
      { dataCategories: ['NIR', 'CIVIL_STATUS'] },
      '2024-02-01T00:00:00Z',
    );
    const b = submission(
      FactSourceType.CONTROLLER_ASSESSMENT,
      FactConfidence.CONFIRMED,
      { dataCategories: ['CIVIL_STATUS', 'NIR'] },
      '2024-02-02T00:00:00Z',
    );
    expect(field(unifyFacts(record, [a, b], CONTROLLER), 'dataCategories').conflicting).toBe(false);
  });

  it('falls back to the record for a field no source states', () => {
    const facts = unifyFacts(record, [], CONTROLLER);
    expect(field(facts, 'approxPersons')).toMatchObject({
      value: 1000,
      source: { type: 'RECORD', submissionId: null },
      conflicting: false,
    });
    expect(field(facts, 'natures')).toMatchObject({ level: 'INCIDENT', value: ['CONFIDENTIALITY'] });
    expect(facts.fields.find((f) => f.field === 'startAt')).toBeUndefined();
  });
});
