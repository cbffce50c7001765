import type { ComponentChildren } from 'preact';
import type { Capability } from '../generated/graphql';
import { DeadlinesScreen } from './deadlines';
import { ListsScreen } from './lists';
import { IncidentsRoute } from './incidents';
import { RegisterScreen } from './register';
import { NotificationsScreen } from './notification';
import { DocumentsScreen, NotificationDocumentsScreen } from './documents';

/**
 * The app's screens: the first segment of the fragment (`#/echeances`) picks one, the rest are its
 * parameters. A screen whose capability the viewer lacks is neither in the navigation nor reachable
 * by its address. The first screen the viewer may open is the landing one.
 */
export interface Screen {
  /** The fragment's first segment. */
  path: string;
  /** The navigation's label, in French. */
  label: string;
  /** The viewer needs one of these capabilities to see the screen. */
  needs: readonly Capability[];
  /** Whether the navigation lists it (a detail screen is reached from a list). */
  inNavigation: boolean;
  render(params: string[]): ComponentChildren;
}

export const SCREENS: readonly Screen[] = [
  { path: 'echeances', label: 'Échéances', needs: ['READ_NOTIFICATIONS'], inNavigation: true, render: () => <DeadlinesScreen /> },
  {
    path: 'incidents',
    label: 'Incidents',
    needs: ['READ_NOTIFICATIONS', 'REPORT_INCIDENTS', 'SUBMIT_FACTS'],
    inNavigation: true,
    render: (params) => <IncidentsRoute params={params} />,
  },
  {
    path: 'notifications',
    label: 'Notifications',
    needs: ['READ_NOTIFICATIONS'],
    inNavigation: true,
    render: (params) => <NotificationsScreen params={params} />,
  },
  {
    path: 'documents',
    label: 'Documents',
    needs: ['DOWNLOAD_DOCUMENTS', 'RECORD_FILINGS'],
    inNavigation: true,
    render: ([id]) => (id ? <NotificationDocumentsScreen id={id} /> : <DocumentsScreen />),
  },
  // Batches are read by their sending organisation's people (ingestBatchScope), readers included;
  // only INGEST_LISTS gets the upload form.
  { path: 'listes', label: 'Listes', needs: ['INGEST_LISTS', 'READ_NOTIFICATIONS'], inNavigation: true, render: () => <ListsScreen /> },
  { path: 'registre', label: 'Registre', needs: ['READ_NOTIFICATIONS'], inNavigation: true, render: () => <RegisterScreen /> },
];
