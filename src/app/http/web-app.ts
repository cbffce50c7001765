import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import express, { type RequestHandler, Router } from 'express';
import helmet from 'helmet';
import type { OidcConfig } from '../../config/config';
import { sendRefusal } from '../../lib/http-errors';

/**
 * Where `npm run build` (Vite, `build:web`) writes the web app: dist/web at the project's root. The
 * gateway runs from dist/src (the shipped build) or from src (tests, through vite-node): both find it.
 */
export function builtWebAppDirectory(): string {
  const root = resolve(__dirname, '../../..');
  return basename(root) === 'dist' ? join(root, 'web') : join(root, 'dist', 'web');
}

/**
 * The web app's Content-Security-Policy: scripts, styles and connections of this origin only (no
 * inline script, no eval, no inline style); 'self' covers ws:/wss: to this host in CSP Level 3
 * browsers, which is where the subscriptions connect. No frame may embed it (clickjacking).
 */
export const WEB_APP_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The CSP with the identity provider's origin in connect-src when the web app signs in with one: the
 * page reads its discovery document and calls its token endpoint (code exchange, refresh) with fetch.
 * Its authorization and end-session endpoints are navigations, which connect-src does not govern.
 */
export function webAppCsp(oidc: OidcConfig | null | undefined): Record<string, string[]> {
  if (!oidc) return WEB_APP_CSP;
  return { ...WEB_APP_CSP, 'connect-src': [...WEB_APP_CSP['connect-src']!, new URL(oidc.issuer).origin] };
}

/** What the page needs to know before it can sign anyone in; nothing in it is secret (a public client has no secret). */
export interface WebAppSettings {
  /** Demo mode: GET /demo/identities hands out the demo people's tokens. */
  demo: boolean;
  /** The OpenID Connect provider to sign in with, or null when none is configured. */
  oidc: OidcConfig | null;
}

/**
 * The gateway's own web app at `/`: index.html revalidated on every load (it names the current
 * hashed assets), the assets under /assets cached for a year as immutable (their name changes with
 * their content). Only these answers carry helmet's headers: the API's answers keep theirs.
 * Without a build (tests from sources, a checkout without `npm run build`) `/` says how to get one.
 */
export function webAppRoutes(settings: WebAppSettings, directory: string = builtWebAppDirectory()): Router {
  const router = Router();
  const secured: RequestHandler = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: webAppCsp(settings.oidc) },
    // The API on this origin is called with fetch, never embedded: same-origin is all it needs.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // HSTS belongs to whoever terminates TLS (the reverse proxy), for the whole host, not to one page.
    strictTransportSecurity: false,
    // As frame-ancestors 'none', for browsers that read only the older header.
    frameguard: { action: 'deny' },
  });
  const index = join(directory, 'index.html');
  router.get(['/', '/index.html'], secured, (req, res) => {
    if (!existsSync(index)) {
      sendRefusal(req, res, 503, 'WEB_APP_NOT_BUILT', 'the web app is not built: run `npm run build` (it writes dist/web)');
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  // The page's settings: a JSON route because the CSP allows no inline script to carry them.
  router.get('/web-app/config', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.json({ demo: settings.demo, oidc: settings.oidc } satisfies WebAppSettings);
  });
  // An asset that does not exist falls through to the JSON 404.
  router.use('/assets', secured, express.static(join(directory, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  return router;
}
