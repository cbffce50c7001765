import { useState } from 'preact/hooks';
import { useClient, useMutation, useQuery } from '@urql/preact';
import {
  WebDocumentLinksDocument,
  WebDocumentNotificationDocument,
  WebDocumentsDocument,
  WebRecordFilingDocument,
  WebRegisterLinksDocument,
} from '../generated/graphql';
import { ScreenHeading } from '../heading';
import { NOTIFICATION_STATUS_LABELS, NOTIFICATION_TYPE_LABELS } from '../labels';
import { href } from '../router';
import { followDownload, refusalOf } from '../rest';
import { useAuthorization } from '../session';
import { parisTime } from '../time';
import { useCan } from '../viewer';

type DocumentFile = 'FILING' | 'LETTER' | 'DOSSIER' | 'RECAPITULATIF';

const FILE_LABELS: Record<DocumentFile, string> = {
  FILING: 'PDF de la notification à la CNIL',
  LETTER: 'Lettre aux personnes concernées (PDF)',
  DOSSIER: 'Dossier interne (PDF)',
  RECAPITULATIF: 'Récapitulatif de la CNIL (PDF)',
};

/**
 * A download button: it asks the API for a fresh signed link (they last a few minutes) and follows
 * it, so the bearer token never goes in a URL and a page left open still downloads.
 */
function useDownload(): { busy: boolean; error: string | null; download(read: () => Promise<string | null | undefined>): Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return {
    busy,
    error,
    async download(read) {
      setBusy(true);
      setError(null);
      try {
        const url = await read();
        if (url) followDownload(url);
        else setError('Le lien de téléchargement n’a pas pu être obtenu.');
      } catch (failure) {
        setError(`Le lien de téléchargement n’a pas pu être obtenu : ${(failure as Error).message}`);
      } finally {
        setBusy(false);
      }
    },
  };
}

function NotificationDownloads({ id, files, title }: { id: string; files: DocumentFile[]; title: string }) {
  const client = useClient();
  const { busy, error, download } = useDownload();
  const linkOf = async (file: DocumentFile) => {
    const { data, error: failure } = await client.query(WebDocumentLinksDocument, { id }).toPromise();
    if (failure) throw failure;
    const n = data?.notification;
    return {
      FILING: n?.document.url,
      LETTER: n?.document.letterUrl,
      DOSSIER: n?.document.dossierUrl,
      RECAPITULATIF: n?.recapitulatif?.url,
    }[file];
  };
  return (
    <div>
      <ul class="downloads" aria-label={title}>
        {files.map((file) => (
          <li key={file}>
            <button type="button" disabled={busy} onClick={() => void download(() => linkOf(file))}>
              {FILE_LABELS[file]}
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}

/** The register (art. 33(5)) as the API exports it, in the viewer's scope. */
function RegisterDownloads() {
  const client = useClient();
  const { busy, error, download } = useDownload();
  const linkOf = async (format: 'PDF' | 'CSV') => {
    const { data, error: failure } = await client.query(WebRegisterLinksDocument, {}).toPromise();
    if (failure) throw failure;
    return format === 'PDF' ? data?.registerDownloads.pdfUrl : data?.registerDownloads.csvUrl;
  };
  return (
    <section aria-labelledby="registre">
      <h2 id="registre">Registre des violations</h2>
      <ul class="downloads">
        <li>
          <button type="button" disabled={busy} onClick={() => void download(() => linkOf('PDF'))}>
            Registre (PDF)
          </button>
        </li>
        <li>
          <button type="button" disabled={busy} onClick={() => void download(() => linkOf('CSV'))}>
            Registre (CSV)
          </button>
        </li>
      </ul>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

interface Verdict {
  verdict: 'VERIFIED' | 'REFUSED';
  message: string;
}

/** « Vérifier un PDF »: the check `breach-gateway verify` runs, through POST /documents/verify. */
function VerifyPdf() {
  const authorization = useAuthorization();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!file) {
      setOutcome({ ok: false, text: 'Choisissez d’abord le PDF à vérifier.' });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch('/documents/verify', {
        method: 'POST',
        headers: { authorization: authorization(), 'content-type': 'application/pdf' },
        body: file,
      });
      if (response.ok) {
        const verdict = (await response.json()) as Verdict;
        setOutcome({ ok: verdict.verdict === 'VERIFIED', text: verdict.message });
      } else setOutcome({ ok: false, text: `Vérification impossible : ${await refusalOf(response)}` });
    } catch (failure) {
      setOutcome({ ok: false, text: `Vérification impossible : ${(failure as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="verifier">
      <h2 id="verifier">Vérifier un PDF</h2>
      <p>
        Déposez un PDF délivré par la passerelle : elle le compare à ce qu’elle a délivré et conservé, comme la commande{' '}
        <code>breach-gateway verify</code>.
      </p>
      <form onSubmit={(event) => void submit(event)}>
        <label for="pdf-a-verifier">PDF à vérifier</label>
        <input
          id="pdf-a-verifier"
          type="file"
          accept="application/pdf"
          onChange={(event) => setFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null)}
        />
        <button type="submit" disabled={busy}>
          Vérifier
        </button>
      </form>
      <div role="status" aria-live="polite">
        {outcome && <p class={outcome.ok ? 'verdict verified' : 'verdict refused'}>{outcome.text}</p>}
      </div>
    </section>
  );
}

const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Paris's offset from UTC at an instant, in ms (CET +1 h, CEST +2 h), read from Intl. */
function parisOffset(instant: number): number {
  const parts = Object.fromEntries(PARIS_PARTS.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!) - Math.floor(instant / 60_000) * 60_000;
}

/** A `datetime-local` value read as Paris time (the lawyer's clock), as an ISO instant in UTC. */
function parisInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  // Twice: the offset of the guess, then of the instant it gives (right across a change of time).
  const guess = wall - parisOffset(wall);
  return new Date(wall - parisOffset(guess)).toISOString();
}

/**
 * « Enregistrer le dépôt »: the CNIL reference and filing instant as the téléservice's
 * acknowledgement states them, the récapitulatif's date and its PDF when the lawyer has it. The
 * mutation records the filing; the PDF then goes to POST /notifications/:id/recapitulatif.pdf.
 */
function RecordFiling({ id, version, onRecorded }: { id: string; version: number; onRecorded: () => void }) {
  const authorization = useAuthorization();
  const [, record] = useMutation(WebRecordFilingDocument);
  const [reference, setReference] = useState('');
  const [filedAt, setFiledAt] = useState('');
  const [recapitulatifAt, setRecapitulatifAt] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const filed = parisInputToIso(filedAt);
    const dated = recapitulatifAt ? parisInputToIso(recapitulatifAt) : null;
    if (!reference.trim()) return setProblem('La référence CNIL est requise.');
    if (!filed) return setProblem('La date et l’heure du dépôt sont requises.');
    if (file && !dated) return setProblem('La date du récapitulatif est requise avec son PDF.');
    setBusy(true);
    setProblem(null);
    try {
      const result = await record({
        id,
        input: { version, cnilReference: reference.trim(), filedAt: filed, ...(dated ? { recapitulatifAt: dated } : {}) },
      });
      if (result.error) return setProblem(`Le dépôt n’a pas été enregistré : ${result.error.message}`);
      if (file) {
        const response = await fetch(`/notifications/${encodeURIComponent(id)}/recapitulatif.pdf`, {
          method: 'POST',
          headers: { authorization: authorization(), 'content-type': 'application/pdf' },
          body: file,
        });
        if (!response.ok) {
          onRecorded();
          return setProblem(`Le dépôt est enregistré, mais le récapitulatif a été refusé : ${await refusalOf(response)}`);
        }
      }
      onRecorded();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="depot">
      <h2 id="depot">Enregistrer le dépôt</h2>
      <form class="filing" onSubmit={(event) => void submit(event)}>
        <label for="reference-cnil">Référence CNIL</label>
        <input id="reference-cnil" required value={reference} onInput={(e) => setReference((e.currentTarget as HTMLInputElement).value)} />
        <label for="depose-le">Déposée le (heure de Paris)</label>
        <input
          id="depose-le"
          type="datetime-local"
          required
          value={filedAt}
          onInput={(e) => setFiledAt((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="recapitulatif-le">Date du récapitulatif (heure de Paris, facultative)</label>
        <input
          id="recapitulatif-le"
          type="datetime-local"
          value={recapitulatifAt}
          onInput={(e) => setRecapitulatifAt((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="recapitulatif-pdf">Récapitulatif de la CNIL (PDF, facultatif)</label>
        <input
          id="recapitulatif-pdf"
          type="file"
          accept="application/pdf"
          onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null)}
        />
        <button type="submit" disabled={busy}>
          Enregistrer le dépôt
        </button>
      </form>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

/** What each status of notification has to download: a filed one's récapitulatif once attached. */
function filesOf(hasRecapitulatif: boolean): DocumentFile[] {
  return hasRecapitulatif ? ['FILING', 'LETTER', 'DOSSIER', 'RECAPITULATIF'] : ['FILING', 'LETTER', 'DOSSIER'];
}

/** `#/documents`: the viewer's notifications with their documents, the register, the verify form. */
export function DocumentsScreen() {
  const [result] = useQuery({ query: WebDocumentsDocument, variables: {} });
  const canDownload = useCan('DOWNLOAD_DOCUMENTS');
  const rows = result.data?.notifications.edges.map((edge) => edge.node) ?? [];
  return (
    <main id="contenu">
      <ScreenHeading>Documents</ScreenHeading>
      {result.fetching && !result.data && <p role="status">Chargement des notifications…</p>}
      {result.error && <p role="alert">Les notifications n’ont pas pu être lues : {result.error.message}</p>}
      {result.data && (
        <table class="documents">
          <caption>Mes notifications et leurs documents</caption>
          <thead>
            <tr>
              <th scope="col">Notification</th>
              <th scope="col">Incident</th>
              <th scope="col">Documents</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={href('documents', row.id)}>N° {row.number}</a>
                  <span class="status">
                    {NOTIFICATION_TYPE_LABELS[row.type] ?? row.type}, {NOTIFICATION_STATUS_LABELS[row.status] ?? row.status}
                  </span>
                </th>
                <td>
                  {row.exposure.incident.title}
                  <span class="controller">{row.exposure.controller.legalName}</span>
                </td>
                <td>
                  {canDownload ? (
                    <NotificationDownloads
                      id={row.id}
                      files={filesOf(row.recapitulatif !== null)}
                      title={`Documents de la notification ${row.number}`}
                    />
                  ) : (
                    <a href={href('documents', row.id)}>Voir</a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canDownload && <RegisterDownloads />}
      {canDownload && <VerifyPdf />}
    </main>
  );
}

/** `#/documents/<id>`: one notification's documents and, when READY, the recording of its filing. */
export function NotificationDocumentsScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: WebDocumentNotificationDocument, variables: { id } });
  const canDownload = useCan('DOWNLOAD_DOCUMENTS');
  const canFile = useCan('RECORD_FILINGS');
  const n = result.data?.notification;
  return (
    <main id="contenu">
      <ScreenHeading>Documents de la notification{n ? ` n° ${n.number}` : ''}</ScreenHeading>
      <p>
        <a href={href('documents')}>Toutes les notifications</a> · <a href={href('notifications', id)}>Ouvrir la notification</a>
      </p>
      {result.fetching && !result.data && <p role="status">Chargement de la notification…</p>}
      {result.error && <p role="alert">La notification n’a pas pu être lue : {result.error.message}</p>}
      {result.data && !n && <p role="alert">Aucune notification de ce numéro dans votre périmètre.</p>}
      {n && (
        <>
          <dl class="facts">
            <dt>Statut</dt>
            <dd class="notification-status">
              {NOTIFICATION_TYPE_LABELS[n.type] ?? n.type}, {NOTIFICATION_STATUS_LABELS[n.status] ?? n.status}
            </dd>
            <dt>Incident</dt>
            <dd>
              {n.exposure.incident.title} — {n.exposure.controller.legalName}
            </dd>
            {n.cnilReference && (
              <>
                <dt>Référence CNIL</dt>
                <dd>{n.cnilReference}</dd>
              </>
            )}
            {n.filedAt && (
              <>
                <dt>Déposée le</dt>
                <dd>{parisTime(n.filedAt)}</dd>
              </>
            )}
            {n.recapitulatif && (
              <>
                <dt>Récapitulatif de la CNIL</dt>
                <dd>
                  joint le {parisTime(n.recapitulatif.uploadedAt)} par {n.recapitulatif.uploadedBy} ({n.recapitulatif.byteSize} octets)
                </dd>
              </>
            )}
          </dl>
          {canDownload && (
            <section aria-labelledby="telechargements">
              <h2 id="telechargements">Télécharger</h2>
              <NotificationDownloads id={n.id} files={filesOf(n.recapitulatif !== null)} title="Documents à télécharger" />
            </section>
          )}
          {canFile && n.status === 'READY' && (
            <RecordFiling id={n.id} version={n.version} onRecorded={() => reexecute({ requestPolicy: 'network-only' })} />
          )}
          {canDownload && <VerifyPdf />}
        </>
      )}
    </main>
  );
}
