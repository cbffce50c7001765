import { execFileSync } from 'node:child_process';
import PDFDocument from 'pdfkit';
import { describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../../src/lib/canonical-json';
import { assembleNotification } from '../../src/notifications/assemble';
import { assembleInternalDossier } from '../../src/notifications/internal-dossier';
import { canonicalHash } from '../../src/lib/canonical-json';
import { renderInternalDossier } from '../../src/pdf/internal-dossier';
import { assembleLetter } from '../../src/notifications/letter';
import { renderFiling } from '../../src/pdf/filing';
import { registerFonts } from '../../src/pdf/pdf-document';
import { FONT, fonts } from '../../src/lib/fonts';
import { renderLetter } from '../../src/pdf/letter';
import { checkPdf, readAttachments } from '../../src/documents/verify';
import { horizonInput } from '../support/notification';

const draft = assembleNotification(horizonInput);
const filed = assembleNotification({ ...horizonInput, notification: { ...horizonInput.notification, status: 'FILED' } });

describe('the PDF renderer', () => {
  it('gives byte-identical PDFs for the same content, and different ones for different content', async () => {
    const [a, b] = await Promise.all([renderFiling(draft), renderFiling(structuredClone(draft))]);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.sha256).toBe(b.sha256);
    const changed = structuredClone(draft);
    changed.organization.name = 'Mutuelle Horizon Santé Ouest';
    expect((await renderFiling(changed)).sha256).not.toBe(a.sha256);
  });

  it("shares each font's word layouts across documents, so a second render (and the benchmark's honest floor) shapes nothing anew", () => {
    type WithFont = { _font: { layoutCache: Record<string, unknown> } };
    const [a, b] = [new PDFDocument(), new PDFDocument()];
    registerFonts(a);
    registerFonts(b);
    a.font(FONT.sans).widthOfString('Zéphyrine-Quadrilatère');
    b.font(FONT.sans);
    expect((b as unknown as WithFont)._font.layoutCache['Zéphyrine-Quadrilatère']).toBeDefined();
    b.font(FONT.serif);
    expect((b as unknown as WithFont)._font.layoutCache['Zéphyrine-Quadrilatère']).toBeUndefined();
  });

  it('writes each font subset byte for byte as fontkit does, asking fontkit once per font at most', () => {
    type Subset = { includeGlyph(id: number): number; encode(): Uint8Array };
    // Accents, ligatures, the boxes and guillemets: compound glyphs among them.
    const text = 'Zéphyrine « Œuvre » ☑ ☐ ﬁnal — ½ n° 12 345,67 €';
    for (const [name, font] of fonts()) {
      const fontkitEncode = vi.spyOn(Object.getPrototypeOf(font.createSubset()) as Subset, 'encode');
      const ids = font.layout(text).glyphs.map((glyph) => glyph.id);
      let askedFontkit = 0;
      for (const glyphs of [ids, [...ids].reverse(), ids.slice(3)]) {
        const doc = new PDFDocument();
        registerFonts(doc);
        doc.font(name);
        const subset = (doc as unknown as { _font: { subset: Subset } })._font.subset;
        const plain = font.createSubset() as unknown as Subset;
        for (const id of glyphs) expect(subset.includeGlyph(id)).toBe(plain.includeGlyph(id));
        const before = fontkitEncode.mock.calls.length;
        const written = Buffer.from(subset.encode());
        askedFontkit += fontkitEncode.mock.calls.length - before;
        expect(written.equals(Buffer.from(plain.encode())), name).toBe(true);
      }
      // Once to learn the font's constant tables (unless an earlier render did), never after.
      expect(askedFontkit, name).toBeLessThanOrEqual(1);
      fontkitEncode.mockRestore();
    }
  });

  it('renders one content to the same bytes whatever the process shaped before (ToUnicode from the font alone)', async () => {
    // Each import after resetModules parses the fonts anew, as a new render thread does.
    const freshRenderer = async () => {
      vi.resetModules();
      const { fonts: parsed } = await import('../../src/lib/fonts');
      const { renderJob } = await import('../../src/pdf/render');
      return { parsed, renderJob };
    };
    const first = await freshRenderer();
    const alone = await first.renderJob({ kind: 'FILING', content: draft });
    const second = await freshRenderer();
    // French numbers and dates reach the space's glyph through U+202F and U+00A0 before any plain space.
    for (const font of second.parsed().values()) font.layout('5\u202f400\u00a0€');
    const after = await second.renderJob({ kind: 'FILING', content: draft });
    expect(after.sha256).toBe(alone.sha256);
  });

  it('renders the letter reproducibly too', async () => {
    const letter = assembleLetter({ assembly: horizonInput, record: null, cnilFiledAt: null });
    const [a, b] = await Promise.all([renderLetter(letter), renderLetter(structuredClone(letter))]);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect((await readAttachments(a.bytes)).get('letter.json')).toEqual({ data: Buffer.from(canonicalJson(letter)), relationship: 'Data' });
  });

  it('embeds the content as notification.json with relationship Data, and takes no date from the clock', async () => {
    const pdf = await renderFiling(filed);
    const attachment = (await readAttachments(pdf.bytes)).get('notification.json');
    expect(attachment).toEqual({ data: Buffer.from(canonicalJson(filed)), relationship: 'Data' });
    const text = pdf.bytes.toString('latin1');
    expect(text).toContain('/CreationDate (D:20240202090000Z)');
    expect(text).not.toContain(`D:${new Date().getUTCFullYear()}`);
  });

  it('verifies its own output and catches an edited one', async () => {
    const pdf = await renderFiling(filed);
    const check = await checkPdf(pdf.bytes);
    expect(check).toMatchObject({ bytesMatch: true, problem: null, embedded: { kind: 'FILING', canonical: true, relationship: 'Data' } });
    // Same length, so the file still parses: only the re-render can tell.
    const edited = Buffer.from(
      pdf.bytes.toString('latin1').replace('breach-gateway-pdf/1 (PDFKit)', 'breach-gateway-pdf/9 (PDFKit)'),
      'latin1',
    );
    expect(edited.equals(pdf.bytes)).toBe(false);
    expect(await checkPdf(edited)).toMatchObject({ bytesMatch: false, embedded: { kind: 'FILING' } });
  });

  it('reports a PDF that carries no content of ours', async () => {
    const letterless = await renderLetter(assembleLetter({ assembly: horizonInput, record: null, cnilFiledAt: null }));
    const foreign = Buffer.from(letterless.bytes.toString('latin1').replaceAll('letter.json', 'other.jsonx'), 'latin1');
    expect((await checkPdf(foreign)).problem).toMatch(/not a breach-gateway document/);
  });

  it('escapes XML in the metadata: an organisation named with "&" keeps a valid XMP packet', async () => {
    const content = structuredClone(filed);
    content.organization.name = 'Mutuelle A & B <Santé>';
    const xmp = (await renderFiling(content)).bytes.toString('utf8');
    expect(xmp).toContain('Mutuelle A &amp; B &lt;Santé&gt;');
    expect(xmp).not.toContain('<rdf:li>Mutuelle A & B');
  });

  // The ENISA reasoning is internal analysis: the dossier interne shows it, the filing copy does not.
  it("shows a lawyer's choice of gravity with its reason in the internal dossier, and no reason when the suggested one is kept", async () => {
    const severity = { ...horizonInput.severity!, gravity: 'MAXIMAL' as const, gravityReason: 'NIR et mineurs exposés en masse' };
    const input = { ...horizonInput, severity };
    const filing = assembleNotification(input);
    const chosen = assembleInternalDossier(input, filing, canonicalHash(filing), [], null);
    expect(chosen.severity!.gravity).toEqual({
      label: 'Maximal',
      suggestedLabel: 'Important',
      reason: 'NIR et mineurs exposés en masse',
    });
    const text = execFileSync('pdftotext', ['-', '-'], { input: (await renderInternalDossier(chosen)).bytes })
      .toString()
      .replace(/\s+/g, ' ');
    // The computed level stays visible; the retained one is a decision with its author, date and reason.
    expect(chosen.severity!.decision).toBe(
      'Niveau retenu : très élevé (calculé : élevé, SE 3) — décision de dpo@horizon.example le 02/02/2024 08:45 (heure de Paris) : NIR et mineurs exposés en masse.',
    );
    expect(text).toContain('Niveau retenu : très élevé (calculé : élevé, SE 3) — décision de');
    expect(text).toContain('NIR et mineurs exposés en masse');
    expect(text).not.toMatch(/SE 3[^.]*: niveau faible|SE = [^.]*= 3 : niveau très élevé/);
    const kept = assembleNotification(horizonInput);
    expect(assembleInternalDossier(horizonInput, kept, canonicalHash(kept), [], null).severity!.gravity.reason).toBeNull();
    const copy = execFileSync('pdftotext', ['-', '-'], { input: (await renderFiling(filing)).bytes }).toString();
    expect(copy).not.toContain('Niveau retenu');
  });
});
