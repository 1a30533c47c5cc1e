import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs an RS256 JWT with `key` under key id `kid`. */
export function signJwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const input = `${base64url({ alg: 'RS256', typ: 'JWT', kid })}.${base64url(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}

/**
 * A token issuer at the network edge, on 127.0.0.1: an RSA key pair whose
 * public half is served as JWKS at `/<tenant>/discovery/v2.0/keys`, the path
 * the Agents SDK derives from an Entra authority. Point the registration's
 * `authorityEndpoint` at {@link authorityEndpoint} and the SDK's own JWT
 * validation runs unchanged against it, without the internet.
 */
export class BotFrameworkIssuer {
  readonly tenantId = 'test-tenant';
  readonly kid = `test-key-${randomUUID()}`;
  /** JWKS requests served (the SDK caches keys). */
  keyRequests = 0;
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private readonly server: Server;

  private constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.server = createServer((request, response) => {
      if (request.method === 'GET' && request.url === `/${this.tenantId}/discovery/v2.0/keys`) {
        this.keyRequests += 1;
        const jwk = { ...this.publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', alg: 'RS256' };
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
        return;
      }
      response.writeHead(404).end();
    });
  }

  static async start(): Promise<BotFrameworkIssuer> {
    const issuer = new BotFrameworkIssuer();
    await new Promise<void>((resolve) => issuer.server.listen(0, '127.0.0.1', resolve));
    return issuer;
  }

  /** The authority to configure (`BotServiceSettings.authorityEndpoint`). */
  get authorityEndpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The issuer (`iss`) of this tenant's tokens, as the SDK expects it for this authority. */
  get issuer(): string {
    return `${this.authorityEndpoint}/${this.tenantId}/v2.0`;
  }

  /** A token for app `appId` naming `serviceUrl`, valid for an hour; `claims` override any claim. */
  token(appId: string, serviceUrl: string, claims: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    return signJwt({ iss: this.issuer, aud: appId, serviceurl: serviceUrl, iat: now, nbf: now - 10, exp: now + 3600, ...claims }, this.privateKey, this.kid);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
