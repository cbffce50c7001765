import { describe, expect, it } from 'vitest';
import { groupByPerson } from '../../src/ingest/chunk-persons';
import type { StagedChunk } from '../../src/ingest/pseudonymise';

/** A staged chunk of rows given as [subject byte, controller index, minor]. */
function chunk(rows: [subject: number, controller: number, minor: 0 | 1][]): StagedChunk {
  const subjects = new Uint8Array(rows.length * 32);
  rows.forEach(([subject], i) => subjects.fill(subject, i * 32, (i + 1) * 32));
  return {
    count: rows.length,
    subjects,
    controllers: Uint16Array.from(rows.map(([, controller]) => controller)),
    minors: Uint8Array.from(rows.map(([, , minor]) => minor)),
    errors: [],
    bytesRead: 0,
  };
}

describe('grouping a merge chunk by person', () => {
  it('keeps one row per subject and controller across staged chunks, with its rows and minors, and marks each subject once', () => {
    const persons = groupByPerson([
      chunk([
        [1, 0, 0],
        [2, 0, 1],
        [1, 1, 0],
        [1, 0, 1],
      ]),
      chunk([
        [3, 2, 0],
        [2, 0, 0],
        [1, 1, 0],
      ]),
    ]);
    const rows = Array.from({ length: persons.count }, (_, i) => [
      persons.subjects[i * 32],
      persons.controllers[i],
      persons.minors[i],
      persons.records[i],
      persons.firstOfSubject[i],
      persons.subjectMinors[i],
    ]);
    // subject, controller, minor, records, first of its subject, subject is a minor (first row only)
    expect(rows).toEqual([
      [1, 0, 1, 2, 1, 1],
      [2, 0, 1, 2, 1, 1],
      [1, 1, 0, 2, 0, 0],
      [3, 2, 0, 1, 1, 0],
    ]);
    expect(persons.subjects.length).toBe(4 * 32);
  });
});
