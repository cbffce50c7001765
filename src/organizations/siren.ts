/**
 * SIREN and French VAT number checks. A SIREN is 9 digits with a Luhn checksum; La Poste's
 * 356000000 predates the rule and is the one accepted exception.
 */

const LA_POSTE_SIREN = '356000000';

export function normalizeSiren(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Why the SIREN is invalid, or null when it is valid. Expects a normalised value. */
export function sirenProblem(siren: string): string | null {
  if (!/^\d{9}$/.test(siren)) return 'a SIREN is exactly 9 digits';
  if (siren !== LA_POSTE_SIREN && !luhnValid(siren)) return 'the SIREN fails its Luhn checksum';
  return null;
}

/** The intracommunity VAT number France derives from a SIREN: FR + key + SIREN. */
export function frenchVatNumber(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

/**
 * Why the VAT number is invalid for this SIREN, or null. Non-French numbers only get a shape check;
 * a French one derives from a SIREN, so an organisation without SIREN cannot have one.
 */
export function vatNumberProblem(vat: string, siren: string | null): string | null {
  const compact = vat.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(compact)) return 'a VAT number is a 2-letter country code followed by 2 to 13 characters';
  if (!compact.startsWith('FR')) return null;
  if (siren === null) return 'a French VAT number derives from a SIREN, which this organisation does not have';
  if (compact !== frenchVatNumber(siren)) return `a French VAT number for SIREN ${siren} is ${frenchVatNumber(siren)}`;
  return null;
}
