import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ContentItem } from '../../src/content/notification-content';
import { assembleNotification, type AssemblyInput } from '../../src/notifications/assemble';
import { checkCompleteness } from '../../src/notifications/completeness';
import { assembleInternalDossier } from '../../src/notifications/internal-dossier';
import { canonicalHash } from '../../src/lib/canonical-json';
import { renderInternalDossier } from '../../src/pdf/internal-dossier';
import { applySeverityOverride } from '../../src/notifications/severity';
import { renderFiling } from '../../src/pdf/filing';
import { horizonInput } from '../support/notification';

/** The computed level is a suggestion: section 11 carries a gravity only once a named person signs it off. */
const severity = horizonInput.severity;
const unsigned: AssemblyInput = { ...horizonInput, severity: { ...severity, gravity: null, signOff: null } };
const asType = (input: AssemblyInput, type: 'INITIAL' | 'COMPLETE' | 'COMPLEMENTARY'): AssemblyInput => ({
  ...input,
  notification: { ...input.notification, type, initial: type === 'COMPLEMENTARY' ? input.notification.initial : null },
});
const item = (content: ReturnType<typeof assembleNotification>, path: string): ContentItem =>
  content.sections.flatMap((s) => s.items).find((i) => i.path === path)!;
/** The ENISA reasoning and the gravity decision live in the internal dossier, beside the filing copy. */
const dossierOf = (input: AssemblyInput) => {
  const filing = assembleNotification(input);
  return assembleInternalDossier(input, filing, canonicalHash(filing), [], null);
};
const dossierText = async (input: AssemblyInput) =>
  execFileSync('pdftotext', ['-', '-'], { input: (await renderInternalDossier(dossierOf(input))).bytes })
    .toString()
    .replace(/\s+/g, ' ');
const pdfText = async (input: AssemblyInput) =>
  execFileSync('pdftotext', ['-', '-'], { input: (await renderFiling(assembleNotification(input))).bytes })
    .toString()
    .replace(/\s+/g, ' ');

describe('gravity sign-off', () => {
  it('leaves section 11 « à confirmer » and no box ticked until someone signs the gravity off', async () => {
    const content = assembleNotification(unsigned);
    const gravity = item(content, 'harms.gravity');
    expect(gravity.kind === 'choice' && gravity.options.filter((o) => o.selected)).toEqual([]);
    expect(item(content, 'harms.gravityDecision')).toMatchObject({ kind: 'text', value: 'À confirmer' });
    expect(dossierOf(unsigned).severity).toMatchObject({
      chosen: null,
      computed: { se: 3, level: 'HIGH', levelLabel: 'Élevé' },
      decision: 'Niveau calculé : élevé (SE 3) — à confirmer : aucune personne n’a encore validé le niveau de gravité.',
      gravity: { label: 'À confirmer' },
    });
    const text = await pdfText(unsigned);
    expect(text).toContain('Décision sur le niveau de gravité À confirmer');
    expect(text).toMatch(/☐ Négligeable ☐ Limité ☐ Important ☐ Maximal/);
  });

  it('says who confirmed the computed level, and when, in Paris time', () => {
    const content = assembleNotification(horizonInput);
    expect(dossierOf(horizonInput).severity!.decision).toBe(
      'Niveau calculé : élevé (SE 3), confirmé par dpo@horizon.example le 02/02/2024 08:45 (heure de Paris).',
    );
    expect(item(content, 'harms.gravityDecision')).toMatchObject({
      value: 'Niveau suggéré confirmé par dpo@horizon.example le 02/02/2024 08:45 (heure de Paris)',
    });
    expect(dossierOf(horizonInput).severity!.chosen).toEqual({
      level: 'HIGH',
      levelLabel: 'Élevé',
      gravity: 'IMPORTANT',
      gravityLabel: 'Important',
      by: 'dpo@horizon.example',
      at: '2024-02-02T07:45:00.000Z',
      atDisplay: '02/02/2024 08:45 (heure de Paris)',
      reason: null,
    });
  });

  it('reads an override as « niveau retenu : faible (calculé : élevé, SE 3) », never « SE 3 : niveau faible »', async () => {
    const chosen = applySeverityOverride(severity.computed, { level: 'LOW', reason: 'Données chiffrées, clé non compromise' });
    const input: AssemblyInput = {
      ...horizonInput,
      severity: { ...severity, assessment: chosen, gravity: 'NEGLIGIBLE', overrideReason: 'Données chiffrées, clé non compromise' },
    };
    const content = assembleNotification(input);
    expect(dossierOf(input).severity!.decision).toBe(
      'Niveau retenu : faible (calculé : élevé, SE 3) — décision de dpo@horizon.example le 02/02/2024 08:45 (heure de Paris) : Données chiffrées, clé non compromise.',
    );
    expect(chosen.justification).toContain('= 3 : niveau calculé élevé ; niveau retenu : faible');
    const gravity = item(content, 'harms.gravity');
    expect(gravity.kind === 'choice' && gravity.options.filter((o) => o.selected).map((o) => o.label)).toEqual(['Négligeable']);
    const text = await dossierText(input);
    expect(text).toContain('Niveau retenu : faible (calculé : élevé, SE 3)');
    expect(text).not.toMatch(/= 3 : niveau faible|SE 3[^.]{0,20}: niveau faible/);
  });

  it('blocks READY without a sign-off for COMPLETE and COMPLEMENTARY, not for INITIAL, and says why', () => {
    const blocking = (type: 'INITIAL' | 'COMPLETE' | 'COMPLEMENTARY') =>
      checkCompleteness(assembleNotification(asType(unsigned, type)), { type, late: false, severity: unsigned.severity }).find(
        (i) => i.code === 'MISSING_GRAVITY',
      );
    expect(blocking('COMPLETE')).toMatchObject({ section: 11, blocksReady: true });
    expect(blocking('COMPLEMENTARY')).toMatchObject({ section: 11, blocksReady: true });
    expect(blocking('INITIAL')).toMatchObject({ blocksReady: false });
    expect(blocking('INITIAL')!.message.fr).toContain('Une notification initiale peut laisser la gravité inconnue');
    const signed = checkCompleteness(assembleNotification(asType(horizonInput, 'COMPLETE')), {
      type: 'COMPLETE',
      late: false,
      severity: horizonInput.severity,
    });
    expect(signed.map((i) => i.code)).not.toContain('MISSING_GRAVITY');
  });

  it('prints the filing in French: agreement, labels, Paris time stated once, French citations', async () => {
    const filed = { ...horizonInput, notification: { ...horizonInput.notification, status: 'FILED' } };
    const text = await pdfText(filed);
    expect(text).toContain('Saisie et validée dans le téléservice de la CNIL');
    expect(text).not.toMatch(/Déposé[^e]|Prêt[^e]/);
    expect(text.match(/Heures exprimées en heure de Paris/g)).toHaveLength(1);
    expect(text).not.toContain('(heure de Paris)');
    expect(text).not.toContain('UTC');
    expect(text).not.toMatch(/\bart\. \d+\(/);
    const dossier = await dossierText(filed);
    expect(dossier).toContain('RGPD, article 33, paragraphe 1');
    expect(dossier).not.toMatch(/\bart\. \d+\(/);
    expect(text).not.toMatch(/\b(PENDING|OVERDUE|DONE|DONE_LATE|NOT_APPLICABLE|FILED|READY|DRAFT|HIGH|LOW|MEDIUM|VERY_HIGH)\b/);
  });
});
