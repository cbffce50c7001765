/**
 * Streaming reader for affected-person lists: bytes in, validated canonical records out, in chunks.
 *
 * Built for files of tens of millions of rows: the input is never buffered whole, records are
 * validated synchronously in batches (one await per input block, not per row), and the consumer's
 * pace drives the reads. A bad row becomes a RecordError and the reading goes on; a file that cannot
 * be read as a whole (missing column, broken CSV quoting) throws IngestFileError.
 *
 * No message produced here contains a NIR in clear, nor any other cell value: a shifted column can
 * put a NIR in any cell, so reasons describe the expected form and show NIRs masked only.
 */

import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { decodeStream, getDecoder } from 'iconv-lite';
import { maskNir, nirProblem, normalizeNir } from './nir';
import { BENEFICIARY_TYPES, CANONICAL_FIELDS, type BeneficiaryType, type CanonicalField, type SourceProfile } from './profiles';

export interface CanonicalRecord {
  /** Physical line of the record's start in the file (the CSV header is line 1). */
  line: number;
  /** Normalised and valid. */
  nir: string;
  /** 1 when the source has none. */
  birthRank: number;
  /** yyyy-mm-dd */
  birthDate: string;
  /** SIREN or the source's own code, trimmed. */
  controller: string;
  beneficiaryType: BeneficiaryType;
  exposedDataItems: string[];
}

export interface RecordError {
  file: string;
  line: number;
  field: CanonicalField | 'row';
  /** Never contains a NIR in clear (masked only) nor any other cell value. */
  reason: string;
}

export interface RecordChunk {
  records: CanonicalRecord[];
  errors: RecordError[];
  /** Cumulative bytes consumed from the input so far; the last chunk carries the input's size. */
  bytesRead: number;
}

/** The file cannot be read at all; no NIR or cell value in the message. */
export class IngestFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly reason: string,
  ) {
    super(line === null ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`);
    this.name = 'IngestFileError';
  }
}

/** Guards memory against a wrong delimiter, an unclosed quote or a file that is not line-based. */
const MAX_RECORD_CHARS = 1 << 20;

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

class CountedSource {
  bytes = 0;

  constructor(private readonly input: NodeJS.ReadableStream | AsyncIterable<Buffer>) {}

  async *chunks(): AsyncGenerator<Buffer> {
    for await (const chunk of this.input as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      this.bytes += bytes.length;
      yield bytes;
    }
  }
}

async function* readCsv(source: CountedSource, profile: SourceProfile, file: string, builder: RecordBuilder, chunkSize: number): AsyncGenerator<RecordChunk> {
  const parser = parse({
    delimiter: profile.delimiter,
    bom: true,
    // Explicit, so files mixing CRLF and LF lines still split right and the line count stays exact.
    record_delimiter: ['\r\n', '\n'],
    // Ragged rows become row errors instead of aborting the whole file.
    relax_column_count: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  const decoding = profile.encoding === 'windows-1252' ? [decodeStream('windows-1252')] : [];
  // Failures anywhere in the chain destroy the parser, so they surface in the loop below.
  pipeline([Readable.from(source.chunks(), { objectMode: false }), ...decoding, parser], () => undefined);
  const rows = new CsvRows(profile, file, builder);
  try {
    // One await per parsed block: the records csv-parse has buffered are then drained synchronously.
    for await (const first of parser) {
      for (let record: string[] | null = first; record !== null; record = parser.read()) {
        rows.accept(record);
        if (builder.size >= chunkSize) yield builder.flush(source.bytes);
      }
    }
  } catch (error) {
    throw error instanceof CsvError ? csvFileError(error, file) : error;
  }
  if (!rows.sawHeader) throw new IngestFileError(file, 1, null, 'the file is empty: no header line');
  yield builder.flush(source.bytes);
}

const CSV_REASONS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by something other than a delimiter or a line end',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by something other than a delimiter or a line end',
  INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted field',
  CSV_MAX_RECORD_SIZE: `a record is longer than ${MAX_RECORD_CHARS} characters (wrong delimiter or unclosed quote?)`,
};

/**
 * csv-parse's own messages quote cell contents, so only its code and line are kept. Its line count
 * runs slightly ahead after CRLF line breaks inside quotes: close enough to find the spot.
 */
function csvFileError(error: CsvError, file: string): IngestFileError {
  const line = typeof error.lines === 'number' ? error.lines : null;
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
  private readonly at: Record<CanonicalField, number> = { nir: -1, birthRank: -1, birthDate: -1, controller: -1, beneficiaryType: -1, exposedDataItems: -1 };

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
    if (header.length === 1 && missing.length > 0) missing.unshift(`the header has a single column: is "${this.profile.delimiter}" the file's delimiter?`);
    if (missing.length > 0) throw new IngestFileError(this.file, line, firstMissing, missing.join('; '));
    this.width = header.length;
  }
}

async function* readJsonLines(source: CountedSource, profile: SourceProfile, file: string, builder: RecordBuilder, chunkSize: number): AsyncGenerator<RecordChunk> {
  const decoder = getDecoder(profile.encoding); // strips a leading BOM
  const rows = new JsonRows(profile, builder);
  let pending = '';
  let line = 0;
  for await (const bytes of source.chunks()) {
    const text = pending + decoder.write(bytes);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      rows.accept(text.slice(start, end), ++line);
      start = end + 1;
      if (builder.size >= chunkSize) yield builder.flush(source.bytes);
    }
    pending = text.slice(start);
    if (pending.length > MAX_RECORD_CHARS) throw new IngestFileError(file, line + 1, null, `a line is longer than ${MAX_RECORD_CHARS} characters: is this really JSON Lines?`);
  }
  rows.accept(pending + (decoder.end() ?? ''), line + 1);
  yield builder.flush(source.bytes);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Maps JSON Lines objects to the builder; values of the wrong JSON type are field errors. */
class JsonRows {
  private readonly keys: SourceProfile['columns'];

  constructor(
    profile: SourceProfile,
    private readonly builder: RecordBuilder,
  ) {
    this.keys = profile.columns;
  }

  accept(text: string, line: number): void {
    if (text.trim() === '') return;
    const b = this.builder;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // JSON.parse's message quotes the input, NIR included: keep none of it.
      return b.rowError(line, 'the line is not valid JSON');
    }
    if (!isObject(value)) return b.rowError(line, 'the line is not a JSON object');
    const keys = this.keys;
    b.start(line);
    const nir = b.nir(this.text(value, 'nir'));
    const birthRank = b.birthRank(this.text(value, 'birthRank'));
    const birthDate = b.birthDate(this.text(value, 'birthDate'));
    const controller = b.controller(this.text(value, 'controller'));
    const beneficiaryType = b.beneficiaryType(this.text(value, 'beneficiaryType'));
    const items = b.itemList(keys.exposedDataItems === undefined ? undefined : value[keys.exposedDataItems]);
    b.finish(nir, birthRank, birthDate, controller, beneficiaryType, items);
  }

  /** The value as text; undefined once a wrong type has been reported. */
  private text(object: Record<string, unknown>, field: CanonicalField): string | undefined {
    const key = this.keys[field];
    const value = key === undefined ? undefined : object[key];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    if (value === undefined || value === null) return '';
    this.builder.fail(field, `${field} must be a string or a number`);
    return undefined;
  }
}

const SLASH = 47;
const DASH = 45;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A day that exists, leap years included. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

/**
 * Validates one row's values field by field and collects records and errors. Every field is
 * checked even after a failure, so one pass reports all of a row's problems. Field methods take
 * undefined for a value already reported (wrong JSON type) and then return a placeholder.
 */
class RecordBuilder {
  records: CanonicalRecord[] = [];
  errors: RecordError[] = [];
  private line = 0;
  private failed = false;
  private readonly types = new Map<string, BeneficiaryType>();
  private readonly typeChoices: string;
  private readonly dayFirst: boolean;
  /** Today as yyyymmdd, once per file, in UTC: a birth "today" in Paris after midnight is not worth a clock. */
  private readonly today: number;
  private lastItemsCell = '';
  private lastItems: string[] = [];

  constructor(
    private readonly profile: SourceProfile,
    private readonly file: string,
  ) {
    for (const type of BENEFICIARY_TYPES) this.addType(type, type);
    for (const [source, type] of Object.entries(profile.beneficiaryTypes)) this.addType(source.trim(), type);
    this.typeChoices = [...Object.keys(profile.beneficiaryTypes), ...BENEFICIARY_TYPES].join(', ');
    this.dayFirst = profile.dateFormat === 'dd/mm/yyyy';
    const now = new Date();
    this.today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  }

  private addType(source: string, type: BeneficiaryType): void {
    this.types.set(source, type);
    this.types.set(source.toLowerCase(), type);
  }

  get size(): number {
    return this.records.length + this.errors.length;
  }

  flush(bytesRead: number): RecordChunk {
    const chunk = { records: this.records, errors: this.errors, bytesRead };
    this.records = [];
    this.errors = [];
    return chunk;
  }

  rowError(line: number, reason: string): void {
    this.errors.push({ file: this.file, line, field: 'row', reason });
  }

  start(line: number): void {
    this.line = line;
    this.failed = false;
  }

  fail(field: CanonicalField, reason: string): void {
    this.errors.push({ file: this.file, line: this.line, field, reason });
    this.failed = true;
  }

  nir(raw: string | undefined): string {
    if (raw === undefined) return '';
    const value = raw.trim();
    if (value === '') {
      this.fail('nir', 'the NIR is missing');
      return '';
    }
    const nir = normalizeNir(value);
    const problem = nirProblem(nir);
    if (problem !== null) this.fail('nir', `NIR ${maskNir(value)}: ${problem}`);
    return nir;
  }

  birthRank(raw: string | undefined): number {
    if (raw === undefined) return 0;
    const value = raw.trim();
    if (value === '') return 1;
    const rank = value.length <= 2 ? digitsAt(value, 0, value.length) : -1;
    if (rank < 1) this.fail('birthRank', 'the birth rank must be an integer from 1 to 99');
    return rank;
  }

  birthDate(raw: string | undefined): string {
    if (raw === undefined) return '';
    const value = raw.trim();
    if (value === '') {
      this.fail('birthDate', 'the birth date is missing');
      return '';
    }
    const dayFirst = this.dayFirst;
    const sep = dayFirst ? SLASH : DASH;
    const at = dayFirst ? 2 : 4;
    if (value.length !== 10 || value.charCodeAt(at) !== sep || value.charCodeAt(at + 3) !== sep) {
      this.fail('birthDate', `the birth date must be written ${this.profile.dateFormat}`);
      return '';
    }
    const year = dayFirst ? digitsAt(value, 6, 10) : digitsAt(value, 0, 4);
    const month = digitsAt(value, dayFirst ? 3 : 5, dayFirst ? 5 : 7);
    const day = dayFirst ? digitsAt(value, 0, 2) : digitsAt(value, 8, 10);
    if (!isCalendarDate(year, month, day)) this.fail('birthDate', `the birth date is not a real ${this.profile.dateFormat} calendar date`);
    else if (year * 10000 + month * 100 + day > this.today) this.fail('birthDate', 'the birth date is in the future');
    return dayFirst ? `${value.slice(6)}-${value.slice(3, 5)}-${value.slice(0, 2)}` : value;
  }

  controller(raw: string | undefined): string {
    if (raw === undefined) return '';
    const value = raw.trim();
    if (value === '') this.fail('controller', 'the controller is missing');
    else this.checkEncoding('controller', value);
    return value;
  }

  beneficiaryType(raw: string | undefined): BeneficiaryType {
    if (raw === undefined) return 'MEMBER';
    const value = raw.trim();
    const type = this.types.get(value) ?? this.types.get(value.toLowerCase());
    if (type !== undefined) return type;
    this.fail('beneficiaryType', value === '' ? 'the beneficiary type is missing' : `unknown beneficiary type: expected one of ${this.typeChoices}`);
    return 'MEMBER';
  }

  /** A CSV cell listing items, split on the profile's separator; empty items are dropped. */
  itemsText(raw: string): string[] {
    if (raw === '') return [];
    this.checkEncoding('exposedDataItems', raw);
    // Exports repeat the same list on most rows: split it once, give each record its own copy.
    if (raw !== this.lastItemsCell) {
      const items: string[] = [];
      const parts = raw.split(this.profile.itemsSeparator);
      for (const part of parts) {
        const item = part.trim();
        if (item !== '') items.push(item);
      }
      this.lastItemsCell = raw;
      this.lastItems = items;
    }
    return this.lastItems.slice();
  }

  /** A JSON array of items; anything else is an error. */
  itemList(value: unknown): string[] {
    const items: string[] = [];
    if (value === undefined || value === null) return items;
    if (!Array.isArray(value)) {
      this.fail('exposedDataItems', 'exposedDataItems must be an array of strings');
      return items;
    }
    for (const item of value) {
      if (typeof item !== 'string') {
        this.fail('exposedDataItems', 'exposedDataItems must be an array of strings');
        return items;
      }
      const trimmed = item.trim();
      if (trimmed !== '') items.push(trimmed);
    }
    this.checkEncoding('exposedDataItems', items.join(' '));
    return items;
  }

  /** U+FFFD means the decoder met bytes invalid in the declared encoding: the profile is likely wrong. */
  private checkEncoding(field: CanonicalField, value: string): void {
    if (value.indexOf('\uFFFD') !== -1) this.fail(field, `contains bytes that are not valid ${this.profile.encoding}: check the profile's encoding`);
  }

  finish(nir: string, birthRank: number, birthDate: string, controller: string, beneficiaryType: BeneficiaryType, exposedDataItems: string[]): void {
    if (!this.failed) this.records.push({ line: this.line, nir, birthRank, birthDate, controller, beneficiaryType, exposedDataItems });
  }
}
