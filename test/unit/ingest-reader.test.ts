import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { nirProblem } from '../../src/ingest/nir';
import { BUILT_IN_PROFILES, type SourceProfile } from '../../src/ingest/profiles';
import { readRecords } from '../../src/ingest/reader';
import { IngestFileError, type RecordChunk } from '../../src/ingest/record';
import { encodeForProfile, formatRow, headerRow, syntheticPeople, type SyntheticPerson } from '../../src/ingest/synthetic';
import { first, must } from '../support/must';

const FILE = 'affected.csv';
const A = must(BUILT_IN_PROFILES['operator-a-csv'], 'the operator-a-csv profile');
const B = must(BUILT_IN_PROFILES['operator-b-csv'], 'the operator-b-csv profile');
const JSONL = must(BUILT_IN_PROFILES['canonical-jsonl'], 'the canonical-jsonl profile');
const CONTROLLERS = ['775606056', '383143473', '444608442'];
const A_HEADER = 'NIR_ASSURE;RANG_NAISSANCE;DATE_NAISSANCE;CODE_ORGANISME;QUALITE;DONNEES_EXPOSEES';

// Synthetic NIRs with valid keys (see ingest-nir.test.ts) and one with a wrong key.
const NIR_1 = '184127645108946';
const NIR_2 = '269029935007584';
const NIR_BAD_KEY = '184127645108947';

function spaced(nir: string): string {
  return `${nir[0]} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`;
}

/** Splits bytes at an awkward size so BOMs, multi-byte characters and rows straddle blocks. */
function pieces(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

async function readAll(input: Buffer | Buffer[], profile: SourceProfile, options: { chunkSize?: number } = {}) {
  const chunks: RecordChunk[] = [];
  for await (const chunk of readRecords(Readable.from(Buffer.isBuffer(input) ? [input] : input), profile, FILE, options))
    chunks.push(chunk);
  return { chunks, records: chunks.flatMap((c) => c.records), errors: chunks.flatMap((c) => c.errors) };
}

async function fileError(input: Buffer, profile: SourceProfile): Promise<{ error: IngestFileError; chunks: number }> {
  let chunks = 0;
  try {
    for await (const _chunk of readRecords(Readable.from([input]), profile, FILE)) chunks++;
  } catch (error) {
    expect(error).toBeInstanceOf(IngestFileError);
    return { error: error as IngestFileError, chunks };
  }
  throw new Error('expected an IngestFileError');
}

/** The absolute rule: no NIR in clear, in any form, nor any long digit run that could be one. */
function expectNoClearNir(text: string, nirs: string[]): void {
  for (const nir of nirs) {
    expect(text).not.toContain(nir);
    expect(text).not.toContain(nir.slice(0, 13));
    expect(text).not.toContain(spaced(nir));
    expect(text).not.toContain(spaced(nir).slice(2, 14));
  }
  expect(text).not.toMatch(/\d{5,}/);
}

function withoutLine<T extends { line: number }>(records: T[]): Omit<T, 'line'>[] {
  return records.map(({ line: _line, ...rest }) => rest);
}

function syntheticText(people: SyntheticPerson[], profile: SourceProfile, eol = '\n'): string {
  const header = headerRow(profile);
  return [...(header === null ? [] : [header]), ...people.map((person) => formatRow(person, profile))].join(eol) + eol;
}

describe('syntheticPeople', () => {
  it('builds deterministic households with dependants and twins under the holder NIR', () => {
    const people = [...syntheticPeople({ seed: 7, count: 5000, controllers: CONTROLLERS })];
    expect(people).toHaveLength(5000);
    expect([...syntheticPeople({ seed: 7, count: 5000, controllers: CONTROLLERS })]).toEqual(people);
    expect(new Set(people.map((p) => p.beneficiaryType))).toEqual(new Set(['MEMBER', 'DEPENDANT', 'MINOR']));
    // Plain checks collected, not one expect per person: thousands of expects cost seconds.
    const misfits = people.filter(
      (p) =>
        nirProblem(p.nir) !== null ||
        !CONTROLLERS.includes(p.controller) ||
        (p.birthRank === 1) !== (p.beneficiaryType === 'MEMBER') ||
        (p.beneficiaryType === 'MINOR') !== p.birthDate > '2006-01-29', // under 18 on the default reference day
    );
    expect(misfits).toEqual([]);
    // Same NIR and birth date, different rank: twins listed under their parent.
    const keys = new Map<string, number>();
    for (const p of people)
      if (p.beneficiaryType === 'MINOR') keys.set(`${p.nir}/${p.birthDate}`, (keys.get(`${p.nir}/${p.birthDate}`) ?? 0) + 1);
    expect([...keys.values()].some((n) => n >= 2)).toBe(true);
    // Person identity (NIR + rank) is unique.
    expect(new Set(people.map((p) => `${p.nir}/${p.birthRank}`)).size).toBe(people.length);
  });

  it('gives dependants their own NIR and rank 1 when asked', () => {
    const people = [...syntheticPeople({ seed: 7, count: 2000, controllers: CONTROLLERS, ownNirForDependants: true })];
    expect(people.every((p) => p.birthRank === 1 && nirProblem(p.nir) === null)).toBe(true);
    expect(new Set(people.map((p) => p.nir)).size).toBe(people.length);
  });
});

describe('formatRow and headerRow', () => {
  const person: SyntheticPerson = {
    nir: NIR_1,
    birthRank: 2,
    birthDate: '2012-06-05',
    controller: '775606056',
    beneficiaryType: 'MINOR',
    exposedDataItems: ['état civil', 'NIR'],
  };

  it("write each operator's style", () => {
    expect(headerRow(A)).toBe(A_HEADER);
    expect(formatRow(person, A)).toBe('1 84 12 76 451 089 46;2;05/06/2012;775606056;ENFANT;état civil|NIR');
    expect(headerRow(B)).toBe('ssn,birth_date,insurer_siren,role,exposed');
    expect(formatRow(person, B)).toBe('184127645108946,2012-06-05,775606056,child,état civil+NIR');
    expect(headerRow(JSONL)).toBeNull();
    expect(JSON.parse(formatRow(person, JSONL))).toEqual(person);
  });

  it('quote cells holding the delimiter or quotes', () => {
    expect(formatRow({ ...person, exposedDataItems: ['nom, prénom', 'dit "Jo"'] }, B)).toBe(
      '184127645108946,2012-06-05,775606056,child,"nom, prénom+dit ""Jo"""',
    );
  });
});

describe('readRecords: built-in profiles round-trip', () => {
  for (const profile of Object.values(BUILT_IN_PROFILES)) {
    it(`reads back what ${profile.name} wrote`, async () => {
      const people = [
        ...syntheticPeople({
          seed: 2024,
          count: 3000,
          controllers: CONTROLLERS,
          ownNirForDependants: profile.columns.birthRank === undefined,
        }),
      ];
      const bytes = encodeForProfile(syntheticText(people, profile), profile);
      const { chunks, records, errors } = await readAll(pieces(bytes, 4093), profile, { chunkSize: 500 });
      expect(errors).toEqual([]);
      expect(withoutLine(records)).toEqual(people);
      const first = profile.format === 'csv' ? 2 : 1;
      expect(records.map((r) => r.line)).toEqual(people.map((_p, i) => i + first));
      expect(chunks.every((c) => c.records.length + c.errors.length <= 500)).toBe(true);
      expect(chunks.map((c) => c.bytesRead)).toEqual([...chunks.map((c) => c.bytesRead)].sort((x, y) => x - y));
      expect(chunks.at(-1)?.bytesRead).toBe(bytes.length);
    });
  }
});

describe('readRecords: encodings', () => {
  it('reads UTF-8 with and without a BOM, even when the BOM straddles two blocks', async () => {
    const people = [...syntheticPeople({ seed: 3, count: 50, controllers: CONTROLLERS })];
    const text = syntheticText(people, A);
    const withBom = encodeForProfile(text, A);
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const fromBom = await readAll(pieces(withBom, 1), A);
    const fromPlain = await readAll(Buffer.from(text, 'utf8'), A);
    expect(fromBom.errors).toEqual([]);
    expect(withoutLine(fromBom.records)).toEqual(people);
    expect(fromPlain.records).toEqual(fromBom.records);
  });

  it('adds the BOM only at the start of a file, so files can be encoded piece by piece', () => {
    expect(encodeForProfile('1 84 12 76 451 089 46;1;03/12/1984;775606056;ASSURE;NIR\n', A)[0]).toBe(0x31);
  });

  it('decodes Windows-1252 accented values', async () => {
    const person: SyntheticPerson = {
      nir: NIR_1,
      birthRank: 1,
      birthDate: '1984-12-03',
      controller: '775606056',
      beneficiaryType: 'MEMBER',
      exposedDataItems: ['données de santé', 'état civil'],
    };
    const bytes = encodeForProfile(syntheticText([person], B), B);
    expect(bytes.includes(Buffer.from([0xe9]))).toBe(true); // é as one Windows-1252 byte
    expect(bytes.includes(Buffer.from('é', 'utf8'))).toBe(false);
    const { records, errors } = await readAll(pieces(bytes, 3), B);
    expect(errors).toEqual([]);
    expect(first(records).exposedDataItems).toEqual(['données de santé', 'état civil']);
  });

  it('flags Windows-1252 bytes read with a UTF-8 profile instead of keeping mangled text', async () => {
    const person: SyntheticPerson = {
      nir: NIR_1,
      birthRank: 1,
      birthDate: '1984-12-03',
      controller: '775606056',
      beneficiaryType: 'MEMBER',
      exposedDataItems: ['données de santé'],
    };
    const bytes = encodeForProfile(syntheticText([person], B), B);
    const { records, errors } = await readAll(bytes, { ...B, encoding: 'utf-8' });
    expect(records).toEqual([]);
    expect(errors).toEqual([
      { file: FILE, line: 2, field: 'exposedDataItems', reason: "contains bytes that are not valid utf-8: check the profile's encoding" },
    ]);
  });
});

describe('readRecords: CSV structure', () => {
  const rows = [
    A_HEADER,
    `${spaced(NIR_1)};1;03/12/1984;775606056;ASSURE;"état civil|NIR;`, // a quoted cell with the delimiter…
    'garanties"', // …and a line break
    `${spaced(NIR_1)};2;05/06/2012;775606056;ENFANT;NIR`,
    '',
    `${spaced(NIR_BAD_KEY)};1;03/12/1984;775606056;ASSURE;NIR`,
    `"${spaced(NIR_2)}";1;"14/02/1969";775606056;ASSURE;"NIR`,
    '',
    'état civil"',
    `${spaced(NIR_2)};2;14/02/1969;775606056;CONJOINT;NIR`,
  ];

  for (const eol of ['\n', '\r\n']) {
    it(`keeps physical line numbers across quoted line breaks (${JSON.stringify(eol)} line ends)`, async () => {
      const { records, errors } = await readAll(pieces(Buffer.from(rows.join(eol) + eol), 5), A);
      expect(records.map((r) => r.line)).toEqual([2, 4, 7, 10]);
      expect(first(records).exposedDataItems).toEqual(['état civil', `NIR;${eol}garanties`]);
      expect(must(records[2], 'a third record').exposedDataItems).toEqual([`NIR${eol}${eol}état civil`]);
      expect(errors).toEqual([{ file: FILE, line: 6, field: 'nir', reason: 'NIR 1 •• •• •• ••• ••• ••: the control key does not match' }]);
    });
  }

  it('reports a missing column before reading any row, naming it', async () => {
    const noNir = Buffer.from(
      `NIR;RANG_NAISSANCE;DATE_NAISSANCE;CODE_ORGANISME;QUALITE;DONNEES_EXPOSEES\n${spaced(NIR_1)};1;03/12/1984;775606056;ASSURE;NIR\n`,
    );
    const { error, chunks } = await fileError(noNir, A);
    expect(chunks).toBe(0);
    expect([error.file, error.line, error.field]).toEqual([FILE, 1, 'nir']);
    expect(error.message).toBe(`${FILE}, line 1: missing column "NIR_ASSURE" (profile operator-a-csv maps nir to it)`);
    expectNoClearNir(error.message, [NIR_1]);
  });

  it('hints at the delimiter when the header does not split', async () => {
    const { error } = await fileError(encodeForProfile(`${headerRow(B)}\n`, B), A);
    expect(error.message).toMatch(
      /^affected\.csv, line 1: the header has a single column: is ";" the file's delimiter\?; missing column "NIR_ASSURE"/,
    );
  });

  it('requires every mapped column, the birth rank included, so twins are never merged silently', async () => {
    const { error, chunks } = await fileError(
      Buffer.from(`NIR_ASSURE;DATE_NAISSANCE;CODE_ORGANISME;QUALITE;DONNEES_EXPOSEES\n${spaced(NIR_1)};03/12/1984;775606056;ASSURE;NIR\n`),
      A,
    );
    expect(chunks).toBe(0);
    expect(error.field).toBe('birthRank');
    expect(error.message).toContain('missing column "RANG_NAISSANCE"');
  });

  it('rejects an empty file', async () => {
    const { error } = await fileError(Buffer.from('\uFEFF\n'), A);
    expect(error.message).toBe(`${FILE}, line 1: the file is empty: no header line`);
  });

  it('reads unquoted lines itself and hands over to csv-parse at the first quote, lines still counted', async () => {
    const plain = `${spaced(NIR_1)};1;03/12/1984;775606056;ASSURE;NIR`;
    const text = [
      A_HEADER,
      ...Array<string>(300).fill(plain),
      `${spaced(NIR_2)};1;14/02/1969;775606056;ASSURE;"état civil|NIR"`,
      plain,
      '',
    ];
    const { records, errors } = await readAll(pieces(Buffer.from(text.join('\r\n')), 7), A);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.line)).toEqual(Array.from({ length: 302 }, (_, i) => i + 2));
    expect(must(records[300], 'the quoted row').exposedDataItems).toEqual(['état civil', 'NIR']);
    const broken = [A_HEADER, ...Array<string>(300).fill(plain), `"${spaced(NIR_1)}"x;1;03/12/1984;775606056;ASSURE;NIR`, ''];
    const { error } = await fileError(Buffer.from(broken.join('\n')), A);
    expect(error.line).toBe(302);
  });

  it("turns broken quoting into a file error without csv-parse's message, which quotes the cells", async () => {
    const broken = [
      `${A_HEADER}\n${spaced(NIR_1)};1;03/12/1984;775606056;ASSURE;"NIR\n`, // never closed
      `${A_HEADER}\n"${spaced(NIR_1)}"x;1;03/12/1984;775606056;ASSURE;NIR\n`, // junk after the closing quote
      `${A_HEADER}\n1 84 12 76 451 "089" 46;1;03/12/1984;775606056;ASSURE;NIR\n`, // quote inside an unquoted cell
    ];
    for (const text of broken) {
      const { error } = await fileError(Buffer.from(text), A);
      expect(error.message).toMatch(/quote/);
      expect(typeof error.line).toBe('number');
      expectNoClearNir(error.message, [NIR_1]);
    }
  });
});

describe('readRecords: row validation', () => {
  it('reports every invalid field with file, line and field, and never a NIR in clear', async () => {
    const good = (overrides: Partial<Record<'nir' | 'rank' | 'date' | 'controller' | 'type', string>>) =>
      [
        overrides.nir ?? spaced(NIR_1),
        overrides.rank ?? '1',
        overrides.date ?? '03/12/1984',
        overrides.controller ?? '775606056',
        overrides.type ?? 'ASSURE',
        'NIR',
      ].join(';');
    const lines = [
      A_HEADER,
      good({ nir: spaced(NIR_BAD_KEY) }), // 2
      good({ nir: '1 84 12 76' }), // 3
      good({ rank: '0' }), // 4
      good({ rank: 'x' }), // 5
      good({ rank: '100' }), // 6
      good({ date: '31/02/2020' }), // 7
      good({ date: '1984-12-03' }), // 8
      good({ date: '01/01/2999' }), // 9
      good({ controller: ' ' }), // 10
      good({ type: 'PARENT' }), // 11
      good({ type: '' }), // 12
      `${spaced(NIR_1)};1;03/12/1984;775606056;ASSURE`, // 13: a field short
      good({ nir: NIR_BAD_KEY, date: '30/02/1984', controller: '' }), // 14: three problems at once
      good({ type: 'assure', rank: '' }), // 15: valid, case-insensitive type, rank defaulted
      good({ nir: '' }), // 16
      good({ nir: spaced(NIR_2), rank: '02', type: ' MINOR ' }), // 17: valid, canonical type
      good({ date: NIR_2, type: NIR_1 }), // 18: shifted columns put NIRs in other cells
      `${NIR_2};1;29/02/2000;775606056;Enfant;NIR|  |état civil|`, // 19: valid, compact NIR, leap day
    ];
    const { records, errors } = await readAll(Buffer.from(lines.join('\n')), A, { chunkSize: 3 });
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'nir'],
      [3, 'nir'],
      [4, 'birthRank'],
      [5, 'birthRank'],
      [6, 'birthRank'],
      [7, 'birthDate'],
      [8, 'birthDate'],
      [9, 'birthDate'],
      [10, 'controller'],
      [11, 'beneficiaryType'],
      [12, 'beneficiaryType'],
      [13, 'row'],
      [14, 'nir'],
      [14, 'birthDate'],
      [14, 'controller'],
      [16, 'nir'],
      [18, 'birthDate'],
      [18, 'beneficiaryType'],
    ]);
    expect(errors.every((e) => e.file === FILE && e.reason.length > 0)).toBe(true);
    expect(errors.find((e) => e.line === 3)?.reason).toBe('NIR 1 •• •• ••: a NIR has 15 characters (13 + 2-digit key)');
    expect(errors.find((e) => e.line === 9)?.reason).toBe('the birth date is in the future');
    expect(errors.find((e) => e.line === 11)?.reason).toBe(
      'unknown beneficiary type: expected one of ASSURE, CONJOINT, ENFANT, MEMBER, DEPENDANT, MINOR',
    );
    expect(errors.find((e) => e.line === 13)?.reason).toBe('expected 6 fields, found 5');
    expectNoClearNir(JSON.stringify(errors), [NIR_1, NIR_2, NIR_BAD_KEY]);

    expect(records).toEqual([
      {
        line: 15,
        nir: NIR_1,
        birthRank: 1,
        birthDate: '1984-12-03',
        controller: '775606056',
        beneficiaryType: 'MEMBER',
        exposedDataItems: ['NIR'],
      },
      {
        line: 17,
        nir: NIR_2,
        birthRank: 2,
        birthDate: '1984-12-03',
        controller: '775606056',
        beneficiaryType: 'MINOR',
        exposedDataItems: ['NIR'],
      },
      {
        line: 19,
        nir: NIR_2,
        birthRank: 1,
        birthDate: '2000-02-29',
        controller: '775606056',
        beneficiaryType: 'MINOR',
        exposedDataItems: ['NIR', 'état civil'],
      },
    ]);
  });

  it('reads JSON Lines, skipping blank lines and reporting broken ones without echoing them', async () => {
    const lines = [
      JSON.stringify({
        nir: NIR_1,
        birthRank: 1,
        birthDate: '1984-12-03',
        controller: '775606056',
        beneficiaryType: 'MEMBER',
        exposedDataItems: ['NIR'],
      }),
      '',
      `{"nir":"${NIR_1}","birthRank":2,"birthDate":"2012-06-05"`,
      `["${NIR_2}"]`,
      JSON.stringify({
        nir: { value: NIR_2 },
        birthDate: '2012-06-05',
        controller: '775606056',
        beneficiaryType: 'MINOR',
        exposedDataItems: 'NIR',
      }),
      JSON.stringify({
        nir: NIR_2,
        birthRank: 1.5,
        birthDate: '2012-06-05',
        controller: 775606056,
        beneficiaryType: 'minor',
        exposedDataItems: [1],
      }),
      JSON.stringify({ nir: spaced(NIR_2), birthDate: '2012-06-05', controller: '775606056', beneficiaryType: 'minor' }),
    ];
    const { records, errors } = await readAll(pieces(Buffer.from(`\uFEFF${lines.join('\r\n')}`), 7), JSONL);
    expect(errors.map((e) => [e.line, e.field, e.reason])).toEqual([
      [3, 'row', 'the line is not valid JSON'],
      [4, 'row', 'the line is not a JSON object'],
      [5, 'nir', 'nir must be a string or a number'],
      [5, 'exposedDataItems', 'exposedDataItems must be an array of strings'],
      [6, 'birthRank', 'the birth rank must be an integer from 1 to 99'],
      [6, 'exposedDataItems', 'exposedDataItems must be an array of strings'],
    ]);
    expectNoClearNir(JSON.stringify(errors), [NIR_1, NIR_2]);
    expect(records).toEqual([
      {
        line: 1,
        nir: NIR_1,
        birthRank: 1,
        birthDate: '1984-12-03',
        controller: '775606056',
        beneficiaryType: 'MEMBER',
        exposedDataItems: ['NIR'],
      },
      {
        line: 7,
        nir: NIR_2,
        birthRank: 1,
        birthDate: '2012-06-05',
        controller: '775606056',
        beneficiaryType: 'MINOR',
        exposedDataItems: [],
      },
    ]);
  });
});

/**
 * A synthetic file produced block by block, never whole in memory; counts the blocks pulled. Rows
 * cycle through a pool of synthetic persons so the test measures reading, not generating.
 */
function syntheticStream(profile: SourceProfile, count: number, stats: { blocks: number; bytes: number; closed: boolean }): Readable {
  const pool = [...syntheticPeople({ seed: 11, count: 1000, controllers: CONTROLLERS })].map((person) => formatRow(person, profile) + '\n');
  const rowsPerBlock = 500;
  async function* blocks(): AsyncGenerator<Buffer> {
    try {
      for (let row = 0; row < count; row += rowsPerBlock) {
        let text = row === 0 ? `${headerRow(profile)}\n` : '';
        for (let i = row; i < Math.min(count, row + rowsPerBlock); i++) text += pool[i % pool.length];
        const bytes = encodeForProfile(text, profile);
        stats.blocks++;
        stats.bytes += bytes.length;
        yield bytes;
      }
    } finally {
      stats.closed = true;
    }
  }
  return Readable.from(blocks());
}

describe('readRecords: streaming', () => {
  it('pulls input only as the consumer reads, and closes it when the consumer stops', async () => {
    const stats = { blocks: 0, bytes: 0, closed: false };
    for await (const chunk of readRecords(syntheticStream(A, 100_000, stats), A, FILE, { chunkSize: 100 })) {
      expect(chunk.records).toHaveLength(100);
      break;
    }
    expect(stats.blocks).toBeLessThan(20); // of 200
    await new Promise((resolve) => setImmediate(resolve));
    expect(stats.closed).toBe(true);
  });

  it('reads 200 000 synthetic rows from a stream', { timeout: 30_000 }, async () => {
    const stats = { blocks: 0, bytes: 0, closed: false };
    let records = 0;
    let errors = 0;
    let chunks = 0;
    let bytesRead = 0;
    for await (const chunk of readRecords(syntheticStream(A, 200_000, stats), A, 'big.csv')) {
      records += chunk.records.length;
      errors += chunk.errors.length;
      chunks++;
      bytesRead = chunk.bytesRead;
    }
    expect({ records, errors }).toEqual({ records: 200_000, errors: 0 });
    expect(chunks).toBe(41); // 40 full chunks of 5000 and the final, empty one
    expect(bytesRead).toBe(stats.bytes);
  });
});
