import type { SourceProfile } from './profiles';
import { cellShape } from './nir';
import { ageAt, subjectKey } from './pseudonym';
import { readRecords } from './reader';
import type { RecordError } from './record';

/**
 * Two steps between a parsed file and rows ready to stage, both in the ingest's worker thread (see
 * worker-pipeline.ts): `personChunks` validates and resolves controllers and minors,
 * `pseudonymiseChunk` turns each NIR into its subject key. Columns of typed arrays travel to the
 * main thread cheaply. The clear NIR ends in `pseudonymiseChunk`: nothing it returns holds one.
 */
export interface ChunkParams {
  profile: SourceProfile;
  fileName: string;
  /** The codes rows may name (SIRENs), each with the index of its controller in the caller's list. */
  controllers: [code: string, index: number][];
  /** Persons younger than 18 at this instant (ISO) are minors. */
  referenceDate: string;
}

export interface PersonChunk {
  count: number;
  /** Normalised, valid NIRs: in memory only, for the time it takes to pseudonymise them. */
  nirs: string[];
  birthRanks: Uint8Array;
  /** Per row, the index of its controller. */
  controllers: Uint16Array;
  /** Per row, 1 for a minor. */
  minors: Uint8Array;
  errors: RecordError[];
  bytesRead: number;
}

export interface StagedChunk {
  count: number;
  /** `count` subject keys of 32 bytes, back to back. */
  subjects: Uint8Array;
  controllers: Uint16Array;
  minors: Uint8Array;
  errors: RecordError[];
  bytesRead: number;
}

const ADULT_AGE = 18;
/** Bytes of a subject key (HMAC-SHA-256). */
export const KEY_BYTES = 32;

/** The subject key of row `i` of a chunk, as a Buffer over the same memory. */
export function subjectAt(chunk: StagedChunk, i: number): Buffer {
  return Buffer.from(chunk.subjects.buffer, chunk.subjects.byteOffset + i * KEY_BYTES, KEY_BYTES);
}

export async function* personChunks(input: AsyncIterable<Buffer>, params: ChunkParams): AsyncGenerator<PersonChunk> {
  const controllers = new Map(params.controllers);
  const reference = new Date(params.referenceDate);
  for await (const chunk of readRecords(input, params.profile, params.fileName)) {
    const rows = chunk.records.length;
    const nirs: string[] = [];
    const birthRanks = new Uint8Array(rows);
    const controllerOf = new Uint16Array(rows);
    const minors = new Uint8Array(rows);
    const errors = chunk.errors;
    for (const record of chunk.records) {
      const index = controllers.get(record.controller);
      if (index === undefined) {
        errors.push({
          file: params.fileName,
          line: record.line,
          field: 'controller',
          // The cell is described, never quoted: a shifted column puts a NIR here.
          reason: `the controller (${cellShape(record.controller)}) is neither the SIREN nor a code of a controller exposed to this incident that this source may list`,
        });
        continue;
      }
      const i = nirs.length;
      nirs.push(record.nir);
      birthRanks[i] = record.birthRank;
      controllerOf[i] = index;
      minors[i] = ageAt(record.birthDate, reference) < ADULT_AGE ? 1 : 0;
    }
    const count = nirs.length;
    yield {
      count,
      nirs,
      birthRanks: birthRanks.slice(0, count),
      controllers: controllerOf.slice(0, count),
      minors: minors.slice(0, count),
      errors,
      bytesRead: chunk.bytesRead,
    };
  }
}

/**
 * Node's HMAC (OpenSSL) for every row. A hand-written SHA-256 reusing the key's pad states was about
 * three times faster, but the ingest keeps at least 0.6 of its PostgreSQL floor without it, and a
 * pseudonymisation key is no place for our own cryptography.
 */
export function pseudonymiseChunk(chunk: PersonChunk, key: Buffer): StagedChunk {
  const subjects = new Uint8Array(chunk.count * KEY_BYTES);
  for (let i = 0; i < chunk.count; i++) subjects.set(subjectKey(key, chunk.nirs[i]!, chunk.birthRanks[i]!), i * KEY_BYTES);
  const { count, controllers, minors, errors, bytesRead } = chunk;
  return { count, subjects, controllers, minors, errors, bytesRead };
}
