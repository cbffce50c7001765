import { DISPLAY_TIME_ZONE } from '../cnil/form';
import {
  BREACH_NATURE,
  DATA_CATEGORY,
  INCIDENT_CAUSE,
  INCIDENT_ORIGIN,
  OPEN_DATA_COMMUNICATION,
  type CommunicationStatus,
} from '../cnil/vocabulary';
import { csvRow } from '../lib/csv';
import type { RegisterEntry } from './register';
import { entryLabels, frenchCount, instant, labelsOf, levelLabel } from './register-labels';

type Column = [string, (e: RegisterEntry) => string];

/** Multi-valued cells of the full register: « ; » would read as a new cell in French spreadsheets. */
const list = (values: string[]) => values.join(' | ');

/** The art. 34 decision (or the suggestion, until one is recorded), then what the controller stated in section 13. */
function personsCell(labels: ReturnType<typeof entryLabels>): string {
  return list([labels.persons, ...(labels.communication ? [`situation déclarée : ${labels.communication}`] : [])]);
}

/** The full register (art. 33(5)): every exposure, notified or not, in French. */
const REGISTER_COLUMNS: Column[] = [
  ['Organisme', (e) => e.controllerName],
  ["Secteur d'activité", (e) => e.sector ?? ''],
  ['Violation', (e) => e.incidentTitle],
  ['Faits', (e) => e.description ?? ''],
  ['Début de la violation', (e) => instant(e.startAt) ?? ''],
  ['Fin de la violation', (e) => instant(e.endAt) ?? (e.ongoing ? 'En cours' : '')],
  ['Détection', (e) => instant(e.detectedAt) ?? ''],
  ['Prise de connaissance', (e) => instant(e.awareAt) ?? ''],
  ['Natures de la violation', (e) => list(entryLabels(e).natures)],
  ["Origines de l'incident", (e) => list(entryLabels(e).origins)],
  ["Causes de l'incident", (e) => list(entryLabels(e).causes)],
  ['Conséquences', (e) => list(entryLabels(e).consequences)],
  ['Préjudices', (e) => list([...entryLabels(e).harms, ...(e.harmsDescription ? [e.harmsDescription] : [])])],
  ['Mesures prises', (e) => e.measuresTaken ?? ''],
  ['Mesures envisagées', (e) => e.measuresPlanned ?? ''],
  ['Typologies des données', (e) => list(entryLabels(e).dataCategories)],
  ['Données sensibles', (e) => list(entryLabels(e).sensitiveData)],
  ['Catégories de personnes', (e) => list(entryLabels(e).subjectCategories)],
  ['Nombre approximatif de personnes', (e) => frenchCount(e.approxPersons) ?? ''],
  ["Nombre approximatif d'enregistrements", (e) => frenchCount(e.approxRecords) ?? ''],
  ['Décompte exact des personnes (listes)', (e) => frenchCount(e.exactPersons) ?? ''],
  ['Décompte exact des enregistrements (listes)', (e) => frenchCount(e.exactRecords) ?? ''],
  ['Tranche (données ouvertes CNIL)', (e) => e.personsBand ?? ''],
  ['Niveau de risque retenu', (e) => levelLabel(e.severityLevel)],
  ['Niveau de risque calculé', (e) => levelLabel(e.computedSeverityLevel)],
  ['Motif de la modification du niveau', (e) => e.severityOverrideReason ?? ''],
  ['Décision de notification', (e) => e.decisionLabel],
  ['Motivation', (e) => e.rationale],
  ['Décidée par', (e) => e.decidedBy ?? ''],
  ['Décidée le', (e) => instant(e.decidedAt) ?? ''],
  ['Information des personnes', (e) => personsCell(entryLabels(e))],
  ["Justification de l'absence d'information", (e) => entryLabels(e).nonCommunicationJustification ?? ''],
  ['Motifs du retard', (e) => list(e.delayReasons)],
  ['Notifications déposées', (e) => list(entryLabels(e).filings)],
];

/**
 * The CNIL's open-data schema (data.gouv.fr, « Notifications à la CNIL de violations de données à
 * caractère personnel »): these headers, in this order, one row per filed notification. The
 * multi-valued cells join their values with a comma and no space, as that file does.
 */
export const OPEN_DATA_HEADERS = [
  'Date de réception de la notification',
  "Secteur d'activité de l'organisme concerné",
  'Natures de la violation',
  'Nombre de personnes impactées',
  'Typologies des données impactées',
  'Données sensibles',
  "Origines de l'incident",
  "Causes de l'incident",
  'Information des personnes',
] as const;

/** « 2024-02 »: the month the CNIL received the filing, in Paris time. */
function receivedMonth(filedAt: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: DISPLAY_TIME_ZONE, year: 'numeric', month: '2-digit' }).formatToParts(filedAt);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

function openDataRows(e: RegisterEntry): string[][] {
  // The open data publishes the answers only: the « Autre (à préciser) » texts stay in the register.
  const labels = {
    natures: labelsOf(BREACH_NATURE, e.natures),
    dataCategories: labelsOf(DATA_CATEGORY, e.dataCategories),
    origins: labelsOf(INCIDENT_ORIGIN, e.origins),
    causes: labelsOf(INCIDENT_CAUSE, e.causes),
  };
  const informed = OPEN_DATA_COMMUNICATION[(e.communication ?? 'UNDETERMINED') as CommunicationStatus];
  return e.filings.map((f) => [
    receivedMonth(f.filedAt),
    e.sector ?? '',
    labels.natures.join(','),
    e.personsBand ?? '',
    labels.dataCategories.join(','),
    e.sensitiveData.length ? 'Oui' : '',
    labels.origins.join(','),
    labels.causes.join(','),
    informed,
  ]);
}

/** UTF-8 with a BOM, `;` and CRLF: what spreadsheet software set to French opens as is. */
function csvFile(header: readonly string[], rows: string[][]): string {
  // Titles and names come from other organisations: csvRow neutralises any that starts like a formula.
  const lines = [csvRow(header, ';'), ...rows.map((row) => csvRow(row, ';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function registerCsv(entries: RegisterEntry[]): string {
  return csvFile(
    REGISTER_COLUMNS.map(([name]) => name),
    entries.map((e) => REGISTER_COLUMNS.map(([, value]) => value(e))),
  );
}

/** The filed notifications in the CNIL open-data schema, and how many rows that is. */
export function openDataCsv(entries: RegisterEntry[]): { text: string; rows: number } {
  const rows = entries.flatMap(openDataRows);
  return { text: csvFile(OPEN_DATA_HEADERS, rows), rows: rows.length };
}
