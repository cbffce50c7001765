import { Field, ID, ObjectType } from 'type-graphql';
import type { Obligation } from './obligations';

@ObjectType('Obligation', { description: 'A duty an exposure creates (CNIL, persons, processor alert, ACPR, ANSSI), with its deadline.' })
export class ObligationType implements Obligation {
  @Field(() => String) code!: Obligation['code'];
  @Field() authority!: string;
  @Field() basis!: string;
  @Field() label!: string;
  @Field(() => String, { description: 'CONTROLLER or PROCESSOR.' }) party!: Obligation['party'];
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => String, { nullable: true, description: "What the due instant rests on when it is the gateway's assumption, not law." })
  dueBasis?: string | null;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field(() => String, {
    description: 'PENDING, DONE, DONE_LATE, OVERDUE, NOT_APPLICABLE or NOT_NOTIFIED (a reasoned decision not to notify the CNIL).',
  })
  status!: Obligation['status'];
  @Field() rationale!: string;
  @Field({ description: 'Version of the deadline rules the due instant comes from.' }) rulesVersion!: string;
}

@ObjectType({ description: 'An obligation with a due instant, for dashboards.' })
export class Deadline {
  @Field(() => ID) exposureId!: string;
  @Field(() => ID) incidentId!: string;
  @Field() controllerName!: string;
  @Field(() => ObligationType) obligation!: ObligationType;
}
