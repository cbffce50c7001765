import { useCallback, useEffect } from 'preact/hooks';
import { useQuery, useSubscription } from '@urql/preact';
import { WebDeadlineAlertsDocument, WebDeadlinesDocument, WebNotificationChangedDocument } from '../generated/graphql';
import { AUTHORITY_LABELS, NOTIFICATION_STATUS_LABELS, NOTIFICATION_TYPE_LABELS, OBLIGATION_STATUS_LABELS, regimeOf } from '../labels';
import { ScreenHeading } from '../heading';
import { href } from '../router';
import { countdown, parisTime, useNow } from '../time';

/**
 * « Échéances »: every open obligation of the viewer's exposures, the most overdue first (the API
 * sorts by due instant ascending), each with its countdown in Paris time, its regime and the
 * notification meeting it. A deadline alert or a changed notification makes the list read again.
 */
export function DeadlinesScreen() {
  const [result, reexecute] = useQuery({ query: WebDeadlinesDocument, variables: {} });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [alerts] = useSubscription({ query: WebDeadlineAlertsDocument });
  const [changes] = useSubscription({ query: WebNotificationChangedDocument });
  useEffect(() => {
    if (alerts.data) refetch();
  }, [alerts.data, refetch]);
  useEffect(() => {
    if (changes.data) refetch();
  }, [changes.data, refetch]);
  const now = useNow();
  const rows = result.data?.deadlines.edges.map((edge) => edge.node) ?? [];
  return (
    <main id="contenu">
      <ScreenHeading>Échéances</ScreenHeading>
      {result.fetching && !result.data && <p role="status">Chargement des échéances…</p>}
      {result.error && <p role="alert">Les échéances n’ont pas pu être lues : {result.error.message}</p>}
      {result.data && (
        <>
          <p role="status">
            {result.data.deadlines.totalCount === 0
              ? 'Aucune obligation ouverte.'
              : `${result.data.deadlines.totalCount} obligation${result.data.deadlines.totalCount > 1 ? 's' : ''} ouverte${result.data.deadlines.totalCount > 1 ? 's' : ''}, les plus en retard d’abord.`}
          </p>
          <table class="deadlines">
            <caption>Obligations ouvertes de mes expositions, heure de Paris</caption>
            <thead>
              <tr>
                <th scope="col">Échéance</th>
                <th scope="col">Obligation</th>
                <th scope="col">Régime</th>
                <th scope="col">Notification</th>
                <th scope="col">Incident</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const due = row.obligation.dueAt;
                const left = due ? countdown(due, now) : null;
                return (
                  <tr key={row.id} class={left?.overdue ? 'overdue' : undefined}>
                    <td>
                      <span class="status">{OBLIGATION_STATUS_LABELS[row.obligation.status] ?? row.obligation.status}</span>
                      {due && left ? (
                        <>
                          <time dateTime={due}>{parisTime(due)}</time>
                          <span role="timer" class="countdown">
                            {left.text}
                          </span>
                        </>
                      ) : (
                        <span>Sans date d’échéance</span>
                      )}
                    </td>
                    <td>{row.obligation.label}</td>
                    <td>
                      <strong>{regimeOf(row.obligation.basis)}</strong> —{' '}
                      {AUTHORITY_LABELS[row.obligation.authority] ?? row.obligation.authority}
                      <span class="basis">{row.obligation.basis}</span>
                    </td>
                    <td>
                      {row.notification ? (
                        <a href={href('notifications', row.notification.id)}>
                          {`N° ${row.notification.number}, ${NOTIFICATION_TYPE_LABELS[row.notification.type] ?? row.notification.type}, ${NOTIFICATION_STATUS_LABELS[row.notification.status] ?? row.notification.status}`}
                        </a>
                      ) : (
                        'Aucune'
                      )}
                    </td>
                    <td>
                      {row.incident.title}
                      <span class="controller">{row.exposure.controller.legalName}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
