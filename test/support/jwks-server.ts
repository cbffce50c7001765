import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { JwtConfig } from '../../src/config/config';
import { IDP_ORG } from './identity-provider';

const ISSUER = 'https://idp.test.example';
const AUDIENCE = 'breach-gateway';

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

/**
 * An identity provider publishing its keys at /jwks.json over real HTTP, as one does in production:
 * it can add a key (rotation), withdraw one, and go down, while the gateway fetches from it.
 */
export class JwksServer {
  private readonly keys = new Map<string, SigningKey>();
  private readonly published = new Set<string>();
  private server: Server | null = null;
  private port = 0;
  /** Key-set requests answered so far. */
  fetches = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/jwks.json`;
  }

  /** The gateway's token settings trusting this provider's key set URL, kept `cacheSeconds`. */
  jwt(cacheSeconds: number): JwtConfig {
    return {
      secret: '',
      issuer: ISSUER,
      audience: AUDIENCE,
      maxLifetimeSeconds: 86_400,
      jwksUrl: { url: this.url, cacheMaxAgeMs: cacheSeconds * 1000 },
    };
  }

  /** Creates a key and publishes it. */
  async addKey(kid: string): Promise<void> {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    this.keys.set(kid, { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } });
    this.published.add(kid);
  }

  /** Stops publishing a key; its private half still signs, as a leaked key would. */
  withdraw(kid: string): void {
    this.published.delete(kid);
  }

  sign(kid: string): Promise<string> {
    const key = this.keys.get(kid);
    if (!key) throw new Error(`no key ${kid}`);
    return new SignJWT({ org: IDP_ORG, roles: ['CONTROLLER_DPO'] })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject('dpo@idp.test.example')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key.privateKey);
  }

  /** Listens (again on the same port once it has one). */
  async start(): Promise<void> {
    const server = createServer((req, res) => {
      if (req.url !== '/jwks.json') return void res.writeHead(404).end();
      this.fetches++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [...this.published].map((kid) => this.keys.get(kid)!.jwk) }));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  /** Goes down: refuses connections. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
