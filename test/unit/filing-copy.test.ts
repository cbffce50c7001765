import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { canonicalHash } from '../../src/lib/canonical-json';
import { assembleNotification } from '../../src/notifications/assemble';
import { assembleInternalDossier } from '../../src/notifications/internal-dossier';
import { COPY_STATEMENT, renderFiling } from '../../src/pdf/filing';
import { checkPdf } from '../../src/documents/verify';
import { renderInternalDossier } from '../../src/pdf/internal-dossier';
import { horizonInput } from '../support/notification';

const textOf = (bytes: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');

const filedInput = {
  ...horizonInput,
  notification: {
    ...horizonInput.notification,
    status: 'FILED',
    cnilReference: 'CNIL-NOTIF-2024-004217',
    recapitulatifAt: new Date('2024-02-02T09:45:00Z'),
  },
};

describe('the filing copy (L5)', () => {
  it('after filing, names the CNIL reference and the date of its récapitulatif, and says it is a copy', async () => {
    const content = assembleNotification(filedInput);
    expect(content.notification).toMatchObject({
      cnilReference: 'CNIL-NOTIF-2024-004217',
      recapitulatif: { at: '2024-02-02T09:45:00.000Z', display: '02/02/2024 10:45 (heure de Paris)' },
    });
    const text = textOf((await renderFiling(content)).bytes);
    expect(text).toContain(COPY_STATEMENT);
    expect(text).toContain('Référence attribuée par la CNIL CNIL-NOTIF-2024-004217');
    expect(text).toContain('Date du récapitulatif de la CNIL 02/02/2024 10:45 (heure de Paris)');
    expect(text).toContain('Copie d’archive');
  });

  it('before filing, has neither, and says the copy is not the notification in its header', async () => {
    const content = assembleNotification(horizonInput);
    expect(content.notification).not.toHaveProperty('cnilReference');
    const text = textOf((await renderFiling(content)).bytes);
    expect(text).toContain('Copie de préparation');
    expect(text).not.toContain('Référence attribuée par la CNIL');
  });

  it('renders the internal dossier reproducibly, and verify recognises it', async () => {
    const content = assembleNotification(filedInput);
    const dossier = assembleInternalDossier(filedInput, content, canonicalHash(content), [], null);
    expect(dossier.exactCounts).toEqual(horizonInput.counts);
    const [a, b] = await Promise.all([renderInternalDossier(dossier), renderInternalDossier(structuredClone(dossier))]);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(await checkPdf(a.bytes)).toMatchObject({ bytesMatch: true, embedded: { kind: 'DOSSIER', canonical: true } });
  });
});
