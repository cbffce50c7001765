/**
 * Source profiles: how one operator's export of affected persons maps to the canonical record.
 * Operators send what their systems produce (encodings, delimiters, date styles, their own column
 * names and codes); a profile describes that once, as data, so a new operator is a JSON file rather
 * than code. The format is documented in docs/ingest-profiles.md.
 */

import { readFileSync } from 'node:fs';

export const CANONICAL_FIELDS = ['nir', 'birthRank', 'birthDate', 'controller', 'beneficiaryType', 'exposedDataItems'] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];
export type BeneficiaryType = 'MEMBER' | 'DEPENDANT' | 'MINOR';

export const BENEFICIARY_TYPES: readonly BeneficiaryType[] = ['MEMBER', 'DEPENDANT', 'MINOR'];

/** The fields every profile must map; birthRank defaults to 1 and exposedDataItems to none. */
const REQUIRED_FIELDS: readonly CanonicalField[] = ['nir', 'birthDate', 'controller', 'beneficiaryType'];

export interface SourceProfile {
  name: string;
  description: string;
  format: 'csv' | 'jsonl';
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ','; // csv only
  dateFormat: 'dd/mm/yyyy' | 'yyyy-mm-dd';
  /** canonical field -> source column (csv header) or JSON key (jsonl). birthRank and exposedDataItems are optional in the mapping; the others are required. */
  columns: Partial<Record<CanonicalField, string>>;
  /** source value (trimmed, case-insensitive) -> beneficiary type */
  beneficiaryTypes: Record<string, BeneficiaryType>;
  /** csv: separator inside the exposed-data-items cell, e.g. '|' ; jsonl: the value is an array */
  itemsSeparator: string;
  /** The sender's own controller codes -> SIREN; a row may name its controller either way. */
  controllerCodes: Record<string, string>;
}

export class ProfileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`profile ${file}: ${reason}`);
    this.name = 'ProfileError';
  }
}

function deepFreeze(profile: SourceProfile): SourceProfile {
  Object.freeze(profile.columns);
  Object.freeze(profile.beneficiaryTypes);
  Object.freeze(profile.controllerCodes);
  return Object.freeze(profile);
}

export const BUILT_IN_PROFILES: Readonly<Record<string, SourceProfile>> = Object.freeze({
  'operator-a-csv': deepFreeze({
    name: 'operator-a-csv',
    description:
      "Operator A: one line per beneficiary under the holder's NIR (written with spaces) plus a birth rank; UTF-8 with BOM, ';', dd/mm/yyyy.",
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    dateFormat: 'dd/mm/yyyy',
    columns: {
      nir: 'NIR_ASSURE',
      birthRank: 'RANG_NAISSANCE',
      birthDate: 'DATE_NAISSANCE',
      controller: 'CODE_ORGANISME',
      beneficiaryType: 'QUALITE',
      exposedDataItems: 'DONNEES_EXPOSEES',
    },
    beneficiaryTypes: { ASSURE: 'MEMBER', CONJOINT: 'DEPENDANT', ENFANT: 'MINOR' },
    itemsSeparator: '|',
    controllerCodes: {},
  }),
  'operator-b-csv': deepFreeze({
    name: 'operator-b-csv',
    description: "Operator B: one line per person under their own compact NIR, no birth rank; Windows-1252, ',', ISO dates.",
    format: 'csv',
    encoding: 'windows-1252',
    delimiter: ',',
    dateFormat: 'yyyy-mm-dd',
    columns: { nir: 'ssn', birthDate: 'birth_date', controller: 'insurer_siren', beneficiaryType: 'role', exposedDataItems: 'exposed' },
    beneficiaryTypes: { holder: 'MEMBER', dependent: 'DEPENDANT', child: 'MINOR' },
    itemsSeparator: '+',
    controllerCodes: {},
  }),
  'canonical-jsonl': deepFreeze({
    name: 'canonical-jsonl',
    description: 'The canonical record as JSON Lines: one object per line, canonical keys and codes, ISO dates, items as an array.',
    format: 'jsonl',
    encoding: 'utf-8',
    delimiter: ',',
    dateFormat: 'yyyy-mm-dd',
    columns: {
      nir: 'nir',
      birthRank: 'birthRank',
      birthDate: 'birthDate',
      controller: 'controller',
      beneficiaryType: 'beneficiaryType',
      exposedDataItems: 'exposedDataItems',
    },
    beneficiaryTypes: {},
    itemsSeparator: '|',
    controllerCodes: {},
  }),
});

/** A built-in profile by name, or a custom profile read and validated from a JSON file. */
export function loadProfile(nameOrPath: string): SourceProfile {
  const builtIn = Object.hasOwn(BUILT_IN_PROFILES, nameOrPath) ? BUILT_IN_PROFILES[nameOrPath] : undefined;
  if (builtIn) return builtIn;
  let text: string;
  try {
    text = readFileSync(nameOrPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ProfileError(
      nameOrPath,
      `not a built-in profile (${Object.keys(BUILT_IN_PROFILES).join(', ')}) nor a readable JSON file (${code})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text, and a list given as --profile by mistake holds NIRs.
    throw new ProfileError(nameOrPath, 'not valid JSON (is it a list rather than a profile?)');
  }
  return parseProfile(json, nameOrPath);
}

const PROFILE_KEYS = [
  'name',
  'description',
  'format',
  'encoding',
  'delimiter',
  'dateFormat',
  'columns',
  'beneficiaryTypes',
  'itemsSeparator',
  'controllerCodes',
];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a custom profile field by field, so the error names exactly what to fix. */
function parseProfile(json: unknown, file: string): SourceProfile {
  const fail = (field: string, reason: string): never => {
    throw new ProfileError(file, `"${field}" ${reason}`);
  };
  if (!isObject(json)) throw new ProfileError(file, 'must be a JSON object');
  for (const key of Object.keys(json))
    if (!PROFILE_KEYS.includes(key)) fail(key, `is not a profile field (one of ${PROFILE_KEYS.join(', ')})`);

  const text = (field: string, fallback?: string): string => {
    const value = json[field] ?? fallback;
    if (value === undefined) return fail(field, 'is required');
    if (typeof value !== 'string' || value.trim() === '') return fail(field, 'must be a non-empty string');
    return value;
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[], fallback?: T): T => {
    const value = json[field] ?? fallback;
    if (value === undefined) return fail(field, 'is required');
    if (!allowed.includes(value as T)) return fail(field, `must be one of ${allowed.join(', ')}`);
    return value as T;
  };

  const profile: SourceProfile = {
    name: text('name'),
    description:
      json.description === undefined
        ? ''
        : typeof json.description === 'string'
          ? json.description
          : fail('description', 'must be a string'),
    format: oneOf('format', ['csv', 'jsonl'], 'csv'),
    encoding: oneOf('encoding', ['utf-8', 'windows-1252'], 'utf-8'),
    delimiter: oneOf('delimiter', [';', ','], ';'),
    dateFormat: oneOf('dateFormat', ['dd/mm/yyyy', 'yyyy-mm-dd']),
    columns: parseColumns(json.columns, fail),
    beneficiaryTypes: parseBeneficiaryTypes(json.beneficiaryTypes ?? {}, fail),
    itemsSeparator: text('itemsSeparator', '|'),
    controllerCodes: parseControllerCodes(json.controllerCodes ?? {}, fail),
  };
  if (profile.format === 'csv' && profile.itemsSeparator === profile.delimiter) fail('itemsSeparator', 'must differ from "delimiter"');
  return profile;
}

type Fail = (field: string, reason: string) => never;

function parseColumns(value: unknown, fail: Fail): SourceProfile['columns'] {
  if (value === undefined) return fail('columns', 'is required');
  if (!isObject(value)) return fail('columns', 'must be an object mapping canonical fields to source columns');
  const columns: SourceProfile['columns'] = {};
  const usedBy = new Map<string, string>();
  for (const [field, column] of Object.entries(value)) {
    if (!(CANONICAL_FIELDS as readonly string[]).includes(field))
      fail(`columns.${field}`, `is not a canonical field (one of ${CANONICAL_FIELDS.join(', ')})`);
    if (typeof column !== 'string' || column.trim() === '') return fail(`columns.${field}`, 'must be a non-empty column name');
    const other = usedBy.get(column);
    if (other !== undefined) fail(`columns.${field}`, `uses column "${column}", already mapped to ${other}`);
    usedBy.set(column, field);
    columns[field as CanonicalField] = column;
  }
  for (const field of REQUIRED_FIELDS) if (columns[field] === undefined) fail(`columns.${field}`, 'is required');
  return columns;
}

function parseControllerCodes(value: unknown, fail: Fail): SourceProfile['controllerCodes'] {
  if (!isObject(value)) return fail('controllerCodes', "must be an object mapping the sender's codes to SIRENs");
  const codes: SourceProfile['controllerCodes'] = {};
  for (const [code, siren] of Object.entries(value)) {
    if (code.trim() === '') fail('controllerCodes', 'has an empty code');
    if (typeof siren !== 'string' || !/^\d{9}$/.test(siren)) fail(`controllerCodes.${code}`, 'must be a SIREN of 9 digits');
    codes[code.trim()] = siren as string;
  }
  return codes;
}

function parseBeneficiaryTypes(value: unknown, fail: Fail): SourceProfile['beneficiaryTypes'] {
  if (!isObject(value)) return fail('beneficiaryTypes', 'must be an object mapping source values to MEMBER, DEPENDANT or MINOR');
  const types: SourceProfile['beneficiaryTypes'] = {};
  for (const [source, type] of Object.entries(value)) {
    if (source.trim() === '') fail('beneficiaryTypes', 'has an empty source value');
    if (!BENEFICIARY_TYPES.includes(type as BeneficiaryType))
      fail(`beneficiaryTypes.${source}`, `must be one of ${BENEFICIARY_TYPES.join(', ')}`);
    types[source] = type as BeneficiaryType;
  }
  return types;
}
