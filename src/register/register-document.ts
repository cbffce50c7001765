import { REGISTER_SCHEMA_VERSION, type RegisterContent, type RegisterContentEntry } from '../content/register-content';
import { displayInstant } from '../notifications/display';
import { CNIL_DECISION_LABELS } from '../notifications/cnil-decision.entity';
import type { RegisterEntry } from './register';
import { entryLabels, frenchCount, instant, levelLabel } from './register-labels';

/** What the register assumes where the law or the record is silent: printed in the document. */
const ASSUMPTIONS = [
  'Chaque ligne est une violation telle que le responsable de traitement la documente (article 33, paragraphe 5, du RGPD) : faits, effets et mesures prises, qu’elle ait été notifiée ou non.',
  'La décision de notifier ou non est celle d’une personne nommée, avec ses motifs et sa date ; tant qu’aucune décision n’est enregistrée, le registre reproduit la suggestion de l’outil, présentée comme telle et non comme une décision.',
  'Le dépôt d’une notification auprès de la CNIL vaut décision de notifier.',
  'L’information des personnes (article 34 du RGPD) est, elle aussi, la décision motivée d’une personne nommée : le niveau de gravité ENISA, qui ne mesure ni la vraisemblance du risque ni le nombre de personnes, n’en donne qu’une suggestion, y compris lorsqu’il est faible.',
  'Le niveau de risque retenu est celui choisi par un juriste lorsqu’il a modifié l’évaluation calculée (méthode ENISA), sinon l’évaluation calculée.',
  'Les tranches du nombre de personnes sont celles des données ouvertes de la CNIL ; le décompte exact provient des listes de personnes dédupliquées, lorsqu’elles ont été transmises.',
  'Les échanges avec la CNIL autres que les dépôts ne sont pas enregistrés par l’outil.',
];

const joined = (values: string[]) => (values.length ? values.join(' ; ') : null);

function entryContent(e: RegisterEntry): RegisterContentEntry {
  const labels = entryLabels(e);
  const history = e.decisionHistory.slice(0, -1);
  return {
    title: e.incidentTitle,
    controller: e.controllerName,
    groups: [
      {
        heading: 'Faits',
        rows: [
          { label: 'Description', value: e.description },
          { label: 'Natures de la violation', value: joined(labels.natures) },
          { label: 'Origines de l’incident', value: joined(labels.origins) },
          { label: 'Causes de l’incident', value: joined(labels.causes) },
        ],
      },
      {
        heading: 'Dates',
        rows: [
          { label: 'Début de la violation', value: instant(e.startAt) },
          { label: 'Fin de la violation', value: instant(e.endAt) ?? (e.ongoing ? 'En cours' : null) },
          { label: 'Détection', value: instant(e.detectedAt) },
          { label: 'Prise de connaissance par le responsable de traitement', value: instant(e.awareAt) },
        ],
      },
      {
        heading: 'Données et personnes concernées',
        rows: [
          { label: 'Typologies des données', value: joined(labels.dataCategories) },
          { label: 'Données sensibles', value: joined(labels.sensitiveData) ?? 'Aucune déclarée' },
          { label: 'Catégories de personnes', value: joined(labels.subjectCategories) },
          { label: 'Nombre approximatif de personnes', value: frenchCount(e.approxPersons) },
          { label: 'Nombre approximatif d’enregistrements', value: frenchCount(e.approxRecords) },
          ...(e.exactPersons !== null
            ? [
                { label: 'Décompte exact des personnes (listes dédupliquées)', value: frenchCount(e.exactPersons) },
                { label: 'Décompte exact des enregistrements (listes)', value: frenchCount(e.exactRecords) },
              ]
            : []),
          { label: 'Tranche (données ouvertes de la CNIL)', value: e.personsBand },
        ],
      },
      {
        heading: 'Effets',
        rows: [
          { label: 'Conséquences', value: joined(labels.consequences) },
          { label: 'Préjudices', value: joined(labels.harms) },
          { label: 'Précisions sur les préjudices', value: e.harmsDescription },
        ],
      },
      {
        heading: 'Mesures correctrices',
        rows: [
          { label: 'Mesures prises', value: e.measuresTaken },
          { label: 'Mesures envisagées', value: e.measuresPlanned },
        ],
      },
      {
        heading: 'Notification à la CNIL (article 33, paragraphe 1, du RGPD)',
        rows: [
          {
            label: 'Niveau de risque retenu',
            value:
              e.severityOverrideReason === null
                ? `${levelLabel(e.severityLevel)} (évaluation calculée, méthode ENISA)`
                : `${levelLabel(e.severityLevel)} (choisi par un juriste ; calculé : ${levelLabel(e.computedSeverityLevel)}) — motif : ${e.severityOverrideReason}`,
          },
          { label: 'Décision', value: e.decisionLabel },
          { label: e.decision === 'UNDECIDED' ? 'Suggestion' : 'Motivation', value: e.rationale },
          { label: 'Décidée par', value: e.decidedBy ?? (e.decision === 'UNDECIDED' ? 'Personne : aucune décision enregistrée' : null) },
          { label: 'Décidée le', value: instant(e.decidedAt) },
          ...history.map((d) => ({
            label: 'Décision antérieure',
            value: `${CNIL_DECISION_LABELS[d.decision]} — ${d.decidedBy}, le ${displayInstant(d.decidedAt)} : ${d.reasoning}`,
          })),
          { label: 'Motifs du retard', value: joined(e.delayReasons) },
          { label: 'Notifications déposées', value: joined(labels.filings) ?? 'Aucune' },
        ],
      },
      {
        heading: 'Information des personnes (article 34 du RGPD)',
        rows: [
          { label: 'Décision', value: labels.persons },
          { label: 'Situation déclarée', value: labels.communication },
          { label: 'Date de l’information', value: instant(e.communicationAt) },
          { label: 'Justification de l’absence d’information', value: labels.nonCommunicationJustification },
        ],
      },
    ],
  };
}

/** The register as a dated document: its content contract, every label in French. */
export function registerContent(
  entries: RegisterEntry[],
  issuedAt: Date,
  organization: { name: string; siren: string | null },
): RegisterContent {
  return {
    schemaVersion: REGISTER_SCHEMA_VERSION,
    issuedAt: issuedAt.toISOString(),
    issuedAtLabel: displayInstant(issuedAt),
    organization,
    assumptions: ASSUMPTIONS,
    entries: entries.map(entryContent),
  };
}
