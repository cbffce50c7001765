import { errors, jwtVerify, SignJWT } from 'jose';
import type { Config } from '../config/config';
import { UnauthenticatedError } from '../graphql/errors';
import { ROLES, type Role } from './roles';
import { Viewer } from './viewer';

/** Claims of a gateway token: `sub` the person, `org` the organisation id, `roles` what they may do. */
export interface TokenClaims {
  sub: string;
  org: string;
  roles: Role[];
}

type JwtConfig = Config['jwt'];

const ALGORITHM = 'HS256';

function key(jwt: JwtConfig): Uint8Array {
  return new TextEncoder().encode(jwt.secret);
}

export async function signToken(jwt: JwtConfig, claims: TokenClaims, expiresIn: string | number = '12h'): Promise<string> {
  return new SignJWT({ org: claims.org, roles: claims.roles })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(claims.sub)
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(jwt));
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is invalid';
  return 'the token is malformed or not signed by this gateway';
}

/** The viewer of an `Authorization` header value; throws UNAUTHENTICATED with the reason. */
export async function viewerFromAuthorization(jwt: JwtConfig, header: string | undefined): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) throw new UnauthenticatedError(header ? 'the Authorization header must be "Bearer <token>"' : 'a bearer token is required');
  let payload;
  try {
    ({ payload } = await jwtVerify(match[1], key(jwt), {
      algorithms: [ALGORITHM],
      issuer: jwt.issuer,
      audience: jwt.audience,
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    throw new UnauthenticatedError(reasonOf(error));
  }
  const { sub, org, roles } = payload as Partial<TokenClaims>;
  if (typeof org !== 'string' || !org) throw new UnauthenticatedError('the token has no organisation');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as string[]).includes(r))) {
    throw new UnauthenticatedError('the token has no valid roles');
  }
  return new Viewer(sub as string, org, roles);
}
