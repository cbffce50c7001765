import { FiledDocument, IssuedDocument } from './document.entities';
import { NotificationDocumentResolver } from './notification-document.resolver';

export const documentsModule = { entities: [FiledDocument, IssuedDocument], resolvers: [NotificationDocumentResolver] } as const;
