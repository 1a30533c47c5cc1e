import { z } from 'zod';
import { AppError } from './errors.ts';

/**
 * Default DIRECTLINE_SECRET: good enough to sign web chat tokens on a
 * developer's machine, never in production (the web chat warns at start).
 */
export const DIRECTLINE_DEV_SECRET = 'dev-only-directline-secret-not-for-production';

/** Default SESSION_SECRET: signs staff cookies on a developer's machine, never in production. */
export const SESSION_DEV_SECRET = 'dev-only-session-secret-not-for-production';

/** The contact key used when CONTACT_ENCRYPTION_KEY is unset: development and tests only. */
export const CONTACT_DEV_KEY = 'development-only-contact-key-change-me';

/** Default CONTENT_GAP_SECRET: keys the content gaps' person hash on a developer's machine, never in production. */
export const CONTENT_GAP_DEV_SECRET = 'dev-only-content-gap-secret-not-for-production';

/**
 * All configuration, read from the environment once and validated here.
 * No other module reads `process.env`.
 */
const schema = z.object({
  /**
   * `development` (npm run demo) and `test` (vitest) may run on the public
   * development secrets; anything else, unset included, is production and
   * must not (see {@link startupProblems}).
   */
  NODE_ENV: z.enum(['development', 'test', 'production']).optional(),
  DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/migrantbot'),
  /** Database the test suite drops, migrates and truncates; its name must contain "test". */
  TEST_DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/migrantbot_test'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Public address of this server, for the links staff print (web chat QR codes); default http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** The WhatsApp number people write to (international format), for printed wa.me links. */
  WHATSAPP_PHONE_NUMBER: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Slug of the municipality used when a chat starts without an entry code. */
  DEFAULT_ORGANIZATION: z.string().default('demostad'),
  /** 32-byte key (hex or base64) that encrypts channel user ids at rest and keys their lookup hash. */
  CONTACT_ENCRYPTION_KEY: z.string().optional(),
  DEEPL_AUTH_KEY: z.string().optional(),
  DEEPL_SERVER_URL: z.string().url().optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  /** Public https URL Telegram posts updates to; without it the bot uses long polling (development). */
  TELEGRAM_WEBHOOK_URL: z.string().url().optional(),
  /** Telegram's `secret_token`: every webhook request must carry it in X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z a-z 0-9 _ -). */
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/).optional(),
  /** Bot API root: a self-hosted Bot API server or a test server. */
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  /** WhatsApp Cloud API: access token, phone number id, app secret (X-Hub-Signature-256) and webhook verify token. */
  WHATSAPP_CLOUD_TOKEN: z.string().optional(),
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: z.string().optional(),
  WHATSAPP_CLOUD_APP_SECRET: z.string().optional(),
  WHATSAPP_CLOUD_VERIFY_TOKEN: z.string().optional(),
  /** Graph API base URL (tests point it at a local fake). */
  WHATSAPP_GRAPH_API_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  /** Approved template sent outside the 24-hour customer-service window (name and language). */
  WHATSAPP_CLOUD_TEMPLATE: z.string().optional(),
  WHATSAPP_WEB_ENABLED: z.enum(['true', 'false']).default('false'),
  /** whatsapp-web.js LocalAuth session directory. */
  WHATSAPP_WEB_DATA_DIR: z.string().default('.data/whatsapp-web'),
  /** The browser whatsapp-web.js drives (puppeteer never downloads one). */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** Azure Bot Service registration for /api/messages (all three, or none). */
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().optional(),
  /** Signs staff session cookies; at least 32 characters. */
  SESSION_SECRET: z.string().min(32).default(SESSION_DEV_SECRET),
  /** Set when the admin is served over TLS (behind a proxy): cookies get `Secure`. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  /** `npm run setup`: password of every demo staff account; without it each setup run generates new ones (printed once at the end). */
  DEMO_STAFF_PASSWORD: z.string().min(12).max(1024).optional(),
  /** Minutes a claimed conversation may go without a worker reply before it returns to the queue. */
  CLAIM_TIMEOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Reports: the smallest count shown (k); smaller ones show as "<k" and every count is rounded down to a multiple of it (core/reports/disclosure.ts). */
  REPORT_MIN_COUNT: z.coerce.number().int().min(2).max(100).default(5),
  /** Signs the web chat's Direct Line tokens (HMAC-SHA256); at least 32 characters. Changing it ends every open web chat. */
  DIRECTLINE_SECRET: z.string().min(32).default(DIRECTLINE_DEV_SECRET),
  /** Web chat: messages one conversation (token) may post per minute. */
  DIRECTLINE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  /** Web chat: Direct Line tokens one client IP address may generate or refresh per minute. */
  DIRECTLINE_TOKEN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  /** Web chat: open WebSocket streams of one conversation (all its tokens), per server process. */
  DIRECTLINE_STREAMS_PER_CONVERSATION: z.coerce.number().int().min(1).default(5),
  /** Web chat: open WebSocket streams from one client IP address, per server process. */
  DIRECTLINE_STREAMS_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  /** POST /api/ask: requests one client IP address may make per minute. */
  ASK_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  /**
   * Keys the hash that stands for a person in the content gaps (core/reports/gaps: counts different people without
   * storing who); at least 32 characters. Changing it only splits the counts of the questions kept (90 days) across the change.
   */
  CONTENT_GAP_SECRET: z.string().min(32).default(CONTENT_GAP_DEV_SECRET),
});

export type Config = z.infer<typeof schema>;

/**
 * Integrations that are off in this configuration, with the reason a person
 * can act on. The server logs these at start and shows them on /health.
 */
export function disabledIntegrations(c: Config): Record<string, string> {
  const off: Record<string, string> = {};
  if (!c.TELEGRAM_BOT_TOKEN) off.telegram = 'TELEGRAM_BOT_TOKEN is not set';
  const cloud = whatsappCloudMissing(c);
  if (cloud.length > 0 && c.WHATSAPP_WEB_ENABLED !== 'true') off.whatsapp = `${cloud.join(', ')} not set and WHATSAPP_WEB_ENABLED is not true`;
  if (!(c.MicrosoftAppId && c.MicrosoftAppPassword)) off.azureBotService = 'MicrosoftAppId and MicrosoftAppPassword are not set: /api/messages is off (the built-in web chat does not need it)';
  if (!c.DEEPL_AUTH_KEY) off.translation = 'DEEPL_AUTH_KEY is not set: tiles are shown in the languages they have (else the source text with a note), no new machine translations, the inbox shows originals';
  return off;
}

/** True where the public development secrets may be used: NODE_ENV `development` or `test`. */
export function isDevelopment(c: Config): boolean {
  return c.NODE_ENV === 'development' || c.NODE_ENV === 'test';
}

/**
 * Why the server must not start with this configuration (empty: it may).
 * Outside development and tests (NODE_ENV unset counts as production) the
 * development defaults would let anyone who reads this repository decrypt
 * stored phone numbers, forge web chat tokens or staff sessions; in
 * production, staff cookies must also be `Secure` (COOKIE_SECURE=true: the
 * admin is served over TLS). The server logs these and exits.
 */
export function startupProblems(c: Config): string[] {
  if (isDevelopment(c)) return [];
  const problems: string[] = [];
  if (!c.CONTACT_ENCRYPTION_KEY || c.CONTACT_ENCRYPTION_KEY === CONTACT_DEV_KEY) problems.push('CONTACT_ENCRYPTION_KEY is not set');
  if (c.SESSION_SECRET === SESSION_DEV_SECRET) problems.push('SESSION_SECRET is the development default');
  if (c.DIRECTLINE_SECRET === DIRECTLINE_DEV_SECRET) problems.push('DIRECTLINE_SECRET is the development default');
  if (c.CONTENT_GAP_SECRET === CONTENT_GAP_DEV_SECRET) problems.push('CONTENT_GAP_SECRET is the development default');
  if (c.COOKIE_SECURE !== 'true') problems.push('COOKIE_SECURE is not true (staff cookies would travel without TLS)');
  return problems;
}

/** The WhatsApp Cloud API settings that are missing (empty when the Cloud API is configured). */
export function whatsappCloudMissing(c: Config): string[] {
  const required = ['WHATSAPP_CLOUD_TOKEN', 'WHATSAPP_CLOUD_PHONE_NUMBER_ID', 'WHATSAPP_CLOUD_APP_SECRET', 'WHATSAPP_CLOUD_VERIFY_TOKEN'] as const;
  return required.filter((key) => !c[key]);
}

/** Parses an environment; throws CONFIG_INVALID naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const details = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('CONFIG_INVALID', { details });
  }
  return result.data;
}

let cached: Config | undefined;

/** The process configuration, parsed from `process.env` on first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
