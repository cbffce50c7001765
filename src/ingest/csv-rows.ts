import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { getDecoder } from 'iconv-lite';
import { CANONICAL_FIELDS, type CanonicalField, type SourceProfile } from './profiles';
import { type CountedSource, IngestFileError, MAX_RECORD_CHARS, type RecordChunk } from './record';
import type { RecordBuilder } from './record-builder';

/**
 * CSV files as they stream in; every row goes through the record builder. Exports rarely quote:
 * while no quote has appeared, each line is split on the delimiter here, which gives the very
 * cells csv-parse would (an unquoted line is its cells joined by the delimiter) at a fraction of
 * its cost. From the first line holding a quote, csv-parse reads the rest of the file.
 */
export async function* readCsv(
  source: CountedSource,
  profile: SourceProfile,
  file: string,
  builder: RecordBuilder,
  chunkSize: number,
): AsyncGenerator<RecordChunk> {
  const decoder = getDecoder(profile.encoding); // strips a leading BOM
  const rows = new CsvRows(profile, file, builder);
  // Iterated by hand: leaving a for-await loop would close it before csv-parse reads the rest.
  const input = source.chunks();
  const delimiter = profile.delimiter;
  let pending = '';
  let lines = 0;
  let quoted = false;
  try {
    for (let next = await input.next(); !next.done; next = await input.next()) {
      const text = pending + decoder.write(next.value);
      const quote = text.indexOf('"');
      // Only whole lines before the first quote are split here: its line may run over several.
      const last = text.lastIndexOf('\n', quote === -1 ? text.length : quote);
      let start = 0;
      for (let end = last === -1 ? -1 : text.indexOf('\n'); end !== -1 && end <= last; end = text.indexOf('\n', start)) {
        // csv-parse's record delimiters are \r\n and \n: a lone \r stays in its cell.
        const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
        start = end + 1;
        lines++;
        if (line.length > MAX_RECORD_CHARS) throw new IngestFileError(file, lines, null, CSV_REASONS.CSV_MAX_RECORD_SIZE!);
        rows.accept(line.split(delimiter));
        if (builder.size >= chunkSize) yield builder.flush(source.bytes);
      }
      pending = text.slice(start);
      if (quote !== -1) {
        quoted = true;
        break;
      }
      if (pending.length > MAX_RECORD_CHARS) throw new IngestFileError(file, lines + 1, null, CSV_REASONS.CSV_MAX_RECORD_SIZE!);
    }
    if (quoted) {
      yield* parseRest(pending, input, decoder, lines, profile, file, rows, builder, chunkSize, source);
    } else {
      pending += decoder.end() ?? '';
      // csv-parse ends the last record at the end of the file, without a line end.
      if (pending !== '') rows.accept(pending.split(delimiter));
    }
  } finally {
    // The consumer may stop early: the input is then closed, as for-await would.
    await input.return(undefined);
  }
  if (!rows.sawHeader) throw new IngestFileError(file, 1, null, 'the file is empty: no header line');
  yield builder.flush(source.bytes);
}

/** The file from the first line holding a quote, decoded, through csv-parse; `lines` were read before it. */
async function* parseRest(
  text: string,
  input: AsyncIterator<Buffer>,
  decoder: ReturnType<typeof getDecoder>,
  lines: number,
  profile: SourceProfile,
  file: string,
  rows: CsvRows,
  builder: RecordBuilder,
  chunkSize: number,
  source: CountedSource,
): AsyncGenerator<RecordChunk> {
  const parser = parse({
    delimiter: profile.delimiter,
    // Explicit, so files mixing CRLF and LF lines still split right and the line count stays exact.
    record_delimiter: ['\r\n', '\n'],
    // Ragged rows become row errors instead of aborting the whole file.
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  async function* rest(): AsyncGenerator<string> {
    yield text;
    for (let next = await input.next(); !next.done; next = await input.next()) yield decoder.write(next.value);
    yield decoder.end() ?? '';
  }
  // Failures anywhere in the chain destroy the parser, so they surface in the loop below.
  pipeline([Readable.from(rest(), { objectMode: false }), parser], () => undefined);
  try {
    // One await per parsed block: the records csv-parse has buffered are then drained synchronously.
    for await (const first of parser) {
      for (let record: string[] | null = first; record !== null; record = parser.read()) {
        rows.accept(record);
        if (builder.size >= chunkSize) yield builder.flush(source.bytes);
      }
    }
  } catch (error) {
    throw error instanceof CsvError ? csvFileError(error, file, lines) : error;
  }
}

const CSV_REASONS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by something other than a delimiter or a line end',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by something other than a delimiter or a line end',
  INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted field',
  CSV_MAX_RECORD_SIZE: `a record is longer than ${MAX_RECORD_CHARS} characters (wrong delimiter or unclosed quote?)`,
};

/**
 * csv-parse's own messages quote cell contents, so only its code and line (counted from where it
 * took over) are kept. Its line count runs slightly ahead after CRLF line breaks inside quotes: close enough to find the spot.
 */
function csvFileError(error: CsvError, file: string, linesBefore: number): IngestFileError {
  const line = typeof error.lines === 'number' ? linesBefore + error.lines : null;
  return new IngestFileError(file, line, null, CSV_REASONS[error.code] ?? `malformed CSV (${error.code})`);
}

/** Counts the line breaks inside quoted cells, so each record knows its physical start line. */
function embeddedLineBreaks(record: string[]): number {
  let breaks = 0;
  for (const cell of record) {
    if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      if (code === 10 || (code === 13 && cell.charCodeAt(i + 1) !== 10)) breaks++;
    }
  }
  return breaks;
}

/** Maps CSV rows (arrays of cells) to the builder, once the header has been checked. */
class CsvRows {
  private nextLine = 1;
  private width = 0;
  private readonly at: Record<CanonicalField, number> = {
    nir: -1,
    birthRank: -1,
    birthDate: -1,
    controller: -1,
    beneficiaryType: -1,
    exposedDataItems: -1,
  };

  constructor(
    private readonly profile: SourceProfile,
    private readonly file: string,
    private readonly builder: RecordBuilder,
  ) {}

  get sawHeader(): boolean {
    return this.width > 0;
  }

  accept(record: string[]): void {
    const line = this.nextLine;
    this.nextLine += 1 + embeddedLineBreaks(record);
    if (record.length === 1 && record[0]?.trim() === '') return;
    if (this.width === 0) return this.readHeader(record, line);
    const b = this.builder;
    if (record.length !== this.width) return b.rowError(line, `expected ${this.width} fields, found ${record.length}`);
    const at = this.at;
    b.start(line);
    const nir = b.nir(record[at.nir]);
    const birthRank = b.birthRank(at.birthRank < 0 ? '' : record[at.birthRank]);
    const birthDate = b.birthDate(record[at.birthDate]);
    const controller = b.controller(record[at.controller]);
    const beneficiaryType = b.beneficiaryType(record[at.beneficiaryType]);
    const items = b.itemsText(at.exposedDataItems < 0 ? '' : (record[at.exposedDataItems] ?? ''));
    b.finish(nir, birthRank, birthDate, controller, beneficiaryType, items);
  }

  /**
   * Every column the profile maps must be there, optional fields included: a profile that maps a
   * birth-rank column and a file without it would silently merge twins.
   */
  private readHeader(header: string[], line: number): void {
    const names = header.map((name) => name.trim());
    const missing: string[] = [];
    let firstMissing: CanonicalField | null = null;
    for (const field of CANONICAL_FIELDS) {
      const column = this.profile.columns[field];
      if (column === undefined) continue;
      this.at[field] = names.indexOf(column);
      if (this.at[field] >= 0) continue;
      firstMissing ??= field;
      missing.push(`missing column "${column}" (profile ${this.profile.name} maps ${field} to it)`);
    }
    // One column means the delimiter did not split the header: say so rather than list every column.
    if (header.length === 1 && missing.length > 0)
      missing.unshift(`the header has a single column: is "${this.profile.delimiter}" the file's delimiter?`);
    if (missing.length > 0) throw new IngestFileError(this.file, line, firstMissing, missing.join('; '));
    this.width = header.length;
  }
}
