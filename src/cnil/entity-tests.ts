/**
 * The entity tests of the deadline rules (DORA financial entity, NIS 2 essential or important
 * entity) evaluated from the facts an organisation recorded with their reasons, never from its
 * sector string. Pure: the facts come in as data (src/organizations/entity-facts.entity.ts keeps
 * them); the result is whether the rule binds, and why, citing the article, in French.
 */

import { codeEnum } from '../lib/code-enum';

/** The categories of DORA (règlement (UE) 2022/2554), article 2, paragraphe 1, plus the French cases the test must tell apart. */
export type DoraCategory =
  | 'CREDIT_INSTITUTION'
  | 'PAYMENT_INSTITUTION'
  | 'ACCOUNT_INFORMATION_SERVICE_PROVIDER'
  | 'ELECTRONIC_MONEY_INSTITUTION'
  | 'INVESTMENT_FIRM'
  | 'CRYPTO_ASSET_SERVICE_PROVIDER'
  | 'CENTRAL_SECURITIES_DEPOSITORY'
  | 'CENTRAL_COUNTERPARTY'
  | 'TRADING_VENUE'
  | 'TRADE_REPOSITORY'
  | 'ALTERNATIVE_INVESTMENT_FUND_MANAGER'
  | 'MANAGEMENT_COMPANY'
  | 'DATA_REPORTING_SERVICE_PROVIDER'
  | 'INSURANCE_UNDERTAKING'
  | 'MUTUELLE_LIVRE_II'
  | 'INSTITUTION_DE_PREVOYANCE'
  | 'INSURANCE_INTERMEDIARY'
  | 'OCCUPATIONAL_RETIREMENT_INSTITUTION'
  | 'CREDIT_RATING_AGENCY'
  | 'CRITICAL_BENCHMARK_ADMINISTRATOR'
  | 'CROWDFUNDING_SERVICE_PROVIDER'
  | 'SECURITISATION_REPOSITORY'
  | 'MUTUELLE_LIVRE_III'
  | 'NOT_A_FINANCIAL_ENTITY';

interface DoraCategoryRule {
  label: string;
  /** The point of DORA, article 2, paragraphe 1, that names it; null when it is no financial entity. */
  point: string | null;
  /** An insurance or reinsurance undertaking under Solvency II: the article 4 exclusion may apply. */
  solvency2: boolean;
}

export const DORA_CATEGORIES: Readonly<Record<DoraCategory, DoraCategoryRule>> = {
  CREDIT_INSTITUTION: { label: 'établissement de crédit', point: 'a)', solvency2: false },
  PAYMENT_INSTITUTION: { label: 'établissement de paiement', point: 'b)', solvency2: false },
  ACCOUNT_INFORMATION_SERVICE_PROVIDER: { label: 'prestataire de services d’information sur les comptes', point: 'c)', solvency2: false },
  ELECTRONIC_MONEY_INSTITUTION: { label: 'établissement de monnaie électronique', point: 'd)', solvency2: false },
  INVESTMENT_FIRM: { label: 'entreprise d’investissement', point: 'e)', solvency2: false },
  CRYPTO_ASSET_SERVICE_PROVIDER: { label: 'prestataire de services sur crypto-actifs', point: 'f)', solvency2: false },
  CENTRAL_SECURITIES_DEPOSITORY: { label: 'dépositaire central de titres', point: 'g)', solvency2: false },
  CENTRAL_COUNTERPARTY: { label: 'contrepartie centrale', point: 'h)', solvency2: false },
  TRADING_VENUE: { label: 'plate-forme de négociation', point: 'i)', solvency2: false },
  TRADE_REPOSITORY: { label: 'référentiel central', point: 'j)', solvency2: false },
  ALTERNATIVE_INVESTMENT_FUND_MANAGER: { label: 'gestionnaire de fonds d’investissement alternatifs', point: 'k)', solvency2: false },
  MANAGEMENT_COMPANY: { label: 'société de gestion', point: 'l)', solvency2: false },
  DATA_REPORTING_SERVICE_PROVIDER: { label: 'prestataire de services de communication de données', point: 'm)', solvency2: false },
  INSURANCE_UNDERTAKING: {
    label: 'entreprise d’assurance ou de réassurance (directive 2009/138/CE, Solvabilité II)',
    point: 'n)',
    solvency2: true,
  },
  MUTUELLE_LIVRE_II: {
    label:
      'mutuelle ou union régie par le livre II du code de la mutualité (opérations d’assurance), entreprise d’assurance au sens de Solvabilité II',
    point: 'n)',
    solvency2: true,
  },
  INSTITUTION_DE_PREVOYANCE: {
    label: 'institution de prévoyance (code de la sécurité sociale, livre IX, titre III), entreprise d’assurance au sens de Solvabilité II',
    point: 'n)',
    solvency2: true,
  },
  INSURANCE_INTERMEDIARY: { label: 'intermédiaire d’assurance, de réassurance ou à titre accessoire', point: 'o)', solvency2: false },
  OCCUPATIONAL_RETIREMENT_INSTITUTION: { label: 'institution de retraite professionnelle', point: 'p)', solvency2: false },
  CREDIT_RATING_AGENCY: { label: 'agence de notation de crédit', point: 'q)', solvency2: false },
  CRITICAL_BENCHMARK_ADMINISTRATOR: { label: 'administrateur d’indices de référence d’importance critique', point: 'r)', solvency2: false },
  CROWDFUNDING_SERVICE_PROVIDER: { label: 'prestataire de services de financement participatif', point: 's)', solvency2: false },
  SECURITISATION_REPOSITORY: { label: 'référentiel des titrisations', point: 't)', solvency2: false },
  MUTUELLE_LIVRE_III: {
    label:
      'mutuelle ou union régie par le livre III du code de la mutualité (réalisation de services sanitaires et sociaux), qui ne pratique pas d’opérations d’assurance',
    point: null,
    solvency2: false,
  },
  NOT_A_FINANCIAL_ENTITY: { label: 'organisme qui n’est pas une entité financière', point: null, solvency2: false },
};

export const DORA_CATEGORY = codeEnum(
  'DoraCategory',
  'The DORA category of an organisation (règlement (UE) 2022/2554, article 2, paragraphe 1), or the French cases outside it.',
  Object.fromEntries(
    Object.entries(DORA_CATEGORIES).map(([code, rule]) => [
      code,
      rule.point ? `${rule.label} (article 2, paragraphe 1, ${rule.point})` : rule.label,
    ]),
  ) as Record<DoraCategory, string>,
);

export const NIS2_STATUS = codeEnum('Nis2Status', 'Whether NIS 2 binds an organisation, and as which kind of entity (article 3).', {
  ESSENTIAL: 'Entité essentielle (NIS 2, article 3, paragraphe 1).',
  IMPORTANT: 'Entité importante (NIS 2, article 3, paragraphe 2).',
  NOT_IN_SCOPE: 'Hors du champ de NIS 2.',
});
export type Nis2Status = keyof typeof NIS2_STATUS;

/** An organisation's entity facts as recorded, each group with its reason; null where nothing was recorded. */
export interface EntityFactsData {
  doraCategory: DoraCategory | null;
  /** Whether the undertaking is one referred to in article 4 of Solvency II (small undertakings). */
  solvency2SmallUndertaking: boolean | null;
  doraReason: string | null;
  /** Whether the entity is one the weekend and holiday noon rule does not apply to (systemic). */
  doraSystemic: boolean | null;
  doraSystemicReason: string | null;
  nis2Status: Nis2Status | null;
  /** The annex and sector (NIS 2, annexe I or II) the status rests on. */
  nis2Sector: string | null;
  /** The size or designation reason (NIS 2, article 2 and article 3). */
  nis2Reason: string | null;
  /** Designated « opérateur de services essentiels » under loi n° 2018-133 (NIS 1). */
  nis1Designated: boolean | null;
  nis1Reason: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/** Whether a rule's entity test passes, and why, in French with the article. */
export interface EntityTestResult {
  inScope: boolean;
  rationale: string;
}

/** A legacy scope decision (`Organization.regimes`), kept for data recorded before the entity facts. */
export interface LegacyRegimeScope {
  regime: string;
  inScope: boolean;
  rationale: string;
}

const recorded = (facts: EntityFactsData, reason: string | null) =>
  `${reason ? `Motif enregistré : ${reason.trim().replace(/\.$/, '')}. ` : ''}(Faits d’entité enregistrés par ${facts.recordedBy}.)`;

function legacy(regime: string, scopes: readonly LegacyRegimeScope[], label: string): EntityTestResult {
  const scope = scopes.find((s) => s.regime === regime);
  if (!scope)
    return { inScope: false, rationale: `${label} non applicable : faits d’entité non enregistrés et aucune décision de périmètre.` };
  return {
    inScope: scope.inScope,
    rationale: `Faits d’entité non enregistrés : à défaut, périmètre ${label} déclaré avant leur introduction (donnée reprise, à remplacer par les faits d’entité) — ${scope.rationale}`,
  };
}

/**
 * DORA, article 2: a financial entity of paragraph 1 (points a) to t); point u), the ICT third-party
 * providers, are not financial entities, article 2, paragraphe 2), unless excluded by paragraph 3;
 * here the exclusion of point b): the undertakings referred to in article 4 of Solvency II.
 */
export function doraEntityTest(facts: EntityFactsData | null, legacyScopes: readonly LegacyRegimeScope[] = []): EntityTestResult {
  if (!facts?.doraCategory) return legacy('DORA', legacyScopes, 'DORA');
  const category = DORA_CATEGORIES[facts.doraCategory];
  const why = recorded(facts, facts.doraReason);
  if (!category.point) {
    return {
      inScope: false,
      rationale: `DORA non applicable : ${category.label}, qui ne figure pas parmi les entités financières de l’article 2, paragraphe 1, du règlement (UE) 2022/2554. ${why}`,
    };
  }
  if (category.solvency2 && facts.solvency2SmallUndertaking) {
    return {
      inScope: false,
      rationale: `DORA non applicable : ${category.label}, mais entreprise visée à l’article 4 de la directive 2009/138/CE (petite entreprise), exclue par l’article 2, paragraphe 3, point b), du règlement (UE) 2022/2554. ${why}`,
    };
  }
  const size =
    category.solvency2 && facts.solvency2SmallUndertaking === null
      ? ' La passerelle suppose qu’elle n’est pas une petite entreprise au sens de l’article 4 de la directive 2009/138/CE : ce point n’est pas enregistré.'
      : '';
  return {
    inScope: true,
    rationale: `Entité financière au sens du règlement (UE) 2022/2554, article 2, paragraphe 1, point ${category.point} : ${category.label}.${size} ${why}`,
  };
}

/**
 * NIS 2, articles 2 and 3: an essential or important entity, as recorded with its annex, sector and
 * size reason. Whether the directive binds at all (a transposition in force) is the rule's date
 * test, checked before this one.
 */
export function nis2EntityTest(facts: EntityFactsData | null, legacyScopes: readonly LegacyRegimeScope[] = []): EntityTestResult {
  if (!facts?.nis2Status) return legacy('NIS2', legacyScopes, 'NIS 2');
  const sector = facts.nis2Sector ? ` (${facts.nis2Sector.trim()})` : '';
  const why = recorded(facts, facts.nis2Reason);
  if (facts.nis2Status === 'NOT_IN_SCOPE') {
    return {
      inScope: false,
      rationale: `NIS 2 non applicable : ni entité essentielle ni entité importante (directive (UE) 2022/2555, article 3)${sector}. ${why}`,
    };
  }
  const kind = facts.nis2Status === 'ESSENTIAL' ? 'essentielle (article 3, paragraphe 1)' : 'importante (article 3, paragraphe 2)';
  return { inScope: true, rationale: `Entité ${kind} au sens de la directive (UE) 2022/2555${sector}. ${why}` };
}

/** What the gateway says of a designated NIS 1 operator while NIS 2 does not bind it: the duty exists, outside the gateway. */
export function nis1Note(facts: EntityFactsData | null): string {
  if (!facts?.nis1Designated) return '';
  return ` L’organisme est enregistré comme opérateur de services essentiels désigné au titre de la loi n° 2018-133 du 26 février 2018 (NIS 1)${facts.nis1Reason ? ` (${facts.nis1Reason.trim().replace(/\.$/, '')})` : ''} : ses déclarations d’incident à l’ANSSI relèvent de ce régime, que la passerelle ne calcule pas.`;
}

/**
 * Whether the weekend and holiday noon rule applies: only to an entity recorded as not systemic.
 * Unrecorded, the gateway keeps the unmoved deadline, the earlier one.
 */
export function noonRuleApplies(facts: EntityFactsData | null): { applies: boolean; note: string } {
  if (facts?.doraSystemic === false) {
    return {
      applies: true,
      note: `Entité enregistrée comme non systémique${facts.doraSystemicReason ? ` (${facts.doraSystemicReason.trim().replace(/\.$/, '')})` : ''} : une échéance tombant un samedi, un dimanche ou un jour férié est reportée au jour ouvrable suivant à 12 h 00 (règlement délégué (UE) 2025/301, article 5 ; rapport final des AES JC 2024 33).`,
    };
  }
  if (facts?.doraSystemic === true) {
    return {
      applies: false,
      note: `Entité enregistrée comme systémique${facts.doraSystemicReason ? ` (${facts.doraSystemicReason.trim().replace(/\.$/, '')})` : ''} : pas de report au jour ouvrable suivant à midi.`,
    };
  }
  return {
    applies: false,
    note: 'Caractère systémique non enregistré : la passerelle ne reporte pas les échéances tombant un samedi, un dimanche ou un jour férié (lecture prudente).',
  };
}
