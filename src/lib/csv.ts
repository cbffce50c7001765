/**
 * Cells of the CSV files the gateway writes (the register, the ingest error reports), safe to open
 * in a spreadsheet. OWASP's CSV-injection rules (https://owasp.org/www-community/attacks/CSV_Injection):
 * a cell starting with `=`, `+`, `-`, `@`, a tab (0x09) or a carriage return (0x0D) is prefixed
 * with a single quote, so the spreadsheet reads it as text rather than a formula, and every such
 * cell is wrapped in double quotes with its double quotes doubled, so that no delimiter or quote
 * inside it can start a new cell that would escape the prefix.
 *
 * `-` is prefixed too, negative numbers included: no column these files hold is a signed number
 * (dates, counts, line numbers, labels, free text), so a leading `-` is always text here, and
 * guessing which `-…` is "really" a number is exactly what formulas such as `-2+3+cmd|…` exploit.
 * The quote is visible in the cell: the price of a cell that cannot run anything.
 */

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Whether a spreadsheet could take the cell for a formula (OWASP's list of first characters). */
export function startsLikeFormula(value: string): boolean {
  return FORMULA_START.has(value.charAt(0));
}

/** One cell: neutralised if it starts like a formula, quoted when it must be. */
export function csvCell(value: string, delimiter: string): string {
  const escaped = value.replace(/"/g, '""');
  if (startsLikeFormula(value)) return `"'${escaped}"`;
  return value.includes(delimiter) || /["\n\r]/.test(value) ? `"${escaped}"` : value;
}

/** One line of cells, without its line break. */
export function csvRow(cells: readonly string[], delimiter: string): string {
  return cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
}
