import { Field, Float, Int, ObjectType } from 'type-graphql';
import { codeEnum } from '../lib/code-enum';
import { GRAVITY, NOTIFICATION_TYPE } from '../cnil/enums';
import { FORM_SECTIONS, type SectionCode } from '../cnil/form';
import { SEVERITY_LEVEL } from '../cnil/severity-level';
import type { SeverityLevel } from '../cnil/severity-rules';
import type { Gravity, NotificationType } from '../cnil/vocabulary';
import {
  LETTER_ISSUE_CODES,
  type LetterIssueCode,
  type LetterParagraph,
  type LetterVariant,
  type PersonsLetterContent,
} from '../content/letter-content';
import type {
  CnilNotificationContent,
  ContentItem,
  ContentSection,
  OrganizationIdentity,
  Provenance,
  SeverityAnnex,
  SeverityComponentRow,
} from '../content/notification-content';
import { FactConfidence, type FactSourceType } from '../facts/fact-submission.entity';
import { COMPLETENESS_CODES, type CompletenessCode, type CompletenessIssue } from '../notifications/completeness';

/**
 * The notification document as GraphQL types, mapped from the content contract (which stays plain
 * JSON, hashed and frozen at filing): a generated client reads one section, one question, its typed
 * answer, where it came from and what it still lacks, without parsing JSON. Pure mapping, no rules.
 */

export const COMPLETENESS_CODE = codeEnum<CompletenessCode>('CompletenessCode', 'What a completeness issue is about.', COMPLETENESS_CODES);

export const LETTER_ISSUE_CODE = codeEnum<LetterIssueCode>('LetterIssueCode', 'What the letter to the persons lacks.', LETTER_ISSUE_CODES);

export const LETTER_STATUS = codeEnum<PersonsLetterContent['status']>('LetterStatus', 'Whether the letter to the persons may be sent.', {
  DRAFT: 'Projet : says so on every page; not yet marked ready, or something blocks.',
  READY: 'Prête : a named person marked it so and nothing blocks.',
});

export const LETTER_VARIANT = codeEnum<LetterVariant>('LetterVariant', 'Whom the letter is addressed to.', {
  MEMBER: 'Adhérent : the person whose data it is.',
  BENEFICIARY: 'Ayant droit : a beneficiary whose data the member’s file holds.',
  MINOR_REPRESENTATIVE: 'Représentant légal : the legal representative of a minor concerned.',
});

const LETTER_PARAGRAPH_ITEM = codeEnum<LetterParagraph['item']>(
  'LetterParagraphItem',
  'Which art. 34(2) item a paragraph of the letter answers.',
  {
    NATURE: 'Nature de la violation (art. 34(2) with art. 33(3)(a)).',
    CONTACT: 'Point de contact (art. 33(3)(b)).',
    CONSEQUENCES: 'Conséquences probables (art. 33(3)(c)).',
    MEASURES: 'Mesures prises ou proposées (art. 33(3)(d)).',
    ADVICE: 'Conseils aux personnes, from the versioned advice library.',
  },
);

export const FORM_SECTION_CODE = codeEnum<SectionCode>(
  'FormSectionCode',
  'A section of the CNIL notification form.',
  Object.fromEntries(FORM_SECTIONS.map((s) => [s.code, `Section ${s.number} : ${s.title}`])) as Record<SectionCode, string>,
);

type ItemKind = ContentItem['kind'];
const FORM_QUESTION_KIND = codeEnum<Uppercase<ItemKind>>(
  'FormQuestionKind',
  'The shape of a question’s answer: which typed fields of FormAnswer are set.',
  {
    TEXT: 'A free text: answer.text.',
    NUMBER: 'A number: answer.number, with answer.unit where the form has one.',
    INSTANT: 'A date and time: answer.instant (ISO 8601) and answer.instantDisplay (Paris time).',
    CHOICE: 'A choice in a list: answer.options, answer.multiple and answer.other.',
    TABLE: 'A table: answer.table.',
  },
);

type ProvenanceSource = `${FactSourceType}` | 'ORGANIZATION' | 'SUBJECT_LISTS';
const PROVENANCE_SOURCE = codeEnum<ProvenanceSource>(
  'ProvenanceSource',
  'Where an answer came from: a FactSourceType, or the organisation record, or the ingested lists.',
  {
    CONTROLLER_ASSESSMENT: 'The controller’s own assessment.',
    FORENSIC_REPORT: 'A forensic report.',
    PROCESSOR_NOTICE: 'The processor’s notice.',
    PUBLIC_STATEMENT: 'A public statement.',
    RECORD: 'The incident’s or exposure’s own recorded fields.',
    ORGANIZATION: 'The organisation’s identity as recorded in the gateway.',
    SUBJECT_LISTS: 'The exact counts of the ingested lists of persons.',
  },
);

const SEVERITY_COMPONENT_CODE = codeEnum<SeverityComponentRow['code']>(
  'SeverityComponentCode',
  'A component of the ENISA formula SE = DPC × EI + CB.',
  {
    DPC: 'Contexte du traitement des données (DPC)',
    EI: "Facilité d'identification (EI)",
    CB: 'Circonstances de la violation (CB)',
  },
);

@ObjectType({ description: 'An item still missing or inconsistent, and whether it blocks READY for this type.' })
export class CompletenessIssueType {
  @Field(() => COMPLETENESS_CODE, { description: 'What is missing or inconsistent.' }) code!: CompletenessCode;
  @Field(() => Int, { description: 'The form section (1 to 14) it belongs to.' }) section!: number;
  @Field({ description: 'The form path of the question it is about (FormQuestion.path).' }) path!: string;
  @Field({ description: 'What is missing, in French.' }) messageFr!: string;
  @Field({ description: 'What is missing, in English.' }) messageEn!: string;
  @Field({ description: 'Whether it keeps the notification from READY.' }) blocksReady!: boolean;
}

@ObjectType({ description: 'An item the letter to the persons lacks; a blocking one keeps it from READY.' })
export class LetterIssueType {
  @Field(() => LETTER_ISSUE_CODE, { description: 'What the letter lacks.' }) code!: LetterIssueCode;
  @Field({ description: 'What the letter lacks, in French.' }) messageFr!: string;
  @Field({ description: 'What the letter lacks, in English.' }) messageEn!: string;
  @Field({ description: 'Whether it keeps the letter from READY.' }) blocksReady!: boolean;
}

@ObjectType('Provenance', { description: 'Where an answer came from: the source the unification rule retained for it.' })
class ProvenanceType {
  @Field(() => PROVENANCE_SOURCE, { description: 'The kind of source.' }) source!: ProvenanceSource;
  @Field(() => String, { nullable: true, description: 'The organisation that submitted or holds it.' }) organizationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The fact submission it came from, when it was submitted.' })
  submissionId!: string | null;
  @Field(() => String, { nullable: true, description: 'The source’s own reference (report number, notice id).' }) reference!: string | null;
  @Field(() => FactConfidence, { nullable: true, description: 'How sure the source is of it.' }) confidence!: FactConfidence | null;
}

@ObjectType({ description: 'One option of a list question, with its French label and whether it is ticked.' })
class FormOption {
  @Field({ description: 'The vocabulary code of the option.' }) code!: string;
  @Field({ description: 'The option as the form labels it, in French.' }) label!: string;
  @Field({ description: 'Whether it is ticked.' }) selected!: boolean;
}

@ObjectType({ description: 'A table answer: its column headings and its rows of cells, as printed.' })
class FormTable {
  @Field(() => [String], { description: 'The column headings, in French.' }) columns!: string[];
  @Field(() => [[String]], { description: 'The rows, each with one cell per column.' }) rows!: string[][];
}

@ObjectType({
  description: 'The answer to one question: `kind` says which of the typed fields are set; the others are null. Unanswered: all null.',
})
class FormAnswer {
  @Field(() => FORM_QUESTION_KIND, { description: 'Which typed fields are set.' }) kind!: Uppercase<ItemKind>;
  @Field(() => String, { nullable: true, description: 'TEXT: the text.' }) text!: string | null;
  @Field(() => Float, { nullable: true, description: 'NUMBER: the number.' }) number!: number | null;
  @Field(() => String, { nullable: true, description: 'NUMBER: its unit, in French, where the form gives one.' }) unit!: string | null;
  @Field(() => Date, { nullable: true, description: 'INSTANT: the instant.' }) instant!: Date | null;
  @Field(() => String, { nullable: true, description: 'INSTANT: the instant in Paris time, as the documents print it.' })
  instantDisplay!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'CHOICE: whether several options may be ticked.' }) multiple!: boolean | null;
  @Field(() => [FormOption], { nullable: true, description: 'CHOICE: every option of the list, ticked or not.' })
  options!: FormOption[] | null;
  @Field(() => String, { nullable: true, description: 'CHOICE: the « Autre (à préciser) » text, for the lists that offer it.' })
  other!: string | null;
  @Field(() => FormTable, { nullable: true, description: 'TABLE: the table.' }) table!: FormTable | null;
}

@ObjectType({ description: 'One question of the CNIL form with its answer, its provenance and what it lacks.' })
export class FormQuestion {
  @Field({ description: 'The form path, stable across versions of one content schema (e.g. data.persons).' }) path!: string;
  @Field({ description: 'The question as the form labels it, in French.' }) label!: string;
  @Field(() => FORM_QUESTION_KIND, { description: 'The shape of the answer.' }) kind!: Uppercase<ItemKind>;
  @Field(() => FormAnswer, { description: 'The answer, typed by kind.' }) answer!: FormAnswer;
  @Field(() => ProvenanceType, { nullable: true, description: 'Where the answer came from; null when nothing was recorded.' })
  provenance!: ProvenanceType | null;
  @Field(() => [CompletenessIssueType], { description: 'The completeness issues about this question (same path).' })
  missing!: CompletenessIssueType[];
}

@ObjectType({ description: 'One of the 14 sections of the CNIL form, with its questions.' })
export class FormSection {
  @Field(() => Int, { description: 'The section number, 1 to 14.' }) number!: number;
  @Field(() => FORM_SECTION_CODE, { description: 'The section code.' }) code!: SectionCode;
  @Field({ description: 'The section title, in French.' }) title!: string;
  @Field(() => [FormQuestion], { description: 'Its questions, in form order.' }) questions!: FormQuestion[];
  @Field(() => [CompletenessIssueType], {
    description: 'Every completeness issue of the section, including those about no question it shows (e.g. delay reasons).',
  })
  missing!: CompletenessIssueType[];
}

@ObjectType('OtherIdentifier', { description: 'The identifier an organisation without SIREN gives instead (« pas de SIREN »).' })
class OtherIdentifierType {
  @Field({ description: 'The kind of identifier, in French.' }) typeLabel!: string;
  @Field({ description: 'The identifier.' }) value!: string;
}

@ObjectType('OrganizationIdentity', { description: 'Who the document is about.' })
class OrganizationIdentityType {
  @Field({ description: 'Dénomination.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'SIREN; null for an organisation without one.' }) siren!: string | null;
  @Field(() => OtherIdentifierType, { nullable: true, description: 'The identifier given instead of a SIREN.' })
  otherIdentifier!: OtherIdentifierType | null;
}

@ObjectType('InitialFiling', { description: 'The initial notification a later one follows.' })
class InitialFilingType {
  @Field({ description: 'Its number.' }) number!: string;
  @Field({ description: 'When it was filed.' }) filedAt!: Date;
}

@ObjectType('NotificationPhase', { description: 'The rank of a complementary notification, and whether it is the final one.' })
class PhaseType {
  @Field(() => Int, { description: '1 for the first complement.' }) rank!: number;
  @Field({ description: 'Marked final (the last complement).' }) final!: boolean;
}

@ObjectType({ description: 'The header of the notification document: what it is, which version of the form, whom it is about.' })
export class NotificationHeader {
  @Field({ description: 'The content schema version (cnil-notification/N).' }) schemaVersion!: string;
  @Field({ description: 'The version of the CNIL vocabularies used.' }) vocabularyVersion!: string;
  @Field({ description: 'When the content was assembled.' }) assembledAt!: Date;
  @Field(() => NOTIFICATION_TYPE.values, { description: 'INITIAL, COMPLETE or COMPLEMENTARY.' }) type!: NotificationType;
  @Field({ description: 'The type as the documents name it, in French (with the rank of a complement).' }) typeLabel!: string;
  @Field(() => String, { nullable: true, description: 'The notification number.' }) number!: string | null;
  @Field({ description: 'The notification status as assembled (DRAFT, READY, FILED).' }) status!: string;
  @Field(() => InitialFilingType, { nullable: true, description: 'The initial notification it follows, if any.' })
  initial!: InitialFilingType | null;
  @Field(() => PhaseType, { nullable: true, description: 'For a complementary notification: its rank and whether it is final.' })
  phase!: PhaseType | null;
  @Field(() => String, { nullable: true, description: 'The reference the CNIL’s téléservice gave, once filed.' })
  cnilReference!: string | null;
  @Field(() => Date, { nullable: true, description: 'The date of the CNIL’s récapitulatif, once attached.' })
  recapitulatifAt!: Date | null;
  @Field(() => OrganizationIdentityType, { description: 'The controller.' }) organization!: OrganizationIdentityType;
}

@ObjectType({ description: 'One ENISA component with its value and justification.' })
class SeverityComponent {
  @Field(() => SEVERITY_COMPONENT_CODE, { description: 'DPC, EI or CB.' }) code!: SeverityComponentRow['code'];
  @Field({ description: 'The component, in French.' }) label!: string;
  @Field(() => Float, { description: 'Its value.' }) value!: number;
  @Field({ description: 'Why, in French.' }) justification!: string;
}

@ObjectType({ description: 'One factor of an ENISA component: its points, its reason and what it rests on.' })
class SeverityFactor {
  @Field(() => SEVERITY_COMPONENT_CODE, { description: 'The component it counts in.' }) component!: SeverityComponentRow['code'];
  @Field({ description: 'The factor, in French.' }) label!: string;
  @Field({ description: 'Its points as printed (a base value, or +n / −n).' }) points!: string;
  @Field({ description: 'Why, in French.' }) reason!: string;
  @Field({ description: 'Whom it rests on (the assessor, the facts, a default), in French.' }) sourceLabel!: string;
}

@ObjectType({ description: 'Beside SE, not in it: the inputs to the art. 34 suggestion.' })
class SeverityRisk {
  @Field(() => Int, { nullable: true, description: 'The number of persons concerned, when known.' }) persons!: number | null;
  @Field(() => String, { nullable: true, description: 'The likelihood of harm, in French; null when not assessed.' })
  likelihoodLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'Why that likelihood.' }) likelihoodReason!: string | null;
  @Field({ description: 'The art. 34 suggestion’s reasoning, in French.' }) justification!: string;
}

@ObjectType({ description: 'An ENISA assessment: score, level and components.' })
class SeverityAssessmentSummary {
  @Field(() => Float, { description: 'The score SE.' }) se!: number;
  @Field(() => SEVERITY_LEVEL, { description: 'The level the score gives.' }) level!: SeverityLevel;
  @Field({ description: 'The level, in French.' }) levelLabel!: string;
  @Field(() => [SeverityComponent], { description: 'DPC, EI and CB.' }) components!: SeverityComponent[];
}

@ObjectType({ description: 'The gravity retained for section 11, beside the suggested one.' })
class SeverityGravity {
  @Field({ description: 'The gravity retained, in French (« À confirmer » until signed off).' }) label!: string;
  @Field({ description: 'The gravity the level suggests, in French.' }) suggestedLabel!: string;
  @Field(() => String, { nullable: true, description: 'Why another gravity than the suggested one was retained.' })
  reason!: string | null;
}

@ObjectType({ description: 'A lawyer’s override of the computed assessment.' })
class SeverityOverrideSummary {
  @Field({ description: 'Why the computed assessment does not fit.' }) reason!: string;
  @Field(() => Float, { description: 'The computed score.' }) computedSe!: number;
  @Field({ description: 'The computed level, in French.' }) computedLevelLabel!: string;
  @Field(() => [SeverityComponent], { description: 'The computed components.' }) components!: SeverityComponent[];
}

@ObjectType({ description: 'The gravity a named person signed off.' })
class SeveritySignOff {
  @Field(() => SEVERITY_LEVEL, { description: 'The ENISA level the chosen gravity stands for.' }) level!: SeverityLevel;
  @Field({ description: 'That level, in French.' }) levelLabel!: string;
  @Field(() => GRAVITY.values, { description: 'The gravity chosen for section 11.' }) gravity!: Gravity;
  @Field({ description: 'The gravity, in French.' }) gravityLabel!: string;
  @Field({ description: 'Who signed it off (token subject).' }) by!: string;
  @Field({ description: 'When.' }) at!: Date;
  @Field({ description: 'When, in Paris time.' }) atDisplay!: string;
  @Field(() => String, { nullable: true, description: 'The reason given, if any.' }) reason!: string | null;
}

@ObjectType({ description: 'The ENISA severity assessment: the chosen one, the computed one beside it, and the signed-off gravity.' })
export class Severity {
  @Field({ description: 'The method (enisa-2013).' }) method!: string;
  @Field({ description: 'The method cited in full, in French.' }) methodReference!: string;
  @Field(() => Float, { description: 'The chosen score SE.' }) se!: number;
  @Field(() => SEVERITY_LEVEL, { description: 'The chosen level.' }) level!: SeverityLevel;
  @Field({ description: 'The chosen level, in French.' }) levelLabel!: string;
  @Field({ description: 'Whether the level suggests telling the persons (art. 34).' }) art34Recommended!: boolean;
  @Field({ description: 'The assessment’s justification, in French.' }) justification!: string;
  @Field(() => [SeverityComponent], { description: 'The chosen DPC, EI and CB.' }) components!: SeverityComponent[];
  @Field(() => [SeverityFactor], { description: 'Every factor of the chosen assessment with its reason.' }) factors!: SeverityFactor[];
  @Field(() => SeverityRisk, { description: 'The number of persons and the likelihood, beside SE.' }) risk!: SeverityRisk;
  @Field(() => SeverityAssessmentSummary, { description: 'The assessment as computed from the facts, untouched by any override.' })
  computed!: SeverityAssessmentSummary;
  @Field(() => SeverityOverrideSummary, {
    nullable: true,
    description: 'Present only when the chosen assessment differs from the computed one.',
  })
  override!: SeverityOverrideSummary | null;
  @Field(() => SeveritySignOff, { nullable: true, description: 'The signed-off decision; null until a named person signs it off.' })
  chosen!: SeveritySignOff | null;
  @Field(() => SeverityGravity, { description: 'The gravity retained for section 11.' }) gravity!: SeverityGravity;
  @Field({ description: 'The one sentence the documents print for the decision, in French.' }) decision!: string;
}

@ObjectType('LetterParagraph', { description: 'A paragraph of the letter and the art. 34(2) item it answers.' })
class LetterParagraphType {
  @Field(() => LETTER_PARAGRAPH_ITEM, { description: 'Which item it answers.' }) item!: LetterParagraph['item'];
  @Field({ description: 'Its heading, in French.' }) heading!: string;
  @Field({ description: 'Its text, in French.' }) text!: string;
}

@ObjectType({ description: 'The signatory of the letter.' })
class LetterSignatory {
  @Field({ description: 'Name.' }) name!: string;
  @Field({ description: 'Title.' }) title!: string;
}

@ObjectType({ description: 'The letter to the persons concerned (art. 34) for one addressee variant, as assembled from the facts.' })
export class PersonsLetterDocument {
  @Field({ description: 'The letter schema version (art34-letter/N).' }) schemaVersion!: string;
  @Field({ description: 'When it was assembled.' }) assembledAt!: Date;
  @Field(() => LETTER_VARIANT, { description: 'Whom it is addressed to.' }) variant!: LetterVariant;
  @Field({ description: 'The addressee line.' }) addressee!: string;
  @Field({ description: 'Whose data the letter speaks of.' }) concerns!: string;
  @Field(() => OrganizationIdentityType, { description: 'The controller.' }) organization!: OrganizationIdentityType;
  @Field(() => LETTER_STATUS, { description: 'DRAFT or READY.' }) status!: PersonsLetterContent['status'];
  @Field(() => String, { nullable: true, description: 'The date line; null while not recorded (a blocking item).' })
  dateLine!: string | null;
  @Field({ description: 'The subject line.' }) subject!: string;
  @Field({ description: 'The salutation.' }) salutation!: string;
  @Field(() => [LetterParagraphType], { description: 'The paragraphs, in order.' }) paragraphs!: LetterParagraphType[];
  @Field(() => [String], { description: 'The advice to the persons.' }) advice!: string[];
  @Field({ description: 'The version of the advice library.' }) adviceVersion!: string;
  @Field(() => [String], { description: 'The closing lines.' }) closing!: string[];
  @Field(() => LetterSignatory, { nullable: true, description: 'The signatory; null while not recorded (a blocking item).' })
  signatory!: LetterSignatory | null;
  @Field({ description: 'The organisation line under the signature.' }) organizationLine!: string;
  @Field(() => [LetterIssueType], { description: 'What this letter lacks.' }) completeness!: LetterIssueType[];
}

/** The form gives a unit for these numbers only. */
const UNITS: Readonly<Record<string, string>> = { 'data.persons': 'personnes', 'data.records': 'enregistrements' };

function answerOf(item: ContentItem): FormAnswer {
  const answer: FormAnswer = {
    kind: item.kind.toUpperCase() as Uppercase<ItemKind>,
    text: null,
    number: null,
    unit: null,
    instant: null,
    instantDisplay: null,
    multiple: null,
    options: null,
    other: null,
    table: null,
  };
  switch (item.kind) {
    case 'text':
      return { ...answer, text: item.value };
    case 'number':
      return { ...answer, number: item.value, unit: UNITS[item.path] ?? null };
    case 'instant':
      return { ...answer, instant: item.value ? new Date(item.value) : null, instantDisplay: item.display };
    case 'choice':
      return { ...answer, multiple: item.multiple, options: item.options, other: item.other ?? null };
    case 'table':
      return { ...answer, table: { columns: item.columns, rows: item.rows } };
  }
}

export function completenessIssueOf(i: CompletenessIssue): CompletenessIssueType {
  return { code: i.code, section: i.section, path: i.path, messageFr: i.message.fr, messageEn: i.message.en, blocksReady: i.blocksReady };
}

function provenanceOf(p: Provenance | null): ProvenanceType | null {
  if (!p) return null;
  return { ...p, source: p.source as ProvenanceSource, confidence: p.confidence as FactConfidence | null };
}

/** The sections of the content, each question with the completeness issues of its path. */
export function formSections(content: CnilNotificationContent, completeness: readonly CompletenessIssue[]): FormSection[] {
  const issues = completeness.map(completenessIssueOf);
  return content.sections.map((section: ContentSection) => ({
    number: section.number,
    code: section.code,
    title: section.title,
    questions: section.items.map((item) => ({
      path: item.path,
      label: item.label,
      kind: item.kind.toUpperCase() as Uppercase<ItemKind>,
      answer: answerOf(item),
      provenance: provenanceOf(item.provenance),
      missing: issues.filter((i) => i.path === item.path),
    })),
    missing: issues.filter((i) => i.section === section.number),
  }));
}

function organizationOf(o: OrganizationIdentity): OrganizationIdentityType {
  return { name: o.name, siren: o.siren, otherIdentifier: o.otherIdentifier ?? null };
}

export function headerOf(content: CnilNotificationContent): NotificationHeader {
  const n = content.notification;
  return {
    schemaVersion: content.schemaVersion,
    vocabularyVersion: content.vocabularyVersion,
    assembledAt: new Date(content.assembledAt),
    type: n.type as NotificationType,
    typeLabel: n.typeLabel,
    number: n.number,
    status: n.status,
    initial: n.initial ? { number: n.initial.number, filedAt: new Date(n.initial.filedAt) } : null,
    phase: n.phase ?? null,
    cnilReference: n.cnilReference ?? null,
    recapitulatifAt: n.recapitulatif ? new Date(n.recapitulatif.at) : null,
    organization: organizationOf(content.organization),
  };
}

export function severityOf(annex: SeverityAnnex): Severity {
  // The annex of the live assessment always carries the fields added in cnil-notification/3.
  const computed = annex.computed!;
  return {
    method: annex.method,
    methodReference: annex.methodReference ?? '',
    se: annex.se,
    level: annex.level as SeverityLevel,
    levelLabel: annex.levelLabel,
    art34Recommended: annex.art34Recommended,
    justification: annex.justification,
    components: annex.components,
    factors: annex.factors ?? [],
    risk: annex.risk ?? { persons: null, likelihoodLabel: null, likelihoodReason: null, justification: '' },
    computed: { ...computed, level: computed.level as SeverityLevel },
    override: annex.override,
    chosen: annex.chosen
      ? {
          ...annex.chosen,
          level: annex.chosen.level as SeverityLevel,
          gravity: annex.chosen.gravity as Gravity,
          at: new Date(annex.chosen.at),
        }
      : null,
    gravity: annex.gravity,
    decision: annex.decision ?? '',
  };
}

export function letterOf(letter: PersonsLetterContent): PersonsLetterDocument {
  return {
    schemaVersion: letter.schemaVersion,
    assembledAt: new Date(letter.assembledAt),
    variant: letter.variant,
    addressee: letter.addressee,
    concerns: letter.concerns,
    organization: organizationOf(letter.organization),
    status: letter.status,
    dateLine: letter.dateLine,
    subject: letter.subject,
    salutation: letter.salutation,
    paragraphs: letter.paragraphs,
    advice: letter.advice,
    adviceVersion: letter.adviceVersion,
    closing: letter.closing,
    signatory: letter.signatory,
    organizationLine: letter.organizationLine,
    completeness: letter.completeness,
  };
}
