import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { codeEnum } from '../lib/code-enum';
import { Exposure } from '../incidents/exposure.entity';
import { Incident } from '../incidents/incident.entity';
import { orderByInput } from '../lib/connection';
import { Notification } from './notification.entity';
import { OBLIGATION_AUTHORITY, OBLIGATION_CODE, OBLIGATION_STATUS, ObligationType } from './obligation.types';
import type { ObligationAuthority, ObligationCode } from '../cnil/deadline-rules';
import type { ObligationStatus } from './obligations';

@ObjectType({ description: 'An obligation with a due instant, for dashboards, linked to what it is about.' })
export class Deadline {
  @Field(() => ID, { description: 'Stable for the exposure and obligation: `<exposure id>:<obligation code>`.' }) id!: string;
  @Field(() => Exposure, { description: 'The exposure the obligation arises from.' }) exposure!: Exposure;
  @Field(() => Incident, { description: 'The incident of that exposure.' }) incident!: Incident;
  @Field(() => Notification, {
    nullable: true,
    description:
      'The CNIL notification meeting the obligation, when it is one: the initial (or complete) one for CNIL_NOTIFICATION, the latest complementary one for CNIL_COMPLEMENTARY; null otherwise or while none exists.',
  })
  notification!: Notification | null;
  @Field(() => ObligationType, { description: 'The duty itself: who owes what to whom, due when (ISO 8601 UTC), and its status.' })
  obligation!: ObligationType;
  @Field(() => ID, { description: 'The id of the exposure.', deprecationReason: 'Read exposure { id } instead; removed in 0.3.0.' })
  exposureId!: string;
  @Field(() => ID, { description: 'The id of the incident.', deprecationReason: 'Read incident { id } instead; removed in 0.3.0.' })
  incidentId!: string;
  @Field({ description: "The controller's legal name." }) controllerName!: string;
}

export const DeadlineOrderField = codeEnum('DeadlineOrderField', 'What a list of deadlines is sorted by.', {
  DUE_AT: 'The due instant: in ASC the soonest (so the most overdue) first.',
});
export type DeadlineOrderField = keyof typeof DeadlineOrderField;

export const DeadlineOrder = orderByInput('DeadlineOrder', DeadlineOrderField, 'How to sort deadlines (default DUE_AT ASC).');
export type DeadlineOrder = InstanceType<typeof DeadlineOrder>;

@InputType({ description: 'Narrows a list of deadlines; every given criterion must hold.' })
export class DeadlineFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only overdue ones (true) or only the others (false).' }) overdue?: boolean | null;
  @Field(() => Date, { nullable: true, description: 'Only those due before this instant.' }) dueBefore?: Date | null;
  @Field(() => [OBLIGATION_STATUS], { nullable: true, description: 'Any of these obligation statuses.' })
  status?: ObligationStatus[] | null;
  @Field(() => [OBLIGATION_AUTHORITY], {
    nullable: true,
    description: 'Any of these authorities or addressees: the regime a duty belongs to (CNIL for the GDPR, ACPR for DORA, ANSSI for NIS).',
  })
  authority?: ObligationAuthority[] | null;
  @Field(() => [OBLIGATION_CODE], { nullable: true, description: 'Any of these duties.' }) code?: ObligationCode[] | null;
  @Field(() => ID, { nullable: true, description: 'Deadlines of this controller.' }) controllerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Deadlines of this incident.' }) incidentId?: string | null;
}
