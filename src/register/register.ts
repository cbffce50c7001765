import { Field, ID, ObjectType } from 'type-graphql';
import { controllerFileScope, exposureScope } from '../auth/scope';
import { BREACH_NATURE, DATA_CATEGORY, INCIDENT_CAUSE, INCIDENT_ORIGIN, personCountBand, type VocabularyList } from '../cnil/vocabulary';
import type { ServiceContext } from '../auth/context';
import { Exposure } from '../incidents/exposure.entity';
import { Notification } from '../notifications/notification.entity';
import { loadSituations } from '../notifications/situation';
import { csvRow } from '../lib/csv';
import { displayInstant } from '../notifications/display';

/**
 * The register of art. 33(5): every exposure, notified or not, with the decision and the reasoning
 * behind it. Its CSV follows the columns of the CNIL's open data on notified breaches, plus the
 * register's own (decision, rationale, reference).
 */
@ObjectType({ description: 'One breach as the controller must document it (art. 33(5)), notified or not.' })
export class RegisterEntry {
  @Field(() => ID) exposureId!: string;
  @Field() incidentTitle!: string;
  @Field() controllerName!: string;
  @Field(() => String, { nullable: true }) sector!: string | null;
  @Field(() => Date, { nullable: true }) awareAt!: Date | null;
  @Field({ description: 'NOTIFIED, TO_NOTIFY or NOT_NOTIFIED.' }) decision!: string;
  @Field() rationale!: string;
  @Field(() => Date, { nullable: true }) notifiedAt!: Date | null;
  @Field(() => String, { nullable: true }) cnilReference!: string | null;
  @Field(() => [String]) natures!: string[];
  @Field(() => [String]) origins!: string[];
  @Field(() => [String]) causes!: string[];
  @Field(() => [String]) dataCategories!: string[];
  @Field(() => String, { nullable: true, description: 'CNIL open-data size band of the number of persons.' }) personsBand!: string | null;
  @Field() severityLevel!: string;
  @Field(() => String, { nullable: true }) communication!: string | null;
}

export async function registerEntries(ctx: ServiceContext): Promise<RegisterEntry[]> {
  const exposures = await ctx.em.find(
    Exposure,
    { $and: [exposureScope(ctx.viewer), controllerFileScope(ctx.viewer)] },
    { orderBy: { id: 'asc' } },
  );
  const [situations, filings] = await Promise.all([
    loadSituations(ctx, exposures),
    ctx.em.find(Notification, { exposure: { $in: exposures.map((e) => e.id) }, status: 'FILED' }, { orderBy: { filedAt: 'asc' } }),
  ]);
  return situations.map(({ exposure, incident, controller, facts, severity }) => {
    const filed = filings.find((n) => n.exposure.id === exposure.id);
    const persons = facts.approxPersons?.value ?? null;
    const risky = severity.level !== 'LOW';
    return {
      exposureId: exposure.id,
      incidentTitle: incident.title,
      controllerName: controller.legalName,
      sector: controller.sector ?? null,
      awareAt: facts.awareAt?.value ?? null,
      decision: filed ? 'NOTIFIED' : risky ? 'TO_NOTIFY' : 'NOT_NOTIFIED',
      rationale: filed
        ? `Notifiée à la CNIL (${filed.cnilReference}). ${severity.justification}`
        : risky
          ? `Notification requise (art. 33(1)) : ${severity.justification}`
          : `Violation peu susceptible d'engendrer un risque (art. 33(1)) : ${severity.justification}`,
      notifiedAt: filed?.filedAt ?? null,
      cnilReference: filed?.cnilReference ?? null,
      natures: facts.natures?.value ?? [],
      origins: facts.origins?.value ?? [],
      causes: facts.causes?.value ?? [],
      dataCategories: facts.dataCategories?.value ?? [],
      personsBand: persons === null ? null : personCountBand(persons).label,
      severityLevel: severity.level,
      communication: facts.communicationStatus?.value ?? null,
    };
  });
}

const labels = <C extends string>(vocabulary: VocabularyList<C>, codes: string[]) =>
  codes.map((c) => vocabulary.labels[c as C] ?? c).join(' ; ');

/** CSV columns: the CNIL open data's, then the register's. */
const COLUMNS: [string, (e: RegisterEntry) => string][] = [
  ['Date de la notification', (e) => (e.notifiedAt ? displayInstant(e.notifiedAt) : '')],
  ["Secteur d'activité de l'organisme concerné", (e) => e.sector ?? ''],
  ['Nature de la violation', (e) => labels(BREACH_NATURE, e.natures)],
  ["Origine de l'incident", (e) => labels(INCIDENT_ORIGIN, e.origins)],
  ["Cause de l'incident", (e) => labels(INCIDENT_CAUSE, e.causes)],
  ['Typologie des données violées', (e) => labels(DATA_CATEGORY, e.dataCategories)],
  ['Nombre de personnes concernées', (e) => e.personsBand ?? ''],
  ['Information des personnes', (e) => e.communication ?? ''],
  ['Organisme', (e) => e.controllerName],
  ['Violation', (e) => e.incidentTitle],
  ['Date de prise de connaissance', (e) => (e.awareAt ? displayInstant(e.awareAt) : '')],
  ['Décision', (e) => e.decision],
  ['Motivation', (e) => e.rationale],
  ['Référence CNIL', (e) => e.cnilReference ?? ''],
];

/** UTF-8 with a BOM and `;`: what spreadsheet software set to French opens as is. */
export function registerCsv(entries: RegisterEntry[]): string {
  // Titles and names come from other organisations: csvRow neutralises any that starts like a formula.
  const lines = [
    csvRow(
      COLUMNS.map(([name]) => name),
      ';',
    ),
    ...entries.map((e) =>
      csvRow(
        COLUMNS.map(([, value]) => value(e)),
        ';',
      ),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
