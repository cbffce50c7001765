import type { ComponentChildren } from 'preact';
import type { FactField, WebFactSourceFragment, WebFactValueFragment, WebSubjectCountsFragment } from './generated/graphql';
import { parisTime } from './time';

/** The French label of each unified fact, as the CNIL form words its question (section in brackets). */
export const FACT_FIELD_LABELS: Record<FactField, string> = {
  affectedSystem: 'Système touché',
  approxPersons: 'Nombre approximatif de personnes concernées (section 8)',
  approxRecords: 'Nombre approximatif d’enregistrements concernés (section 8)',
  attackVector: 'Vecteur d’attaque',
  awareAt: 'Prise de connaissance (section 6)',
  causes: 'Cause de l’incident (section 7)',
  causesOther: 'Cause « Autre », précision (section 7)',
  communicationAt: 'Date de communication aux personnes (section 13)',
  communicationChannels: 'Moyens de communication aux personnes (section 13)',
  communicationDetails: 'Contenu de la communication aux personnes (section 13)',
  communicationStatus: 'Communication aux personnes (section 13)',
  consequences: 'Conséquences potentielles (section 10)',
  consequencesOther: 'Conséquence « Autre », précision (section 10)',
  dataCategories: 'Nature des données (section 8)',
  dataCategoriesOther: 'Nature des données « Autre », précision (section 8)',
  datesComment: 'Commentaires sur les dates (section 6)',
  description: 'Descriptif détaillé de la violation (section 7)',
  detectedAt: 'Détection par l’organisme source',
  discoveryCircumstances: 'Circonstances de la découverte (section 6)',
  endAt: 'Fin de la violation (section 6)',
  exposedDataItems: 'Données exposées (section 8)',
  harms: 'Préjudices potentiels (section 11)',
  harmsDescription: 'Précisions sur les préjudices (section 11)',
  harmsOther: 'Préjudice « Autre », précision (section 11)',
  measuresPlanned: 'Mesures envisagées (section 12)',
  measuresTaken: 'Mesures prises (section 12)',
  natures: 'Nature de la violation (section 7)',
  nonCommunicationJustification: 'Motif de non-communication aux personnes (section 13)',
  notExposedDataItems: 'Données non exposées (section 8)',
  ongoing: 'Toujours en cours (section 6)',
  origins: 'Origine de l’incident (section 7)',
  originsOther: 'Origine « Autre », précision (section 7)',
  priorSecurityMeasures: 'Mesures de sécurité préalables (section 9)',
  processorAlertedAt: 'Alerte par le sous-traitant (section 5)',
  sensitiveData: 'Données sensibles (section 8)',
  startAt: 'Début de la violation (section 6)',
  startPrecision: 'Précision du début (section 6)',
  subjectCategories: 'Catégories de personnes concernées (section 8)',
  subjectCategoriesOther: 'Catégorie de personnes « Autre », précision (section 8)',
};

export const SOURCE_TYPE_LABELS: Record<string, string> = {
  CONTROLLER_ASSESSMENT: 'Évaluation du responsable de traitement',
  FORENSIC_REPORT: 'Rapport d’analyse technique',
  PROCESSOR_NOTICE: 'Avis du sous-traitant',
  PUBLIC_STATEMENT: 'Déclaration publique',
  RECORD: 'Fiche de la passerelle',
};

export const CONFIDENCE_LABELS: Record<string, string> = {
  CONFIRMED: 'confirmé',
  ESTIMATED: 'estimé',
  REPORTED: 'déclaré, non vérifié',
};

/** Codes of the CNIL's answer lists → their French labels (the `vocabulary` query); a code not found shows as is. */
export type CodeLabels = ReadonlyMap<string, string>;

const NUMBER = new Intl.NumberFormat('fr-FR');

/** A count in French notation (« 5 400 »). */
export function count(n: number): string {
  return NUMBER.format(n);
}

/** A unified fact's value as a person reads it: the member its kind names, in French. */
export function factValueText(value: WebFactValueFragment, labels: CodeLabels): string {
  const label = (code: string) => labels.get(code) ?? code;
  const none = 'Non renseigné';
  switch (value.kind) {
    case 'BOOLEAN':
      return value.boolean === null ? none : value.boolean ? 'Oui' : 'Non';
    case 'CODE':
      return value.code === null ? none : label(value.code);
    case 'CODES':
      return value.codes?.length ? value.codes.map(label).join(', ') : none;
    case 'INSTANT':
      return value.instant === null ? none : parisTime(value.instant);
    case 'INTEGER':
      return value.integer === null ? none : count(value.integer);
    case 'TEXT':
      return value.text ?? none;
    case 'TEXTS':
      return value.texts?.length ? value.texts.join(' ; ') : none;
  }
}

/** Who said a value, and when: the source's kind, organisation, person, reference and confidence. */
export function SourceText({ source }: { source: WebFactSourceFragment }) {
  const parts: ComponentChildren[] = [];
  if (source.organization) parts.push(source.organization.legalName);
  if (source.subject) parts.push(source.subject);
  if (source.reference) parts.push(`réf. ${source.reference}`);
  if (source.confidence) parts.push(CONFIDENCE_LABELS[source.confidence] ?? source.confidence);
  return (
    <span class="source">
      <strong>{SOURCE_TYPE_LABELS[source.type] ?? source.type}</strong>
      {parts.length > 0 && ` — ${parts.join(', ')}`}
      {source.submittedAt && (
        <>
          {', le '}
          <time dateTime={source.submittedAt}>{parisTime(source.submittedAt)}</time>
        </>
      )}
    </span>
  );
}

/**
 * Persons of the ingested lists: distinct persons (each once), rows received, and the persons named
 * in more than one part (another controller's, another operator's or another incident's list).
 */
export function SubjectCounts({
  counts,
  caption,
  partHeading,
  partName,
}: {
  counts: WebSubjectCountsFragment;
  caption: string;
  partHeading: string;
  partName: (partId: string) => string;
}) {
  return (
    <>
      <dl class="counts">
        <div>
          <dt>Personnes distinctes</dt>
          <dd>{count(counts.persons)}</dd>
        </div>
        <div>
          <dt>Lignes reçues</dt>
          <dd>{count(counts.records)}</dd>
        </div>
        <div>
          <dt>Doublons entre listes</dt>
          <dd>{count(counts.duplicateReferences)}</dd>
        </div>
        <div>
          <dt>Mineurs</dt>
          <dd>{count(counts.minors)}</dd>
        </div>
      </dl>
      {counts.parts.length > 0 && (
        <table class="grid">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{partHeading}</th>
              <th scope="col">Personnes distinctes</th>
              <th scope="col">Lignes reçues</th>
              <th scope="col">Mineurs</th>
            </tr>
          </thead>
          <tbody>
            {counts.parts.map((part) => (
              <tr key={part.partId}>
                <th scope="row">{partName(part.partId)}</th>
                <td>{count(part.persons)}</td>
                <td>{count(part.records)}</td>
                <td>{count(part.minors)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
