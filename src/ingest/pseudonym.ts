import { createHmac } from 'node:crypto';

/**
 * The subject key: HMAC-SHA-256 of the normalised NIR and birth rank under the configured key. The
 * rank separates beneficiaries listed under one holder's NIR (twins included); a person listed on
 * their own NIR has rank 1, like a holder, so both operators' lists meet on the same key.
 */
export function subjectKey(key: Buffer, nir: string, birthRank: number): Buffer {
  return createHmac('sha256', key).update(`${nir}:${birthRank}`).digest();
}

const ZERO = 48;
const digits = (text: string, from: number, to: number): number => {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - ZERO;
  return value;
};

/** Whole years between a valid birth date (yyyy-mm-dd) and the reference instant; runs per row. */
export function ageAt(birthDate: string, reference: Date): number {
  const year = digits(birthDate, 0, 4);
  const month = digits(birthDate, 5, 7);
  const day = digits(birthDate, 8, 10);
  const refMonth = reference.getUTCMonth() + 1;
  const hadBirthday = refMonth > month || (refMonth === month && reference.getUTCDate() >= day);
  return reference.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}
