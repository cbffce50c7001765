import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleNotification } from '../../src/notifications/assemble';
import type { CnilNotificationContent } from '../../src/content/notification-content';
import { renderFiling } from '../../src/pdf/filing';
import { horizonInput } from '../support/notification';

/**
 * How many glyphs the pages draw as .notdef (glyph id 0, the empty box): the fonts are embedded as
 * Identity-H, so every shown string is a run of 4-hex-digit glyph ids, read from the content
 * streams that qpdf decompresses.
 */
async function notdefGlyphs(content: CnilNotificationContent): Promise<number> {
  const { bytes } = await renderFiling(content);
  const dir = mkdtempSync(join(tmpdir(), 'breach-gateway-notdef-'));
  let qdf: string;
  try {
    writeFileSync(join(dir, 'filing.pdf'), bytes);
    qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(dir, 'filing.pdf'), '-']).toString('latin1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  let boxes = 0;
  for (const [, shown] of qdf.matchAll(/<([0-9a-f]+)>\s*-?[\d.]*\s*(?=[^<]*\]\s*TJ)/g)) {
    for (let i = 0; i + 4 <= shown!.length; i += 4) if (shown!.slice(i, i + 4) === '0000') boxes++;
  }
  return boxes;
}

/** A copy of the content whose first free-text answer is this text. */
function withText(value: string): CnilNotificationContent {
  const content = structuredClone(assembleNotification(horizonInput));
  const item = content.sections.flatMap((section) => section.items).find((candidate) => candidate.kind === 'text')!;
  if (item.kind === 'text') item.value = value;
  return content;
}

describe('free text in the PDF', () => {
  it('draws a tab as a space and CR LF or CR as a line break, never as an empty box', async () => {
    expect(await notdefGlyphs(withText('ligne une\nligne deux colonne'))).toBe(0);
    expect(await notdefGlyphs(withText('ligne une\r\nligne deux\tcolonne\rligne trois'))).toBe(0);
  }, 60_000);
});
