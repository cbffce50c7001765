import { describe, expect, it } from 'vitest';
import { applySeverityOverride, assessSeverity, type SeverityFacts } from '../../src/notifications/severity';

const scenario: SeverityFacts = {
  dataCategories: ['CIVIL_STATUS', 'NIR', 'OTHER'],
  sensitiveData: [],
  subjectCategories: ['MEMBERS', 'MINORS', 'OTHER'],
  natures: ['CONFIDENTIALITY'],
  origins: ['HACKING_MALWARE_PHISHING'],
  causes: ['EXTERNAL_MALICIOUS'],
  consequences: [],
  revealingContext: true,
};

describe('ENISA severity', () => {
  it('scores the worked example of the domain reference: SE 3.0, high, Important, tell the persons', () => {
    const assessment = assessSeverity(scenario);
    expect(assessment).toMatchObject({
      dpc: { value: 2 },
      ei: { value: 1 },
      cb: { value: 1 },
      se: 3,
      level: 'HIGH',
      suggestedGravity: 'IMPORTANT',
      art34Recommended: true,
    });
    expect(assessment.dpc.justification).toMatch(/NIR/);
    expect(assessment.cb.justification).toMatch(/malveillant/);
    expect(assessment.justification).toBe(
      'SE = DPC × EI + CB = 2 × 1 + 1 = 3 : niveau élevé, communication aux personnes recommandée (article 34 du RGPD) sauf exemption.',
    );
  });

  it('makes health data sensitive: DPC 4 whatever else, so very high', () => {
    const assessment = assessSeverity({ ...scenario, sensitiveData: ['HEALTH'] });
    expect(assessment).toMatchObject({ dpc: { value: 4 }, se: 5, level: 'VERY_HIGH', suggestedGravity: 'MAXIMAL' });
  });

  it('keeps an accidental e-mail to a known recipient low', () => {
    const assessment = assessSeverity({
      ...scenario,
      dataCategories: ['CONTACT'],
      origins: ['WRONG_RECIPIENT'],
      causes: ['INTERNAL_ACCIDENTAL'],
      revealingContext: false,
    });
    expect(assessment).toMatchObject({
      dpc: { value: 1 },
      ei: { value: 0.75 },
      cb: { value: 0.25 },
      se: 1,
      level: 'LOW',
      suggestedGravity: 'NEGLIGIBLE',
      art34Recommended: false,
    });
  });
});

describe('severity overrides', () => {
  const computed = assessSeverity(scenario);

  it('keeps the computed values and recomputes SE from the chosen components, with the reason', () => {
    const chosen = applySeverityOverride(computed, { ei: 0.75, reason: 'NIR partiellement masqué sur le portail' });
    expect(computed.se).toBe(3);
    expect(chosen).toMatchObject({ se: 2.5, level: 'MEDIUM', suggestedGravity: 'LIMITED', art34Recommended: false, dpc: computed.dpc });
    expect(chosen.ei.justification).toBe('EI = 0,75 retenu au lieu de 1 calculé : NIR partiellement masqué sur le portail');
  });

  it('lets the level and the art. 34 recommendation be chosen too', () => {
    const chosen = applySeverityOverride(computed, {
      level: 'VERY_HIGH',
      art34Recommended: true,
      reason: 'Personnes vulnérables nombreuses',
    });
    expect(chosen).toMatchObject({ se: 3, level: 'VERY_HIGH', suggestedGravity: 'MAXIMAL', art34Recommended: true });
    expect(applySeverityOverride(computed, null)).toBe(computed);
  });
});
