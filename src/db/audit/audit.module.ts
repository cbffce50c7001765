import { AuditEvent, AuditHead } from './audit.entities';

export const auditModule = { entities: [AuditEvent, AuditHead], resolvers: [] } as const;
