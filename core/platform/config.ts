import { z } from 'zod';
import { AppError } from './errors.ts';

/**
 * Default DIRECTLINE_SECRET: good enough to sign web chat tokens on a
 * developer's machine, never in production (the web chat warns at start).
 */
export const DIRECTLINE_DEV_SECRET = 'dev-only-directline-secret-not-for-production';

/**
 * All configuration, read from the environment once and validated here.
 * No other module reads `process.env`.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/migrantbot'),
  /** Database the test suite drops, migrates and truncates; its name must contain "test". */
  TEST_DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/migrantbot_test'),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Slug of the municipality used when a chat starts without an entry code. */
  DEFAULT_ORGANIZATION: z.string().default('demostad'),
  /** 32-byte key (hex or base64) that encrypts channel user ids at rest and keys their lookup hash. */
  CONTACT_ENCRYPTION_KEY: z.string().optional(),
  DEEPL_AUTH_KEY: z.string().optional(),
  DEEPL_SERVER_URL: z.string().url().optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  WHATSAPP_CLOUD_TOKEN: z.string().optional(),
  WHATSAPP_WEB_ENABLED: z.enum(['true', 'false']).default('false'),
  /** Signs the web chat's Direct Line tokens (HMAC-SHA256); at least 32 characters. Changing it ends every open web chat. */
  DIRECTLINE_SECRET: z.string().min(32).default(DIRECTLINE_DEV_SECRET),
  /** Web chat: messages one conversation (token) may post per minute. */
  DIRECTLINE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  /** Web chat: Direct Line tokens one client IP address may generate or refresh per minute. */
  DIRECTLINE_TOKEN_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
});

export type Config = z.infer<typeof schema>;

/**
 * Integrations that are off in this configuration, with the reason a person
 * can act on. The server logs these at start and shows them on /health.
 */
export function disabledIntegrations(c: Config): Record<string, string> {
  const off: Record<string, string> = {};
  if (!c.TELEGRAM_BOT_TOKEN) off.telegram = 'TELEGRAM_BOT_TOKEN is not set';
  if (!c.WHATSAPP_CLOUD_TOKEN && c.WHATSAPP_WEB_ENABLED !== 'true') off.whatsapp = 'WHATSAPP_CLOUD_TOKEN is not set and WHATSAPP_WEB_ENABLED is not true';
  if (!c.DEEPL_AUTH_KEY) off.translation = 'DEEPL_AUTH_KEY is not set: tiles are shown in the languages they have, English otherwise';
  return off;
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
