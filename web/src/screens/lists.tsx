import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useQuery, useSubscription } from '@urql/preact';
import {
  WebIngestBatchDocument,
  WebIngestBatchesDocument,
  WebIngestBatchProgressDocument,
  type WebIngestBatchFieldsFragment,
  type WebIngestBatchProgressSubscription,
  WebListsDocument,
  type WebListsQuery,
} from '../generated/graphql';
import { BATCH_STATUS_LABELS, INGEST_FIELD_LABELS, ON_ERROR_LABELS } from '../labels';
import { ScreenHeading } from '../heading';
import { useAuthorization } from '../session';
import { parisTime } from '../time';
import { useCan } from '../viewer';

type Progress = WebIngestBatchProgressSubscription['ingestBatchProgress'];
/** The latest progress heard of each batch, by id. */
type ProgressById = Record<string, Progress>;
type Incident = WebListsQuery['incidents']['edges'][number]['node'];
type Profile = WebListsQuery['ingestProfiles'][number];
type Batch = WebIngestBatchFieldsFragment;

const NUMBER = new Intl.NumberFormat('fr-FR');
/** A count as French writes it: « 120 000 ». */
const n = (value: number) => NUMBER.format(value);

/**
 * « Listes »: the affected-person lists the viewer's organisation sent (an admin: everyone's), by
 * incident, with the incident's deduplicated counts and each batch's rows, errors by line (a NIR
 * masked as the API masks it) and live progress. Only a viewer who may send lists (INGEST_LISTS)
 * gets the upload form; the others read.
 */
export function ListsScreen() {
  const canUpload = useCan('INGEST_LISTS');
  const [lists, reexecute] = useQuery({ query: WebListsDocument, variables: {} });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // Every progress event of the organisation's batches (the API sends no other), kept by batch.
  const [progress] = useSubscription<WebIngestBatchProgressSubscription, ProgressById>(
    { query: WebIngestBatchProgressDocument },
    (byId = {}, event) => ({ ...byId, [event.ingestBatchProgress.batchId]: event.ingestBatchProgress }),
  );
  const live = progress.data ?? {};
  // A batch that ends changes its incident's counts.
  const ended = Object.values(live).filter((p) => p.status !== 'STAGING').length;
  useEffect(() => {
    if (ended > 0) refetch();
  }, [ended, refetch]);
  const incidents = lists.data?.incidents.edges.map((edge) => edge.node) ?? [];
  return (
    <main id="contenu">
      <ScreenHeading>Listes</ScreenHeading>
      <p>Les listes de personnes concernées que votre organisation a envoyées, par incident, et ce qu’elles ont compté.</p>
      {lists.fetching && !lists.data && <p role="status">Chargement des listes…</p>}
      {lists.error && <p role="alert">Les listes n’ont pas pu être lues : {lists.error.message}</p>}
      {lists.data && (
        <>
          {canUpload && <UploadForm incidents={incidents} profiles={lists.data.ingestProfiles} live={live} />}
          {incidents.length === 0 ? (
            <p role="status">Aucun incident ne vous est accessible.</p>
          ) : (
            incidents.map((incident) => <IncidentLists key={incident.id} incident={incident} live={live} />)
          )}
        </>
      )}
    </main>
  );
}

/** One incident: its deduplicated counts, then the lists sent for it. */
function IncidentLists({ incident, live }: { incident: Incident; live: ProgressById }) {
  const [result, reexecute] = useQuery({ query: WebIngestBatchesDocument, variables: { incidentId: incident.id } });
  const batches = result.data?.ingestBatches ?? [];
  // Read again when a batch of this incident starts that the list does not hold, or one ends.
  const mine = Object.values(live).filter((p) => p.incidentId === incident.id);
  const changes = mine.map((p) => `${p.batchId}:${p.status === 'STAGING' ? 'STAGING' : 'ENDED'}`).join(',');
  useEffect(() => {
    if (changes) reexecute({ requestPolicy: 'network-only' });
  }, [changes, reexecute]);
  const headingId = `incident-${incident.id}`;
  const counts = incident.subjectCounts;
  return (
    <section class="incident-lists" aria-labelledby={headingId}>
      <h2 id={headingId}>{incident.title}</h2>
      {result.error && <p role="alert">Les listes de cet incident n’ont pas pu être lues : {result.error.message}</p>}
      {result.data &&
        (batches.length === 0 ? (
          <p>Aucune liste envoyée par votre organisation pour cet incident.</p>
        ) : (
          <>
            <dl class="counts">
              <div>
                <dt>Personnes distinctes</dt>
                <dd>{n(counts.persons)}</dd>
              </div>
              <div>
                <dt>Lignes comptées</dt>
                <dd>{n(counts.records)}</dd>
              </div>
              <div>
                <dt>Doublons entre listes</dt>
                <dd>{n(counts.duplicateReferences)}</dd>
              </div>
              <div>
                <dt>Mineurs</dt>
                <dd>{n(counts.minors)}</dd>
              </div>
            </dl>
            <table class="batches">
              <caption>Listes envoyées pour « {incident.title} », les plus récentes d’abord</caption>
              <thead>
                <tr>
                  <th scope="col">Fichier</th>
                  <th scope="col">État</th>
                  <th scope="col">Lignes lues</th>
                  <th scope="col">Lignes retenues</th>
                  <th scope="col">Lignes en erreur</th>
                  <th scope="col">Envoi</th>
                </tr>
              </thead>
              <tbody>
                {batches.map((batch) => (
                  <BatchRow key={batch.id} batch={batch} live={live[batch.id]} />
                ))}
              </tbody>
            </table>
          </>
        ))}
    </section>
  );
}

/** A batch as the list read it, its counts replaced by the live ones while it runs. */
function BatchRow({ batch, live }: { batch: Batch; live: Progress | undefined }) {
  const status = live && batch.status === 'STAGING' ? live.status : batch.status;
  const rowsRead = live && batch.status === 'STAGING' ? live.rowsRead : batch.rowsRead;
  const rowsRejected = live && batch.status === 'STAGING' ? live.rowsRejected : batch.rowsRejected;
  return (
    <tr class="batch">
      <th scope="row">
        {batch.fileName}
        <span class="detail">Format {batch.profile}</span>
      </th>
      <td>
        <span class="status">{BATCH_STATUS_LABELS[status] ?? status}</span>
        {status === 'STAGING' && <progress aria-label={`Lecture de ${batch.fileName}`}>{n(rowsRead)} lignes lues</progress>}
        <span class="detail">{ON_ERROR_LABELS[batch.onError] ?? batch.onError}</span>
      </td>
      <td>{n(rowsRead)}</td>
      <td>{n(batch.rowsAccepted)}</td>
      <td>
        {n(rowsRejected)}
        {batch.errors && <RowErrors errors={batch.errors} fileName={batch.fileName} />}
      </td>
      <td>
        <time dateTime={batch.startedAt}>{parisTime(batch.startedAt)}</time>
        <span class="detail">{batch.submittedBySubject}</span>
        <span class="detail">{batch.sourceOrganization.legalName}</span>
      </td>
    </tr>
  );
}

/** The first row problems of a list, by line: the API never gives a cell, and masks a NIR in its reason. */
function RowErrors({ errors, fileName, open = false }: { errors: NonNullable<Batch['errors']>; fileName: string; open?: boolean }) {
  return (
    <details class="row-errors" open={open}>
      <summary>
        {n(errors.total)} erreur{errors.total > 1 ? 's' : ''} par ligne
      </summary>
      <table>
        <caption>
          Erreurs de {fileName}
          {errors.first.length < errors.total && ` (les ${errors.first.length} premières sur ${n(errors.total)})`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            <th scope="col">Champ</th>
            <th scope="col">Motif</th>
          </tr>
        </thead>
        <tbody>
          {errors.first.map((error, index) => (
            <tr key={index}>
              <td>{error.line === 0 ? 'fichier' : error.line}</td>
              <td>{INGEST_FIELD_LABELS[error.field] ?? error.field}</td>
              <td>{error.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Data rows in the file, by its line ends: the bar's length, since the API counts rows, not bytes. */
async function countRows(file: File, format: string): Promise<number> {
  const reader = file.stream().getReader();
  let lines = 0;
  let last = 10;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const byte of value) if (byte === 10) lines += 1;
    if (value.length > 0) last = value[value.length - 1]!;
  }
  if (last !== 10) lines += 1;
  // A CSV's first line is its header.
  return Math.max(0, format === 'csv' ? lines - 1 : lines);
}

type Upload =
  | { phase: 'idle' }
  | { phase: 'sending'; incidentId: string; fileName: string; expected: number; before: Set<string> }
  | { phase: 'done'; batchId: string; expected: number }
  | { phase: 'failed'; message: string };

/**
 * The upload: the file goes as the body of POST /ingest/subjects (a REST route, streamed by the
 * gateway) with the bearer token; the progress events of the new batch feed the bar while the
 * gateway reads, and its answer names the batch whose errors are then shown.
 */
function UploadForm({ incidents, profiles, live }: { incidents: Incident[]; profiles: Profile[]; live: ProgressById }) {
  const authorization = useAuthorization();
  const [incidentId, setIncidentId] = useState(incidents[0]?.id ?? '');
  const [profileName, setProfileName] = useState(profiles[0]?.name ?? '');
  const [onError, setOnError] = useState<'REJECT' | 'QUARANTINE'>('REJECT');
  const [upload, setUpload] = useState<Upload>({ phase: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const profile = profiles.find((p) => p.name === profileName);
  const liveRef = useRef(live);
  liveRef.current = live;

  const send = async (file: File, chosen: Profile) => {
    const expected = await countRows(file, chosen.format);
    // The batches heard of so far: the first new one of this incident is this upload's.
    setUpload({ phase: 'sending', incidentId, fileName: file.name, expected, before: new Set(Object.keys(liveRef.current)) });
    const query = new URLSearchParams({ incident: incidentId, profile: chosen.name, onError: onError.toLowerCase(), fileName: file.name });
    const response = await fetch(`/ingest/subjects?${query}`, {
      method: 'POST',
      headers: { authorization: authorization(), 'content-type': file.type || 'application/octet-stream' },
      body: file,
    });
    // Not JSON (a proxy's error page): the status says enough.
    const body = (await response.json().catch(() => ({}))) as { batch?: { id: string }; error?: { message: string } };
    if (!response.ok || !body.batch)
      return setUpload({ phase: 'failed', message: body.error?.message ?? `le serveur a répondu ${response.status}` });
    setUpload({ phase: 'done', batchId: body.batch.id, expected });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file || !profile) return setUpload({ phase: 'failed', message: 'choisissez un fichier' });
    send(file, profile).catch(() => setUpload({ phase: 'failed', message: 'le fichier n’a pas pu être lu ou le serveur ne répond pas' }));
  };

  const sending = upload.phase === 'sending' ? upload : null;
  const ours = sending ? Object.values(live).find((p) => p.incidentId === sending.incidentId && !sending.before.has(p.batchId)) : undefined;
  return (
    <section class="upload" aria-labelledby="envoyer-liste">
      <h2 id="envoyer-liste">Envoyer une liste</h2>
      <form onSubmit={submit}>
        <p>
          <label for="liste-incident">Incident</label>
          <select id="liste-incident" value={incidentId} onChange={(e) => setIncidentId(e.currentTarget.value)} required>
            {incidents.map((incident) => (
              <option key={incident.id} value={incident.id}>
                {incident.title}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="liste-profil">Format du fichier</label>
          <select
            id="liste-profil"
            value={profileName}
            onChange={(e) => setProfileName(e.currentTarget.value)}
            aria-describedby="liste-profil-aide"
            required
          >
            {profiles.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name} ({p.format.toUpperCase()}, {p.encoding}, dates {p.dateFormat})
              </option>
            ))}
          </select>
          <span id="liste-profil-aide" class="detail">
            {profile?.description}
          </span>
        </p>
        <fieldset>
          <legend>Lignes invalides</legend>
          {(['REJECT', 'QUARANTINE'] as const).map((mode) => (
            <label key={mode} class="choice">
              <input type="radio" name="liste-erreurs" value={mode} checked={onError === mode} onChange={() => setOnError(mode)} />
              {ON_ERROR_LABELS[mode]}
            </label>
          ))}
        </fieldset>
        <p>
          <label for="liste-fichier">Fichier de la liste</label>
          <input id="liste-fichier" type="file" ref={fileInput} accept=".csv,.jsonl,.txt,text/csv" required />
        </p>
        <button type="submit" disabled={sending !== null || incidents.length === 0}>
          Envoyer la liste
        </button>
      </form>
      {sending && (
        <div class="upload-progress">
          <label for="liste-progression">Lecture de {sending.fileName}</label>
          <progress id="liste-progression" max={Math.max(1, sending.expected)} value={Math.min(ours?.rowsRead ?? 0, sending.expected)}>
            {n(ours?.rowsRead ?? 0)} lignes lues sur {n(sending.expected)}
          </progress>
          <p role="status">
            {ours ? `${n(ours.rowsRead)} lignes lues sur ${n(sending.expected)}, ${n(ours.rowsRejected)} en erreur.` : 'Envoi du fichier…'}
          </p>
        </div>
      )}
      {upload.phase === 'failed' && <p role="alert">La liste n’a pas été reçue : {upload.message}</p>}
      {upload.phase === 'done' && <UploadResult batchId={upload.batchId} expected={upload.expected} />}
    </section>
  );
}

/** What the gateway made of the list just sent, read again by id for its typed errors. */
function UploadResult({ batchId, expected }: { batchId: string; expected: number }) {
  const [result] = useQuery({ query: WebIngestBatchDocument, variables: { id: batchId } });
  const batch = result.data?.ingestBatch;
  if (result.error) return <p role="alert">Le résultat de la liste n’a pas pu être lu : {result.error.message}</p>;
  if (!batch) return <p role="status">Lecture du résultat…</p>;
  return (
    <div class="upload-result">
      <label for="liste-progression">Lecture de {batch.fileName}</label>
      <progress id="liste-progression" max={Math.max(1, expected, batch.rowsRead)} value={Math.max(1, expected, batch.rowsRead)}>
        terminée
      </progress>
      <p role="status">
        {batch.fileName} : {BATCH_STATUS_LABELS[batch.status] ?? batch.status}. {n(batch.rowsRead)} lignes lues, {n(batch.rowsAccepted)}{' '}
        retenues, {n(batch.rowsRejected)} en erreur.
      </p>
      {batch.errors && <RowErrors errors={batch.errors} fileName={batch.fileName} open />}
    </div>
  );
}
