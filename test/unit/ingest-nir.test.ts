import { describe, expect, it } from 'vitest';
import { cellShape, maskNir, mulberry32, nirKey, nirProblem, normalizeNir, syntheticNir } from '../../src/ingest/nir';

/** The key by the book, in BigInt arithmetic, independent of the implementation's Number shortcut. */
function referenceKey(number13: string): string {
  const digits =
    number13.slice(0, 5) +
    (number13.slice(5, 7) === '2A' ? '19' : number13.slice(5, 7) === '2B' ? '18' : number13.slice(5, 7)) +
    number13.slice(7);
  return String(97n - (BigInt(digits) % 97n)).padStart(2, '0');
}

/** Characters a mask shows: anything but bullets, separators and the truncation mark. */
function shownCharacters(masked: string): string {
  return masked.replace(/[•\s._…-]/g, '');
}

describe('normalizeNir', () => {
  it('removes spaces, dots, dashes and underscores and uppercases Corsica', () => {
    expect(normalizeNir('1 84 12 76 451 089 46')).toBe('184127645108946');
    expect(normalizeNir('1.84.12-76_451\u00a0089\t46')).toBe('184127645108946');
    expect(normalizeNir('1 55 12 2a 123 456 63')).toBe('155122A12345663');
  });
});

describe('nirKey', () => {
  it("checks the reference document's example: 1 84 12 76 451 089 has key 46, so the example is valid", () => {
    expect(nirKey('1841276451089')).toBe('46');
    expect(nirProblem(normalizeNir('1 84 12 76 451 089 46'))).toBeNull();
  });

  it('computes 97 - (number mod 97), zero-padded, agreeing with BigInt arithmetic', () => {
    const expected: Record<string, string> = { '2690299350075': '84', '1842099001015': '32', '2845097105012': '18', '7841276451089': '37' };
    for (const [number13, key] of Object.entries(expected)) {
      expect(nirKey(number13)).toBe(key);
      expect(referenceKey(number13)).toBe(key);
    }
  });

  it('replaces 2A by 19 and 2B by 18 for Corsica, giving different keys', () => {
    expect(nirKey('155122A123456')).toBe('63');
    expect(nirKey('155122B123456')).toBe('90');
    expect(nirKey('155122A123456')).toBe(nirKey('1551219123456'));
    expect(nirKey('155122B123456')).toBe(nirKey('1551218123456'));
    expect(nirProblem('155122A12345663')).toBeNull();
    expect(nirProblem('155122B12345690')).toBeNull();
    expect(nirProblem('155122A12345690')).toBe('the control key does not match');
  });

  it('refuses anything but a 13-character number, without echoing it', () => {
    expect(() => nirKey('18412764510')).toThrow(/13-character/);
    expect(() => nirKey('184127645108X')).toThrow(/^nirKey expects a 13-character NIR number \(digits, 2A or 2B\)$/);
  });
});

describe('nirProblem', () => {
  it('accepts temporary numbers, unknown months, overseas and foreign births', () => {
    for (const nir of ['184127645108946', '269029935007584', '184209900101532', '284509710501218', '179109913504247', '784127645108937']) {
      expect(nirProblem(nir)).toBeNull();
    }
  });

  const withKey = (number13: string) => number13 + nirKey(number13);

  it('gives a distinct reason per rule, none containing the NIR', () => {
    const cases: Array<[string, RegExp]> = [
      ['18412764510894', /15 characters/],
      ['1841276451089466', /15 characters/],
      [withKey('3841276451089'), /sex digit must be 1, 2, 7 or 8/],
      ['1X4127645108946', /year of birth/],
      [withKey('1840076451089'), /invalid month/],
      [withKey('1841376451089'), /invalid month/],
      [withKey('1844576451089'), /invalid month/],
      [withKey('1841200451089'), /invalid department/],
      ['18412AB45108946', /invalid department/],
      ['1841276A5108946', /commune, order number and key must be digits/],
      ['184127645108947', /the control key does not match/],
    ];
    for (const [nir, reason] of cases) {
      const problem = nirProblem(nir);
      expect(problem, nir).toMatch(reason);
      expect(problem).not.toContain(nir.slice(1, 7));
    }
  });

  it('treats a lowercase Corsican letter as invalid: normalise first', () => {
    expect(nirProblem('155122a12345663')).toMatch(/department/);
    expect(nirProblem(normalizeNir('155122a12345663'))).toBeNull();
  });
});

describe('maskNir', () => {
  it('keeps the sex digit and the separators only', () => {
    expect(maskNir('1 84 12 76 451 089 46')).toBe('1 •• •• •• ••• ••• ••');
    expect(maskNir('184127645108946')).toBe('1••••••••••••••');
    expect(maskNir('  2A')).toBe('  2•');
  });

  it('never shows more than one character, whatever the input', () => {
    const rng = mulberry32(7);
    const inputs = ['', 'x', '1', '12', '1-8.4_', 'abc def ghi', '1 84 12 76 451 089 46 and then a whole row;01/02/1984;775606056', 'é€💥'];
    for (let i = 0; i < 200; i++) {
      const nir = syntheticNir(rng);
      inputs.push(
        nir,
        `${nir.slice(0, 1)} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`,
      );
    }
    for (const input of inputs) {
      const masked = maskNir(input);
      expect([...shownCharacters(masked)].length, input).toBeLessThanOrEqual(1);
      if (input.length >= 4) expect(masked).not.toContain(input.slice(1, 4));
    }
  });

  it('caps the length so a misplaced row cannot flood a message', () => {
    const masked = maskNir('1'.repeat(500));
    expect(masked.length).toBeLessThan(30);
    expect(masked.endsWith('…')).toBe(true);
  });
});

describe('syntheticNir', () => {
  it('produces valid, normalised 15-character NIRs, deterministically', () => {
    const generate = (rng: () => number) => Array.from({ length: 2000 }, () => syntheticNir(rng));
    const first = generate(mulberry32(42));
    const again = generate(mulberry32(42));
    expect(first).toEqual(again);
    expect(first.filter((nir) => nir.length !== 15 || normalizeNir(nir) !== nir || nirProblem(nir) !== null)).toEqual([]);
    // The generator covers overseas and foreign births too.
    expect(first.some((nir) => nir.slice(5, 7) === '99')).toBe(true);
    expect(first.some((nir) => nir.slice(5, 7) === '97')).toBe(true);
  });

  it('follows the requested sex, birth date and Corsican birth', () => {
    const rng = mulberry32(1);
    for (let i = 0; i < 100; i++) {
      const nir = syntheticNir(rng, { sex: 2, birthDate: new Date(Date.UTC(1984, 11, 3)), corsica: true });
      expect(nir.slice(0, 5)).toBe('28412');
      expect(['2A', '2B']).toContain(nir.slice(5, 7));
      expect(nirProblem(nir)).toBeNull();
    }
  });
});

describe('mulberry32', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const c = mulberry32(124);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values).not.toEqual(Array.from({ length: 1000 }, () => c()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('cellShape', () => {
  it('gives a length and character classes, never a character of the cell', () => {
    expect(cellShape('184127645108946')).toBe('15 chars: digits');
    expect(cellShape('1 84 12 2A 451 089 46')).toBe('21 chars: digits, spaces, letters');
    expect(cellShape('MUT-X')).toBe('5 chars: letters, other characters');
    expect(cellShape('é')).toBe('1 char: letters');
    expect(cellShape('')).toBe('empty');
  });
});
