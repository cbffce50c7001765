import type { ChunkPersons } from './chunk-persons';
import { KEY_BYTES } from './pseudonymise';

/**
 * A chunk's persons in PostgreSQL's binary COPY format: each row is written into one buffer with a
 * few byte copies, with no per-row string for Node to build and collect, and the server reads bytea
 * and uuid values as they are instead of decoding hex and text.
 *
 * A COPY is the header, rows of (subject bytea, controller_id uuid, minor boolean, records integer,
 * first_of_subject boolean, subject_minor boolean), and the trailer.
 */
export const COPY_HEADER = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
export const COPY_TRAILER = Buffer.from([0xff, 0xff]);

const FIELDS = 6;
const UUID_BYTES = 16;
/** Field count, then each field's length and bytes. */
const ROW_BYTES = 2 + (4 + KEY_BYTES) + (4 + UUID_BYTES) + (4 + 1) + (4 + 4) + (4 + 1) + (4 + 1);

/** A uuid's 16 bytes, as the binary format carries it. */
export function uuidBytes(uuid: string): Buffer {
  const bytes = Buffer.from(uuid.replace(/-/g, ''), 'hex');
  if (bytes.length !== UUID_BYTES) throw new RangeError(`not a uuid: ${uuid}`);
  return bytes;
}

/**
 * The indexes of the chunk's rows in the order of their subjects: the merge reads staging sorted by
 * subject, and sorting it here, on the thread that otherwise waits for the server, leaves the server
 * a check of presorted rows instead of a sort.
 */
function bySubject(subjects: Buffer, count: number): Uint32Array {
  // Bytes 0 to 3 of each key order almost every pair without a call into Buffer.compare.
  const prefix = new Uint32Array(count);
  for (let i = 0; i < count; i++) prefix[i] = subjects.readUInt32BE(i * KEY_BYTES);
  const order = new Uint32Array(count).map((_, i) => i);
  return order.sort(
    (a, b) => prefix[a]! - prefix[b]! || subjects.compare(subjects, b * KEY_BYTES, (b + 1) * KEY_BYTES, a * KEY_BYTES, (a + 1) * KEY_BYTES),
  );
}

/** The persons' rows, sorted by subject; `controllers` holds the uuid bytes of each controller index. */
export function encodeRows(chunk: ChunkPersons, controllers: readonly Buffer[]): Buffer {
  const out = Buffer.allocUnsafe(chunk.count * ROW_BYTES);
  const subjects = Buffer.from(chunk.subjects.buffer, chunk.subjects.byteOffset, chunk.subjects.byteLength);
  const order = bySubject(subjects, chunk.count);
  let at = 0;
  // order holds each of 0 … chunk.count - 1 once: the `!` reads of the chunk's arrays are in bounds.
  for (const i of order) {
    at = out.writeUInt16BE(FIELDS, at);
    at = out.writeInt32BE(KEY_BYTES, at);
    subjects.copy(out, at, i * KEY_BYTES, (i + 1) * KEY_BYTES);
    at = out.writeInt32BE(UUID_BYTES, at + KEY_BYTES);
    const controller = controllers[chunk.controllers[i]!];
    if (!controller) throw new RangeError(`no uuid for controller index ${chunk.controllers[i]}`);
    controller.copy(out, at);
    at = out.writeInt32BE(1, at + UUID_BYTES);
    out[at++] = chunk.minors[i]!;
    at = out.writeInt32BE(4, at);
    at = out.writeUInt32BE(chunk.records[i]!, at);
    at = out.writeInt32BE(1, at);
    out[at++] = chunk.firstOfSubject[i]!;
    at = out.writeInt32BE(1, at);
    out[at++] = chunk.subjectMinors[i]!;
  }
  return out;
}
