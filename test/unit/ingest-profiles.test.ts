import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { encode } from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, CANONICAL_FIELDS, ProfileError, loadProfile } from '../../src/ingest/profiles';
import { readRecords } from '../../src/ingest/reader';

const dir = mkdtempSync(join(tmpdir(), 'ingest-profiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function profileFile(content: unknown): string {
  const path = join(dir, `profile-${++files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const minimal = {
  name: 'mutuelle-x',
  dateFormat: 'dd/mm/yyyy',
  columns: { nir: 'NUMERO_SECU', birthDate: 'NE_LE', controller: 'SIREN', beneficiaryType: 'TYPE' },
};

function profileError(content: unknown): ProfileError {
  const path = profileFile(content);
  try {
    loadProfile(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).message).toContain(path);
    return error as ProfileError;
  }
  throw new Error('expected a ProfileError');
}

describe('built-in profiles', () => {
  it('load by name, frozen, mapping every required field', () => {
    expect(Object.keys(BUILT_IN_PROFILES).sort()).toEqual(['canonical-jsonl', 'operator-a-csv', 'operator-b-csv']);
    for (const name of Object.keys(BUILT_IN_PROFILES)) {
      const profile = loadProfile(name);
      expect(profile).toBe(BUILT_IN_PROFILES[name]);
      expect(profile.name).toBe(name);
      expect(Object.isFrozen(profile) && Object.isFrozen(profile.columns) && Object.isFrozen(profile.beneficiaryTypes)).toBe(true);
      for (const field of ['nir', 'birthDate', 'controller', 'beneficiaryType'] as const) expect(profile.columns[field]).toBeTruthy();
    }
  });

  it("model the two operators' export styles", () => {
    const a = loadProfile('operator-a-csv');
    expect([a.format, a.encoding, a.delimiter, a.dateFormat, a.itemsSeparator]).toEqual(['csv', 'utf-8', ';', 'dd/mm/yyyy', '|']);
    expect(a.columns.birthRank).toBe('RANG_NAISSANCE');
    expect(a.beneficiaryTypes).toEqual({ ASSURE: 'MEMBER', CONJOINT: 'DEPENDANT', ENFANT: 'MINOR' });
    const b = loadProfile('operator-b-csv');
    expect([b.format, b.encoding, b.delimiter, b.dateFormat, b.itemsSeparator]).toEqual(['csv', 'windows-1252', ',', 'yyyy-mm-dd', '+']);
    expect(b.columns.birthRank).toBeUndefined();
    expect(b.beneficiaryTypes).toEqual({ holder: 'MEMBER', dependent: 'DEPENDANT', child: 'MINOR' });
    const jsonl = loadProfile('canonical-jsonl');
    expect(jsonl.format).toBe('jsonl');
    expect(Object.keys(jsonl.columns)).toEqual([...CANONICAL_FIELDS]);
  });
});

describe('custom profiles', () => {
  it('read from a JSON file, with defaults for what is left out', () => {
    expect(loadProfile(profileFile(minimal))).toEqual({
      ...minimal,
      description: '',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      beneficiaryTypes: {},
      itemsSeparator: '|',
      controllerCodes: {},
    });
  });

  it('keep every field that is given', () => {
    const full = {
      name: 'mutuelle-y',
      description: 'Export mensuel',
      format: 'jsonl',
      encoding: 'windows-1252',
      delimiter: ',',
      dateFormat: 'yyyy-mm-dd',
      columns: { ...minimal.columns, birthRank: 'RANG', exposedDataItems: 'DONNEES' },
      beneficiaryTypes: { A: 'MEMBER', C: 'DEPENDANT', E: 'MINOR' },
      itemsSeparator: '/',
      controllerCodes: { 'MUT-Y': '912300035' },
    };
    expect(loadProfile(profileFile(full))).toEqual(full);
  });

  it('fail with a ProfileError naming the file and the field', () => {
    const cases: Array<[unknown, string]> = [
      [{ ...minimal, columns: { birthDate: 'NE_LE', controller: 'SIREN', beneficiaryType: 'TYPE' } }, '"columns.nir" is required'],
      [{ ...minimal, encoding: 'latin-9' }, '"encoding" must be one of utf-8, windows-1252'],
      [{ ...minimal, format: 'xlsx' }, '"format" must be one of csv, jsonl'],
      [{ ...minimal, delimiter: '\t' }, '"delimiter" must be one of ;, ,'],
      [{ ...minimal, dateFormat: undefined }, '"dateFormat" is required'],
      [{ ...minimal, dateFormat: 'mm/dd/yyyy' }, '"dateFormat" must be one of dd/mm/yyyy, yyyy-mm-dd'],
      [{ ...minimal, name: '' }, '"name" must be a non-empty string'],
      [{ ...minimal, name: undefined }, '"name" is required'],
      [{ ...minimal, description: 42 }, '"description" must be a string'],
      [{ ...minimal, colums: {} }, '"colums" is not a profile field'],
      [{ ...minimal, columns: undefined }, '"columns" is required'],
      [{ ...minimal, columns: ['NIR'] }, '"columns" must be an object'],
      [{ ...minimal, columns: { ...minimal.columns, ssn: 'X' } }, '"columns.ssn" is not a canonical field'],
      [{ ...minimal, columns: { ...minimal.columns, controller: '' } }, '"columns.controller" must be a non-empty column name'],
      [
        { ...minimal, columns: { ...minimal.columns, birthRank: 'NE_LE' } },
        '"columns.birthRank" uses column "NE_LE", already mapped to birthDate',
      ],
      [{ ...minimal, beneficiaryTypes: { ASSURE: 'HOLDER' } }, '"beneficiaryTypes.ASSURE" must be one of MEMBER, DEPENDANT, MINOR'],
      [{ ...minimal, controllerCodes: { 'MUT-X': '12345' } }, '"controllerCodes.MUT-X" must be a SIREN of 9 digits'],
      [{ ...minimal, beneficiaryTypes: 'ASSURE' }, '"beneficiaryTypes" must be an object'],
      [{ ...minimal, itemsSeparator: ';' }, '"itemsSeparator" must differ from "delimiter"'],
      [{ ...minimal, itemsSeparator: '' }, '"itemsSeparator" must be a non-empty string'],
      [[minimal], 'must be a JSON object'],
      ['{ "name": ', 'not valid JSON'],
    ];
    for (const [content, reason] of cases) expect(profileError(content).message).toContain(reason);
  });

  it('never quotes the file when it is not JSON: a list given as --profile by mistake holds NIRs', () => {
    const nir = '184127645108946';
    for (const content of [`'${nir}'`, `${nir};01/01/1984`, `NIR;DATE\n${nir};01/01/1984`, `{"nir":"${nir}"}\n{"nir":"${nir}"}`]) {
      const { message } = profileError(content);
      expect(message).toContain('not valid JSON');
      expect(message).not.toContain(nir.slice(0, 6));
    }
  });

  it('reports an unknown name that is not a file either, listing the built-ins', () => {
    expect(() => loadProfile('operator-c-csv')).toThrow(ProfileError);
    expect(() => loadProfile('operator-c-csv')).toThrow(
      /profile operator-c-csv: not a built-in profile \(operator-a-csv, operator-b-csv, canonical-jsonl\) nor a readable JSON file \(ENOENT\)/,
    );
  });
});

describe('docs/ingest-profiles.md', () => {
  const doc = readFileSync(join(__dirname, '../../docs/ingest-profiles.md'), 'utf8');
  const block = (language: string) => doc.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'))?.[1] ?? '';

  it('documents a custom profile that loads and reads its example file', async () => {
    const profile = loadProfile(profileFile(block('json')));
    const records = [];
    for await (const chunk of readRecords(Readable.from([encode(block('csv'), profile.encoding)]), profile, 'example.csv')) {
      expect(chunk.errors).toEqual([]);
      records.push(...chunk.records);
    }
    expect(records.map((r) => [r.line, r.birthRank, r.birthDate, r.beneficiaryType, r.exposedDataItems])).toEqual([
      [2, 1, '1984-12-03', 'MEMBER', ['état civil', 'NIR', 'garanties du contrat']],
      [3, 2, '2012-06-05', 'MINOR', ['état civil', 'NIR']],
    ]);
  });
});
