import { maskNir, nirProblem, normalizeNir } from './nir';
import { BENEFICIARY_TYPES, type BeneficiaryType, type CanonicalField, type SourceProfile } from './profiles';
import type { CanonicalRecord, RecordChunk, RecordError } from './record';

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
export class RecordBuilder {
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
    this.fail(
      'beneficiaryType',
      value === '' ? 'the beneficiary type is missing' : `unknown beneficiary type: expected one of ${this.typeChoices}`,
    );
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
    if (value.indexOf('\uFFFD') !== -1)
      this.fail(field, `contains bytes that are not valid ${this.profile.encoding}: check the profile's encoding`);
  }

  finish(
    nir: string,
    birthRank: number,
    birthDate: string,
    controller: string,
    beneficiaryType: BeneficiaryType,
    exposedDataItems: string[],
  ): void {
    if (!this.failed) this.records.push({ line: this.line, nir, birthRank, birthDate, controller, beneficiaryType, exposedDataItems });
  }
}
