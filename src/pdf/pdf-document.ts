import PDFDocument from 'pdfkit';
import { sha256Hex } from '../lib/canonical-json';
import { FONT, fonts } from '../lib/fonts';
import { countTables, encodeSubset, type SubsetTemplate, templateOf } from './subset-encoding';

/**
 * The document shell every rendering shares: A4, French, PDF/A-3b, tagged, fonts embedded, the
 * content attached as JSON (relationship Data), the running header, the watermark and the footer.
 * Reproducible: every date comes from the content and pdfkit derives the file identifier from the
 * metadata, so the same content gives the same bytes.
 */
export const RENDERER_VERSION = 'breach-gateway-pdf/1';

/** A4 in points, as ISO 216 and pdfkit define it. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Across every page of anything not filed. */
export const DRAFT_WATERMARK = 'PROJET — NON TRANSMIS';

export const MARGIN = { top: 78, bottom: 70, left: 62, right: 62 } as const;

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** From the content (its assembly or filing instant), never from the clock. */
  createdAt: Date;
}

export interface PdfAttachment {
  name: string;
  description: string;
  json: string;
}

export interface PdfFrame {
  /** Left and right of the running header, on every page. */
  header: [string, string];
  /** Shown across every page of anything not filed. */
  watermark: string | null;
  /** Left of the footer, before "page X / Y". */
  footer: string;
}

export interface RenderedPdf {
  bytes: Buffer;
  sha256: string;
  pageCount: number;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** A document ready for content: fonts registered, metadata set, first page open. */
export function startDocument(meta: PdfMetadata): PDFKit.PDFDocument {
  const info = {
    Title: meta.title,
    Author: meta.author,
    Subject: meta.subject,
    Keywords: meta.keywords.join(', '),
    Creator: RENDERER_VERSION,
    Producer: `${RENDERER_VERSION} (PDFKit)`,
    CreationDate: meta.createdAt,
  };
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    bufferPages: true,
    info,
  });
  // pdfkit writes the XMP packet without escaping: an organisation named "A & B" would break it.
  const withRawInfo = doc as unknown as { info: typeof info; _addInfo(): void };
  const addInfo = withRawInfo._addInfo.bind(doc);
  withRawInfo._addInfo = () => {
    const raw = withRawInfo.info;
    withRawInfo.info = Object.fromEntries(
      Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? escapeXml(v) : v]),
    ) as typeof info;
    try {
      addInfo();
    } finally {
      withRawInfo.info = raw;
    }
  };
  writeInOneChunk(doc);
  registerFonts(doc);
  doc.font(FONT.serif);
  return doc;
}

type Chunk = Uint8Array | string;
interface Writable {
  _offset: number;
  _write(data: Chunk): void;
  push(chunk: Uint8Array | null): boolean;
  ref(data?: object): Reference;
}
interface Reference {
  write(chunk: Chunk): void;
  finalize(): void;
}

/**
 * pdfkit (0.20) turns every string it writes into bytes one character at a time, and pushes every
 * object's few bytes through the Readable stream on their own (a copy each): thousands of tiny
 * arrays per document, each a stream event, which made writing the file cost as much as laying it
 * out. Here the same bytes are gathered as they are written and handed over in one chunk when the
 * document ends, and each stream's text (a page's operators, one per call) is turned into bytes
 * once. pdfkit's own conversion keeps the low byte of each UTF-16 unit, which is what latin1 does.
 */
function writeInOneChunk(doc: PDFKit.PDFDocument): void {
  const writable = doc as unknown as Writable;
  const push = writable.push.bind(doc);
  const chunks: Uint8Array[] = [];
  // Lines of text since the last bytes, each one byte per UTF-16 unit once converted (latin1).
  const lines: string[] = [];
  const flush = () => {
    if (!lines.length) return;
    chunks.push(latin1Lines(lines));
  };
  writable._write = (data) => {
    if (data instanceof Uint8Array) {
      flush();
      chunks.push(data);
      writable._offset += data.length;
    } else {
      const line = `${data}`;
      lines.push(line);
      writable._offset += line.length + 1;
    }
  };
  writable.push = (chunk) => {
    if (chunk !== null) return push(chunk);
    flush();
    push(Buffer.concat(chunks));
    chunks.length = 0;
    return push(null);
  };
  const ref = writable.ref.bind(doc);
  writable.ref = (data) => gatherText(ref(data));
}

/** The lines as pdfkit writes them (each followed by a newline), in bytes; empties the list. */
function latin1Lines(lines: string[]): Buffer {
  const bytes = Buffer.from(`${lines.join('\n')}\n`, 'latin1');
  lines.length = 0;
  return bytes;
}

/** A stream object whose text lines are kept as text until it is finalized (or given bytes), then written at once. */
function gatherText(ref: Reference): Reference {
  const write = ref.write.bind(ref);
  const finalize = ref.finalize.bind(ref);
  const lines: string[] = [];
  const flush = () => {
    if (!lines.length) return;
    write(latin1Lines(lines));
  };
  ref.write = (chunk) => {
    if (chunk instanceof Uint8Array) {
      flush();
      write(chunk);
    } else lines.push(`${chunk}`);
  };
  ref.finalize = () => {
    flush();
    finalize();
  };
  return ref;
}

/**
 * Registers every font, parsed once per process, with the word layouts shared across documents:
 * all that one render keeps for the next. Exported for bench-pdf's honest floor, which must start
 * from the same caches for its ratio to measure layout alone.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, font] of fonts()) {
    doc.registerFont(name, font as unknown as Buffer);
    shareLayouts(doc, name);
  }
}

/**
 * Shaping a word (OpenType substitutions and positioning) is half of a render, and pdfkit caches it
 * per document only. The result depends on the font and the word alone, so documents share one
 * cache per font; it is dropped when it grows past a bound, which changes speed, never output.
 */
const SHARED_LAYOUTS = new Map<string, Record<string, GlyphRun>>();
const SHARED_LAYOUTS_MAX_WORDS = 20_000;

function shareLayouts(doc: PDFKit.PDFDocument, name: string): void {
  let cache = SHARED_LAYOUTS.get(name);
  if (!cache || Object.keys(cache).length > SHARED_LAYOUTS_MAX_WORDS) {
    cache = Object.create(null) as Record<string, GlyphRun>;
    SHARED_LAYOUTS.set(name, cache);
  }
  doc.font(name);
  // pdfkit's embedded font keeps its word layouts in `layoutCache` (PDFKit 0.20, EmbeddedFont).
  const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
  embedded.layoutCache = cache;
  joinWordsFaster(embedded);
  shareGlyphs(embedded.subset);
}

/** A shaped word as fontkit (2.0) returns it: its run's width is a getter that sums the positions anew. */
interface GlyphRun {
  glyphs: unknown[];
  positions: { xAdvance: number }[];
  advanceWidth: number;
}

/** The parts of pdfkit's (0.20) EmbeddedFont that measuring and encoding text go through. */
interface EmbeddedFont {
  layoutCache?: Record<string, GlyphRun>;
  subset: TrueTypeSubset;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layoutCached(text: string): GlyphRun;
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number };
}

/**
 * pdfkit measures and encodes a string word by word, each word shaped once (the cache above), but
 * it sums each word's glyph advances anew at every measure and joins the words' glyphs by copying
 * the arrays so far at each word: wrapping measures every word of every line, then encodes each
 * line. This is the same loop (same words, same order, same sums) with each word's width kept
 * beside its shaping and the glyphs appended in place.
 */
function joinWordsFaster(font: EmbeddedFont): void {
  font.layoutCached = function (this: EmbeddedFont, text: string): GlyphRun {
    const cache = this.layoutCache;
    if (!cache) return this.layoutRun(text);
    let run = cache[text];
    if (!run) {
      run = this.layoutRun(text);
      // Shaped runs are never changed after this (pdfkit scales them inside layoutRun).
      Object.defineProperty(run, 'advanceWidth', { value: run.advanceWidth });
      cache[text] = run;
    }
    return run;
  };
  font.layout = function (this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean) {
    if (features) return this.layoutRun(text, features);
    const glyphs: unknown[] | null = onlyWidth ? null : [];
    const positions: unknown[] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    let last = 0;
    // A word ends after each space or tab, and at the end of the text (pdfkit's split, unchanged).
    for (let index = 0; index <= text.length; index++) {
      const code = text.charCodeAt(index);
      if (code !== 32 && code !== 9 && !(index === text.length && last < index)) continue;
      const run = this.layoutCached(text.slice(last, index + 1));
      if (glyphs && positions) {
        for (const glyph of run.glyphs) glyphs.push(glyph);
        for (const position of run.positions) positions.push(position);
      }
      advanceWidth += run.advanceWidth;
      last = index + 1;
    }
    return { glyphs, positions, advanceWidth };
  };
}

/** The parts of fontkit's (2.0) TrueType subset that adding a glyph touches. */
interface TrueTypeSubset {
  font: {
    _variationProcessor?: unknown;
    loca: { offsets: number[]; version: number };
    getGlyph(id: number): {
      advanceWidth: number;
      _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
      _getMetrics(): { leftBearing: number };
    };
    _getTableStream(tag: 'glyf'): { pos: number; readBuffer(length: number): Uint8Array };
  };
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[]; bearings: number[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
  encode(): Uint8Array;
}

interface SubsetGlyph {
  bytes: Uint8Array;
  /** A compound glyph's components, whose ids are renumbered in each subset. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

/**
 * Each document embeds the subset of each font it uses (PDF/A), and fontkit decodes every glyph's
 * outline anew for each subset only to learn whether it is compound, then copies its bytes from the
 * font: a third of writing the file. What it reads depends on the font and the glyph alone, so it is
 * kept per font (a few thousand glyphs at most); the subset itself, its glyph order and its bytes,
 * stay each document's own. Variable fonts, whose outlines fontkit re-encodes, are left alone.
 */
const SUBSET_GLYPHS = new WeakMap<object, Map<number, SubsetGlyph>>();

function shareGlyphs(subset: TrueTypeSubset): void {
  const { font } = subset;
  if (font._variationProcessor || !font.loca) return;
  let glyphs = SUBSET_GLYPHS.get(font);
  if (!glyphs) SUBSET_GLYPHS.set(font, (glyphs = new Map()));
  const known = glyphs;
  subset._addGlyph = function (this: TrueTypeSubset, id: number): number {
    let glyph = known.get(id);
    if (!glyph) {
      const outline = font.getGlyph(id);
      const decoded = outline._decode();
      const stream = font._getTableStream('glyf');
      stream.pos += font.loca.offsets[id]!;
      glyph = {
        bytes: stream.readBuffer(font.loca.offsets[id + 1]! - font.loca.offsets[id]!),
        components: decoded && decoded.numberOfContours < 0 ? decoded.components! : null,
        advance: outline.advanceWidth,
        bearing: outline._getMetrics().leftBearing,
      };
      known.set(id, glyph);
    }
    let { bytes } = glyph;
    if (glyph.components) {
      bytes = new Uint8Array(bytes);
      const view = new DataView(bytes.buffer);
      for (const component of glyph.components) view.setUint16(component.pos, this.includeGlyph(component.glyphID));
    }
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advance, bearing: glyph.bearing });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
  writeSubsetFaster(subset);
}

/** Per font: how to write its subsets without fontkit's encoder, or false where that was found to differ. */
const SUBSET_TEMPLATES = new WeakMap<object, { template: SubsetTemplate; counts: Map<string, Uint8Array> } | false>();

/** fontkit's TTFSubset.encode, whose file is written by encodeSubset once the font's template is known. */
function writeSubsetFaster(subset: TrueTypeSubset): void {
  const { font } = subset;
  const fontkitEncode = subset.encode.bind(subset);
  // fontkit's glyph pass: every glyph, components included as they come, then the end offset.
  const addGlyphs = () => {
    subset.glyf = [];
    subset.offset = 0;
    subset.loca = { offsets: [], version: font.loca.version };
    subset.hmtx = { metrics: [], bearings: [] };
    for (let i = 0; i < subset.glyphs.length; i++) subset._addGlyph(subset.glyphs[i]!);
    subset.loca.offsets.push(subset.offset);
    return subset;
  };
  subset.encode = () => {
    const known = SUBSET_TEMPLATES.get(font);
    if (known) return encodeSubset(known.template, known.counts, addGlyphs());
    if (known === false) return fontkitEncode();
    const file = fontkitEncode();
    const template = templateOf(file);
    const counts = countTables(file);
    const same = template !== null && Buffer.from(file).equals(encodeSubset(template, counts, addGlyphs()));
    SUBSET_TEMPLATES.set(font, same ? { template, counts } : false);
    return file;
  };
}

/** Attaches the data (and any extra data, such as a filing's archive note), draws the frame on every page, and returns the bytes. */
export function finishDocument(
  doc: PDFKit.PDFDocument,
  createdAt: Date,
  attachment: PdfAttachment,
  frame: PdfFrame,
  extra: readonly PdfAttachment[] = [],
): Promise<RenderedPdf> {
  for (const file of [attachment, ...extra]) {
    // @types/pdfkit lags pdfkit 0.20, which takes the PDF/A-3 AFRelationship.
    const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
      name: file.name,
      type: 'application/json',
      description: file.description,
      relationship: 'Data',
      creationDate: createdAt,
      modifiedDate: createdAt,
    };
    doc.file(Buffer.from(file.json, 'utf8'), options);
  }
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    drawFrame(doc, frame, i + 1, count);
  }
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<RenderedPdf>((resolve, reject) => {
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      resolve({ bytes, sha256: sha256Hex(bytes), pageCount: count });
    });
    doc.on('error', reject);
  });
  doc.end();
  return done;
}

/** Header, footer and watermark are artifacts: screen readers skip them, text extraction still finds them. */
function drawFrame(doc: PDFKit.PDFDocument, frame: PdfFrame, page: number, pages: number): void {
  const width = A4.width - MARGIN.left - MARGIN.right;
  // Writing in the margins must not make pdfkit open a new page.
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.font(FONT.sans).fontSize(7.5).fillColor('#5b6470');
  doc.text(frame.header[0], MARGIN.left, 36, { width: width * 0.45, lineBreak: false });
  doc.text(frame.header[1], MARGIN.left + width * 0.45, 36, { width: width * 0.55, align: 'right', lineBreak: false });
  doc
    .moveTo(MARGIN.left, 50)
    .lineTo(A4.width - MARGIN.right, 50)
    .lineWidth(0.5)
    .strokeColor('#b8c0ca')
    .stroke();
  doc
    .moveTo(MARGIN.left, A4.height - 52)
    .lineTo(A4.width - MARGIN.right, A4.height - 52)
    .stroke();
  doc.text(frame.footer, MARGIN.left, A4.height - 44, { width: width * 0.8, lineBreak: false });
  doc.text(`page ${page} / ${pages}`, MARGIN.left + width * 0.8, A4.height - 44, { width: width * 0.2, align: 'right', lineBreak: false });
  doc.endMarkedContent();
  if (frame.watermark) {
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.save();
    doc.rotate(-52, { origin: [A4.width / 2, A4.height / 2] });
    doc.font(FONT.sansBold).fontSize(50).fillColor('#b3261e').fillOpacity(0.11);
    doc.text(frame.watermark, 0, A4.height / 2 - 30, { width: A4.width, align: 'center', lineBreak: false });
    doc.restore();
    doc.endMarkedContent();
  }
  doc.page.margins.bottom = bottom;
  doc.fillColor('#000000').fillOpacity(1);
}
