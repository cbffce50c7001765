/**
 * Synthetic affected-person lists for the demo, the tests and the benchmark: households shaped like
 * the 2024 third-party-payment exports (holders, spouses, children, twins), written in any source
 * profile's format. Every NIR is synthetic (valid key, random digits); fixtures never hold real ones.
 */

import { encode } from 'iconv-lite';
import { mulberry32, syntheticNir } from './nir';
import { CANONICAL_FIELDS, type BeneficiaryType, type CanonicalField, type SourceProfile } from './profiles';
import type { CanonicalRecord } from './record';

/** A person as a source would list them: the canonical record, before it has a line in a file. */
export type SyntheticPerson = Omit<CanonicalRecord, 'line'>;

/** The data categories of the 2024 case, in the operators' French wording. */
const EXPOSED_ITEMS = ['état civil', 'date de naissance', 'NIR', 'organisme complémentaire', 'garanties du contrat'];
/** A rare extra item, to exercise art. 9 data in benchmarks and tests: fiction, no public source reports health data in the 2024 case. */
const HEALTH_ITEM = 'données de santé';

/** The day the first operator's portal was scraped: the default "today" of generated ages. */
const DEFAULT_REFERENCE = new Date(Date.UTC(2024, 0, 29));
const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

// By hand: toISOString was a fifth of the generator's time, and benchmarks generate millions.
function isoDate(date: Date): string {
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${date.getUTCFullYear()}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** A UTC midnight between `from` and `to` years before `reference`. */
function dateAged(rng: () => number, reference: Date, fromYears: number, toYears: number): Date {
  const at = reference.getTime() - (fromYears + rng() * (toYears - fromYears)) * YEAR_MS;
  const day = new Date(at);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
}

/**
 * Households until `count` persons: a holder (MEMBER, birth rank 1), sometimes a spouse (DEPENDANT)
 * and minor children (MINOR), dependants listed under the holder's NIR with ranks 2, 3… (twins share
 * a birth date, not a rank). With `ownNirForDependants`, for profiles that list everyone under their
 * own NIR, dependants get their own synthetic NIR and rank 1. Deterministic for a given seed.
 */
export function* syntheticPeople(options: {
  seed: number;
  count: number;
  controllers: string[];
  reference?: Date;
  ownNirForDependants?: boolean;
}): Generator<SyntheticPerson> {
  const { count, controllers, reference = DEFAULT_REFERENCE, ownNirForDependants = false } = options;
  if (count > 0 && controllers.length === 0) throw new Error('syntheticPeople needs at least one controller');
  const rng = mulberry32(options.seed);
  let emitted = 0;
  while (emitted < count) {
    // rng() < 1 and controllers is not empty (checked above): the pick is in bounds.
    for (const person of household(rng, controllers[Math.floor(rng() * controllers.length)]!, reference, ownNirForDependants)) {
      yield person;
      if (++emitted === count) return;
    }
  }
}

function household(rng: () => number, controller: string, reference: Date, ownNirForDependants: boolean): SyntheticPerson[] {
  const items = rng() < 0.001 ? [...EXPOSED_ITEMS, HEALTH_ITEM] : EXPOSED_ITEMS;
  const holderSex = rng() < 0.5 ? 1 : 2;
  const holderBirth = dateAged(rng, reference, 18, 90);
  const holderNir = syntheticNir(rng, { sex: holderSex, birthDate: holderBirth, corsica: rng() < 0.02 });
  const people: SyntheticPerson[] = [];
  const add = (type: BeneficiaryType, birth: Date, sex: 1 | 2): void => {
    const own = ownNirForDependants && type !== 'MEMBER';
    people.push({
      nir: own ? syntheticNir(rng, { sex, birthDate: birth }) : holderNir,
      birthRank: own ? 1 : people.length + 1,
      birthDate: isoDate(birth),
      controller,
      beneficiaryType: type,
      exposedDataItems: [...items],
    });
  };
  add('MEMBER', holderBirth, holderSex);

  const holderAge = (reference.getTime() - holderBirth.getTime()) / YEAR_MS;
  if (rng() < 0.45) {
    const spouseAge = Math.max(18, holderAge - 6 + rng() * 12);
    add('DEPENDANT', dateAged(rng, reference, spouseAge, spouseAge + 0.01), holderSex === 1 ? 2 : 1);
  }
  // Minor children born when the holder was 20 to 45.
  const youngest = Math.max(0, holderAge - 45);
  const oldest = Math.min(17.9, holderAge - 20);
  if (oldest > youngest) {
    const children = Math.floor(rng() * 4);
    for (let c = 0; c < children; c++) {
      const birth = dateAged(rng, reference, youngest, oldest);
      const twins = rng() < 0.05 ? 2 : 1;
      for (let t = 0; t < twins; t++) add('MINOR', birth, rng() < 0.5 ? 1 : 2);
    }
  }
  return people;
}

/** Operator A groups the NIR as printed on the carte Vitale and writes a BOM, as its exports do. */
function isOperatorA(profile: SourceProfile): boolean {
  return profile.name === 'operator-a-csv';
}

/** A NIR grouped as printed on the carte Vitale: "1 84 12 76 451 089 46". */
export function spacedNir(nir: string): string {
  return `${nir[0]} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`;
}

function sourceType(type: BeneficiaryType, profile: SourceProfile): string {
  for (const source in profile.beneficiaryTypes) if (profile.beneficiaryTypes[source] === type) return source;
  return type;
}

function sourceDate(iso: string, profile: SourceProfile): string {
  return profile.dateFormat === 'dd/mm/yyyy' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

function mappedFields(profile: SourceProfile): CanonicalField[] {
  return CANONICAL_FIELDS.filter((field) => profile.columns[field] !== undefined);
}

function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

function sourceValue(person: SyntheticPerson, field: CanonicalField, profile: SourceProfile): string | number | string[] {
  switch (field) {
    case 'nir':
      return isOperatorA(profile) ? spacedNir(person.nir) : person.nir;
    case 'birthRank':
      return person.birthRank;
    case 'birthDate':
      return sourceDate(person.birthDate, profile);
    case 'controller':
      return person.controller;
    case 'beneficiaryType':
      return sourceType(person.beneficiaryType, profile);
    case 'exposedDataItems':
      return profile.format === 'jsonl' ? person.exposedDataItems : person.exposedDataItems.join(profile.itemsSeparator);
  }
}

/**
 * One line (no line end) in the profile's format, values written the source's way. A profile
 * without a birth-rank column lists people under their own NIR: the rank is dropped, so generate
 * its people with `ownNirForDependants`. Items must not contain the profile's items separator.
 */
export function formatRow(person: SyntheticPerson, profile: SourceProfile): string {
  const fields = mappedFields(profile);
  if (profile.format === 'jsonl') {
    const object: Record<string, unknown> = {};
    for (const field of fields) object[profile.columns[field] as string] = sourceValue(person, field, profile);
    return JSON.stringify(object);
  }
  const cells: string[] = [];
  for (const field of fields) cells.push(csvCell(String(sourceValue(person, field, profile)), profile.delimiter));
  return cells.join(profile.delimiter);
}

/** The CSV header line (no line end), or null for JSON Lines. */
export function headerRow(profile: SourceProfile): string | null {
  if (profile.format === 'jsonl') return null;
  return mappedFields(profile)
    .map((field) => csvCell(profile.columns[field] as string, profile.delimiter))
    .join(profile.delimiter);
}

const BOM = '\uFEFF';

/**
 * Text to the bytes the operator would send: Windows-1252 via iconv-lite, or UTF-8 — with a BOM
 * for operator A. A BOM only belongs at the start of a file, so it is added only when the text
 * starts with the header line: a file can be encoded piece by piece.
 */
export function encodeForProfile(text: string, profile: SourceProfile): Buffer {
  if (profile.encoding === 'windows-1252') return encode(text, 'windows-1252');
  const header = headerRow(profile);
  const bom = isOperatorA(profile) && header !== null && text.startsWith(header) ? BOM : '';
  return Buffer.from(bom + text, 'utf8');
}
