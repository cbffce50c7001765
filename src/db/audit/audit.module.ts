import { AuditEvent, AuditHead, DownloadAuditEvent } from './audit.entities';

export const auditModule = { entities: [AuditEvent, DownloadAuditEvent, AuditHead], resolvers: [] } as const;
