import { auditModule } from '../db/audit/audit.module';
import { cnilModule } from '../cnil/cnil.module';
import { factsModule } from '../facts/facts.module';
import { incidentModule } from '../incidents/incident.module';
import { ingestModule } from '../ingest/ingest.module';
import { notificationModule } from '../notifications/notification.module';
import { organizationModule } from '../organizations/organization.module';

/** The domain modules; each brings its entities and resolvers. */
export const modules = [auditModule, cnilModule, organizationModule, incidentModule, factsModule, ingestModule, notificationModule] as const;

export const entities = modules.flatMap((m) => [...m.entities]);
export const resolvers = modules.flatMap((m) => [...m.resolvers]) as unknown as [Function, ...Function[]];
