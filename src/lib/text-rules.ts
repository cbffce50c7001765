import { printableCodePoints } from './fonts';

/**
 * What a string from outside may hold, by kind. One table for the GraphQL inputs and the REST
 * parameters, so the two databases see the same text: PostgreSQL refuses a NUL byte and anything
 * past a varchar's length with an error, SQLite stores both, and neither keeps a lone surrogate.
 *
 * - `line`: a name, title, reference or contact: printed on one line (the PDF page header among
 *   others), so no control character at all, CR and LF included; at most what a varchar(255) holds.
 * - `text`: free text (descriptions, measures, justifications), stored in `text` columns: tab, LF
 *   and CR allowed; bounded so that the largest draft stays a few pages per field.
 * - `key`: what never reaches a document (idempotency keys, search terms, cursors, file names):
 *   single-line, any printable Unicode.
 *
 * `line` and `text` can reach a filing or letter PDF, so every character must have a glyph in the
 * embedded fonts: a character they cannot draw would print as an empty box in a legal document.
 */
export const TEXT_RULES = {
  line: { maxLength: 255, multiline: false, printed: true },
  text: { maxLength: 4000, multiline: true, printed: true },
  key: { maxLength: 255, multiline: false, printed: false },
} as const;

export type TextKind = keyof typeof TEXT_RULES;

/** The varchar length of a `line` column: the default `@Property()` string column holds exactly this. */
export const LINE_MAX_LENGTH = TEXT_RULES.line.maxLength;

const codePoint = (value: number) => `U+${value.toString(16).toUpperCase().padStart(4, '0')}`;

const isControl = (value: number) => value < 0x20 || (value >= 0x7f && value < 0xa0);
const isLineBreakOrTab = (value: number) => value === 0x09 || value === 0x0a || value === 0x0d;

/**
 * Why a string may not be stored as this kind, or undefined when it may. The reason never quotes
 * the value (it may be anything, a NIR included): only its length or the code point at fault.
 * Lengths count characters (code points), as the PDF and a reader do.
 */
export function textProblem(value: string, kind: TextKind): string | undefined {
  const rule = TEXT_RULES[kind];
  let length = 0;
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    let char = unit;
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = value.charCodeAt(index + 1);
      if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff))
        return `contains a lone surrogate (${codePoint(unit)}), which is not valid Unicode`;
      char = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
      index++;
    }
    length++;
    if (char === 0) return 'contains a NUL character (U+0000)';
    if (isControl(char) && !(rule.multiline && isLineBreakOrTab(char))) {
      return rule.multiline
        ? `contains the control character ${codePoint(char)}; only tab, line feed and carriage return are allowed`
        : `contains the control character ${codePoint(char)}; a single-line value holds no line break or control character`;
    }
    if (rule.printed && !(rule.multiline && isLineBreakOrTab(char)) && !printableCodePoints().has(char)) {
      return `character ${codePoint(char)} cannot be printed in the CNIL filing's fonts`;
    }
  }
  if (length > rule.maxLength) return `at most ${rule.maxLength} characters, got ${length}`;
  return undefined;
}

/**
 * Free text as a document draws it. The fonts have no glyph for a tab or a carriage return, which
 * pdfkit would draw as empty boxes: a tab is a space, CR LF and a lone CR a line feed. The stored
 * text (and the filed content's hash) keep what the client sent.
 */
export function asPrinted(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}
