import { createPublicKey, type KeyObject } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import type { OrganizationRole } from '../cnil/vocabulary';
import type { JwtConfig } from '../config/config';
import { ServiceUnavailableError, UnauthenticatedError } from '../lib/errors';
import { isUuid } from '../lib/uuid';
import { ROLES, type Role } from './roles';
import { Viewer } from './viewer';

/** Claims of a gateway token: `sub` the person, `org` the organisation id, `roles` what they may do. */
export interface TokenClaims {
  sub: string;
  org: string;
  roles: Role[];
}

const ALGORITHM = 'HS256';

/** What the audit trail's actor column holds. */
const MAX_SUBJECT_LENGTH = 255;

/**
 * How far in the future a token's `iat` may lie: the identity provider's clock and ours drift a
 * little (NTP keeps them within a second or two), but a token "issued" later than that was minted
 * to outlive its stated lifetime.
 */
export const IAT_LEEWAY_SECONDS = 60;

/**
 * Characters that do not print on one line: controls (CR, LF, tab, NUL…), invisible format
 * characters (bidi overrides that reorder what a reader of the audit trail sees), lone surrogates
 * and line or paragraph separators. The subject is written into the audit trail and logs as is.
 */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** What verifies a token: the key (or key set) and the only algorithms accepted with it. */
interface Verifier {
  key: Uint8Array | KeyObject | JWTVerifyGetKey;
  algorithms: string[];
}

function secretKey(jwt: JwtConfig): Uint8Array {
  return new TextEncoder().encode(jwt.secret);
}

/** The algorithm a public key is for; an explicit list, so `none` and HS256 are never accepted with it. */
function algorithmOf(key: KeyObject): string {
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  if (key.asymmetricKeyType === 'rsa') return 'RS256';
  throw new Error('the configured public key must be a P-256 (ES256) or RSA (RS256) key');
}

const verifiers = new WeakMap<JwtConfig, Verifier>();

/** The longest a key-set fetch may take: a token waits for it. */
const JWKS_FETCH_TIMEOUT_MS = 5_000;
/** Between two fetches for unknown `kid`s: tokens of made-up kids cannot make the gateway hammer the provider. */
const JWKS_COOLDOWN_MS = 30_000;

/**
 * The provider's key set over HTTP(S) with jose's cache: kept for JWT_JWKS_CACHE_SECONDS, fetched
 * again for a `kid` it does not hold (a rotation), so a withdrawn key stops verifying once the cache
 * expires. When the provider cannot be reached, the keys last fetched still verify the tokens they
 * signed (an outage of the provider does not log everyone out); a token of another key is 503,
 * not 401: the token may be good, the gateway cannot tell yet.
 */
function remoteKeySet(jwksUrl: NonNullable<JwtConfig['jwksUrl']>): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(jwksUrl.url), {
    cacheMaxAge: jwksUrl.cacheMaxAgeMs,
    cooldownDuration: Math.min(JWKS_COOLDOWN_MS, jwksUrl.cacheMaxAgeMs),
    timeoutDuration: JWKS_FETCH_TIMEOUT_MS,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
      const cached = remote.jwks();
      if (cached) {
        try {
          return await createLocalJWKSet(cached)(header, token);
        } catch {
          // Not a key last fetched either: said below.
        }
      }
      throw new ServiceUnavailableError(
        "the identity provider's keys (JWT_JWKS_URL) cannot be fetched to verify this token; retry shortly",
        5,
      );
    }
  };
}

function verifierOf(jwt: JwtConfig): Verifier {
  let verifier = verifiers.get(jwt);
  if (!verifier) {
    if (jwt.jwksUrl) {
      verifier = { key: remoteKeySet(jwt.jwksUrl), algorithms: ['ES256', 'RS256'] };
    } else if (jwt.jwks) {
      verifier = { key: createLocalJWKSet(jwt.jwks as Parameters<typeof createLocalJWKSet>[0]), algorithms: ['ES256', 'RS256'] };
    } else if (jwt.publicKeyPem) {
      const key = createPublicKey(jwt.publicKeyPem);
      verifier = { key, algorithms: [algorithmOf(key)] };
    } else {
      verifier = { key: secretKey(jwt), algorithms: [ALGORITHM] };
    }
    verifiers.set(jwt, verifier);
  }
  return verifier;
}

/** Seconds in a lifetime like `90s`, `15m`, `12h` or `7d`, what the `token` command takes. */
const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

export function lifetimeSeconds(duration: string): number {
  const match = /^(\d+)([smhd])$/.exec(duration);
  if (!match) throw new Error(`"${duration}" is not a lifetime: a number followed by s, m, h or d`);
  return Number(match[1]) * UNIT_SECONDS[match[2]!]!;
}

/** What the `token` command signs unless told otherwise: half a day, or the configured maximum if shorter. */
const DEFAULT_LIFETIME_SECONDS = 12 * 3600;

/**
 * Signs an HS256 token with the shared secret; with public keys configured, the identity provider
 * signs. `expiresIn` is a lifetime (`12h`) or an absolute `exp` in epoch seconds; a lifetime past
 * the configured maximum is refused here rather than signed into a token the gateway would refuse.
 */
export async function signToken(jwt: JwtConfig, claims: TokenClaims, expiresIn?: string | number): Promise<string> {
  if (!jwt.secret) throw new Error('this gateway verifies tokens with a public key and cannot sign them; ask the identity provider');
  const iat = Math.floor(Date.now() / 1000);
  const exp =
    typeof expiresIn === 'number'
      ? expiresIn
      : iat + (expiresIn === undefined ? Math.min(DEFAULT_LIFETIME_SECONDS, jwt.maxLifetimeSeconds) : lifetimeSeconds(expiresIn));
  if (exp - iat > jwt.maxLifetimeSeconds)
    throw new Error(`a token may live at most ${jwt.maxLifetimeSeconds} s (JWT_MAX_LIFETIME_SECONDS)`);
  return new SignJWT({ org: claims.org, roles: claims.roles })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(claims.sub)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(secretKey(jwt));
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing') return `the token has no ${error.claim} claim`;
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return 'the token signature is invalid';
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's algorithm is not accepted";
  return 'the token is malformed or not signed by this gateway';
}

/** A verified token's claims, and when it expires (its `exp`, which verification requires). */
export interface VerifiedToken extends TokenClaims {
  expiresAt: Date;
}

/** The verified claims of an `Authorization` header value; throws UNAUTHENTICATED with the reason. */
export async function verifyToken(jwt: JwtConfig, header: string | undefined): Promise<VerifiedToken> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) throw new UnauthenticatedError(header ? 'the Authorization header must be "Bearer <token>"' : 'a bearer token is required');
  let payload;
  const { key, algorithms } = verifierOf(jwt);
  const options = { algorithms, issuer: jwt.issuer, audience: jwt.audience, requiredClaims: ['sub', 'iat', 'exp'] };
  try {
    // jose has one overload for a key set and one for a single key.
    ({ payload } = typeof key === 'function' ? await jwtVerify(match[1]!, key, options) : await jwtVerify(match[1]!, key, options));
  } catch (error) {
    if (error instanceof ServiceUnavailableError) throw error;
    throw new UnauthenticatedError(reasonOf(error));
  }
  const { sub, org, roles } = payload as Partial<TokenClaims>;
  const lifetimeProblem = lifetimeProblemOf(payload.iat, payload.exp, jwt.maxLifetimeSeconds);
  if (lifetimeProblem) throw new UnauthenticatedError(lifetimeProblem);
  if (typeof org !== 'string' || !org) throw new UnauthenticatedError('the token has no organisation');
  // Organisation ids are UUIDs: anything else could only fail later, inside a query, as a 500.
  if (!isUuid(org)) throw new UnauthenticatedError("the token's org claim must be an organisation id (a UUID)");
  // jose requires sub and checks it is a string; the type check only tells TypeScript so.
  if (typeof sub !== 'string') throw new UnauthenticatedError("the token's sub claim must be a non-empty string");
  const subjectProblem = subjectProblemOf(sub);
  if (subjectProblem) throw new UnauthenticatedError(subjectProblem);
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as string[]).includes(r))) {
    throw new UnauthenticatedError('the token has no valid roles');
  }
  // Lower case, as the databases write ids: SQLite compares them as text.
  // lifetimeProblemOf has checked that exp is a finite number.
  return { sub, org: org.toLowerCase(), roles, expiresAt: new Date((payload.exp as number) * 1000) };
}

/** The capacities (controller, processor) an organisation is registered in; none when it is not registered. */
export type OrganizationRolesOf = (organizationId: string) => Promise<readonly OrganizationRole[]>;

/** The viewer of a request's `Authorization` header, or UNAUTHENTICATED. */
export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

/**
 * Verified claims, and the capacities the organisation holds in the database (its stage answers,
 * src/organizations/organization-roles.ts): a token's role never acts in a capacity the organisation
 * does not hold, and an organisation that is not registered acts in none.
 */
export function authenticator(jwt: JwtConfig, rolesOf: OrganizationRolesOf): Authenticate {
  return async (authorization) => {
    const claims = await verifyToken(jwt, authorization);
    return new Viewer(claims.sub, claims.org, claims.roles, await rolesOf(claims.org), claims.expiresAt);
  };
}

/**
 * Why a token's validity window is refused, or null. Whatever the signer (our HS256 secret or an
 * identity provider's key), a token must say when it was issued and when it ends, may not end more
 * than the configured maximum after it began, and may not begin in the future.
 */
export function lifetimeProblemOf(iat: unknown, exp: unknown, maxLifetimeSeconds: number, now = Date.now() / 1000): string | null {
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return 'the token has no iat claim (when it was issued)';
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return 'the token has no exp claim (when it expires)';
  if (iat > now + IAT_LEEWAY_SECONDS)
    return `the token's iat claim lies in the future (more than ${IAT_LEEWAY_SECONDS} s ahead of the gateway's clock)`;
  if (exp - iat > maxLifetimeSeconds)
    return `the token's lifetime (exp − iat = ${exp - iat} s) exceeds the maximum of ${maxLifetimeSeconds} s`;
  return null;
}

/** Why a `sub` claim is refused, or null: the person is written into the audit trail, one line, at most 255 characters. */
export function subjectProblemOf(sub: string): string | null {
  if (sub.trim() === '') return "the token's sub claim must be a non-empty string";
  if (sub.length > MAX_SUBJECT_LENGTH) return `the token's sub claim must be a string of at most ${MAX_SUBJECT_LENGTH} characters`;
  if (NOT_PRINTABLE.test(sub)) return "the token's sub claim must be a single printable line (no control character or line break)";
  return null;
}
