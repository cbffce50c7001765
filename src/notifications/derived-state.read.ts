import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ServiceContext } from '../auth/context';
import type { CnilNotificationContent, SeverityAnnex } from '../content/notification-content';
import { LETTER_VARIANTS, type PersonsLetterContent } from '../content/letter-content';
import { assembleLetter } from './letter';
import { PersonsLetterService } from './persons-letter.service';
import type { Exposure } from '../incidents/exposure.entity';
import type { CompletenessIssue } from './completeness';
import { NotificationState, ObligationState } from './derived-state.entities';
import { assessedSeverity } from './internal-dossier';
import type { Notification } from './notification.entity';
import type { NotificationInputs } from './notification-input';
import type { NotificationView } from './notification.service';
import type { Obligation } from './obligations';
import { loadSituations } from './situation';
import { isFresh, judged } from './state-clock';

/**
 * Stored states as plain rows, not entities: they are only read, and building managed entities
 * (a snapshot of every JSON document, for change tracking) cost dashboards more than the query.
 * The driver gives JSON as text on SQLite and parsed on PostgreSQL, instants as numbers or Dates.
 */
async function stateRows(
  ctx: ServiceContext,
  entity: typeof NotificationState | typeof ObligationState,
  fields: readonly string[] | '*',
  where: object,
  orderBy?: object,
): Promise<Record<string, unknown>[]> {
  const qb = (ctx.em as SqlEntityManager)
    .createQueryBuilder(entity)
    .select(fields === '*' ? '*' : [...fields])
    .where(where);
  if (orderBy) qb.orderBy(orderBy);
  return qb.execute<Record<string, unknown>[]>('all', true);
}

const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
const when = (value: unknown): Date | null => (value == null ? null : new Date(value as string | number | Date));

/** What dashboards read of a notification's draft, without its content: from its stored state. */
export interface NotificationDerived {
  contentSha256: string;
  completeness: CompletenessIssue[];
  severity: SeverityAnnex | null;
  severityInputs: NotificationInputs['severity'];
  /** Judged against the clock of the read. */
  obligations: Obligation[];
  cnilDueAt: Date | null;
  /** The CNIL obligation is past due and no notification of the exposure was filed. */
  overdue: boolean;
}

function derived(state: Omit<NotificationDerived, 'cnilDueAt' | 'overdue'>, now: Date): NotificationDerived {
  const obligations = state.obligations.map((o) => judged(o, now));
  const cnil = obligations.find((o) => o.code === 'CNIL_NOTIFICATION');
  return { ...state, obligations, cnilDueAt: cnil?.dueAt ?? null, overdue: cnil?.status === 'OVERDUE' };
}

/**
 * The stored states of these notifications, one statement for all of them. A state missing or
 * overtaken by time is computed from `view` (the request's cached assembly), so what is read is
 * always true now; the refresher (refreshStaleStates) keeps that path rare.
 */
export async function notificationsDerived(
  ctx: ServiceContext,
  notifications: readonly Notification[],
  view: (notification: Notification) => Promise<NotificationView>,
): Promise<NotificationDerived[]> {
  const now = ctx.clock.now();
  const rows = await stateRows(
    ctx,
    NotificationState,
    ['id', 'validUntil', 'contentSha256', 'completeness', 'severity', 'severityInputs', 'obligations'],
    { id: { $in: notifications.map((n) => n.id) } },
  );
  const byId = new Map(
    rows.map((r) => [
      r.id as string,
      {
        validUntil: when(r.validUntil),
        contentSha256: r.contentSha256 as string,
        completeness: json<CompletenessIssue[]>(r.completeness),
        severity: json<SeverityAnnex | null>(r.severity),
        severityInputs: json<NotificationInputs['severity']>(r.severityInputs),
        obligations: json<Obligation[]>(r.obligations),
      },
    ]),
  );
  return Promise.all(
    notifications.map(async (notification) => {
      const state = byId.get(notification.id);
      if (state && isFresh(state, now)) return derived(state, now);
      return derived(derivedOfView(await view(notification)), now);
    }),
  );
}

/** An exposure's obligations with whom they belong to, which decides who may see which. */
export interface ExposureObligations {
  controllerId: string;
  sourceOrganizationId: string;
  obligations: Obligation[];
}

/**
 * The stored obligations of these exposures, one statement for all; those never computed or
 * overtaken by time are computed in one batch (loadSituations), so the answer is always true now.
 */
export async function exposuresObligations(ctx: ServiceContext, exposures: readonly Exposure[]): Promise<ExposureObligations[]> {
  const now = ctx.clock.now();
  const rows = await stateRows(
    ctx,
    ObligationState,
    ['exposure', 'controllerId', 'sourceOrganizationId', 'validUntil', 'obligation'],
    { exposure: { $in: exposures.map((e) => e.id) } },
    { exposure: 'asc', position: 'asc' },
  );
  const byExposure = new Map<string, ExposureObligations & { validUntil: Date | null }>();
  for (const row of rows) {
    const id = row.exposure as string;
    const own = byExposure.get(id) ?? {
      controllerId: row.controllerId as string,
      sourceOrganizationId: row.sourceOrganizationId as string,
      validUntil: when(row.validUntil),
      obligations: [],
    };
    own.obligations.push(json<Obligation>(row.obligation));
    byExposure.set(id, own);
  }
  const stale = exposures.filter((e) => {
    const own = byExposure.get(e.id);
    return !own || !isFresh(own, now);
  });
  const computed = new Map((await loadSituations(ctx, stale)).map((s) => [s.exposure.id, s]));
  return exposures.map((exposure) => {
    const situation = computed.get(exposure.id);
    if (situation)
      return {
        controllerId: situation.controller.id,
        sourceOrganizationId: situation.incident.sourceOrganization.id,
        obligations: situation.obligations,
      };
    const { controllerId, sourceOrganizationId, obligations } = byExposure.get(exposure.id)!;
    return { controllerId, sourceOrganizationId, obligations: obligations.map((o) => judged(o, now)) };
  });
}

/** A notification's content and letters, for the fields that show them: the content itself was asked for. */
export interface NotificationContents {
  content: CnilNotificationContent;
  letters: PersonsLetterContent[];
}

/**
 * The stored content (a draft's; a filed notification's is its snapshot) and letters of these
 * notifications, one statement for all. A state missing or overtaken by time is assembled from
 * `view` and its letters from the letter's record, for that request only.
 */
export async function notificationsContents(
  ctx: ServiceContext,
  notifications: readonly Notification[],
  view: (notification: Notification) => Promise<NotificationView>,
): Promise<NotificationContents[]> {
  const now = ctx.clock.now();
  const rows = await stateRows(ctx, NotificationState, ['id', 'validUntil', 'content', 'letters'], {
    id: { $in: notifications.map((n) => n.id) },
  });
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return Promise.all(
    notifications.map(async (notification) => {
      const row = byId.get(notification.id);
      const content = row ? json<CnilNotificationContent | null>(row.content) : null;
      if (row && isFresh({ validUntil: when(row.validUntil) }, now) && (content || notification.snapshot))
        return { content: content ?? notification.snapshot!, letters: json<PersonsLetterContent[]>(row.letters) };
      const v = await view(notification);
      return { content: v.content, letters: await lettersOf(ctx, notification, v) };
    }),
  );
}

/** What a notification's view derives for dashboards: the one mapping, for what is stored and what a reader computes. */
export function derivedOfView(view: NotificationView): Omit<NotificationDerived, 'cnilDueAt' | 'overdue'> {
  return {
    contentSha256: view.contentSha256,
    completeness: view.completeness,
    severity: assessedSeverity(view.inputs.assembly),
    severityInputs: view.inputs.severity,
    obligations: view.inputs.obligations,
  };
}

/** The letter to the persons in every addressee variant, assembled from the view and the letter's record. */
export async function lettersOf(ctx: ServiceContext, notification: Notification, view: NotificationView): Promise<PersonsLetterContent[]> {
  const input = await new PersonsLetterService(ctx).letterInput(notification, view);
  return LETTER_VARIANTS.map((variant) => assembleLetter(input, variant));
}
