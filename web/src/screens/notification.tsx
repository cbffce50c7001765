import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useClient, useQuery, useSubscription } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import {
  type Gravity,
  WebMarkNotificationReadyDocument,
  type WebNotificationQuery,
  WebNotificationDocument,
  WebNotificationsDocument,
  WebReopenNotificationDocument,
  WebSignOffGravityDocument,
  WebStartComplementaryNotificationDocument,
  WebThisNotificationChangedDocument,
  WebUpdateExposureFactsDocument,
  WebUpdateNotificationDocument,
} from '../generated/graphql';
import { DUTY_STATUS_LABELS, NOTIFICATION_STATUS_LABELS, NOTIFICATION_TYPE_LABELS } from '../labels';
import { ScreenHeading } from '../heading';
import { href } from '../router';
import { countdown, parisTime, useNow } from '../time';
import { useCan } from '../viewer';

type Loaded = NonNullable<WebNotificationQuery['notification']>;
type Question = Loaded['document']['sections'][number]['questions'][number];

/** `#/notifications` lists the viewer's notifications; `#/notifications/<id>` is one of them. */
export function NotificationsScreen({ params }: { params: string[] }) {
  return params[0] ? <NotificationScreen id={params[0]} /> : <NotificationList />;
}

function NotificationList() {
  const [result] = useQuery({ query: WebNotificationsDocument, variables: {} });
  const rows = result.data?.notifications.edges.map((edge) => edge.node) ?? [];
  return (
    <main id="contenu">
      <ScreenHeading>Notifications</ScreenHeading>
      {result.fetching && !result.data && <p role="status">Chargement des notifications…</p>}
      {result.error && <p role="alert">Les notifications n’ont pas pu être lues : {result.error.message}</p>}
      {result.data && (
        <table class="notifications">
          <caption>Mes notifications à la CNIL, les plus récemment modifiées d’abord</caption>
          <thead>
            <tr>
              <th scope="col">Numéro</th>
              <th scope="col">Type</th>
              <th scope="col">Statut</th>
              <th scope="col">Éléments bloquants</th>
              <th scope="col">Incident</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={href('notifications', row.id)}>N° {row.number}</a>
                </th>
                <td>
                  {NOTIFICATION_TYPE_LABELS[row.type] ?? row.type}
                  {row.rank ? ` n° ${row.rank}` : ''}
                </td>
                <td>{NOTIFICATION_STATUS_LABELS[row.status] ?? row.status}</td>
                <td>{row.status === 'DRAFT' ? row.document.completeness.filter((issue) => issue.blocksReady).length : '—'}</td>
                <td>
                  {row.exposure.incident.title}
                  <span class="controller">{row.exposure.controller.legalName}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

/**
 * Which API field fills a question of the form, by the form path the API gives it: the notification's
 * own fields go through updateNotification, the exposure's facts through updateExposure. A question
 * absent here is shown, not edited (its facts come from their sources, on the incident's screen).
 */
type Editable =
  | { on: 'notification' | 'exposure'; field: string; kind: 'text' | 'instant' | 'boolean' | 'number' }
  | { on: 'notification' | 'exposure'; field: string; kind: 'choice' };
const EDITABLE: Record<string, Editable> = {
  'type.followUpAt': { on: 'notification', field: 'complementaryFollowUpAt', kind: 'instant' },
  'type.final': { on: 'notification', field: 'final', kind: 'boolean' },
  'dates.delayReasons': { on: 'notification', field: 'delayReasons', kind: 'text' },
  'crossBorder.crossBorder': { on: 'notification', field: 'crossBorder', kind: 'boolean' },
  'crossBorder.otherDpa': { on: 'notification', field: 'otherDpa', kind: 'text' },
  'data.persons': { on: 'exposure', field: 'approxPersons', kind: 'number' },
  'data.records': { on: 'exposure', field: 'approxRecords', kind: 'number' },
  'consequences.consequences': { on: 'exposure', field: 'consequences', kind: 'choice' },
  'harms.harms': { on: 'exposure', field: 'harms', kind: 'choice' },
  'harms.description': { on: 'exposure', field: 'harmsDescription', kind: 'text' },
  'measures.taken': { on: 'exposure', field: 'measuresTaken', kind: 'text' },
  'measures.planned': { on: 'exposure', field: 'measuresPlanned', kind: 'text' },
  'communication.status': { on: 'exposure', field: 'communicationStatus', kind: 'choice' },
  'communication.at': { on: 'exposure', field: 'communicationAt', kind: 'instant' },
  'communication.details': { on: 'exposure', field: 'communicationDetails', kind: 'text' },
};

/**
 * The art. 33(3) items a non-final complementary notification may leave for later, saying why
 * (art. 33(4), missingItemReasons): the API names them in its completeness messages.
 */
const DEFERRABLE = new Set([
  'MISSING_CONSEQUENCES',
  'MISSING_MEASURES',
  'MISSING_GRAVITY',
  'MISSING_PERSONS',
  'MISSING_RECORDS',
  'MISSING_DATA_CATEGORIES',
  'MISSING_SUBJECT_CATEGORIES',
  'MISSING_NATURE',
]);

/** Which obligations a notification meets (as the API's Deadline.notification pairs them). */
function obligationsMet(type: string): string[] {
  if (type === 'COMPLEMENTARY') return ['CNIL_COMPLEMENTARY'];
  if (type === 'COMPLETE') return ['CNIL_NOTIFICATION', 'CNIL_COMPLEMENTARY'];
  return ['CNIL_NOTIFICATION'];
}

const CONFLICT_DRAFT = 'Quelqu’un a modifié ce brouillon : recharger';
const CONFLICT_NOTIFICATION = 'Quelqu’un a modifié cette notification : recharger';

/** A save prepared against an older version: the API's CONFLICT carries the version it is at now. */
function isVersionConflict(error: CombinedError): boolean {
  const extensions = error.graphQLErrors[0]?.extensions;
  return extensions?.code === 'CONFLICT' && extensions.currentVersion !== undefined;
}

function errorText(error: CombinedError): string {
  return error.graphQLErrors.map((e) => e.message).join(' ; ') || error.message;
}

/**
 * One notification: the form's sections in the CNIL's order with each missing item beside its
 * question (and an input where the API lets this screen fill it), the severity and its sign-off, the
 * transitions, the complements and the obligation it meets with its countdown. The form is saved
 * with the version it was read at: a change by someone else in between is said, never overwritten.
 */
function NotificationScreen({ id }: { id: string }) {
  const client = useClient();
  const [data, setData] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** The version the form on screen was read at: what a save sends. */
  const [formVersion, setFormVersion] = useState<number | null>(null);
  /** Remounts the inputs with the values read (« recharger »). */
  const [formKey, setFormKey] = useState(0);
  const [changedByOther, setChangedByOther] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  /** Versions this page's own mutations produced: their change events are not someone else's. */
  const own = useRef(new Set<number>());
  const busy = useRef(0);

  const load = useCallback(async (): Promise<Loaded | null> => {
    const result = await client.query(WebNotificationDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) setLoadError(errorText(result.error));
    const notification = result.data?.notification ?? null;
    if (notification) setData(notification);
    return notification;
  }, [client, id]);

  const reload = useCallback(async () => {
    const notification = await load();
    if (notification) setFormVersion(notification.version);
    setFormKey((key) => key + 1);
    setChangedByOther(false);
    setConflict(false);
    setFailure(null);
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const [changes] = useSubscription({ query: WebThisNotificationChangedDocument, variables: { id } });
  useEffect(() => {
    const change = changes.data?.notificationChanged;
    if (!change) return;
    // The live parts (status, completeness, countdown) follow at once; the form keeps what the
    // person typed, and says that it was read at an older version.
    void load();
    if (!own.current.has(change.version) && busy.current === 0) setChangedByOther(true);
  }, [changes.data, load]);

  /** Runs one mutation with the form's version; a CONFLICT says someone else changed it first. */
  async function act(run: (version: number) => Promise<{ error?: CombinedError; version?: number }>, success: string): Promise<boolean> {
    if (formVersion === null) return false;
    busy.current += 1;
    setFailure(null);
    setDone(null);
    try {
      const { error, version } = await run(formVersion);
      if (error) {
        if (isVersionConflict(error)) setConflict(true);
        else setFailure(errorText(error));
        return false;
      }
      if (version !== undefined) own.current.add(version);
      const notification = await load();
      if (notification) {
        own.current.add(notification.version);
        setFormVersion(notification.version);
      }
      setDone(success);
      return true;
    } finally {
      busy.current -= 1;
    }
  }

  const canDraft = useCan('DRAFT_NOTIFICATIONS');
  const canDecide = useCan('DECIDE_NOTIFICATION');
  const canSubmitFacts = useCan('SUBMIT_FACTS');
  const canRecordFilings = useCan('RECORD_FILINGS');
  const canDownload = useCan('DOWNLOAD_DOCUMENTS');

  if (!data)
    return (
      <main id="contenu">
        <ScreenHeading>Notification</ScreenHeading>
        {loadError ? (
          <p role="alert">La notification n’a pas pu être lue : {loadError}</p>
        ) : (
          <p role="status">Chargement de la notification…</p>
        )}
      </main>
    );

  const editing = data.status === 'DRAFT' && canDraft;
  const blocking = data.document.completeness.filter((issue) => issue.blocksReady);
  const complement = data.type === 'COMPLEMENTARY';

  const saveField = (target: Editable, value: unknown) =>
    act(async (version) => {
      if (target.on === 'notification') {
        const result = await client.mutation(WebUpdateNotificationDocument, { id, input: { version, [target.field]: value } }).toPromise();
        return { error: result.error, version: result.data?.updateNotification.version };
      }
      // The exposure's facts have their own version: the one read with the page.
      const result = await client
        .mutation(WebUpdateExposureFactsDocument, {
          id: data.exposure.id,
          input: { version: data.exposure.version, [target.field]: value },
        })
        .toPromise();
      return { error: result.error };
    }, 'Enregistré.');

  const saveReason = (path: string, reason: string) =>
    act(async (version) => {
      const reasons = [...data.missingItemReasons.filter((item) => item.path !== path), { path, reason }];
      const result = await client
        .mutation(WebUpdateNotificationDocument, { id, input: { version, missingItemReasons: reasons } })
        .toPromise();
      return { error: result.error, version: result.data?.updateNotification.version };
    }, 'Raison enregistrée.');

  const signOff = (gravity: Gravity, reason: string) =>
    act(async (version) => {
      const result = await client
        .mutation(WebSignOffGravityDocument, { id, version, input: { gravity, reason: reason.trim() || null } })
        .toPromise();
      return { error: result.error, version: result.data?.signOffGravity.version };
    }, 'Gravité validée.');

  const markReady = () =>
    act(async (version) => {
      const result = await client.mutation(WebMarkNotificationReadyDocument, { id, version }).toPromise();
      return { error: result.error, version: result.data?.markNotificationReady.version };
    }, 'Notification marquée prête.');

  const reopen = () =>
    act(async (version) => {
      const result = await client.mutation(WebReopenNotificationDocument, { id, version }).toPromise();
      return { error: result.error, version: result.data?.reopenNotification.version };
    }, 'Notification rouverte en brouillon.');

  const stale = changedByOther || conflict;
  return (
    <main id="contenu" class="notification">
      <ScreenHeading>
        Notification n° {data.number} ({data.document.header.typeLabel})
      </ScreenHeading>
      <p>
        {data.exposure.incident.title} — {data.exposure.controller.legalName}.{' '}
        <a href={href('incidents', data.exposure.incident.id)}>Voir l’incident</a>
      </p>
      {stale && (
        <div role="alert" class="conflict">
          <p>{data.status === 'DRAFT' ? CONFLICT_DRAFT : CONFLICT_NOTIFICATION}</p>
          <button type="button" onClick={() => void reload()}>
            Recharger
          </button>
        </div>
      )}
      {failure && (
        <p role="alert" class="failure">
          {failure}
        </p>
      )}
      <p role="status" class="done">
        {done ?? ''}
      </p>

      <section aria-labelledby="etat" class="panel">
        <h2 id="etat">État</h2>
        <p>
          Statut : <strong class="notification-status">{NOTIFICATION_STATUS_LABELS[data.status] ?? data.status}</strong> (version{' '}
          {data.version})
        </p>
        <Obligations notification={data} />
        {data.status === 'DRAFT' &&
          (blocking.length === 0 ? (
            <p>Rien ne bloque : la notification peut être marquée prête.</p>
          ) : (
            <p>
              {blocking.length} élément{blocking.length > 1 ? 's bloquent' : ' bloque'} le passage à « prête » : voir sous leurs questions.
            </p>
          ))}
        {data.status === 'DRAFT' && canDraft && blocking.length === 0 && (
          <button type="button" onClick={() => void markReady()}>
            Marquer prête
          </button>
        )}
        {data.status === 'READY' && canDraft && (
          <button type="button" onClick={() => void reopen()}>
            Rouvrir
          </button>
        )}
        {data.status === 'READY' && (
          <p>
            Prête à déposer sur le téléservice de la CNIL.{' '}
            {(canRecordFilings || canDownload) && <a href={href('documents', data.id)}>Documents : télécharger et enregistrer le dépôt</a>}
          </p>
        )}
        {data.status === 'FILED' && (
          <p class="filed">
            Déposée auprès de la CNIL{data.filedAt ? ` le ${parisTime(data.filedAt)}` : ''}
            {data.cnilReference ? `, référence ${data.cnilReference}` : ''}
            {data.filedBy ? `, enregistrée par ${data.filedBy}` : ''}
            {data.filedLate ? ' (hors délai)' : ''}.{' '}
            {canDownload && <a href={href('documents', data.id)}>Documents : dépôt, récapitulatif et vérification</a>}
          </p>
        )}
      </section>

      <Complements notification={data} canStart={canDraft} act={act} />

      <Severity key={`severity-${formKey}`} notification={data} canSignOff={editing && canDecide} onSignOff={signOff} />

      {data.document.sections.map((section) => {
        const paths = new Set(section.questions.map((question) => question.path));
        const loose = section.missing.filter((issue) => !paths.has(issue.path));
        return (
          <section key={section.code} aria-labelledby={`section-${section.number}`} class="form-section">
            <h2 id={`section-${section.number}`}>
              Section {section.number} : {section.title}
            </h2>
            {loose.length > 0 && <MissingList items={loose} />}
            <dl>
              {section.questions.map((question) => (
                <QuestionRow
                  key={`${question.path}-${formKey}`}
                  question={question}
                  notification={data}
                  editable={editableFor(question, data, editing, canSubmitFacts)}
                  deferrable={editing && complement && !data.final ? question.missing.some((issue) => DEFERRABLE.has(issue.code)) : false}
                  onSave={saveField}
                  onReason={saveReason}
                />
              ))}
            </dl>
          </section>
        );
      })}
    </main>
  );
}

/** The editor a question gets on this screen, if any: the notification's fields, or facts for those who may state them. */
function editableFor(question: Question, notification: Loaded, editing: boolean, canSubmitFacts: boolean): Editable | null {
  if (!editing) return null;
  const target = EDITABLE[question.path];
  if (!target) return null;
  // Facts are edited here only where the form lacks them; their home is the incident's screen.
  if (target.on === 'exposure' && (!canSubmitFacts || question.missing.length === 0)) return null;
  if (question.path === 'type.final' && notification.type !== 'COMPLEMENTARY') return null;
  if (question.path === 'type.followUpAt' && notification.final) return null;
  return target;
}

function MissingList({ items }: { items: readonly { code: string; messageFr: string; blocksReady: boolean }[] }) {
  return (
    <ul class="missing">
      {items.map((item) => (
        <li key={item.code}>
          <strong>{item.blocksReady ? 'Manquant (bloquant) : ' : 'À vérifier : '}</strong>
          {item.messageFr}
        </li>
      ))}
    </ul>
  );
}

function Answer({ question }: { question: Question }) {
  const { answer } = question;
  switch (answer.kind) {
    case 'TEXT':
      return <>{answer.text ?? <em>Non renseigné</em>}</>;
    case 'NUMBER':
      return (
        <>
          {answer.number === null ? (
            <em>Non renseigné</em>
          ) : (
            `${answer.number.toLocaleString('fr-FR')}${answer.unit ? ` ${answer.unit}` : ''}`
          )}
        </>
      );
    case 'INSTANT':
      return <>{answer.instantDisplay ?? <em>Non renseigné</em>}</>;
    case 'CHOICE': {
      const ticked = (answer.options ?? []).filter((option) => option.selected);
      if (ticked.length === 0) return <em>Aucune réponse</em>;
      return (
        <ul class="ticked">
          {ticked.map((option) => (
            <li key={option.code}>
              {option.label}
              {option.code === 'OTHER' && answer.other ? ` : ${answer.other}` : ''}
            </li>
          ))}
        </ul>
      );
    }
    case 'TABLE':
      if (!answer.table || answer.table.rows.length === 0) return <em>Aucune ligne</em>;
      return (
        <table class="answer-table">
          <caption>{question.label}</caption>
          <thead>
            <tr>
              {answer.table.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answer.table.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) => (
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    default:
      return null;
  }
}

/** An ISO instant as the value of a datetime-local input, in the device's zone (Paris for its users). */
function localInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value a question's editor starts from: what the API answers now. */
function initialValue(question: Question, target: Editable, notification: Loaded): string | string[] {
  const { answer } = question;
  if (target.kind === 'choice') return (answer.options ?? []).filter((option) => option.selected).map((option) => option.code);
  if (target.kind === 'instant') return localInput(answer.instant);
  if (target.kind === 'number') return answer.number === null ? '' : String(answer.number);
  if (target.kind === 'boolean') {
    const current = target.field === 'final' ? notification.final : notification.crossBorder;
    return current === null ? '' : String(current);
  }
  return answer.text ?? '';
}

/** What an editor's value is as the API takes it: an empty input clears the field (null). */
function apiValue(editable: Editable, question: Question, value: string | string[]): unknown {
  if (editable.kind === 'choice') return question.answer.multiple ? value : ((value as string[])[0] ?? null);
  const text = value as string;
  if (text.trim() === '') return null;
  if (editable.kind === 'instant') return new Date(text).toISOString();
  if (editable.kind === 'number') return Number(text);
  if (editable.kind === 'boolean') return text === 'true';
  return text;
}

function QuestionRow({
  question,
  notification,
  editable,
  deferrable,
  onSave,
  onReason,
}: {
  question: Question;
  notification: Loaded;
  editable: Editable | null;
  deferrable: boolean;
  onSave: (target: Editable, value: unknown) => Promise<boolean>;
  onReason: (path: string, reason: string) => Promise<boolean>;
}) {
  const inputId = `q-${question.path.replace(/\W/g, '-')}`;
  const [value, setValue] = useState<string | string[]>(() => (editable ? initialValue(question, editable, notification) : ''));
  const existingReason = notification.missingItemReasons.find((item) => item.path === question.path)?.reason ?? '';
  const [reason, setReason] = useState(existingReason);

  function submit(event: Event) {
    event.preventDefault();
    if (!editable) return;
    void onSave(editable, apiValue(editable, question, value));
  }

  const options = question.answer.options ?? [];
  return (
    <div class={question.missing.length > 0 ? 'question has-missing' : 'question'}>
      <dt>{question.label}</dt>
      <dd>
        <Answer question={question} />
        {question.missing.length > 0 && <MissingList items={question.missing} />}
        {existingReason && !deferrable && <p class="reason">Pas encore disponible : {existingReason}</p>}
        {editable && (
          <form class="editor" onSubmit={submit}>
            {editable.kind === 'choice' ? (
              <fieldset>
                <legend>{question.label} : votre réponse</legend>
                {options.map((option) => {
                  const checked = (value as string[]).includes(option.code);
                  const optionId = `${inputId}-${option.code}`;
                  return (
                    <div key={option.code}>
                      <input
                        id={optionId}
                        type={question.answer.multiple ? 'checkbox' : 'radio'}
                        name={inputId}
                        checked={checked}
                        onChange={() =>
                          setValue(
                            question.answer.multiple
                              ? checked
                                ? (value as string[]).filter((code) => code !== option.code)
                                : [...(value as string[]), option.code]
                              : [option.code],
                          )
                        }
                      />
                      <label for={optionId}>{option.label}</label>
                    </div>
                  );
                })}
              </fieldset>
            ) : (
              <>
                <label for={inputId}>{question.label} : votre réponse</label>
                {editable.kind === 'text' ? (
                  <textarea id={inputId} rows={3} value={value as string} onInput={(e) => setValue(e.currentTarget.value)} />
                ) : editable.kind === 'boolean' ? (
                  <select id={inputId} value={value as string} onChange={(e) => setValue(e.currentTarget.value)}>
                    <option value="">Non renseigné</option>
                    <option value="true">Oui</option>
                    <option value="false">Non</option>
                  </select>
                ) : (
                  <input
                    id={inputId}
                    type={editable.kind === 'number' ? 'number' : 'datetime-local'}
                    min={editable.kind === 'number' ? 0 : undefined}
                    value={value as string}
                    onInput={(e) => setValue(e.currentTarget.value)}
                  />
                )}
              </>
            )}
            <button type="submit">Enregistrer : {question.label}</button>
          </form>
        )}
        {deferrable && (
          <form
            class="editor"
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim()) void onReason(question.path, reason.trim());
            }}
          >
            <label for={`${inputId}-reason`}>Pas encore disponible : pourquoi (article 33, paragraphe 4)</label>
            <textarea id={`${inputId}-reason`} rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            <button type="submit">Enregistrer la raison : {question.label}</button>
          </form>
        )}
      </dd>
    </div>
  );
}

/** The obligation(s) this notification meets, each with its due instant and a live countdown. */
function Obligations({ notification }: { notification: Loaded }) {
  const now = useNow();
  const codes = obligationsMet(notification.type);
  const duties = notification.document.obligations.filter((duty) => codes.includes(duty.code));
  if (duties.length === 0) return null;
  return (
    <ul class="duties">
      {duties.map((duty) => {
        const left = duty.dueAt && !duty.doneAt ? countdown(duty.dueAt, now) : null;
        return (
          <li key={duty.code} class={left?.overdue ? 'overdue' : undefined}>
            <strong>{duty.label}</strong> — <span class="status">{DUTY_STATUS_LABELS[duty.status] ?? duty.status}</span>
            {duty.dueAt && (
              <>
                {' '}
                — échéance <time dateTime={duty.dueAt}>{parisTime(duty.dueAt)}</time>
              </>
            )}
            {left && (
              <>
                {' '}
                <span role="timer" class="countdown">
                  {left.text}
                </span>
              </>
            )}
            {duty.doneAt && (
              <>
                {' '}
                — fait le <time dateTime={duty.doneAt}>{parisTime(duty.doneAt)}</time>
              </>
            )}
            <span class="basis">{duty.basis}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** Section 11's gravity as the ENISA method suggests it, its components, and who signed it off. */
function Severity({
  notification,
  canSignOff,
  onSignOff,
}: {
  notification: Loaded;
  canSignOff: boolean;
  onSignOff: (gravity: Gravity, reason: string) => Promise<boolean>;
}) {
  const { severity } = notification.document;
  const gravities =
    notification.document.sections.flatMap((section) => section.questions).find((question) => question.path === 'harms.gravity')?.answer
      .options ?? [];
  const suggested = gravities.find((option) => option.label === severity.gravity.suggestedLabel)?.code;
  const [gravity, setGravity] = useState<string>(severity.chosen?.gravity ?? suggested ?? '');
  const [reason, setReason] = useState('');
  return (
    <section aria-labelledby="gravite" class="panel">
      <h2 id="gravite">Gravité (méthode {severity.method})</h2>
      <p>
        Score SE : <strong>{severity.se.toLocaleString('fr-FR')}</strong>, niveau {severity.levelLabel} ; gravité suggérée :{' '}
        {severity.gravity.suggestedLabel} ; retenue : <strong class="gravity">{severity.gravity.label}</strong>.
      </p>
      <table class="components">
        <caption>Composantes du score (SE = DPC × EI + CB)</caption>
        <thead>
          <tr>
            <th scope="col">Composante</th>
            <th scope="col">Valeur</th>
            <th scope="col">Justification</th>
          </tr>
        </thead>
        <tbody>
          {severity.components.map((component) => (
            <tr key={component.code}>
              <th scope="row">{component.label}</th>
              <td>{component.value.toLocaleString('fr-FR')}</td>
              <td>{component.justification}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="signoff">
        {severity.chosen
          ? `Validée par ${severity.chosen.by} le ${severity.chosen.atDisplay} : ${severity.chosen.gravityLabel}${severity.chosen.reason ? ` (${severity.chosen.reason})` : ''}.`
          : 'Gravité non validée : le niveau calculé n’est qu’une suggestion.'}
      </p>
      {canSignOff && gravities.length > 0 && (
        <form
          class="editor"
          onSubmit={(event) => {
            event.preventDefault();
            if (gravity) void onSignOff(gravity as Gravity, reason);
          }}
        >
          <label for="gravity-choice">Gravité retenue</label>
          <select id="gravity-choice" value={gravity} onChange={(e) => setGravity(e.currentTarget.value)}>
            {gravities.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
          {gravity !== suggested && (
            <>
              <label for="gravity-reason">Pourquoi une autre gravité que la suggérée</label>
              <textarea id="gravity-reason" rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            </>
          )}
          <button type="submit">Valider la gravité</button>
        </form>
      )}
    </section>
  );
}

/** The exposure's notifications (the initial and its complements), and starting the next complement. */
function Complements({
  notification,
  canStart,
  act,
}: {
  notification: Loaded;
  canStart: boolean;
  act: (run: (version: number) => Promise<{ error?: CombinedError; version?: number }>, success: string) => Promise<boolean>;
}) {
  const client = useClient();
  const [started, setStarted] = useState<string | null>(null);
  const [afterFinalReason, setAfterFinalReason] = useState('');
  const all = notification.exposure.notifications.edges.map((edge) => edge.node);
  const open = all.some((other) => other.type === 'COMPLEMENTARY' && other.status !== 'FILED');
  const afterFinal = all.some((other) => other.type === 'COMPLEMENTARY' && other.final && other.status === 'FILED');
  const mayStart = canStart && notification.status === 'FILED' && !open;
  return (
    <section aria-labelledby="complements" class="panel">
      <h2 id="complements">Notifications de cette violation</h2>
      <ul>
        {all.map((other) => (
          <li key={other.id}>
            {other.id === notification.id ? (
              <strong aria-current="page">N° {other.number}</strong>
            ) : (
              <a href={href('notifications', other.id)}>N° {other.number}</a>
            )}{' '}
            — {NOTIFICATION_TYPE_LABELS[other.type] ?? other.type}
            {other.rank ? ` n° ${other.rank}` : ''}
            {other.final ? ' (finale)' : ''}, {NOTIFICATION_STATUS_LABELS[other.status] ?? other.status}
          </li>
        ))}
      </ul>
      {mayStart && (
        <form
          class="editor"
          onSubmit={(event) => {
            event.preventDefault();
            void act(async () => {
              const result = await client
                .mutation(WebStartComplementaryNotificationDocument, {
                  id: notification.id,
                  afterFinalReason: afterFinal ? afterFinalReason.trim() || null : null,
                })
                .toPromise();
              if (result.data) setStarted(result.data.startComplementaryNotification.id);
              return { error: result.error };
            }, 'Notification complémentaire commencée.');
          }}
        >
          {afterFinal && (
            <>
              <label for="after-final">Pourquoi une notification après la complémentaire finale</label>
              <textarea id="after-final" rows={2} value={afterFinalReason} onInput={(e) => setAfterFinalReason(e.currentTarget.value)} />
            </>
          )}
          <button type="submit">Commencer une notification complémentaire</button>
        </form>
      )}
      {started && (
        <p>
          <a href={href('notifications', started)}>Ouvrir la notification complémentaire</a>
        </p>
      )}
    </section>
  );
}
