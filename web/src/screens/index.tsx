import type { ComponentChildren } from 'preact';
import type { Capability } from '../generated/graphql';
import { DeadlinesScreen } from './deadlines';
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
    path: 'documents',
    label: 'Documents',
    needs: ['DOWNLOAD_DOCUMENTS', 'RECORD_FILINGS'],
    inNavigation: true,
    render: ([id]) => (id ? <NotificationDocumentsScreen id={id} /> : <DocumentsScreen />),
  },
];
