import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';
import { BigIntType, BlobType, JsonType, ReferenceKind } from '@mikro-orm/core';
import { canonicalHash, sha256Hex } from '../../lib/canonical-json';
import { isUnaudited } from '../unaudited';

/**
 * The hash of a row as the database holds it, the same on SQLite and PostgreSQL. The writer hashes
 * each changed row as it reads it back inside its transaction (`afterHash`), and `audit verify`
 * hashes every row as it finds it: both from the raw columns, so nothing the ORM keeps in memory
 * (an unreloaded default, a version it did not reread) can make them differ. Each column is
 * normalised by what it holds, as the two drivers return it differently:
 *
 * - instants: SQLite's epoch milliseconds, PostgreSQL's Date (or text) → ISO 8601;
 * - booleans: SQLite's 0/1 → true/false;
 * - bigint: a JavaScript number (SQLite) or a string (PostgreSQL) → decimal string;
 * - JSON: text (SQLite) or parsed (PostgreSQL) → the value, canonicalised with the row;
 * - blobs: the sha256 of their bytes.
 */
type ColumnKind = 'instant' | 'boolean' | 'bigint' | 'number' | 'json' | 'blob' | 'text';

export interface RowShape {
  /** The entity's name, as audit events name it. */
  entityType: string;
  table: string;
  primaryKey: readonly string[];
  columns: readonly { name: string; kind: ColumnKind }[];
}

/** Raw SQL with `?` parameters inside the caller's transaction, returning the rows. */
export type RawQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Rows of these entities are not audited one by one. The listings are merged in bulk (millions of
 * rows, pseudonymous keys only); what they add up to is in SubjectCount, which is audited.
 */
export const BULK_ENTITIES: ReadonlySet<string> = new Set(['SubjectListing']);
/** The trail itself. */
export const TRAIL_ENTITIES: ReadonlySet<string> = new Set(['AuditEvent', 'DownloadAuditEvent', 'AuditHead']);

function kindOf(prop: EntityProperty): ColumnKind {
  if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.EMBEDDED) return 'text';
  if (prop.customType instanceof JsonType || prop.kind === ReferenceKind.EMBEDDED) return 'json';
  if (prop.customType instanceof BigIntType) return 'bigint';
  if (prop.customType instanceof BlobType || prop.runtimeType === 'Buffer') return 'blob';
  if (prop.runtimeType === 'Date') return 'instant';
  if (prop.runtimeType === 'boolean') return 'boolean';
  if (prop.runtimeType === 'number') return 'number';
  return 'text';
}

/** Whether a property is a column of the entity's own table. */
function isColumn(prop: EntityProperty): boolean {
  if (prop.persist === false || !prop.fieldNames?.length) return false;
  if (prop.kind === ReferenceKind.EMBEDDED) return Boolean(prop.object);
  if (prop.kind === ReferenceKind.MANY_TO_ONE) return true;
  if (prop.kind === ReferenceKind.ONE_TO_ONE) return Boolean(prop.owner);
  // A flattened embeddable's fields are scalars of their own (the embeddable itself is then no column).
  return prop.kind === ReferenceKind.SCALAR;
}

const shapes = new WeakMap<EntityMetadata, RowShape>();

export function rowShape(meta: EntityMetadata): RowShape {
  const known = shapes.get(meta);
  if (known) return known;
  const columns: { name: string; kind: ColumnKind }[] = [];
  for (const prop of meta.props) {
    if (!isColumn(prop)) continue;
    for (const name of prop.fieldNames) columns.push({ name, kind: kindOf(prop) });
  }
  const primaryKey = meta.primaryKeys.flatMap((name) => {
    const prop = meta.properties[name];
    if (!prop) throw new Error(`${meta.className}: primary key ${String(name)} is not a mapped property`);
    return prop.fieldNames;
  });
  const shape = {
    entityType: meta.className,
    table: meta.tableName,
    primaryKey,
    columns: columns.sort((a, b) => a.name.localeCompare(b.name)),
  };
  shapes.set(meta, shape);
  return shape;
}

/** The shapes of every entity whose rows the trail vouches for. */
export function auditedShapes(metadata: Iterable<EntityMetadata>): RowShape[] {
  return [...metadata]
    .filter(
      (meta) =>
        !meta.abstract &&
        !meta.embeddable &&
        !meta.virtual &&
        !BULK_ENTITIES.has(meta.className) &&
        !TRAIL_ENTITIES.has(meta.className) &&
        !isUnaudited(meta.className),
    )
    .map(rowShape)
    .sort((a, b) => a.entityType.localeCompare(b.entityType));
}

function normalise(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'instant':
      return new Date(value as string | number | Date).toISOString();
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
    case 'bigint':
    case 'text':
      return String(value);
    case 'number':
      return Number(value);
    case 'json':
      return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    case 'blob':
      return sha256Hex(value as Buffer);
  }
}

/** The row's identity as audit events name it: its primary key's values, joined by ':'. */
export function rowId(shape: RowShape, row: Record<string, unknown>): string {
  return shape.primaryKey.map((column) => String(row[column])).join(':');
}

export function rowHash(shape: RowShape, row: Record<string, unknown>): string {
  const columns: Record<string, unknown> = {};
  for (const { name, kind } of shape.columns) columns[name] = normalise(kind, row[name]);
  return canonicalHash(columns);
}

const quote = (name: string) => `"${name}"`;

/** Reads rows by their ids (as rowId gives them), a few hundred per statement: id → row hash. */
export async function hashRows(query: RawQuery, shape: RowShape, ids: readonly string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 300) {
    const slice = unique.slice(i, i + 300);
    const match = `(${shape.primaryKey.map((c) => `${quote(c)} = ?`).join(' and ')})`;
    // A composite id is split back on ':' (its parts are UUIDs or codes, never holding one).
    const params = slice.flatMap((id) => (shape.primaryKey.length === 1 ? [id] : id.split(':')));
    const rows = await query(`select * from ${quote(shape.table)} where ${slice.map(() => match).join(' or ')}`, params);
    for (const row of rows) hashes.set(rowId(shape, row), rowHash(shape, row));
  }
  return hashes;
}

/** Every row of a table in primary-key order, a page at a time. */
export async function* scanRows(query: RawQuery, shape: RowShape, page = 2000): AsyncGenerator<Record<string, unknown>> {
  const order = shape.primaryKey.map(quote).join(', ');
  for (let offset = 0; ; offset += page) {
    const rows = await query(`select * from ${quote(shape.table)} order by ${order} limit ? offset ?`, [page, offset]);
    yield* rows;
    if (rows.length < page) return;
  }
}
