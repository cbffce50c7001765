import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { TestGateway } from './app';

/**
 * Everything the database holds, as text to search for clear NIRs: the SQLite file and its WAL
 * byte for byte, or a data-only `pg_dump` of the PostgreSQL database.
 */
export function databaseText(gw: TestGateway): string[] {
  const database = gw.scratch.database;
  if (database.dialect === 'postgresql')
    return [execFileSync('pg_dump', ['--data-only', database.url], { maxBuffer: 1 << 28 }).toString('latin1')];
  const stores: string[] = [];
  for (const suffix of ['', '-wal']) {
    const path = database.path + suffix;
    if (existsSync(path)) stores.push(readFileSync(path).toString('latin1'));
  }
  return stores;
}

/** The first haystack holding one of the needles, named, or null: an assertion that prints what leaked where. */
export function findLeak(needles: Iterable<string>, haystacks: Record<string, string>): string | null {
  for (const needle of needles) {
    for (const [where, haystack] of Object.entries(haystacks)) if (haystack.includes(needle)) return `${where} holds ${needle}`;
  }
  return null;
}
