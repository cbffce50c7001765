import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { useQuery, useSubscription } from '@urql/preact';
import {
  WebIncidentDocument,
  WebIncidentsDocument,
  WebIncidentsListCountedDocument,
  WebNotificationChangedDocument,
  WebVocabularyDocument,
  type WebIncidentQuery,
} from '../generated/graphql';
import { NOTIFICATION_STATUS_LABELS, NOTIFICATION_TYPE_LABELS } from '../labels';
import { ScreenHeading } from '../heading';
import { href } from '../router';
import { parisTime } from '../time';
import { useCan } from '../viewer';
import { type CodeLabels, count, FACT_FIELD_LABELS, factValueText, SourceText, SubjectCounts } from '../facts';

/**
 * Reads a screen's query again when a list is counted or a notification changes: subject counts and
 * notifications are what the « Incidents » screens show that others change.
 */
function useLive(refetch: () => void): void {
  const [batches] = useSubscription({ query: WebIncidentsListCountedDocument });
  const [changes] = useSubscription({ query: WebNotificationChangedDocument });
  const counted = batches.data?.ingestBatchProgress.status === 'COMPLETED';
  useEffect(() => {
    if (counted) refetch();
  }, [batches.data, counted, refetch]);
  useEffect(() => {
    if (changes.data) refetch();
  }, [changes.data, refetch]);
}

/** The French label of every code of the CNIL's answer lists, read once per screen. */
function useCodeLabels(): CodeLabels {
  const [{ data }] = useQuery({ query: WebVocabularyDocument, variables: {} });
  return useMemo(() => {
    const labels = new Map<string, string>();
    for (const list of data?.vocabulary ?? [])
      for (const entry of list.entries) if (!labels.has(entry.code)) labels.set(entry.code, entry.label);
    return labels;
  }, [data]);
}

type Notifications = { edges: { node: { id: string; number: string; type: string; status: string } }[] } | undefined;

/** The notifications of an exposure as links to their screen, for those who may read them (otherwise absent). */
function NotificationLinks({ notifications }: { notifications: Notifications }) {
  const nodes = notifications?.edges.map((edge) => edge.node) ?? [];
  if (nodes.length === 0) return <span>Aucune notification</span>;
  return (
    <ul class="plain">
      {nodes.map((n) => (
        <li key={n.id}>
          <a href={href('notifications', n.id)}>
            N° {n.number}, {NOTIFICATION_TYPE_LABELS[n.type] ?? n.type}, {NOTIFICATION_STATUS_LABELS[n.status] ?? n.status}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** `#/incidents` lists, `#/incidents/<id>` shows one. */
export function IncidentsRoute({ params }: { params: string[] }) {
  return params[0] ? <IncidentScreen id={params[0]} /> : <IncidentsScreen />;
}

/**
 * « Incidents »: the incidents the viewer may see, its exposures (with their notifications on the
 * controller's side) and, for a controller, its persons across incidents, each counted once.
 */
function IncidentsScreen() {
  const controllerSide = useCan('READ_NOTIFICATIONS');
  const [result, reexecute] = useQuery({ query: WebIncidentsDocument, variables: { controllerSide } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useLive(refetch);
  const data = result.data;
  const incidents = data?.incidents.edges.map((edge) => edge.node) ?? [];
  const exposures = data?.exposures.edges.map((edge) => edge.node) ?? [];
  const titles = new Map(incidents.map((incident) => [incident.id, incident.title]));
  return (
    <main id="contenu">
      <ScreenHeading>Incidents</ScreenHeading>
      {result.fetching && !data && <p role="status">Chargement des incidents…</p>}
      {result.error && <p role="alert">Les incidents n’ont pas pu être lus : {result.error.message}</p>}
      {data && (
        <>
          <table class="grid incidents">
            <caption>
              Incidents visibles ({data.incidents.totalCount}
              {data.incidents.totalCount > incidents.length ? `, les ${incidents.length} premiers` : ''})
            </caption>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Organisme source</th>
                <th scope="col">Début</th>
                <th scope="col">Détection</th>
                <th scope="col">État</th>
                <th scope="col">Expositions</th>
              </tr>
            </thead>
            <tbody>
              {incidents.map((incident) => (
                <tr key={incident.id}>
                  <th scope="row">
                    <a href={href('incidents', incident.id)}>{incident.title}</a>
                  </th>
                  <td>{incident.sourceOrganization.legalName}</td>
                  <td>{incident.startAt ? parisTime(incident.startAt) : 'Inconnu'}</td>
                  <td>{incident.detectedAt ? parisTime(incident.detectedAt) : 'Inconnue'}</td>
                  <td>{incident.ongoing ? 'En cours' : 'Terminé'}</td>
                  <td>{incident.exposures.totalCount}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>Mes expositions</h2>
          <table class="grid exposures">
            <caption>Expositions visibles : un responsable de traitement touché par un incident ({data.exposures.totalCount})</caption>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Responsable de traitement</th>
                <th scope="col">Alerte du sous-traitant</th>
                <th scope="col">Prise de connaissance</th>
                <th scope="col">Personnes (approx.)</th>
                {controllerSide && <th scope="col">Notifications</th>}
              </tr>
            </thead>
            <tbody>
              {exposures.map((exposure) => (
                <tr key={exposure.id}>
                  <th scope="row">
                    <a href={href('incidents', exposure.incident.id)}>{exposure.incident.title}</a>
                  </th>
                  <td>{exposure.controller.legalName}</td>
                  <td>{exposure.processorAlertedAt ? parisTime(exposure.processorAlertedAt) : 'Non alerté'}</td>
                  <td>{exposure.awareAt ? parisTime(exposure.awareAt) : 'Non renseignée'}</td>
                  <td>{exposure.approxPersons === null ? 'Inconnu' : count(exposure.approxPersons)}</td>
                  {controllerSide && (
                    <td>
                      <NotificationLinks notifications={exposure.notifications} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>

          {data.consolidatedSubjectCounts && (
            <section aria-labelledby="personnes">
              <h2 id="personnes">Personnes concernées, tous incidents confondus</h2>
              <p>
                Chaque personne des listes reçues compte une fois, quel que soit le nombre de listes qui la citent ; les doublons sont les
                personnes citées par plusieurs incidents ou opérateurs.
              </p>
              <SubjectCounts
                counts={data.consolidatedSubjectCounts}
                caption="Personnes par incident"
                partHeading="Incident"
                partName={(id) => titles.get(id) ?? `Incident ${id}`}
              />
            </section>
          )}
        </>
      )}
    </main>
  );
}

type IncidentData = NonNullable<WebIncidentQuery['incident']>;
type ExposureData = IncidentData['exposures']['edges'][number]['node'];
type Fact = ExposureData['facts']['fields'][number];
type Conflict = ExposureData['facts']['conflicts'][number];

/** One fact per row: its label, its chosen value and who gave it; a disputed one is marked. */
function FactsTable({ caption, facts, labels }: { caption: string; facts: Fact[]; labels: CodeLabels }) {
  return (
    <table class="grid facts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Fait</th>
          <th scope="col">Valeur retenue</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((fact) => (
          <tr key={fact.field} class={fact.conflicting ? 'conflicting' : undefined}>
            <th scope="row">
              {FACT_FIELD_LABELS[fact.field]}
              {fact.conflicting && <span class="flag"> — sources en désaccord</span>}
            </th>
            <td>{factValueText(fact.typedValue, labels)}</td>
            <td>
              <SourceText source={fact.source} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A disagreement: every value stated, each with its source, the chosen one first. */
function ConflictView({ conflict, controller, labels }: { conflict: Conflict; controller: string | null; labels: CodeLabels }) {
  return (
    <li class="conflict">
      <h3>
        {FACT_FIELD_LABELS[conflict.field]}
        {controller && ` — ${controller}`}
      </h3>
      <ul>
        {conflict.candidates.map((candidate, i) => (
          <li key={i}>
            <strong class="value">{factValueText(candidate.typedValue, labels)}</strong>
            {i === 0 && ' (valeur retenue)'} selon <SourceText source={candidate.source} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * One incident: what it is, its persons (each once, parts by controller), and for each exposure the
 * viewer may see its unified facts, each with the source of its value, and the disagreements with
 * every value and who stated it.
 */
function IncidentScreen({ id }: { id: string }) {
  const controllerSide = useCan('READ_NOTIFICATIONS');
  const [result, reexecute] = useQuery({ query: WebIncidentDocument, variables: { id, controllerSide } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useLive(refetch);
  const labels = useCodeLabels();
  const incident = result.data?.incident;
  const exposures = incident?.exposures.edges.map((edge) => edge.node) ?? [];
  // Incident facts are the same for every exposure: shown once, from the first.
  const incidentFacts = exposures[0]?.facts.fields.filter((fact) => fact.level === 'INCIDENT') ?? [];
  const incidentConflicts = exposures[0]?.facts.conflicts.filter((conflict) => conflict.level === 'INCIDENT') ?? [];
  const exposureConflicts = exposures.flatMap((exposure) =>
    exposure.facts.conflicts.filter((conflict) => conflict.level === 'EXPOSURE').map((conflict) => ({ conflict, exposure })),
  );
  const controllers = new Map(exposures.map((exposure) => [exposure.controller.id, exposure.controller.legalName]));
  return (
    <main id="contenu">
      <p>
        <a href={href('incidents')}>Retour aux incidents</a>
      </p>
      {result.fetching && !result.data && (
        <>
          <ScreenHeading>Incident</ScreenHeading>
          <p role="status">Chargement de l’incident…</p>
        </>
      )}
      {result.data && !incident && (
        <>
          <ScreenHeading>Incident introuvable</ScreenHeading>
          <p role="alert">Cet incident n’existe pas ou n’est pas dans votre périmètre.</p>
        </>
      )}
      {result.error && !result.data && <p role="alert">L’incident n’a pas pu être lu : {result.error.message}</p>}
      {incident && (
        <>
          <ScreenHeading>{incident.title}</ScreenHeading>
          <dl class="summary">
            <div>
              <dt>Organisme source</dt>
              <dd>{incident.sourceOrganization.legalName}</dd>
            </div>
            <div>
              <dt>Début</dt>
              <dd>{incident.startAt ? parisTime(incident.startAt) : 'Inconnu'}</dd>
            </div>
            <div>
              <dt>Fin</dt>
              <dd>{incident.ongoing ? 'En cours' : incident.endAt ? parisTime(incident.endAt) : 'Inconnue'}</dd>
            </div>
            <div>
              <dt>Détection</dt>
              <dd>{incident.detectedAt ? parisTime(incident.detectedAt) : 'Inconnue'}</dd>
            </div>
          </dl>
          {incident.description && <p>{incident.description}</p>}

          <section aria-labelledby="desaccords">
            <h2 id="desaccords">Désaccords entre sources</h2>
            {incidentConflicts.length + exposureConflicts.length === 0 ? (
              <p>Aucune source n’en contredit une autre.</p>
            ) : (
              <ul class="conflicts">
                {incidentConflicts.map((conflict) => (
                  <ConflictView key={conflict.field} conflict={conflict} controller={null} labels={labels} />
                ))}
                {exposureConflicts.map(({ conflict, exposure }) => (
                  <ConflictView
                    key={`${exposure.id}-${conflict.field}`}
                    conflict={conflict}
                    controller={exposure.controller.legalName}
                    labels={labels}
                  />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="personnes">
            <h2 id="personnes">Personnes concernées</h2>
            <p>
              D’après les listes reçues : chaque personne compte une fois ; les doublons sont les personnes citées pour plusieurs
              responsables de traitement.
            </p>
            <SubjectCounts
              counts={incident.subjectCounts}
              caption="Personnes par responsable de traitement"
              partHeading="Responsable de traitement"
              partName={(partId) => controllers.get(partId) ?? 'Autre responsable de traitement'}
            />
          </section>

          {incidentFacts.length > 0 && (
            <section aria-labelledby="faits-incident">
              <h2 id="faits-incident">Faits de l’incident</h2>
              <FactsTable caption="Faits de l’incident, valeur retenue et sa source" facts={incidentFacts} labels={labels} />
            </section>
          )}

          <section aria-labelledby="expositions">
            <h2 id="expositions">Expositions ({incident.exposures.totalCount})</h2>
            {exposures.map((exposure) => (
              <article key={exposure.id} class="exposure" aria-labelledby={`exposition-${exposure.id}`}>
                <h3 id={`exposition-${exposure.id}`}>{exposure.controller.legalName}</h3>
                {controllerSide && (
                  <div class="notifications">
                    Notifications : <NotificationLinks notifications={exposure.notifications} />
                  </div>
                )}
                <FactsTable
                  caption={`Faits de l’exposition de ${exposure.controller.legalName}`}
                  facts={exposure.facts.fields.filter((fact) => fact.level === 'EXPOSURE')}
                  labels={labels}
                />
                <SubjectCounts
                  counts={exposure.subjectCounts}
                  caption={`Personnes de ${exposure.controller.legalName} par liste source`}
                  partHeading="Organisme source de la liste"
                  partName={(partId) =>
                    partId === incident.sourceOrganization.id
                      ? incident.sourceOrganization.legalName
                      : (controllers.get(partId) ?? 'Autre organisme')
                  }
                />
              </article>
            ))}
          </section>
        </>
      )}
    </main>
  );
}
