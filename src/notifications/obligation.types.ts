import { Field, ObjectType } from 'type-graphql';
import type { Obligation } from './obligations';

@ObjectType('Obligation', { description: 'A duty an exposure creates (CNIL, persons, processor alert, ACPR, ANSSI), with its deadline.' })
export class ObligationType implements Obligation {
  @Field(() => String) code!: Obligation['code'];
  @Field() authority!: string;
  @Field() basis!: string;
  @Field() label!: string;
  @Field(() => String, { description: 'CONTROLLER or PROCESSOR.' }) party!: Obligation['party'];
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
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
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field(() => String, {
    description:
      'PENDING, DONE, DONE_LATE, OVERDUE, NOT_APPLICABLE, NOT_NOTIFIED (a reasoned decision not to notify the CNIL) or TO_CLASSIFY (DORA: no classification as major recorded yet).',
  })
  status!: Obligation['status'];
  @Field() rationale!: string;
  @Field({ description: 'Version of the deadline rules the due instant comes from.' }) rulesVersion!: string;
}
