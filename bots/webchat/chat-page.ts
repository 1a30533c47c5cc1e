import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { findOrganizationProfile } from '../../core/content/index.ts';
import type { DbClient } from '../../core/platform/db.ts';
import { escapeHtml } from '../../core/platform/html.ts';
import { SLUG_PATTERN } from './direct-line-token.ts';

/** What the chat page shows of an organization. */
export interface ChatOrganization {
  /** Display name, shown in the header and the title. */
  name: string;
  /** Brand colour as CSS hex (`#0a5`, `#1f6feb`); anything else is ignored and the default colours are used. */
  colour?: string;
  /** Language codes the organization offers, in display order (steer Web Chat's UI locale). */
  languages?: readonly string[];
  /** Origins (`https://gemeente.example`) allowed to show the page in a frame; none when empty or absent. */
  embedOrigins?: readonly string[];
}

/**
 * Finds the organization a chat link names. Resolves undefined when there is
 * none (the page answers 404); a rejection is an outage (500, logged).
 */
export type LookupOrganization = (slug: string) => Promise<ChatOrganization | undefined>;

/**
 * The municipality a chat link names, from the database. Other kinds of
 * organization have no chat page of their own: they are reached through
 * entry codes on top of their municipality.
 */
export function municipalityLookup(db: DbClient): LookupOrganization {
  return async (slug) => {
    const profile = await findOrganizationProfile(db, slug);
    if (!profile || profile.kind !== 'municipality') return undefined;
    return { name: profile.name, colour: profile.colour, languages: profile.languages, embedOrigins: profile.embedOrigins };
  };
}

/** Options of {@link chatPagePlugin}. */
export interface ChatPagePluginOptions {
  lookupOrganization: LookupOrganization;
}

/**
 * The page's Content-Security-Policy: no inline or foreign scripts (the page
 * passes its configuration through data-* attributes); inline styles are
 * allowed because Web Chat injects its own; WebSockets for the Direct Line
 * stream; `blob:` images because Web Chat turns its built-in typing indicator
 * and connection spinner GIFs into blob URLs (its docs/CONTENT_SECURITY_POLICY.md).
 */
export const CHAT_PAGE_CSP = [
  "default-src 'self'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** An origin as `frame-ancestors` may name it: https, a host, an optional port (settings validate the same). */
const EMBED_ORIGIN = /^https:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * {@link CHAT_PAGE_CSP} for an organization: `frame-ancestors` lists the
 * sites allowed to embed its chat page, `'none'` when there are none.
 */
export function chatPageCsp(embedOrigins: readonly string[] = []): string {
  const origins = embedOrigins.filter((o) => EMBED_ORIGIN.test(o));
  if (origins.length === 0) return CHAT_PAGE_CSP;
  return CHAT_PAGE_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${origins.join(' ')}`);
}

/** Year-long caching for URLs that carry the asset's content hash. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Caching for an asset URL without (or with an outdated) hash. */
const REVALIDATE = 'public, max-age=300';
const COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const gzipAsync = promisify(gzip);

/** A static file held in memory, served with its content hash as the cache key. */
interface Asset {
  body: Buffer;
  contentType: string;
  /** First 16 hex digits of the SHA-256 of the body: the `?v=` of the page's URLs and the ETag. */
  hash: string;
  /** The gzipped body, made on first request. */
  gzipped?: Promise<Buffer>;
}

/** The botframework-webchat package folder (its `exports` hide `dist/`, so walk up from its entry point). */
function webChatPackageRoot(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('botframework-webchat'));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'botframework-webchat') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('botframework-webchat is not installed (npm install)');
    dir = parent;
  }
}

async function loadAsset(path: string, contentType: string): Promise<Asset> {
  const body = await readFile(path);
  return { body, contentType, hash: createHash('sha256').update(body).digest('hex').slice(0, 16) };
}

/** The three files the page loads: Web Chat's UMD bundle (from node_modules, no CDN) and ours. */
async function loadAssets(): Promise<Record<string, Asset>> {
  const publicDir = fileURLToPath(new URL('./public/', import.meta.url));
  const [webchat, chat, css] = await Promise.all([
    loadAsset(join(webChatPackageRoot(), 'dist', 'webchat.js'), 'text/javascript; charset=utf-8'),
    loadAsset(join(publicDir, 'chat.js'), 'text/javascript; charset=utf-8'),
    loadAsset(join(publicDir, 'chat.css'), 'text/css; charset=utf-8'),
  ]);
  return { 'webchat.js': webchat, 'chat.js': chat, 'chat.css': css };
}


/** Shared document shell: every value that reaches it is escaped by the caller or here. */
function documentHtml(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

function assetUrl(assets: Record<string, Asset>, name: string): string {
  return `/chat-assets/${name}?v=${assets[name].hash}`;
}

/** The chat page: a header with the organization's name, the element Web Chat renders into, and the scripts. */
function renderChatPage(assets: Record<string, Asset>, org: string, entry: string | undefined, organization: ChatOrganization): string {
  const colour = organization.colour && COLOUR.test(organization.colour) ? organization.colour : '';
  const languages = (organization.languages ?? []).filter((l) => LANGUAGE.test(l)).join(',');
  const data = [
    ['data-org', org],
    ['data-entry', entry ?? ''],
    ['data-colour', colour],
    ['data-languages', languages],
  ]
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
  const head = [
    `<link rel="stylesheet" href="${assetUrl(assets, 'chat.css')}">`,
    `<script src="${assetUrl(assets, 'webchat.js')}" defer></script>`,
    `<script src="${assetUrl(assets, 'chat.js')}" defer></script>`,
  ].join('\n');
  const body = `<div id="chat-app" class="chat-app" ${data}>
<header class="chat-header"><h1 class="chat-title">${escapeHtml(organization.name)}</h1></header>
<main id="webchat" class="chat-webchat" aria-label="Chat"></main>
<p id="chat-status" class="chat-status" role="status" hidden></p>
<noscript><p class="chat-status">This chat needs JavaScript. Please turn it on and reload the page.</p></noscript>
</div>`;
  return documentHtml(organization.name, head, body);
}

/** A friendly error page: a short message, no details. */
function renderErrorPage(assets: Record<string, Asset>, heading: string, message: string): string {
  const body = `<main class="chat-error"><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p></main>`;
  return documentHtml(heading, `<link rel="stylesheet" href="${assetUrl(assets, 'chat.css')}">`, body);
}

const ERROR_PAGES = {
  400: ['This chat link is not valid', 'Please check the link or scan the QR code again.'],
  404: ['Chat not found', 'There is no chat at this address. Please check the link or scan the QR code again.'],
  500: ['The chat is not available right now', 'Please try again in a few minutes.'],
} as const;

/**
 * Security headers of every page: the CSP with the organization's embedding
 * sites; without any, also `X-Frame-Options: DENY` for browsers that ignore
 * `frame-ancestors`.
 */
function pageHeaders(reply: FastifyReply, embedOrigins: readonly string[] = []): FastifyReply {
  const csp = chatPageCsp(embedOrigins);
  if (csp === CHAT_PAGE_CSP) void reply.header('x-frame-options', 'DENY');
  return reply
    .header('content-security-policy', csp)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8');
}

const pageParams = { type: 'object', required: ['org'], properties: { org: { type: 'string', pattern: SLUG_PATTERN } } } as const;
const pageQuery = { type: 'object', properties: { entry: { type: 'string', pattern: SLUG_PATTERN } } } as const;
const assetParams = { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 64 } } } as const;
const assetQuery = { type: 'object', properties: { v: { type: 'string', maxLength: 64 } } } as const;

/**
 * The web chat page, `GET /chat/:org?entry=CODE`, and its assets under
 * `/chat-assets/` (Web Chat's bundle from node_modules, chat.js, chat.css).
 * The page is a server-rendered string with every value escaped and a strict
 * CSP; `chat.js` reads its configuration from data-* attributes, asks
 * `/v3/directline/tokens/generate` for a token and renders Web Chat
 * against this server's Direct Line API (register `directLinePlugin`
 * alongside). The page is served as `lang="en"`; chat.js sets `<html lang>`
 * and Web Chat's locale to the browser's language, then to the language the
 * bot answers in. Encapsulated: its error handler answers with HTML pages.
 */
export const chatPagePlugin: FastifyPluginAsync<ChatPagePluginOptions> = async (app, options) => {
  const assets = await loadAssets();
  const log = app.log.child({ module: 'webchat-page' });

  const errorPage = (reply: FastifyReply, status: keyof typeof ERROR_PAGES): FastifyReply => {
    const [heading, message] = ERROR_PAGES[status];
    return pageHeaders(reply).status(status).send(renderErrorPage(assets, heading, message));
  };

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation) return errorPage(reply, 400);
    if (error.statusCode && error.statusCode < 500) return errorPage(reply, 400);
    request.log.error({ module: 'webchat-page', err: error }, 'chat page failed');
    return errorPage(reply, 500);
  });

  app.get<{ Params: { org: string }; Querystring: { entry?: string } }>(
    '/chat/:org',
    { schema: { params: pageParams, querystring: pageQuery } },
    async (request, reply) => {
      const { org } = request.params;
      const organization = await options.lookupOrganization(org);
      if (!organization) {
        log.debug({ org }, 'chat page for an unknown organization');
        return errorPage(reply, 404);
      }
      return pageHeaders(reply, organization.embedOrigins).send(renderChatPage(assets, org, request.query.entry, organization));
    },
  );

  app.get<{ Params: { name: string }; Querystring: { v?: string } }>(
    '/chat-assets/:name',
    { schema: { params: assetParams, querystring: assetQuery } },
    async (request, reply) => {
      if (!Object.hasOwn(assets, request.params.name)) return errorPage(reply, 404);
      const asset = assets[request.params.name];
      const gzipped = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const etag = gzipped ? `"${asset.hash}-gz"` : `"${asset.hash}"`;
      void reply
        .type(asset.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('etag', etag)
        .header('vary', 'accept-encoding')
        .header('cache-control', request.query.v === asset.hash ? IMMUTABLE : REVALIDATE);
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      if (gzipped) {
        asset.gzipped ??= gzipAsync(asset.body, { level: 9 }).catch((err: unknown) => {
          asset.gzipped = undefined;
          throw err;
        });
        return reply.header('content-encoding', 'gzip').send(await asset.gzipped);
      }
      return reply.send(asset.body);
    },
  );
};
