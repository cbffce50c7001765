import { describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../src/notifications/completeness';
import { assembleNotification } from '../../src/notifications/assemble';
import {
  applySeverityOverride,
  assessSeverity,
  sensitiveDpcLoweredWithoutReason,
  severityFactorProblems,
  type SeverityFacts,
  type SeverityFactors,
} from '../../src/notifications/severity';
import { horizonInput } from '../support/notification';

const scenario: SeverityFacts = {
  dataCategories: ['CIVIL_STATUS', 'NIR', 'OTHER'],
  sensitiveData: [],
  subjectCategories: ['MEMBERS', 'MINORS', 'OTHER'],
  natures: ['CONFIDENTIALITY'],
  origins: ['HACKING_MALWARE_PHISHING'],
  causes: ['EXTERNAL_MALICIOUS'],
  consequences: [],
  approxPersons: 410_000,
};

/** A minimal breach: one simple datum leaked by mistake to a known recipient. */
const plain: SeverityFacts = {
  dataCategories: ['CONTACT'],
  sensitiveData: [],
  subjectCategories: [],
  natures: [],
  origins: [],
  causes: [],
  consequences: [],
};

const because = 'motif consigné';
const with_ = (facts: Partial<SeverityFacts>, factors: SeverityFactors = {}): SeverityFacts => ({ ...plain, ...facts, factors });

describe('ENISA 2013: one row per factor and edge', () => {
  const rows: { name: string; facts: SeverityFacts; dpc?: number; ei?: number; cb?: number; se?: number }[] = [
    { name: 'simple data: base 1', facts: plain, dpc: 1 },
    { name: 'behavioural data: base 2', facts: with_({ dataCategories: ['LOCATION'] }), dpc: 2 },
    { name: 'financial data: base 3', facts: with_({ dataCategories: ['FINANCIAL'] }), dpc: 3 },
    { name: 'sensitive data: base 4', facts: with_({ sensitiveData: ['HEALTH'] }), dpc: 4 },
    { name: 'offences: sensitive, base 4', facts: with_({ dataCategories: ['OFFENCES'] }), dpc: 4 },
    { name: 'the most severe type sets the base', facts: with_({ dataCategories: ['CONTACT', 'LOCATION', 'FINANCIAL'] }), dpc: 3 },
    {
      name: 'credentials opening online banking take the financial type: 3',
      facts: with_(
        { dataCategories: ['IDENTIFICATION_ACCESS'] },
        { credentialsOpen: { value: 'FINANCIAL', reason: 'accès à la banque en ligne' } },
      ),
      dpc: 3,
    },
    {
      name: 'credentials opening a newsletter account stay simple: 1',
      facts: with_(
        { dataCategories: ['IDENTIFICATION_ACCESS'] },
        { credentialsOpen: { value: 'SIMPLE', reason: 'compte de lettre d’information' } },
      ),
      dpc: 1,
    },
    {
      name: 'credentials whose reach is unknown count at the top, not 1',
      facts: with_({ dataCategories: ['IDENTIFICATION_ACCESS'] }),
      dpc: 4,
    },
    {
      name: 'simple +1: profiling or financial status',
      facts: with_(
        {},
        { dpcFactors: [{ factor: 'SIMPLE_PROFILING_OR_FINANCIAL_STATUS', reason: 'clientèle d’un concessionnaire de luxe' }] },
      ),
      dpc: 2,
    },
    {
      name: 'simple +2: assumptions about health or sexual life',
      facts: with_({}, { dpcFactors: [{ factor: 'SIMPLE_SENSITIVE_ASSUMPTIONS', reason: 'clientèle d’une pharmacie en ligne' }] }),
      dpc: 3,
    },
    {
      name: 'simple +3: minors whose safety is at stake',
      facts: with_({ subjectCategories: ['MINORS'] }, { vulnerablePersons: { value: true, reason: 'adresses d’enfants placés' } }),
      dpc: 4,
    },
    {
      name: 'minors +3 on financial data is capped at 4',
      facts: with_(
        { dataCategories: ['FINANCIAL'], subjectCategories: ['MINORS'] },
        { vulnerablePersons: { value: true, reason: 'comptes de mineurs protégés' } },
      ),
      dpc: 4,
    },
    {
      name: 'minors judged not critical: no points, the judgement kept',
      facts: with_(
        { subjectCategories: ['MINORS'] },
        { vulnerablePersons: { value: false, reason: 'ayants droit, données d’état civil seules' } },
      ),
      dpc: 1,
    },
    { name: 'minors not yet judged: no points, not ignored (shown as pending)', facts: with_({ subjectCategories: ['MINORS'] }), dpc: 1 },
    {
      name: 'behavioural −1: no insight or public sources',
      facts: with_(
        { dataCategories: ['LOCATION'] },
        { dpcFactors: [{ factor: 'BEHAVIOURAL_NO_INSIGHT', reason: 'ville de résidence seule' }] },
      ),
      dpc: 1,
    },
    {
      name: 'behavioural +1: detailed profile',
      facts: with_(
        { dataCategories: ['LOCATION'] },
        { dpcFactors: [{ factor: 'BEHAVIOURAL_PROFILE', reason: 'un an de géolocalisation' }] },
      ),
      dpc: 3,
    },
    {
      name: 'financial −2: being a customer only',
      facts: with_({ dataCategories: ['FINANCIAL'] }, { dpcFactors: [{ factor: 'FINANCIAL_NO_INSIGHT', reason: 'qualité de client' }] }),
      dpc: 1,
    },
    {
      name: 'financial −1: a bare account number',
      facts: with_({ dataCategories: ['FINANCIAL'] }, { dpcFactors: [{ factor: 'FINANCIAL_LIMITED_INSIGHT', reason: 'IBAN seul' }] }),
      dpc: 2,
    },
    {
      name: 'financial +1: full card data, capped at 4',
      facts: with_(
        { dataCategories: ['FINANCIAL'] },
        { dpcFactors: [{ factor: 'FINANCIAL_FULL_OR_PROFILE', reason: 'numéro et cryptogramme' }] },
      ),
      dpc: 4,
    },
    {
      name: 'sensitive −3: no insight or public',
      facts: with_(
        { sensitiveData: ['HEALTH'] },
        { dpcFactors: [{ factor: 'SENSITIVE_NO_INSIGHT_OR_PUBLIC', reason: 'certificat d’aptitude générique' }] },
      ),
      dpc: 1,
    },
    {
      name: 'sensitive −2: general assumptions',
      facts: with_(
        { sensitiveData: ['HEALTH'] },
        { dpcFactors: [{ factor: 'SENSITIVE_GENERAL_ASSUMPTIONS', reason: 'mention d’un arrêt de travail' }] },
      ),
      dpc: 2,
    },
    {
      name: 'sensitive −1: assumptions',
      facts: with_(
        { sensitiveData: ['HEALTH'] },
        { dpcFactors: [{ factor: 'SENSITIVE_ASSUMPTIONS', reason: 'spécialité du praticien consulté' }] },
      ),
      dpc: 3,
    },
    {
      name: 'public data decrease',
      facts: with_({ dataCategories: ['LOCATION'] }, { dpcFactors: [{ factor: 'PUBLICLY_AVAILABLE', reason: 'annuaire public' }] }),
      dpc: 1,
    },
    {
      name: 'invalid data decrease',
      facts: with_({ dataCategories: ['FINANCIAL'] }, { dpcFactors: [{ factor: 'INVALID_OR_INACCURATE', reason: 'cartes expirées' }] }),
      dpc: 2,
    },
    {
      name: 'old data decrease, clamped at 1',
      facts: with_({}, { dpcFactors: [{ factor: 'OLD_OR_INCOMPLETE', reason: 'fichier de 2009' }] }),
      dpc: 1,
    },
    {
      name: 'a factor of another type has no effect',
      facts: with_(
        { dataCategories: ['FINANCIAL'] },
        { dpcFactors: [{ factor: 'SENSITIVE_NO_INSIGHT_OR_PUBLIC', reason: 'erreur de saisie' }] },
      ),
      dpc: 3,
    },
    { name: 'EI recorded 0.25', facts: with_({}, { ei: { value: 0.25, reason: 'données pseudonymisées' } }), ei: 0.25 },
    { name: 'EI recorded 0.5', facts: with_({}, { ei: { value: 0.5, reason: 'recoupement nécessaire' } }), ei: 0.5 },
    { name: 'EI from the facts: name and NIR, 1', facts: with_({ dataCategories: ['CIVIL_STATUS', 'NIR'] }), ei: 1 },
    { name: 'no loss at all: CB 0', facts: plain, cb: 0 },
    {
      name: 'confidentiality towards known recipients 0.25',
      facts: with_({}, { confidentiality: { value: 'KNOWN_RECIPIENTS', reason: 'courriel à un seul destinataire' } }),
      cb: 0.25,
    },
    {
      name: 'confidentiality towards unknown recipients 0.5',
      facts: with_({}, { confidentiality: { value: 'UNKNOWN_RECIPIENTS', reason: 'mise en vente' } }),
      cb: 0.5,
    },
    {
      name: 'integrity recoverable without difficulty: 0',
      facts: with_({ natures: ['INTEGRITY'] }, { integrity: { value: 'RECOVERABLE', reason: 'sauvegarde de la veille' } }),
      cb: 0,
    },
    {
      name: 'integrity recoverable with difficulty: 0.25',
      facts: with_({ natures: ['INTEGRITY'] }, { integrity: { value: 'RECOVERABLE_WITH_DIFFICULTY', reason: 'ressaisie manuelle' } }),
      cb: 0.25,
    },
    {
      name: 'integrity irrecoverable: 0.5',
      facts: with_({ natures: ['INTEGRITY'] }, { integrity: { value: 'IRRECOVERABLE', reason: 'aucune copie' } }),
      cb: 0.5,
    },
    {
      name: 'availability temporary: 0.25',
      facts: with_(
        { natures: ['AVAILABILITY'] },
        { availability: { value: 'RECOVERABLE_WITH_DIFFICULTY', reason: 'restauration en 3 jours' } },
      ),
      cb: 0.25,
    },
    {
      name: 'ransomware, no backup: availability irrecoverable 0.5, malicious 0.5',
      facts: with_(
        { natures: ['AVAILABILITY'], causes: ['EXTERNAL_MALICIOUS'] },
        { availability: { value: 'IRRECOVERABLE', reason: 'rançongiciel, sauvegardes chiffrées elles aussi' } },
      ),
      cb: 1,
    },
    {
      name: 'integrity declared, recoverability not recorded: default 0.25 shown as such',
      facts: with_({ natures: ['INTEGRITY'] }),
      cb: 0.25,
    },
    { name: 'malicious intent from the facts +0.5', facts: with_({ causes: ['INTERNAL_MALICIOUS'] }), cb: 0.5 },
    {
      name: 'malicious intent ruled out by the assessor',
      facts: with_({ causes: ['EXTERNAL_MALICIOUS'] }, { malicious: { value: false, reason: 'erreur de l’hébergeur' } }),
      cb: 0,
    },
  ];

  it.each(rows)('$name', ({ facts, dpc, ei, cb, se }) => {
    const assessment = assessSeverity(facts);
    if (dpc !== undefined) expect(assessment.dpc.value).toBe(dpc);
    if (ei !== undefined) expect(assessment.ei.value).toBe(ei);
    if (cb !== undefined) expect(assessment.cb.value).toBe(cb);
    if (se !== undefined) expect(assessment.se).toBe(se);
    // Every factor carries its reason.
    for (const component of [assessment.dpc, assessment.ei, assessment.cb])
      for (const factor of component.factors) expect(factor.reason.trim()).not.toBe('');
  });

  it('says in French whom each factor rests on, and what was capped', () => {
    const capped = assessSeverity(rows.find((r) => r.name.startsWith('minors +3 on financial'))!.facts);
    expect(capped.dpc.justification).toMatch(
      /^DPC = 4 : 3 : base données financières .* ; \+3 : .*mineurs.* — saisi par l'évaluateur\) ; total 6 ramené à 4/,
    );
    const unknown = assessSeverity(with_({ dataCategories: ['IDENTIFICATION_ACCESS'] }));
    expect(unknown.dpc.justification).toMatch(/identifiants dont on ignore ce qu’ils ouvrent.*valeur par défaut, non établie/);
    const pending = assessSeverity(with_({ subjectCategories: ['MINORS'] }));
    expect(pending.dpc.justification).toMatch(/caractère critique non encore apprécié/);
    const ransom = assessSeverity(rows.find((r) => r.name.startsWith('ransomware'))!.facts);
    expect(ransom.cb.justification).toMatch(/données irrécupérables ou totalement indisponibles \(rançongiciel/);
  });
});

describe('the 2024 worked example (SE 3) with the explicit inputs', () => {
  const factors: SeverityFactors = {
    dpcFactors: [
      { factor: 'SIMPLE_PROFILING_OR_FINANCIAL_STATUS', reason: 'NIR et nom de l’organisme complémentaire : profilage et fraude' },
    ],
    vulnerablePersons: { value: false, reason: 'ayants droit mineurs : état civil seul, sans atteinte à leur sécurité' },
    ei: { value: 1, reason: 'nom, date de naissance et NIR' },
    confidentiality: { value: 'UNKNOWN_RECIPIENTS', reason: 'extraction par un attaquant' },
    malicious: { value: true, reason: 'identifiants hameçonnés' },
    likelihood: { value: 'SIGNIFICANT', reason: 'données exploitables pour de l’hameçonnage ciblé' },
  };

  it('reaches DPC 2, EI 1, CB 1, SE 3, high, Important, art. 34 suggested; persons and likelihood beside SE', () => {
    const assessment = assessSeverity({ ...scenario, factors });
    expect(assessment).toMatchObject({
      dpc: { value: 2 },
      ei: { value: 1 },
      cb: { value: 1 },
      se: 3,
      level: 'HIGH',
      suggestedGravity: 'IMPORTANT',
      art34Recommended: true,
      risk: { persons: 410_000, likelihood: { value: 'SIGNIFICANT' } },
    });
    expect(assessment.justification).toBe(
      'SE = DPC × EI + CB = 2 × 1 + 1 = 3 : niveau élevé, communication aux personnes recommandée (article 34 du RGPD) sauf exemption.',
    );
    expect(assessment.risk.justification).toMatch(
      /Hors score SE.*410\s000 personnes concernées \(fait déclaré\) ; vraisemblance importante/,
    );
  });

  it('without inputs, the facts suggest the same, each suggestion marked to confirm', () => {
    const assessment = assessSeverity(scenario);
    expect(assessment.se).toBe(3);
    expect(assessment.dpc.factors.map((f) => f.source)).toEqual(['FACTS', 'FACTS', 'DEFAULT']);
    expect(assessment.dpc.justification).toMatch(/NIR.*proposé d’après les faits déclarés, à confirmer/);
  });

  it('a negligible likelihood keeps a high severity from suggesting art. 34; the number of persons does not change SE', () => {
    const unlikely = assessSeverity({
      ...scenario,
      factors: { ...factors, likelihood: { value: 'NEGLIGIBLE', reason: 'données chiffrées, clé intacte' } },
    });
    expect(unlikely).toMatchObject({ se: 3, level: 'HIGH', art34Recommended: false });
    expect(unlikely.justification).toMatch(/non suggérée : vraisemblance négligeable/);
    expect(assessSeverity({ ...scenario, factors, approxPersons: 3 }).se).toBe(3);
  });
});

describe('health data may go down, with a reason', () => {
  const health: SeverityFacts = { ...scenario, sensitiveData: ['HEALTH'] };
  const content = assembleNotification({
    ...horizonInput,
    facts: { ...horizonInput.facts, sensitiveData: { ...horizonInput.facts.natures!, value: ['HEALTH'] } },
  });
  const issues = (assessment: ReturnType<typeof assessSeverity>) =>
    checkCompleteness(content, { type: 'COMPLETE', late: false, severity: { assessment, gravity: assessment.suggestedGravity } }).map(
      (i) => i.code,
    );

  it('lowered with its reason: no issue, the lower level stands', () => {
    const lowered = assessSeverity({
      ...health,
      factors: { dpcFactors: [{ factor: 'SENSITIVE_GENERAL_ASSUMPTIONS', reason: 'seule la mention « prise en charge » apparaît' }] },
    });
    expect(lowered.dpc.value).toBe(2);
    expect(sensitiveDpcLoweredWithoutReason(lowered)).toBe(false);
    expect(issues(lowered)).not.toContain('HEALTH_DPC_LOWERED_WITHOUT_REASON');
  });

  it('lowered without a reason: an issue that blocks READY', () => {
    const lowered = assessSeverity({ ...health, factors: { dpcFactors: [{ factor: 'SENSITIVE_GENERAL_ASSUMPTIONS', reason: ' ' }] } });
    expect(sensitiveDpcLoweredWithoutReason(lowered)).toBe(true);
    expect(issues(lowered)).toContain('HEALTH_DPC_LOWERED_WITHOUT_REASON');
  });

  it('not lowered: DPC 4, no issue', () => {
    expect(issues(assessSeverity(health))).not.toContain('HEALTH_DPC_LOWERED_WITHOUT_REASON');
  });
});

describe('recorded factors that do not fit the method name their argument', () => {
  it.each([
    [{ ei: { value: 0.6, reason: because } }, 'input.severityFactors.ei.value'],
    [{ integrity: { value: 'LOST', reason: because } }, 'input.severityFactors.integrity.value'],
    [{ availability: { value: 'IRRECOVERABLE', reason: '  ' } }, 'input.severityFactors.availability.reason'],
    [{ credentialsOpen: { value: 'BANKING', reason: because } }, 'input.severityFactors.credentialsOpen.value'],
    [{ likelihood: { value: 'HIGH', reason: because } }, 'input.severityFactors.likelihood.value'],
    [{ dpcFactors: [{ factor: 'NIR', reason: because }] }, 'input.severityFactors.dpcFactors[0].factor'],
    [{ dpcFactors: [{ factor: 'PUBLICLY_AVAILABLE', reason: '' }] }, 'input.severityFactors.dpcFactors[0].reason'],
  ])('%j → %s', (input, argument) => {
    expect(severityFactorProblems(input, 'input.severityFactors').map((p) => p.argument)).toContain(argument);
  });

  it('accepts a complete, reasoned set', () => {
    expect(
      severityFactorProblems(
        { integrity: { value: 'RECOVERABLE', reason: because }, dpcFactors: [{ factor: 'OLD_OR_INCOMPLETE', reason: because }] },
        'input.severityFactors',
      ),
    ).toEqual([]);
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

  it('a DPC overridden below 4 on health data carries the override reason', () => {
    const chosen = applySeverityOverride(assessSeverity({ ...scenario, sensitiveData: ['HEALTH'] }), {
      dpc: 2,
      reason: 'certificat générique',
    });
    expect(sensitiveDpcLoweredWithoutReason(chosen)).toBe(false);
  });
});
