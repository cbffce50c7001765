/**
 * Writing a TrueType subset's file, the same bytes as fontkit (2.0) writes them, without its
 * generic encoder: fontkit writes the subset through restructure, which measures then writes the
 * font's hinting programs (`fpgm`, `prep`, `cvt `, several kilobytes in Source Sans) one byte per
 * call, in each document, though they never change. The tables that do not depend on the subset
 * are taken once per font from fontkit's own output; those that do (the glyphs, their offsets and
 * metrics, the glyph count) are written here. The first subset of each font is written both ways
 * and compared: a font for which they differ keeps fontkit's encoder.
 */

/** What fontkit's TrueType subset holds once its glyphs are added (TTFSubset.encode). */
export interface SubsetTables {
  glyf: Uint8Array[];
  loca: { offsets: number[]; version: number };
  hmtx: { metrics: { advance: number; bearing: number }[] };
}

export interface SubsetTemplate {
  /** Each table of the file, in fontkit's order, with its bytes when they are the same in every subset. */
  tables: { tag: string; bytes: Uint8Array | null }[];
}

/** The tables fontkit's TrueType subset writes, in its order; those the font lacks are left out. */
const ORDER = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;
const VARIABLE = new Set(['hhea', 'loca', 'maxp', 'glyf', 'hmtx']);

/** Reads the table records of a font file: tag, offset and length of each, in the file's order. */
function tableRecords(file: Uint8Array): { tag: string; offset: number; length: number }[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const count = view.getUint16(4);
  const records = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    records.push({
      tag: String.fromCharCode(file[at]!, file[at + 1]!, file[at + 2]!, file[at + 3]!),
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    });
  }
  return records;
}

/** The template of a font, from a file fontkit wrote for one of its subsets; null if its layout is not the expected one. */
export function templateOf(file: Uint8Array): SubsetTemplate | null {
  const records = tableRecords(file);
  const expected = ORDER.filter((tag) => records.some((r) => r.tag === tag));
  if (records.length !== expected.length || records.some((r, i) => r.tag !== expected[i])) return null;
  return {
    tables: records.map((r) => ({ tag: r.tag, bytes: VARIABLE.has(r.tag) ? null : file.slice(r.offset, r.offset + r.length) })),
  };
}

/** hhea.numberOfMetrics and maxp.numGlyphs: the glyph count, the only field of these tables a subset changes. */
const COUNT_AT: Readonly<Record<string, number>> = { hhea: 34, maxp: 4 };

/** The subset's file, as fontkit writes it: `reference` holds the hhea and maxp of any subset of the font. */
export function encodeSubset(template: SubsetTemplate, reference: Map<string, Uint8Array>, subset: SubsetTables): Buffer {
  const glyphs = subset.glyf.length;
  const short = subset.loca.version === 0;
  const data = template.tables.map(({ tag, bytes }) => {
    if (bytes) return bytes;
    switch (tag) {
      case 'glyf':
        return Buffer.concat(subset.glyf);
      case 'loca': {
        const { offsets } = subset.loca;
        const out = Buffer.alloc(offsets.length * (short ? 2 : 4));
        offsets.forEach((offset, i) => (short ? out.writeUInt16BE(offset >>> 1, 2 * i) : out.writeUInt32BE(offset, 4 * i)));
        return out;
      }
      case 'hmtx': {
        const out = Buffer.alloc(subset.hmtx.metrics.length * 4);
        subset.hmtx.metrics.forEach(({ advance, bearing }, i) => {
          out.writeUInt16BE(advance, 4 * i);
          out.writeInt16BE(bearing, 4 * i + 2);
        });
        return out;
      }
      default: {
        const out = Buffer.from(reference.get(tag)!);
        out.writeUInt16BE(glyphs, COUNT_AT[tag]!);
        return out;
      }
    }
  });
  const count = template.tables.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  header.write('true', 0, 'latin1');
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = header.length;
  template.tables.forEach(({ tag }, i) => {
    header.write(tag, 12 + 16 * i, 'latin1');
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(data[i]!.length, 12 + 16 * i + 12);
    offset += data[i]!.length;
  });
  return Buffer.concat([header, ...data]);
}

/** The hhea and maxp of a file fontkit wrote, to patch the glyph count of. */
export function countTables(file: Uint8Array): Map<string, Uint8Array> {
  return new Map(
    tableRecords(file)
      .filter((r) => r.tag in COUNT_AT)
      .map((r) => [r.tag, file.slice(r.offset, r.offset + r.length)]),
  );
}
