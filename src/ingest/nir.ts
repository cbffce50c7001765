/**
 * NIR (French social-security number) checks, masking and synthetic generation.
 *
 * Layout of the 15 characters: sex (1) · year (2) · month (2) · department (2) · commune (3) ·
 * order (3) · key (2). The NIR is a permanent identifier: nothing here ever puts one in an error
 * message; callers show `maskNir(value)` instead.
 */

// Separators found in exports: grouped digits ("1 84 12 …", NBSP, BOM included in \s), dots, dashes.
const NIR_SEPARATORS = /[\s._-]+/g;

export function normalizeNir(raw: string): string {
  return raw.replace(NIR_SEPARATORS, '').toUpperCase();
}

const ZERO = 48;
const NINE = 57;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function allDigits(value: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(value.charCodeAt(i))) return false;
  return true;
}

function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - ZERO) * 10 + (value.charCodeAt(at + 1) - ZERO);
}

/**
 * The key of the first 13 characters, or -1 if they are not digits (2A/2B allowed as department).
 * Digit by digit, mod 97 as it goes: no slicing or number parsing on the ingestion hot path.
 */
function keyOf(nir: string): number {
  // Corsica's letters stand for the numbers the key was defined on: 2A → 19, 2B → 18.
  const corsica = nir.charCodeAt(5) === 50 ? nir.charCodeAt(6) : 0;
  const corsican = corsica === 65 || corsica === 66;
  let mod = 0;
  for (let i = 0; i < 13; i++) {
    let digit = nir.charCodeAt(i) - ZERO;
    if (corsican && i === 5) digit = 1;
    else if (corsican && i === 6) digit = corsica === 65 ? 9 : 8;
    if (!(digit >= 0 && digit <= 9)) return -1;
    mod = (mod * 10 + digit) % 97;
  }
  return 97 - mod;
}

/** The 2-digit control key of a 13-character NIR number (Corsican 2A/2B allowed). */
export function nirKey(number13: string): string {
  const key = number13.length === 13 ? keyOf(number13) : -1;
  if (key < 0) throw new Error('nirKey expects a 13-character NIR number (digits, 2A or 2B)');
  return key < 10 ? `0${key}` : String(key);
}

/** Why the normalised NIR is invalid, or null. The reason never contains the NIR itself. */
export function nirProblem(nir: string): string | null {
  if (nir.length !== 15) return 'a NIR has 15 characters (13 + 2-digit key)';
  const sex = nir.charCodeAt(0);
  if (sex !== 49 && sex !== 50 && sex !== 55 && sex !== 56) return 'the sex digit must be 1, 2, 7 or 8';
  if (!allDigits(nir, 1, 3)) return 'the year of birth must be 2 digits';
  if (!allDigits(nir, 3, 5)) return 'invalid month (01-12, or 20-42 / 50-99 when unknown)';
  const month = twoDigits(nir, 3);
  if (month === 0 || (month > 12 && month < 20) || (month > 42 && month < 50))
    return 'invalid month (01-12, or 20-42 / 50-99 when unknown)';
  const d1 = nir.charCodeAt(5);
  const d2 = nir.charCodeAt(6);
  const corsica = d1 === 50 && (d2 === 65 || d2 === 66);
  // 01-95 metropolitan, 96 former protectorates, 97x/98x overseas, 99 abroad: every 2-digit value but 00.
  if (!corsica && (!allDigits(nir, 5, 7) || (d1 === ZERO && d2 === ZERO))) return 'invalid department (01-99 or 2A/2B)';
  if (!allDigits(nir, 7, 15)) return 'the commune, order number and key must be digits';
  if (keyOf(nir) !== twoDigits(nir, 13)) return 'the control key does not match';
  return null;
}

const MASK = '•';
const MASK_MAX_LENGTH = 24;

/**
 * A NIR as it may be shown: the first significant character (the sex digit) and the separators,
 * every other character replaced by a bullet. Works on any input, valid or not, and caps the
 * length so a whole misplaced row in a NIR cell does not flood a message.
 */
export function maskNir(raw: string): string {
  let out = '';
  let shown = false;
  for (let i = 0; i < raw.length && out.length < MASK_MAX_LENGTH; i++) {
    const ch = raw[i];
    if (ch === ' ' || ch === '.' || ch === '-' || ch === '_') out += ch;
    else if (!shown) {
      shown = true;
      out += ch;
    } else out += MASK;
  }
  return out.length < raw.length ? `${out}…` : out;
}

/**
 * What a cell looked like, without any of its characters: its length and the classes of characters
 * it holds ("15 chars: digits", "21 chars: digits, spaces"). For errors about cells that are not
 * NIRs: a shifted column puts a NIR anywhere, and this shape cannot carry one.
 */
export function cellShape(raw: string): string {
  const classes: string[] = [];
  const note = (name: string) => classes.includes(name) || classes.push(name);
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') note('digits');
    else if (/\p{L}/u.test(ch)) note('letters');
    else if (/\s/.test(ch)) note('spaces');
    else note('other characters');
  }
  const length = [...raw].length;
  return length === 0 ? 'empty' : `${length} ${length === 1 ? 'char' : 'chars'}: ${classes.join(', ')}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function between(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const OVERSEAS_DEPARTMENTS = ['971', '972', '973', '974', '976'];

/**
 * A valid-looking NIR (normalised, correct key) for demo, benchmark and test data. Deterministic
 * for a given rng. Never use real numbers in fixtures: this is what fixtures are built from.
 */
export function syntheticNir(rng: () => number, opts: { sex?: 1 | 2; birthDate?: Date; corsica?: boolean } = {}): string {
  const sex = opts.sex ?? (rng() < 0.5 ? 1 : 2);
  const birthDate = opts.birthDate ?? new Date(Date.UTC(between(rng, 1930, 2010), between(rng, 0, 11), 1));
  const prefix = `${sex}${pad(birthDate.getUTCFullYear() % 100, 2)}${pad(birthDate.getUTCMonth() + 1, 2)}`;
  let place: string;
  const where = rng();
  if (opts.corsica) place = `${rng() < 0.5 ? '2A' : '2B'}${pad(between(rng, 1, 366), 3)}`;
  else if (where < 0.04)
    place = `99${pad(between(rng, 100, 499), 3)}`; // born abroad: 99 + country code
  else if (where < 0.07) place = `${OVERSEAS_DEPARTMENTS[between(rng, 0, OVERSEAS_DEPARTMENTS.length - 1)]}${pad(between(rng, 1, 34), 2)}`;
  else {
    // Metropolitan departments; 20 (pre-1976 Corsica) is left to the corsica option's 2A/2B.
    const department = between(rng, 1, 94);
    place = `${pad(department >= 20 ? department + 1 : department, 2)}${pad(between(rng, 1, 999), 3)}`;
  }
  const number13 = `${prefix}${place}${pad(between(rng, 1, 999), 3)}`;
  return `${number13}${nirKey(number13)}`;
}

/** Mulberry32: a tiny, fast, seedable PRNG, good enough for synthetic data (not for secrets). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
