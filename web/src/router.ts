import { useEffect, useState } from 'preact/hooks';

/**
 * The app's screens are addressed by the URL's fragment (`#/notifications/42`): the gateway serves
 * one index.html at `/`, and a fragment never reaches the server, so a bookmarked or reloaded screen
 * needs no server route of its own. A path is its segments, decoded.
 */
export function currentPath(): string[] {
  return window.location.hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment));
}

/** The fragment link to a screen: `href('notifications', id)` → `#/notifications/<id>`. */
export function href(...segments: string[]): string {
  return `#/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
}

/** The current path, re-rendered when the fragment changes (a link followed, the back button). */
export function usePath(): string[] {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}
