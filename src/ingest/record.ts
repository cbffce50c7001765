import type { BeneficiaryType, CanonicalField } from './profiles';

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
export const MAX_RECORD_CHARS = 1 << 20;

/** The input, counting the bytes read so far: the progress of a file whose rows vary in size. */
export class CountedSource {
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
