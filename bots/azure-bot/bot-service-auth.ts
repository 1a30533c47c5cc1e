import type { IncomingHttpHeaders } from 'node:http';
import { authorizeJWT, type AuthConfiguration, type Request as AgentsRequest, type WebResponse } from '@microsoft/agents-hosting';
import { config, type Config } from '../../core/platform/config.ts';
import { AppError } from '../../core/platform/errors.ts';

/** The Azure Bot Service registration: its app id and secret (MicrosoftAppId / MicrosoftAppPassword), and tenant for single-tenant bots. */
export interface BotServiceSettings {
  appId: string;
  appPassword: string;
  /** MicrosoftAppTenantId; unset for a multi-tenant registration. */
  tenantId?: string;
  /**
   * Entra authority (default `https://login.microsoftonline.com`): where
   * signing keys of Entra-issued tokens and the bot's own outgoing tokens
   * come from. Sovereign clouds set theirs; tests point it at a local issuer.
   */
  authorityEndpoint?: string;
}

/** The verified claims of a Bot Framework token. */
export type BotServiceIdentity = NonNullable<AgentsRequest['user']>;

/** Name of the one connection in the Agents SDK configuration. */
const CONNECTION = 'serviceConnection';
const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';

/** The registration from the configuration; undefined (the endpoint stays off) unless app id and password are both set. */
export function botServiceSettings(cfg: Config = config()): BotServiceSettings | undefined {
  if (!cfg.MicrosoftAppId || !cfg.MicrosoftAppPassword) return undefined;
  return { appId: cfg.MicrosoftAppId, appPassword: cfg.MicrosoftAppPassword, ...(cfg.MicrosoftAppTenantId ? { tenantId: cfg.MicrosoftAppTenantId } : {}) };
}

/**
 * The Agents SDK's AuthConfiguration for the registration, built only from
 * `settings` (the SDK's own environment loaders are not used: the
 * configuration is read in core/platform/config.ts). Issuer validation is on:
 * a token must come from Azure Bot Service, or from Entra for this tenant.
 */
export function botServiceAuthConfig(settings: BotServiceSettings): AuthConfiguration {
  const authority = settings.authorityEndpoint ?? DEFAULT_AUTHORITY;
  const connection: AuthConfiguration = {
    clientId: settings.appId,
    clientSecret: settings.appPassword,
    authorityEndpoint: authority,
    authority,
    validateIssuer: true,
    ...(settings.tenantId ? { tenantId: settings.tenantId } : {}),
  };
  return { ...connection, connections: new Map([[CONNECTION, connection]]), connectionsMap: [{ serviceUrl: '*', connection: CONNECTION }] };
}

/** A WebResponse that only remembers what authorizeJWT would have answered. */
function refusal(): WebResponse & { statusCode?: number; body?: unknown } {
  const response = {
    statusCode: undefined as number | undefined,
    body: undefined as unknown,
    headersSent: false,
    writableEnded: false,
    status(code: number) {
      response.statusCode = code;
      return response;
    },
    setHeader() {
      return response;
    },
    send(body?: unknown) {
      response.body = body;
      response.headersSent = true;
      response.writableEnded = true;
      return response;
    },
    end() {
      response.writableEnded = true;
      return response;
    },
  };
  return response;
}

/** Verifies the bearer token of one request; resolves to its claims or rejects with BOT_SERVICE_UNAUTHORIZED. */
export type BotServiceAuthenticator = (request: { headers: IncomingHttpHeaders; method: string }) => Promise<BotServiceIdentity>;

/**
 * Authentication with the Agents SDK's own JWT validation (`authorizeJWT`):
 * RS256 signature against the issuer's published keys (JWKS, cached), the
 * registration's app id as audience, expiry, issuer and tenant binding.
 * Whatever it refuses becomes BOT_SERVICE_UNAUTHORIZED (401) with the SDK's
 * short reason, never its internals.
 */
export function botServiceAuthenticator(auth: AuthConfiguration): BotServiceAuthenticator {
  const middleware = authorizeJWT(auth);
  return async ({ headers, method }) => {
    const request: AgentsRequest = { headers, method };
    const response = refusal();
    let passed = false;
    await middleware(request, response, () => {
      passed = true;
    });
    if (!passed || !request.user) {
      const reason = (response.body as Record<string, unknown> | undefined)?.['jwt-auth-error'];
      throw new AppError('BOT_SERVICE_UNAUTHORIZED', { reason: typeof reason === 'string' ? reason : 'unauthorized' });
    }
    return request.user;
  };
}

/**
 * Azure Bot Service tokens name the connector they were issued for
 * (`serviceurl` claim). The activity's serviceUrl must be that one, and a
 * token without the claim (not from a Bot Service channel) is refused: the
 * bot posts its replies there with its own access token, so no caller may
 * choose another host.
 */
export function assertServiceUrlMatches(identity: BotServiceIdentity, serviceUrl: string): void {
  const claimed = (identity as Record<string, unknown>).serviceurl;
  if (typeof claimed !== 'string') throw new AppError('BOT_SERVICE_UNAUTHORIZED', { reason: 'the token names no serviceUrl' });
  const normalize = (url: string) => url.replace(/\/+$/, '').toLowerCase();
  if (normalize(claimed) !== normalize(serviceUrl)) {
    throw new AppError('BOT_SERVICE_UNAUTHORIZED', { reason: 'serviceUrl does not match the token' });
  }
}
