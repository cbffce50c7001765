import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';

/**
 * The typefaces of every document, here below both their users: the PDF renderer sets text in them,
 * and the input rules (text-rules.ts) accept only what they can draw. Read from Adobe's own npm packages (Source Serif 4 for the text,
 * Source Sans 3 for labels, tables and boxes), never from the system: the same bytes on every machine
 * is what makes a render reproducible, and PDF/A wants every font embedded.
 */
export const FONT = {
  serif: 'serif',
  serifBold: 'serif-bold',
  serifItalic: 'serif-italic',
  sans: 'sans',
  sansBold: 'sans-bold',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Readonly<Record<FontName, [pkg: string, file: string]>> = {
  serif: ['source-serif', 'SourceSerif4-Regular.ttf'],
  'serif-bold': ['source-serif', 'SourceSerif4-Semibold.ttf'],
  'serif-italic': ['source-serif', 'SourceSerif4-It.ttf'],
  sans: ['source-sans', 'SourceSans3-Regular.ttf'],
  'sans-bold': ['source-sans', 'SourceSans3-Semibold.ttf'],
};

let loaded: ReadonlyMap<FontName, Font> | undefined;

/**
 * The fonts, read and parsed once per process. Handing pdfkit parsed fonts rather than files
 * matters: pdfkit re-opens a font given as bytes each time a table cell restores it, which made
 * a render parse the same TrueType file hundreds of times.
 */
export function fonts(): ReadonlyMap<FontName, Font> {
  loaded ??= new Map(
    (Object.entries(FILES) as [FontName, [string, string]][]).map(([name, [pkg, file]]) => [
      name,
      glyphsKeepTheirCharacters(create(readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'TTF', file))) as Font),
    ]),
  );
  return loaded;
}

/**
 * fontkit keeps each glyph it hands out with the characters it was first reached from
 * (Font.getGlyph caches by glyph id), and pdfkit writes a glyph's characters into the PDF's ToUnicode
 * map. With the fonts parsed once per process, a glyph several characters share (the space, U+00A0
 * and U+202F; the apostrophe and U+02BC) carried the characters of whatever text an earlier document
 * on that thread had shaped first: one content rendered to other bytes on another thread, and
 * `verify` called a genuine filing altered. Each shaping now gets the glyph with the characters it
 * was shaped from (the cached glyph underneath), so pdfkit maps each glyph to the characters of its
 * first use in the document itself, as it would with a font of its own.
 */
function glyphsKeepTheirCharacters(font: Font): Font {
  const cached = font.getGlyph.bind(font);
  font.getGlyph = (id: number, characters?: number[]) => {
    const glyph = cached(id, characters);
    if (!characters?.length || sameCharacters(glyph.codePoints, characters)) return glyph;
    return Object.create(glyph, { codePoints: { value: characters } }) as typeof glyph;
  };
  return font;
}

function sameCharacters(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((codePoint, i) => codePoint === b[i]);
}

let printable: ReadonlySet<number> | undefined;

/**
 * The code points every embedded font can draw: any text may be set in any of them (a name in the
 * header's sans, the same name in the body's serif), so it is the intersection of their character
 * maps. Read from the fonts themselves, once, so what the input accepts can never drift from what
 * the PDF prints.
 */
export function printableCodePoints(): ReadonlySet<number> {
  if (!printable) {
    const maps = [...fonts().values()].map((font) => new Set(font.characterSet));
    const [first] = maps;
    if (!first) throw new Error('no font is embedded');
    printable = new Set([...first].filter((char) => maps.every((map) => map.has(char))));
  }
  return printable;
}
