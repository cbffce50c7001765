import { exportJWK, exportSPKI, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import type { JwtConfig } from '../../src/config/config';

/** An identity provider that signs gateway tokens with its own ES256 key pair. */
export interface IdentityProvider {
  /** The gateway's token settings trusting this provider's public key (PEM). */
  jwt: JwtConfig;
  /** The same trust, as a key set (JWKS) with the key's `kid`. */
  jwksJwt: JwtConfig;
  /** `issuedAt` / `expiresAt` in epoch seconds; null leaves the claim out. */
  sign(claims?: JWTPayload, options?: SignOptions): Promise<string>;
}

export interface SignOptions {
  issuedAt?: number | null;
  expiresAt?: number | null;
}

const ISSUER = 'https://idp.test.example';
const AUDIENCE = 'breach-gateway';
/** An organisation id as the database stores it (a UUID; PostgreSQL refuses anything else). */
export const IDP_ORG = '00000000-0000-4000-8000-0000000000a1';

export async function identityProvider(alg: 'ES256' | 'RS256' = 'ES256'): Promise<IdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const kid = `${alg.toLowerCase()}-test`;
  const base = { secret: '', issuer: ISSUER, audience: AUDIENCE, maxLifetimeSeconds: 86_400 };
  return {
    jwt: { ...base, publicKeyPem: await exportSPKI(publicKey) },
    jwksJwt: { ...base, jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }] } },
    sign: (claims = {}, options: SignOptions = {}) => {
      const token = new SignJWT({
        sub: 'dpo@idp.test.example',
        iss: ISSUER,
        aud: AUDIENCE,
        org: IDP_ORG,
        roles: ['CONTROLLER_DPO'],
        ...claims,
      }).setProtectedHeader({ alg, kid });
      if (options.issuedAt !== null) token.setIssuedAt(options.issuedAt);
      if (options.expiresAt !== null) token.setExpirationTime(options.expiresAt ?? '1h');
      return token.sign(privateKey);
    },
  };
}

/** A token with `alg: none`: no signature at all, which no verifier may accept. */
export function unsignedToken(claims: JWTPayload): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ exp: Math.floor(Date.now() / 1000) + 3600, ...claims })}.`;
}
