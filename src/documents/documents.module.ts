import { CnilRecapitulatif, FiledDocument, IssuedDocument } from './document.entities';
import { NotificationDocumentResolver } from './notification-document.resolver';

export const documentsModule = {
  entities: [FiledDocument, IssuedDocument, CnilRecapitulatif],
  resolvers: [NotificationDocumentResolver],
} as const;
