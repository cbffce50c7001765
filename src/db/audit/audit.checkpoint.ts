import type { EntityManager } from '@mikro-orm/core';
import { GENESIS } from './audit-chain';
import { AuditHead } from './audit.entities';

/**
 * The chain's head as a witness outside the database: one line the operator keeps (a file archived
 * elsewhere, or the log). Whoever can write to the database can delete the newest events and rewind
 * the head row to match, and nothing inside the database can tell; a checkpoint kept outside can.
 */
export interface Checkpoint {
  seq: number;
  hash: string;
  /** When it was taken, ISO 8601. */
  at: string;
  /** The downloads chain's head (audit.writer.ts); absent from lines written before it existed. */
  downloads?: { seq: number; hash: string };
}

/** Where a checkpoint was read: reported with any problem it reveals. */
export interface KeptCheckpoint extends Checkpoint {
  file: string;
  line: number;
}

const LINE = /^audit-checkpoint seq=(\d+) hash=([0-9a-f]{64})(?: downloads=(\d+):([0-9a-f]{64}))? at=(\S+)$/;

export class CheckpointFileError extends Error {}

export function formatCheckpoint({ seq, hash, at, downloads }: Checkpoint): string {
  return `audit-checkpoint seq=${seq} hash=${hash}${downloads ? ` downloads=${downloads.seq}:${downloads.hash}` : ''} at=${at}`;
}

/** Both chains' heads as they stand (one read); seq 0 and the genesis hash for an empty chain. */
export async function takeCheckpoint(em: EntityManager, now: Date): Promise<Checkpoint> {
  const heads = await em.find(AuditHead, { id: { $in: [1, 2] } });
  const main = heads.find((h) => h.id === 1);
  const downloads = heads.find((h) => h.id === 2);
  return {
    seq: main?.seq ?? 0,
    hash: main?.hash ?? GENESIS,
    at: now.toISOString(),
    downloads: { seq: downloads?.seq ?? 0, hash: downloads?.hash ?? GENESIS },
  };
}

/**
 * Every checkpoint line of a file (blank lines and `#` comments skipped; other text around a line,
 * such as a log prefix, is not: keep the lines as `audit checkpoint` prints them). A line that is not
 * a checkpoint is an error naming the file and line, so a damaged witness is never half-read.
 */
export function parseCheckpoints(text: string, file: string): KeptCheckpoint[] {
  const kept: KeptCheckpoint[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [, seq, hash, downloadsSeq, downloadsHash, at] = LINE.exec(line) ?? [];
    if (seq === undefined || hash === undefined || at === undefined || Number.isNaN(Date.parse(at))) {
      throw new CheckpointFileError(
        `${file}:${index + 1}: not a checkpoint line (expected "audit-checkpoint seq=N hash=<64 hex> [downloads=N:<64 hex>] at=<ISO 8601>")`,
      );
    }
    const downloads =
      downloadsSeq !== undefined && downloadsHash !== undefined ? { seq: Number(downloadsSeq), hash: downloadsHash } : undefined;
    kept.push({ seq: Number(seq), hash, at, ...(downloads ? { downloads } : {}), file, line: index + 1 });
  });
  if (kept.length === 0) throw new CheckpointFileError(`${file}: holds no checkpoint`);
  return kept;
}
