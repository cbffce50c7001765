/**
 * Streaming reader for affected-person lists: bytes in, validated canonical records out, in chunks.
 *
 * Built for files of tens of millions of rows: the input is never buffered whole, records are
 * validated synchronously in batches (one await per input block, not per row), and the consumer's
 * pace drives the reads. A bad row becomes a RecordError and the reading goes on; a file that cannot
 * be read as a whole (missing column, broken CSV quoting) throws IngestFileError.
 *
 * The format's rows are split by csv-rows.ts or jsonl-rows.ts, and each row is checked and made a
 * canonical record by record-builder.ts; record.ts holds the types they share.
 *
 * No message produced here contains a NIR in clear, nor any other cell value: a shifted column can
 * put a NIR in any cell, so reasons describe the expected form and show NIRs masked only.
 */

import { readCsv } from './csv-rows';
import { readJsonLines } from './jsonl-rows';
import type { SourceProfile } from './profiles';
import { CountedSource, type RecordChunk } from './record';
import { RecordBuilder } from './record-builder';

/**
 * Reads a source file as canonical records. Each chunk holds at most `chunkSize` (default 5000)
 * records and errors together; the last chunk, possibly empty, is always yielded.
 */
export async function* readRecords(
  input: NodeJS.ReadableStream | AsyncIterable<Buffer>,
  profile: SourceProfile,
  file: string,
  options: { chunkSize?: number } = {},
): AsyncGenerator<RecordChunk> {
  const chunkSize = options.chunkSize ?? 5000;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError('chunkSize must be a positive integer');
  const source = new CountedSource(input);
  const builder = new RecordBuilder(profile, file);
  if (profile.format === 'jsonl') yield* readJsonLines(source, profile, file, builder, chunkSize);
  else yield* readCsv(source, profile, file, builder, chunkSize);
}
