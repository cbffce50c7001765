import { Field, ObjectType } from 'type-graphql';
import { codeEnum } from '../lib/code-enum';
import { DEADLINE_RULES, OBLIGATION_AUTHORITY_LABELS, type ObligationAuthority, type ObligationCode } from '../cnil/deadline-rules';
import { obligationStatusLabel, PARTY_LABELS } from './annexes';
import type { Obligation, ObligationStatus } from './obligations';

export const OBLIGATION_CODE = codeEnum<ObligationCode>(
  'ObligationCode',
  'Which duty of which regime (the rules of src/cnil/deadline-rules.ts).',
  Object.fromEntries(Object.values(DEADLINE_RULES).map((r) => [r.obligation, `${r.label} (${r.basis})`])) as Record<ObligationCode, string>,
);
export const OBLIGATION_AUTHORITY = codeEnum<ObligationAuthority>(
  'ObligationAuthority',
  'Whom the duty is owed to: an authority, or the persons, controller or clients to inform.',
  OBLIGATION_AUTHORITY_LABELS,
);
export const OBLIGATION_STATUS = codeEnum<ObligationStatus>('ObligationStatus', 'Where the duty stands at the time of the request.', {
  PENDING: obligationStatusLabel('PENDING'),
  DONE: obligationStatusLabel('DONE'),
  DONE_LATE: obligationStatusLabel('DONE_LATE'),
  OVERDUE: obligationStatusLabel('OVERDUE'),
  NOT_APPLICABLE: obligationStatusLabel('NOT_APPLICABLE'),
  NOT_NOTIFIED: obligationStatusLabel('NOT_NOTIFIED'),
  TO_CLASSIFY: obligationStatusLabel('TO_CLASSIFY'),
});
export const OBLIGATION_PARTY = codeEnum<Obligation['party']>(
  'ObligationParty',
  'Who must act: the controller, or the processor (its alert to the controller, or its own duties as an operator).',
  PARTY_LABELS,
);

@ObjectType('Obligation', { description: 'A duty an exposure creates (CNIL, persons, processor alert, ACPR, ANSSI), with its deadline.' })
export class ObligationType implements Obligation {
  @Field(() => OBLIGATION_CODE, { description: 'Which duty this is.' }) code!: Obligation['code'];
  @Field(() => OBLIGATION_AUTHORITY, { description: 'Whom it is owed to.' }) authority!: Obligation['authority'];
  @Field({ description: 'The legal basis in French citation style.' }) basis!: string;
  @Field({ description: 'What the duty is, in French.' }) label!: string;
  @Field(() => OBLIGATION_PARTY, { description: 'Who must act.' }) party!: Obligation['party'];
  @Field(() => Date, {
    nullable: true,
    description: 'When it falls due (conservative reading); null when the law sets no fixed term or the trigger is unknown.',
  })
  dueAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: "How the due instant was counted, and what it rests on when it is the gateway's reading (an assumption), not the text's.",
  })
  dueBasis?: string | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'End of the period as Regulation (EEC, Euratom) No 1182/71 counts it, never before dueAt (which is the conservative reading).',
  })
  legalEnd?: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      'First day (YYYY-MM-DD, Paris) the rule applies to a triggering event; null when it waits for a French transposition (NIS 2).',
  })
  effectiveFrom?: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was done, as recorded; null while not done.' }) doneAt!: Date | null;
  @Field(() => OBLIGATION_STATUS, {
    description:
      'Where it stands: NOT_NOTIFIED is a reasoned decision not to notify the CNIL, TO_CLASSIFY a DORA incident with no classification as major recorded yet.',
  })
  status!: Obligation['status'];
  @Field({ description: 'Why it applies or not, in French.' }) rationale!: string;
  @Field({ description: 'Version of the deadline rules the due instant comes from.' }) rulesVersion!: string;
}
