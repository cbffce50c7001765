import { getDecoder } from 'iconv-lite';
import type { CanonicalField, SourceProfile } from './profiles';
import { type CountedSource, IngestFileError, MAX_RECORD_CHARS, type RecordChunk } from './record';
import type { RecordBuilder } from './record-builder';

/** JSON Lines files, one object per line, split as they stream in; every object goes through the record builder. */
export async function* readJsonLines(
  source: CountedSource,
  profile: SourceProfile,
  file: string,
  builder: RecordBuilder,
  chunkSize: number,
): AsyncGenerator<RecordChunk> {
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
    if (pending.length > MAX_RECORD_CHARS)
      throw new IngestFileError(file, line + 1, null, `a line is longer than ${MAX_RECORD_CHARS} characters: is this really JSON Lines?`);
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
