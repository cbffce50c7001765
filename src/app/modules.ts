import { channelsModule } from '../channels/channels.module';
import { cnilModule } from '../cnil/cnil.module';
import { auditModule } from '../db/audit/audit.module';
import { outboxModule } from '../db/outbox/outbox.module';
import { documentsModule } from '../documents/documents.module';
import { factsModule } from '../facts/facts.module';
import { incidentModule } from '../incidents/incident.module';
import { ingestModule } from '../ingest/ingest.module';
import { notificationModule } from '../notifications/notification.module';
import { organizationModule } from '../organizations/organization.module';
import { registerModule } from '../register/register.module';
import { subjectsModule } from '../subjects/subjects.module';

/** The modules of every layer, in flow order; each brings its entities and resolvers. */
export const modules = [
  auditModule,
  outboxModule,
  cnilModule,
  organizationModule,
  incidentModule,
  factsModule,
  subjectsModule,
  ingestModule,
  notificationModule,
  documentsModule,
  registerModule,
  channelsModule,
] as const;

export const entities = modules.flatMap((m) => [...m.entities]);
export const resolvers = modules.flatMap((m) => [...m.resolvers]) as unknown as [Function, ...Function[]];
