/**
 * The register of breaches (art. 33(5)) as a document: plain data, every label already in French,
 * so the renderer draws it without knowing a code. What the PDF embeds as register.json and what
 * its sha256 names.
 */
export const REGISTER_SCHEMA_VERSION = 'art33-5-register/1';

export interface RegisterContentRow {
  label: string;
  /** null reads « Non renseigné ». */
  value: string | null;
}

export interface RegisterContentGroup {
  heading: string;
  rows: RegisterContentRow[];
}

export interface RegisterContentEntry {
  /** The incident's title, then the controller it is the register of. */
  title: string;
  controller: string;
  groups: RegisterContentGroup[];
}

export interface RegisterContent {
  schemaVersion: typeof REGISTER_SCHEMA_VERSION;
  /** The instant the register was issued (ISO), the one date of the document. */
  issuedAt: string;
  /** The same, as it reads: « 04/12/2026 14:00 (heure de Paris) ». */
  issuedAtLabel: string;
  /** Whose register: the viewer's organisation, or « Tous les organismes » for an administrator. */
  organization: { name: string; siren: string | null };
  /** What the gateway assumes where the law or the record is silent: stated, never hidden. */
  assumptions: string[];
  entries: RegisterContentEntry[];
}
