import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Capability, WebViewerQuery } from './generated/graphql';

export type Viewer = WebViewerQuery['viewer'];

/** The signed-in person as the API describes them (`viewer`), for every screen below the shell. */
export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside a signed-in shell');
  return viewer;
}

/**
 * Whether the viewer's roles grant a capability. Screens show an action only to those who may take
 * it (the API still decides, within the viewer's scope): an action the viewer may not take is absent,
 * not offered and then refused.
 */
export function useCan(capability: Capability): boolean {
  return useViewer().capabilities.includes(capability);
}
