import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useClient, useQuery, useSubscription } from '@urql/preact';
import {
  type RegisterDecision,
  type RegisterOrderField,
  type SortDirection,
  WebNotificationChangedDocument,
  WebRegisterChoicesDocument,
  WebRegisterDocument,
  WebRegisterDownloadsDocument,
} from '../generated/graphql';
import { NOTIFICATION_TYPE_LABELS } from '../labels';
import { ScreenHeading } from '../heading';
import { parisTime } from '../time';
import { useCan } from '../viewer';
import { count } from '../facts';

const DECISIONS: { value: RegisterDecision; label: string }[] = [
  { value: 'NOTIFIED', label: 'Notifiée à la CNIL' },
  { value: 'TO_NOTIFY', label: 'À notifier' },
  { value: 'NOT_NOTIFIED', label: 'Non notifiée, décision motivée' },
  { value: 'UNDECIDED', label: 'Non décidée' },
];

const ORDERS: { value: RegisterOrderField; label: string }[] = [
  { value: 'RECORDED_AT', label: 'Enregistrement dans la passerelle' },
  { value: 'DETECTED_AT', label: 'Détection' },
  { value: 'AWARE_AT', label: 'Prise de connaissance' },
  { value: 'NOTIFIED_AT', label: 'Notification à la CNIL' },
];

/** The ENISA level, in the form's words. */
const SEVERITY_LABELS: Record<string, string> = { LOW: 'Faible', MEDIUM: 'Moyen', HIGH: 'Élevé', VERY_HIGH: 'Très élevé' };

const parisOrDash = (iso: string | null) => (iso ? parisTime(iso) : '—');

/**
 * « Registre »: the register of breaches (art. 33(5)) over the viewer's exposures, narrowed by the
 * API's own filters (decision, incident, controller) and sorted by its keys; a changed notification
 * makes it read again. Those who may export it get both CSV files through fresh signed links.
 */
export function RegisterScreen() {
  const [decisions, setDecisions] = useState<RegisterDecision[]>([]);
  const [incidentId, setIncidentId] = useState('');
  const [controllerId, setControllerId] = useState('');
  const [field, setField] = useState<RegisterOrderField>('RECORDED_AT');
  const [direction, setDirection] = useState<SortDirection>('ASC');
  const variables = useMemo(
    () => ({
      filter: { decision: decisions.length ? decisions : null, incidentId: incidentId || null, controllerId: controllerId || null },
      orderBy: { field, direction },
    }),
    [decisions, incidentId, controllerId, field, direction],
  );
  const [result, reexecute] = useQuery({ query: WebRegisterDocument, variables });
  const [choices] = useQuery({ query: WebRegisterChoicesDocument, variables: {} });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [changes] = useSubscription({ query: WebNotificationChangedDocument });
  useEffect(() => {
    if (changes.data) refetch();
  }, [changes.data, refetch]);
  const mayExport = useCan('DOWNLOAD_DOCUMENTS');

  const incidents = choices.data?.incidents.edges.map((edge) => edge.node) ?? [];
  const controllers = [
    ...new Map(choices.data?.exposures.edges.map(({ node }) => [node.controller.id, node.controller.legalName]) ?? []).entries(),
  ];
  const rows = result.data?.register.edges.map((edge) => edge.node) ?? [];
  const toggle = (decision: RegisterDecision, on: boolean) =>
    setDecisions((current) => (on ? [...current, decision] : current.filter((d) => d !== decision)));

  return (
    <main id="contenu">
      <ScreenHeading>Registre des violations</ScreenHeading>
      <p>Le registre de l’article 33, paragraphe 5, du RGPD : toutes les violations de vos expositions, notifiées ou non.</p>
      {mayExport && <Exports />}
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filtres du registre">
        <fieldset>
          <legend>Décision de notification</legend>
          {DECISIONS.map((d) => (
            <label key={d.value}>
              <input
                type="checkbox"
                name="decision"
                value={d.value}
                checked={decisions.includes(d.value)}
                onChange={(event) => toggle(d.value, event.currentTarget.checked)}
              />
              {d.label}
            </label>
          ))}
        </fieldset>
        <label>
          Incident
          <select value={incidentId} onChange={(event) => setIncidentId(event.currentTarget.value)}>
            <option value="">Tous</option>
            {incidents.map((incident) => (
              <option key={incident.id} value={incident.id}>
                {incident.title}
              </option>
            ))}
          </select>
        </label>
        {controllers.length > 1 && (
          <label>
            Responsable de traitement
            <select value={controllerId} onChange={(event) => setControllerId(event.currentTarget.value)}>
              <option value="">Tous</option>
              {controllers.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Trier par
          <select value={field} onChange={(event) => setField(event.currentTarget.value as RegisterOrderField)}>
            {ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Ordre
          <select value={direction} onChange={(event) => setDirection(event.currentTarget.value as SortDirection)}>
            <option value="ASC">Croissant</option>
            <option value="DESC">Décroissant</option>
          </select>
        </label>
      </form>
      {result.error && <p role="alert">Le registre n’a pas pu être lu : {result.error.message}</p>}
      <p role="status">
        {result.fetching
          ? 'Lecture du registre…'
          : result.data &&
            `${result.data.register.totalCount} violation${result.data.register.totalCount > 1 ? 's' : ''} au registre${
              result.data.register.totalCount > rows.length ? `, les ${rows.length} premières affichées` : ''
            }.`}
      </p>
      {result.data && (
        <table class="grid register">
          <caption>Registre des violations (article 33, paragraphe 5, du RGPD), heure de Paris</caption>
          <thead>
            <tr>
              <th scope="col">Violation</th>
              <th scope="col">Dates</th>
              <th scope="col">Personnes</th>
              <th scope="col">Gravité</th>
              <th scope="col">Décision</th>
              <th scope="col">Dépôts auprès de la CNIL</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.exposureId}>
                <th scope="row">
                  {row.incidentTitle}
                  <span class="controller">{row.controllerName}</span>
                </th>
                <td>
                  <span>Détection : {parisOrDash(row.detectedAt)}</span>
                  <span>Prise de connaissance : {parisOrDash(row.awareAt)}</span>
                  <span>Notification : {parisOrDash(row.notifiedAt)}</span>
                </td>
                <td>
                  <span>Environ : {row.approxPersons === null ? 'inconnu' : count(row.approxPersons)}</span>
                  {row.exactPersons !== null && <span>Listes : {count(row.exactPersons)} personnes distinctes</span>}
                </td>
                <td>{SEVERITY_LABELS[row.severityLevel] ?? row.severityLevel}</td>
                <td>
                  <strong class="decision">{row.decisionLabel}</strong>
                  {row.decidedBy && (
                    <span>
                      par {row.decidedBy}
                      {row.decidedAt && `, ${parisTime(row.decidedAt)}`}
                    </span>
                  )}
                  <span class="rationale">{row.rationale}</span>
                </td>
                <td>
                  {row.filings.length === 0 ? (
                    'Aucun'
                  ) : (
                    <ul class="plain">
                      {row.filings.map((filing) => (
                        <li key={filing.number}>
                          N° {filing.number}, {NOTIFICATION_TYPE_LABELS[filing.type] ?? filing.type}, {parisTime(filing.filedAt)}
                          {filing.filedLate && ' (hors délai)'}
                        </li>
                      ))}
                    </ul>
                  )}
                  {row.cnilReference && <span>Référence CNIL : {row.cnilReference}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

type ExportKind = 'csvUrl' | 'openDataCsvUrl';

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: 'csvUrl', label: 'Télécharger le registre complet (CSV)' },
  { kind: 'openDataCsvUrl', label: 'Télécharger les dépôts au format données ouvertes de la CNIL (CSV)' },
];

/**
 * The register's two CSV files. Each click asks the API for fresh signed links (valid a few
 * minutes, for this viewer only) and fetches the file without the bearer token: the link carries
 * no token and the download is recorded as the viewer's. The file is then saved under the name the
 * server gave, and the page says its size and the SHA-256 the server recorded.
 */
function Exports() {
  const client = useClient();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const download = async (kind: ExportKind) => {
    setMessage({ error: false, text: 'Téléchargement en cours…' });
    try {
      const links = await client.query(WebRegisterDownloadsDocument, {}).toPromise();
      if (!links.data) throw new Error(links.error?.message ?? 'aucun lien reçu');
      const response = await fetch(links.data.registerDownloads[kind]);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `réponse ${response.status}`);
      }
      const bytes = await response.blob();
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'registre.csv';
      const url = URL.createObjectURL(bytes);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file once the click is handled; the object URL is then released.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setMessage({
        error: false,
        text: `${name} téléchargé : ${count(bytes.size)} octets, SHA-256 ${response.headers.get('x-content-sha256') ?? 'inconnu'}.`,
      });
    } catch (error) {
      setMessage({ error: true, text: `Le téléchargement a échoué : ${(error as Error).message}` });
    }
  };
  return (
    <section aria-labelledby="exports" class="exports">
      <h2 id="exports">Exports</h2>
      <ul class="plain">
        {EXPORTS.map((e) => (
          <li key={e.kind}>
            <button type="button" onClick={() => void download(e.kind)}>
              {e.label}
            </button>
          </li>
        ))}
      </ul>
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
