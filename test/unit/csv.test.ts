import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, startsLikeFormula } from '../../src/lib/csv';

describe('csvCell (OWASP CSV injection)', () => {
  it('prefixes a single quote and quotes every cell starting with =, +, -, @, tab or CR', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")', ';')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvCell('+33 1 23', ';')).toBe(`"'+33 1 23"`);
    expect(csvCell("-2+3+cmd|' /C calc'!A0", ';')).toBe(`"'-2+3+cmd|' /C calc'!A0"`);
    expect(csvCell('-12', ';')).toBe(`"'-12"`);
    expect(csvCell('@SUM(A1)', ';')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1+1', ';')).toBe(`"'\t=1+1"`);
    expect(csvCell('\r=1+1', ';')).toBe(`"'\r=1+1"`);
  });

  it('leaves other cells as they are, quoting only those holding the delimiter, a quote or a line break', () => {
    expect(csvCell('Mutuelle des Cigales', ';')).toBe('Mutuelle des Cigales');
    expect(csvCell('a = b', ';')).toBe('a = b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ';')).toBe('"two\nlines"');
    expect(csvCell('', ';')).toBe('');
  });

  it('knows exactly the first characters OWASP lists', () => {
    for (const c of ['=', '+', '-', '@', '\t', '\r']) expect(startsLikeFormula(`${c}x`)).toBe(true);
    for (const c of [' ', '\n', '"', "'", 'a', '1', ';']) expect(startsLikeFormula(`${c}x`)).toBe(false);
  });

  it('joins a row with the delimiter, each cell neutralised', () => {
    expect(csvRow(['=1', 'ok', 'a;b'], ';')).toBe(`"'=1";ok;"a;b"`);
  });
});
