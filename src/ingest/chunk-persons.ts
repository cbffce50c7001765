import { KEY_BYTES, type StagedChunk } from './pseudonymise';

/**
 * The persons of one merge chunk: its rows grouped by (subject, controller), each with its number
 * of rows and whether any said minor, plus, on the first row of each subject, whether the subject
 * is a minor under any controller. Grouping here costs a map lookup per row; done by the database
 * it was a hash aggregate, a window and another aggregate per chunk, on the server that the whole
 * ingest waits for.
 */
export interface ChunkPersons {
  count: number;
  /** `count` subject keys of KEY_BYTES, back to back. */
  subjects: Uint8Array;
  controllers: Uint16Array;
  /** 1 when any of the person's rows for this controller is a minor's. */
  minors: Uint8Array;
  /** Rows of the chunk for this (subject, controller). */
  records: Uint32Array;
  /** 1 on the subject's first row: the one that counts the subject once where controllers do not matter. */
  firstOfSubject: Uint8Array;
  /** On the first row: 1 when the subject is a minor under any controller. */
  subjectMinors: Uint8Array;
}

const NONE = -1;

export function groupByPerson(chunks: readonly StagedChunk[]): ChunkPersons {
  const rows = chunks.reduce((sum, chunk) => sum + chunk.count, 0);
  const subjects = new Uint8Array(rows * KEY_BYTES);
  const controllers = new Uint16Array(rows);
  const minors = new Uint8Array(rows);
  const records = new Uint32Array(rows);
  const firstOfSubject = new Uint8Array(rows);
  /** The subject's next (subject, controller) row, or NONE. */
  const next = new Int32Array(rows);
  const bySubject = new Map<string, number>();
  let count = 0;
  // Every index below is a chunk row (< chunk.count) or a row already added (< count): the `!` reads are in bounds.
  for (const chunk of chunks) {
    const keys = Buffer.from(chunk.subjects.buffer, chunk.subjects.byteOffset, chunk.subjects.byteLength);
    /** A new (subject, controller) row from the chunk's row `i`; returns its index. */
    const add = (i: number, first: boolean): number => {
      keys.copy(subjects, count * KEY_BYTES, i * KEY_BYTES, (i + 1) * KEY_BYTES);
      controllers[count] = chunk.controllers[i]!;
      minors[count] = chunk.minors[i]!;
      records[count] = 1;
      firstOfSubject[count] = first ? 1 : 0;
      next[count] = NONE;
      return count++;
    };
    for (let i = 0; i < chunk.count; i++) {
      const key = keys.toString('latin1', i * KEY_BYTES, (i + 1) * KEY_BYTES);
      const first = bySubject.get(key);
      if (first === undefined) {
        bySubject.set(key, add(i, true));
        continue;
      }
      // The subject's rows, up to the one with this controller or the last.
      const controller = chunk.controllers[i];
      let row = first;
      while (controllers[row] !== controller && next[row] !== NONE) row = next[row]!;
      if (controllers[row] === controller) {
        records[row]!++;
        minors[row]! |= chunk.minors[i]!;
      } else {
        next[row] = add(i, false);
      }
    }
  }
  const subjectMinors = new Uint8Array(count);
  for (let first = 0; first < count; first++) {
    if (!firstOfSubject[first]) continue;
    for (let row = first; row !== NONE; row = next[row]!) subjectMinors[first]! |= minors[row]!;
  }
  return {
    count,
    subjects: subjects.subarray(0, count * KEY_BYTES),
    controllers: controllers.subarray(0, count),
    minors: minors.subarray(0, count),
    records: records.subarray(0, count),
    firstOfSubject: firstOfSubject.subarray(0, count),
    subjectMinors,
  };
}
