import { describe, expect, it } from 'vitest';
import { frenchVatNumber, normalizeSiren, sirenProblem, vatNumberProblem } from '../../src/organizations/siren';

describe('SIREN', () => {
  it('accepts a Luhn-valid SIREN, with spaces normalised away', () => {
    expect(sirenProblem(normalizeSiren('912 300 019'))).toBeNull();
    expect(sirenProblem('732829320')).toBeNull();
  });

  it('rejects a wrong checksum, a wrong length and letters, saying why', () => {
    expect(sirenProblem('912300018')).toMatch(/Luhn/);
    expect(sirenProblem('91230001')).toMatch(/9 digits/);
    expect(sirenProblem('91230001A')).toMatch(/9 digits/);
  });

  it("accepts La Poste's historical exception", () => {
    expect(sirenProblem('356000000')).toBeNull();
  });
});

describe('VAT number', () => {
  it('derives the French VAT number from the SIREN', () => {
    // The published example: SIREN 404 833 048 has VAT number FR83 404 833 048.
    expect(frenchVatNumber('404833048')).toBe('FR83404833048');
    expect(vatNumberProblem('FR 83 404833048', '404833048')).toBeNull();
  });

  it('rejects a French VAT number that does not belong to the SIREN', () => {
    expect(vatNumberProblem('FR00404833048', '404833048')).toMatch(/FR83404833048/);
    expect(vatNumberProblem('83-404', '404833048')).toMatch(/country code/);
  });
});
