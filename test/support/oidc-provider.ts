import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import type { JwtConfig, OidcConfig } from '../../src/config/config';

/** The web app's client id at the provider: a public client, no secret. */
const CLIENT_ID = 'breach-gateway-web';
/** The resource indicator of the gateway's API, and the audience its access tokens carry. */
const RESOURCE = 'urn:breach-gateway:api';
const AUDIENCE = 'breach-gateway';

/** Who signs in, and the claims the provider puts in their access tokens for the gateway. */
export interface OidcAccount {
  id: string;
  org: string;
  roles: string[];
}

/**
 * A real OpenID Connect provider (panva's oidc-provider, with its development login and consent
 * pages) on a random port of `localhost`: the gateway is reached at 127.0.0.1, another host, so the
 * provider's cookies are not the gateway's. Its access tokens are JWTs for the gateway's API, with
 * the account's `org` and `roles` as claims, living `accessTokenSeconds`; refresh tokens are issued
 * to the web app without offline_access (bound to the provider's session, as Keycloak's are).
 */
export class TestOidcProvider {
  /** Token grants answered, by grant_type (authorization_code, refresh_token). */
  readonly grants: string[] = [];
  /** Sign-outs ended at the end-session endpoint. */
  endSessions = 0;
  /** False: no refresh token for the next sign-ins, so their sessions end with their first access token. */
  refreshTokens = true;
  private server: Server | null = null;
  private port = 0;
  private provider: Provider | null = null;

  constructor(
    private readonly account: OidcAccount,
    private readonly accessTokenSeconds: number,
  ) {}

  get issuer(): string {
    return `http://localhost:${this.port}`;
  }

  /** Listens first: the gateway's settings need the issuer, the provider's client needs the gateway's URL. */
  async listen(): Promise<void> {
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      if (!this.provider) return void res.writeHead(503).end();
      void this.provider.callback()(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
  }

  /** The gateway's token settings: this provider's key set, issuer and audience. */
  jwt(): JwtConfig {
    return {
      secret: '',
      issuer: this.issuer,
      audience: AUDIENCE,
      maxLifetimeSeconds: 3600,
      jwksUrl: { url: `${this.issuer}/jwks`, cacheMaxAgeMs: 600_000 },
    };
  }

  /** The web app's sign-in settings for the gateway. */
  oidc(): OidcConfig {
    return { issuer: this.issuer, clientId: CLIENT_ID, scope: 'openid' };
  }

  /** Starts answering, with the gateway's `/` as the client's redirect and post-logout URI. */
  async start(gatewayUrl: string): Promise<void> {
    const home = new URL('/', gatewayUrl).href;
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const account = this.account;
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
          redirect_uris: [home],
          post_logout_redirect_uris: [home],
          // The provider's only key is an ES256 one (RS256, the default, would need an RSA key).
          id_token_signed_response_alg: 'ES256',
        },
      ],
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-es256', alg: 'ES256', use: 'sig' }] },
      cookies: { keys: ['a test key of the provider, not a secret of anything else'] },
      pkce: { required: () => true },
      // Said outright (the defaults print a notice each): the gateway's page may call the token endpoint.
      clientBasedCORS: (_ctx, origin) => origin === new URL(gatewayUrl).origin,
      ttl: {
        AccessToken: this.accessTokenSeconds,
        IdToken: 3600,
        RefreshToken: 3600,
        Session: 3600,
        Grant: 3600,
        Interaction: 600,
      },
      findAccount: (_ctx, id) => (id === account.id ? { accountId: id, claims: () => ({ sub: id, email: id }) } : undefined),
      // Without offline_access: the refresh token lives as long as the provider's session.
      issueRefreshToken: (_ctx, client) => this.refreshTokens && client.grantTypeAllowed('refresh_token'),
      extraTokenClaims: (_ctx, token) =>
        'accountId' in token && token.accountId === account.id ? { org: account.org, roles: account.roles } : undefined,
      features: {
        devInteractions: { enabled: true },
        rpInitiatedLogout: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => RESOURCE,
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx: KoaContextWithOIDC, resource: string) => {
            if (resource !== RESOURCE) throw new Error(`unknown resource ${resource}`);
            return {
              scope: 'openid',
              audience: AUDIENCE,
              accessTokenTTL: this.accessTokenSeconds,
              accessTokenFormat: 'jwt' as const,
              jwt: { sign: { alg: 'ES256' } },
            };
          },
        },
      },
    });
    provider.on('grant.success', (ctx: KoaContextWithOIDC) => this.grants.push(String(ctx.oidc.params?.grant_type)));
    provider.on('end_session.success', () => {
      this.endSessions += 1;
    });
    this.provider = provider;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
