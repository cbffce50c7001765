import type { CnilNotificationContent, ContentItem } from '../content/notification-content';
import { codeEnum } from '../lib/code-enum';

/** How a field differs, with the French word the documents print for it. */
export const CONTENT_CHANGE_KIND = codeEnum('ContentChangeKind', 'How a field of the form differs from the last filed notification.', {
  ADDED: 'Ajout',
  REMOVED: 'Retrait',
  CHANGED: 'Modification',
});
export type ContentChangeKind = keyof typeof CONTENT_CHANGE_KIND;

/**
 * Field-level differences between two contents (a complementary notification against the filed
 * initial): what was added, removed or changed, compared on what the form shows, not on metadata
 * such as when each was assembled.
 */
export interface ContentChange {
  section: number;
  path: string;
  label: string;
  kind: ContentChangeKind;
  before: string | null;
  after: string | null;
}

/** The value of an item as a reader of the form sees it. */
function shown(item: ContentItem | undefined): string | null {
  if (!item) return null;
  switch (item.kind) {
    case 'text':
      return item.value;
    case 'number':
      return item.value === null ? null : String(item.value);
    case 'instant':
      return item.display;
    case 'choice': {
      const selected = item.options.filter((o) => o.selected).map((o) => o.label);
      return selected.length ? selected.join(' ; ') : null;
    }
    case 'table':
      return item.rows.length ? item.rows.map((r) => r.join(' | ')).join(' / ') : null;
  }
}

function items(content: CnilNotificationContent): Map<string, { item: ContentItem; section: number }> {
  const map = new Map<string, { item: ContentItem; section: number }>();
  // Paths shared by two sections (legal representative and contact) are told apart by section.
  for (const section of content.sections)
    for (const item of section.items) map.set(`${section.number}:${item.path}`, { item, section: section.number });
  return map;
}

export function changesBetween(before: CnilNotificationContent, after: CnilNotificationContent): ContentChange[] {
  const old = items(before);
  const now = items(after);
  const changes: ContentChange[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const was = shown(old.get(key)?.item);
    const is = shown(now.get(key)?.item);
    if (was === is) continue;
    const { item, section } = (now.get(key) ?? old.get(key))!;
    changes.push({
      section,
      path: item.path,
      label: item.label,
      kind: was === null ? 'ADDED' : is === null ? 'REMOVED' : 'CHANGED',
      before: was,
      after: is,
    });
  }
  return changes.sort((a, b) => a.section - b.section);
}

/**
 * What a complementary notification adds or changes against the last filed one: sections 2 to 14,
 * the form's answers. Section 1 differs by nature (type, rank, the filings cited) and says so itself.
 */
export function phaseChanges(previous: CnilNotificationContent, current: CnilNotificationContent): ContentChange[] {
  return changesBetween(previous, current).filter((c) => c.section > 1);
}
