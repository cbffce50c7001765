import type { Readable } from 'node:stream';
import { IngestFileError } from './record';

/**
 * The most an upload may hold (INGEST_MAX_BYTES), checked on the declared Content-Length before
 * reading and on the bytes as they arrive (a chunked body declares nothing). Passing it mid-stream
 * fails the read like an unreadable file, so the ingest rejects the batch and counts nothing;
 * `exceeded` tells the route to answer 413 rather than 400.
 */
export class UploadCap {
  exceeded = false;

  constructor(readonly maxBytes: number) {}

  get reason(): string {
    return `the upload is larger than ${this.maxBytes} bytes (INGEST_MAX_BYTES)`;
  }

  /** Whether the declared length is already over the cap; no header or a bad one declares nothing. */
  declaredOver(contentLength: string | undefined): boolean {
    if (Number(contentLength) > this.maxBytes) this.exceeded = true;
    return this.exceeded;
  }

  /**
   * The body's bytes, failing on the chunk that passes the cap. A body cut short (the client went
   * away) fails the same way: an upload cannot be taken up again like a file on disk, so its batch
   * is rejected with the reason rather than left STAGING.
   */
  async *read(input: Readable, fileName: string): AsyncGenerator<Buffer> {
    let bytes = 0;
    try {
      // Not destroyed when the reader stops early: destroying an unfinished request closes its
      // socket, and the client would never see the answer.
      for await (const chunk of input.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > this.maxBytes) {
          this.exceeded = true;
          throw new IngestFileError(fileName, null, null, this.reason);
        }
        yield chunk;
      }
    } catch (error) {
      if (error instanceof IngestFileError) throw error;
      throw new IngestFileError(fileName, null, null, `the upload was cut short after ${bytes} bytes`);
    }
  }
}
