import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { RequestContext } from '../auth/context';
import { ROLES, type Role } from '../auth/roles';
import { subjectProblemOf } from '../auth/tokens';
import { Viewer } from '../auth/viewer';
import type { Clock } from '../config/clock';
import type { DownloadLinkConfig } from '../config/config';
import { DomainError } from '../lib/errors';
import { isUuid } from '../lib/uuid';
import { organizationRolesOf } from '../organizations/organization-roles';
import type { DocumentRouteDeps } from './route-deps';

/** The query parameters a signed link adds to a document's path; the route reads every other one as before. */
const LINK_PARAMETERS = ['expires', 'viewer', 'signature'] as const;

/** Part of the signed text, so a later format can never be mistaken for this one. */
const LINK_FORMAT = 'breach-gateway download link v1';

/** A signed link's refusal: 403 with the reason, the same shape as every REST error. */
export class DownloadLinkRefusedError extends DomainError {
  constructor(reason: string) {
    super('FORBIDDEN', `Forbidden: this download link ${reason}; ask the API for a new one`);
  }
}

/** Who a link was handed to, as the token said when the API handed it out. */
interface LinkViewer {
  sub: string;
  org: string;
  roles: Role[];
}

/** A path and its own query (variant, …) in one canonical form: what the signature covers. */
function canonical(pathname: string, query: URLSearchParams): string {
  const rest = query.toString();
  return rest ? `${pathname}?${rest}` : pathname;
}

function splitUrl(url: string): { pathname: string; query: URLSearchParams } {
  const at = url.indexOf('?');
  return at < 0
    ? { pathname: url, query: new URLSearchParams() }
    : { pathname: url.slice(0, at), query: new URLSearchParams(url.slice(at + 1)) };
}

/** AES-256-GCM nonce and tag lengths of the sealed viewer. */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The viewer sealed with AES-256-GCM: a link ends up in browser histories and proxy logs, and the
 * subject of a token is often a person's e-mail address, so the link must not show who it was handed
 * to. The HMAC still covers the sealed text as written.
 */
function seal(key: Buffer, viewer: LinkViewer): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const sealed = Buffer.concat([cipher.update(JSON.stringify([viewer.sub, viewer.org, viewer.roles]), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64url');
}

function viewerOf(key: Buffer, param: string): LinkViewer | null {
  let decoded: unknown;
  try {
    const bytes = Buffer.from(param, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const opened = Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    decoded = JSON.parse(opened.toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) return null;
  const [sub, org, roles] = decoded as unknown[];
  if (typeof sub !== 'string' || subjectProblemOf(sub) || typeof org !== 'string' || !isUuid(org)) return null;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => (ROLES as unknown[]).includes(role))) return null;
  return { sub, org, roles: roles as Role[] };
}

/**
 * Short-lived links a browser can follow without an Authorization header (an `<a href>`, a new tab):
 * an HMAC-SHA256 over the exact path with its query, the viewer it was handed to and its expiry. The
 * link carries its viewer (subject, organisation, roles) sealed, never in clear, and never the token;
 * the download it opens is checked against that viewer's scope at download time and recorded as theirs.
 */
export class DownloadLinks {
  /** The sealing key, derived from the signing key so that one setting serves both. */
  private readonly sealKey: Buffer;

  constructor(
    private readonly config: DownloadLinkConfig,
    private readonly clock: Clock,
  ) {
    this.sealKey = Buffer.from(hkdfSync('sha256', config.key, Buffer.alloc(0), 'breach-gateway download link viewer', 32));
  }

  /** `path` (with its own query, e.g. `?variant=`) followed by `expires`, `viewer` and `signature`. */
  sign(viewer: Viewer, path: string): string {
    const { pathname, query } = splitUrl(path);
    const document = canonical(pathname, query);
    const expires = String(Math.floor(this.clock.now().getTime() / 1000) + this.config.ttlSeconds);
    const who = seal(this.sealKey, { sub: viewer.subject, org: viewer.organizationId, roles: [...viewer.roles] });
    const link = new URLSearchParams({ expires, viewer: who, signature: this.mac(document, expires, who) });
    return `${document}${document.includes('?') ? '&' : '?'}${link.toString()}`;
  }

  /** The viewer a signed request URL (`req.originalUrl`) stands for; DownloadLinkRefusedError otherwise. */
  verify(url: string): LinkViewer {
    const { pathname, query } = splitUrl(url);
    const [expires, who, signature] = LINK_PARAMETERS.map((name) => {
      const values = query.getAll(name);
      if (values.length !== 1) throw new DownloadLinkRefusedError(`needs exactly one "${name}" parameter`);
      query.delete(name);
      return values[0]!;
    }) as [string, string, string];
    // Compared as written, not decoded: base64url decoding skips stray characters, which would let one link have many spellings.
    const expected = Buffer.from(this.mac(canonical(pathname, query), expires, who));
    const given = Buffer.from(signature);
    // The signature first: until it matches, nothing else in the link is believed.
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new DownloadLinkRefusedError('is not valid for this document (its signature does not match its path, viewer or expiry)');
    if (!/^\d+$/.test(expires) || Number(expires) * 1000 <= this.clock.now().getTime()) throw new DownloadLinkRefusedError('has expired');
    const viewer = viewerOf(this.sealKey, who);
    if (!viewer) throw new DownloadLinkRefusedError('names no valid viewer');
    return viewer;
  }

  private mac(document: string, expires: string, who: string): string {
    return createHmac('sha256', this.config.key).update(`${LINK_FORMAT}\n${document}\n${expires}\n${who}`).digest('base64url');
  }
}

/** What a resolver handing out download links needs: the request's viewer and the gateway's signer. */
export type DownloadLinkContext = Pick<RequestContext, 'viewer'> & { downloadLinks: DownloadLinks };

/** The signed link to `path` for the viewer of this request: what every `…Url` field of the API returns. */
export function downloadLink(ctx: DownloadLinkContext, path: string): string {
  return ctx.downloadLinks.sign(ctx.viewer, path);
}

/**
 * Who downloads: the Authorization header's viewer when one is sent (as before signed links), else
 * the viewer of a valid signed link, with their organisation's capacities read now. Every download
 * says `Referrer-Policy: no-referrer`; a link's is never stored (`no-store`): the file would
 * otherwise sit in the browser's cache under a URL anyone with the history could replay until it
 * expires. A header's keeps `no-cache`, so its ETag still spares an unchanged download.
 */
export async function downloadViewer(deps: DocumentRouteDeps, req: Request, res: Response): Promise<Viewer> {
  res.setHeader('referrer-policy', 'no-referrer');
  const { query } = splitUrl(req.originalUrl);
  // Any link parameter makes it a link: one stripped of its signature is told so, not asked for a token.
  const link = LINK_PARAMETERS.some((name) => query.has(name));
  if (req.headers.authorization !== undefined || !link) {
    res.setHeader('cache-control', 'private, no-cache');
    return deps.authenticate(req.headers.authorization);
  }
  res.setHeader('cache-control', 'private, no-store');
  const { sub, org, roles } = deps.downloadLinks.verify(req.originalUrl);
  return new Viewer(sub, org, roles, await organizationRolesOf(deps.orm.em)(org));
}
