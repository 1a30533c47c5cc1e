import { z } from 'zod';
import { AppError } from './errors.ts';

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
  DEFAULT_ORGANIZATION: z.string().default('voorbeeld'),
  /** 32-byte key (hex or base64) that encrypts channel user ids at rest and keys their lookup hash. */
  CONTACT_ENCRYPTION_KEY: z.string().optional(),
  DEEPL_AUTH_KEY: z.string().optional(),
  DEEPL_SERVER_URL: z.string().url().optional(),
  TELEGRAM_BOT_TOKEN: z.string().optional(),
});

export type Config = z.infer<typeof schema>;

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
