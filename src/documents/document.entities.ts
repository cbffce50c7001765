import { BlobType, DateTimeType, Entity, Index, ManyToOne, OneToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../db/base.entity';
import { Notification } from '../notifications/notification.entity';

/**
 * The PDF as filed, kept byte for byte: filed means frozen, and a later renderer must not change
 * what the controller sent to the CNIL.
 */
@Entity()
export class FiledDocument {
  [PrimaryKeyProp]?: 'notification';

  @OneToOne(() => Notification, { primary: true, owner: true, ref: true })
  notification!: Ref<Notification>;

  @Property({ type: BlobType, lazy: true })
  pdf!: Buffer;

  @Property({ length: 64 })
  pdfSha256!: string;

  @Property()
  byteSize!: number;

  @Property()
  pageCount!: number;

  @Property()
  rendererVersion!: string;

  /**
   * The sha256 of the bytes kept at filing, when the archive copy was drawn again to show the
   * récapitulatif's date recorded afterwards (RecapitulatifService.attach): `verify` still knows
   * the first copy. Null while the bytes are the ones kept at filing.
   */
  @Property({ length: 64, nullable: true })
  supersededPdfSha256?: string | null;

  /** When the archive copy was drawn again, by the clock; null like supersededPdfSha256. */
  @Property({ type: DateTimeType, nullable: true })
  redrawnAt?: Date | null;
}

/**
 * One PDF handed out (downloaded or rendered by the CLI): who got which bytes of which content. The
 * row's creation is in the audit trail like any change, and `verify` finds a PDF here by its sha256.
 */
@Entity()
export class IssuedDocument extends BaseEntity {
  @ManyToOne(() => Notification, { ref: true })
  notification!: Ref<Notification>;

  /** FILING, LETTER or DOSSIER (the internal dossier). */
  @Property()
  kind!: string;

  @Property({ length: 64 })
  contentSha256!: string;

  @Index()
  @Property({ length: 64 })
  pdfSha256!: string;

  @Property()
  byteSize!: number;

  @Property()
  issuedTo!: string;

  @Property({ nullable: true })
  organizationId?: string;
}

/**
 * The CNIL's own récapitulatif of a filing (the PDF the téléservice gives once the notification is
 * validated), attached by the controller and kept byte for byte: the proof of what the CNIL received,
 * beside the gateway's copy.
 */
@Entity()
export class CnilRecapitulatif extends BaseEntity {
  @OneToOne(() => Notification, { owner: true, ref: true, unique: true })
  notification!: Ref<Notification>;

  @Property({ type: BlobType, lazy: true })
  pdf!: Buffer;

  @Property({ length: 64 })
  sha256!: string;

  @Property()
  byteSize!: number;

  @Property()
  uploadedBy!: string;

  @Property({ type: DateTimeType })
  uploadedAt!: Date;
}
