import { createPublicKey, type KeyObject } from 'node:crypto';
import { createLocalJWKSet, errors, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import type { JwtConfig } from '../config/config';
import { UnauthenticatedError } from '../graphql/errors';
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

function verifierOf(jwt: JwtConfig): Verifier {
  let verifier = verifiers.get(jwt);
  if (!verifier) {
    if (jwt.jwks) {
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

/** Signs an HS256 token with the shared secret; with public keys configured, the identity provider signs. */
export async function signToken(jwt: JwtConfig, claims: TokenClaims, expiresIn: string | number = '12h'): Promise<string> {
  if (!jwt.secret) throw new Error('this gateway verifies tokens with a public key and cannot sign them; ask the identity provider');
  return new SignJWT({ org: claims.org, roles: claims.roles })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(claims.sub)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secretKey(jwt));
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) return 'the token signature is invalid';
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's algorithm is not accepted";
  return 'the token is malformed or not signed by this gateway';
}

/** The viewer of an `Authorization` header value; throws UNAUTHENTICATED with the reason. */
export async function viewerFromAuthorization(jwt: JwtConfig, header: string | undefined): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) throw new UnauthenticatedError(header ? 'the Authorization header must be "Bearer <token>"' : 'a bearer token is required');
  let payload;
  const { key, algorithms } = verifierOf(jwt);
  const options = { algorithms, issuer: jwt.issuer, audience: jwt.audience, requiredClaims: ['sub', 'exp'] };
  try {
    // jose has one overload for a key set and one for a single key.
    ({ payload } = typeof key === 'function' ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options));
  } catch (error) {
    throw new UnauthenticatedError(reasonOf(error));
  }
  const { sub, org, roles } = payload as Partial<TokenClaims>;
  if (typeof org !== 'string' || !org) throw new UnauthenticatedError('the token has no organisation');
  // Organisation ids are UUIDs: anything else could only fail later, inside a query, as a 500.
  if (!isUuid(org)) throw new UnauthenticatedError("the token's org claim must be an organisation id (a UUID)");
  // Whoever acts is written into the audit trail, whose column holds 255 characters.
  if (typeof sub !== 'string' || sub.length > MAX_SUBJECT_LENGTH) throw new UnauthenticatedError(`the token's sub claim must be a string of at most ${MAX_SUBJECT_LENGTH} characters`);
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as string[]).includes(r))) {
    throw new UnauthenticatedError('the token has no valid roles');
  }
  // Lower case, as the databases write ids: SQLite compares them as text.
  return new Viewer(sub, org.toLowerCase(), roles);
}
