import { asPrinted } from '../lib/text-rules';
import { A4, MARGIN } from './pdf-document';
import { FONT } from '../lib/fonts';

/**
 * Layout primitives shared by the filing and the letter: sections, label/value rows, option lists
 * with their boxes, tables and paragraphs, each tagged in the structure tree so the PDF reads aloud
 * in order. The templates say what goes where; this says how it looks.
 */
export const INK = {
  text: '#1b1f24',
  muted: '#5b6470',
  faint: '#8a939e',
  rule: '#c9d0d8',
  accent: '#1f3a5f',
  fill: '#eef1f5',
  alert: '#b3261e',
} as const;

const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LABEL_WIDTH = 168;
const GUTTER = 14;
const VALUE_X = MARGIN.left + LABEL_WIDTH + GUTTER;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH - GUTTER;
const PAGE_BOTTOM = A4.height - MARGIN.bottom;
const BOX_INDENT = 13;

type Struct = PDFKit.PDFStructureElement;

const CELL = { size: 8.5, padX: 5, padY: 3.5, lineGap: 1 } as const;

/** Fixed widths as given, the rest shared by the '*' columns. */
function columnWidths(widths: readonly (number | '*')[]): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const stars = widths.filter((w) => w === '*').length;
  return widths.map((w) => (w === '*' ? (CONTENT_WIDTH - fixed) / stars : w));
}

export interface TableSpec {
  columns: string[];
  rows: string[][];
  /** Column widths in points; '*' shares what is left. */
  widths: (number | '*')[];
}

export class Layout {
  readonly root: Struct;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Starts a new page when less than `height` points are left, so headings never end a page. */
  keepSpace(height: number): void {
    if (this.doc.y + height > PAGE_BOTTOM) this.doc.addPage();
    this.doc.x = MARGIN.left;
  }

  part(type: string): Struct {
    const part = this.doc.struct(type);
    this.root.add(part);
    return part;
  }

  text(
    parent: Struct,
    type: string,
    text: string,
    style: { font: string; size: number; color?: string; gap?: number; align?: 'left' | 'right' | 'center' | 'justify' },
  ): void {
    const { doc } = this;
    doc
      .font(style.font)
      .fontSize(style.size)
      .fillColor(style.color ?? INK.text);
    doc.text(asPrinted(text), MARGIN.left, doc.y, {
      width: CONTENT_WIDTH,
      align: style.align ?? 'left',
      structParent: parent,
      structType: type,
      lineGap: 1.5,
    });
    doc.y += style.gap ?? 0;
  }

  /** "7. À propos de la violation" with its rule; returns the section's structure element. */
  section(title: string): Struct {
    const { doc } = this;
    this.keepSpace(80);
    doc.y += 10;
    const sect = this.part('Sect');
    this.text(sect, 'H1', title, { font: FONT.serifBold, size: 13, color: INK.accent, gap: 2 });
    this.rule();
    doc.y += 6;
    return sect;
  }

  subheading(parent: Struct, title: string): void {
    this.keepSpace(48);
    this.doc.y += 4;
    this.text(parent, 'H2', title, { font: FONT.sansBold, size: 9.5, color: INK.accent, gap: 3 });
  }

  rule(color: string = INK.rule): void {
    const { doc } = this;
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .moveTo(MARGIN.left, doc.y)
      .lineTo(MARGIN.left + CONTENT_WIDTH, doc.y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
    doc.endMarkedContent();
  }

  /**
   * A form row: the label on the left, the value on the right, and under the value the source it
   * came from. An empty value reads "Non renseigné", as on the form.
   */
  field(parent: Struct, label: string, value: string | null, note: string | null = null): void {
    this.row(parent, label, () => {
      const { doc } = this;
      const empty = value === null;
      doc
        .font(empty ? FONT.serifItalic : FONT.serif)
        .fontSize(10)
        .fillColor(empty ? INK.faint : INK.text);
      doc.text(value === null ? 'Non renseigné' : asPrinted(value), VALUE_X, doc.y, {
        width: VALUE_WIDTH,
        structParent: parent,
        structType: 'P',
        lineGap: 1.5,
      });
      if (note) this.note(parent, note);
    });
  }

  /** Every option of the list with its box, checked or not, so the page reads like the form. */
  choices(parent: Struct, label: string, options: readonly { label: string; selected: boolean }[], note: string | null): void {
    // A list reads as one answer: it starts on a new page rather than leave its end (or its source) alone.
    this.keepSpace(options.length * 13 + (note ? 14 : 0) + 6);
    this.row(parent, label, () => {
      const { doc } = this;
      const list = doc.struct('L');
      parent.add(list);
      for (const option of options) {
        const item = doc.struct('LI');
        list.add(item);
        doc
          .font(option.selected ? FONT.sansBold : FONT.sans)
          .fontSize(9.5)
          .fillColor(option.selected ? INK.text : INK.muted);
        // The box, then the label with a hanging indent, so a wrapped label lines up under itself.
        const top = doc.y;
        doc.text(option.selected ? '☑' : '☐', VALUE_X, top, { lineBreak: false, structParent: item, structType: 'Lbl' });
        doc.text(option.label, VALUE_X + BOX_INDENT, top, {
          width: VALUE_WIDTH - BOX_INDENT,
          structParent: item,
          structType: 'LBody',
          lineGap: 1,
        });
      }
      if (note) this.note(parent, note);
    });
  }

  note(parent: Struct, note: string): void {
    this.doc.font(FONT.sans).fontSize(7.5).fillColor(INK.faint);
    this.doc.text(asPrinted(note), VALUE_X, this.doc.y + 1, { width: VALUE_WIDTH, structParent: parent, structType: 'P' });
  }

  private row(parent: Struct, label: string, value: () => void): void {
    const { doc } = this;
    this.keepSpace(30);
    const top = doc.y;
    doc.font(FONT.sans).fontSize(8.5).fillColor(INK.muted);
    doc.text(label, MARGIN.left, top + 1.2, { width: LABEL_WIDTH, structParent: parent, structType: 'P', lineGap: 1 });
    const page = doc.page;
    const labelBottom = doc.y;
    doc.y = top;
    value();
    // A value that ran onto the next page already set the cursor; otherwise the taller column does.
    if (doc.page === page) doc.y = Math.max(labelBottom, doc.y);
    doc.y += 5;
    doc.x = MARGIN.left;
  }

  /**
   * A table drawn row by row: a row that does not fit starts a new page, where the header row is
   * repeated. Drawn here rather than with pdfkit's table, which re-opens the font of every cell.
   */
  table(parent: Struct, spec: TableSpec, label?: string): void {
    const { doc } = this;
    if (label) this.subheading(parent, label);
    const widths = columnWidths(spec.widths);
    const table = doc.struct('Table');
    parent.add(table);
    this.keepSpace(40);
    this.tableRow(table, spec.columns, widths, true);
    for (const row of spec.rows.map((cells) => cells.map(asPrinted))) {
      // Measured once: wrapping every cell to learn its height costs as much as drawing it.
      const height = this.rowHeight(row, widths, false);
      if (doc.y + height > PAGE_BOTTOM) {
        doc.addPage();
        this.tableRow(table, spec.columns, widths, true);
      }
      this.tableRow(table, row, widths, false, height);
    }
    doc.y += 8;
    doc.x = MARGIN.left;
  }

  private rowHeight(cells: readonly string[], widths: readonly number[], header: boolean): number {
    this.doc.font(header ? FONT.sansBold : FONT.sans).fontSize(CELL.size);
    return (
      Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell, { width: widths[i]! - 2 * CELL.padX, lineGap: CELL.lineGap }))) +
      2 * CELL.padY
    );
  }

  private tableRow(
    table: Struct,
    cells: readonly string[],
    widths: readonly number[],
    header: boolean,
    height: number = this.rowHeight(cells, widths, header),
  ): void {
    const { doc } = this;
    const top = doc.y;
    doc.markContent('Artifact', { type: 'Layout' });
    if (header) doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(INK.fill);
    doc
      .moveTo(MARGIN.left, top + height)
      .lineTo(MARGIN.left + CONTENT_WIDTH, top + height)
      .lineWidth(0.5)
      .strokeColor(INK.rule)
      .stroke();
    doc.endMarkedContent();
    const row = doc.struct('TR');
    table.add(row);
    doc
      .font(header ? FONT.sansBold : FONT.sans)
      .fontSize(CELL.size)
      .fillColor(header ? INK.accent : INK.text);
    let x = MARGIN.left;
    cells.forEach((cell, i) => {
      doc.text(cell, x + CELL.padX, top + CELL.padY, {
        width: widths[i]! - 2 * CELL.padX,
        lineGap: CELL.lineGap,
        structParent: row,
        structType: header ? 'TH' : 'TD',
      });
      x += widths[i]!;
    });
    doc.y = top + height;
  }

  paragraph(parent: Struct, text: string, style: { size?: number; font?: string; color?: string; gap?: number } = {}): void {
    this.keepSpace(28);
    this.text(parent, 'P', text, {
      font: style.font ?? FONT.serif,
      size: style.size ?? 10.5,
      color: style.color,
      align: 'justify',
      gap: style.gap ?? 6,
    });
  }
}
