import { describe, expect, it } from 'vitest';
import { CONTACT_DEV_KEY, DIRECTLINE_DEV_SECRET, parseConfig, startupProblems } from './config.ts';

const REAL_SECRETS = {
  CONTACT_ENCRYPTION_KEY: 'a'.repeat(64), SESSION_SECRET: 's'.repeat(40), DIRECTLINE_SECRET: 'd'.repeat(40),
  CONTENT_GAP_SECRET: 'g'.repeat(40),
};

describe('configuration', () => {
  it('refuses production with development secrets, without the contact key and with insecure cookies', () => {
    expect(startupProblems(parseConfig({ NODE_ENV: 'production' }))).toEqual([
      'CONTACT_ENCRYPTION_KEY is not set',
      'SESSION_SECRET is the development default',
      'DIRECTLINE_SECRET is the development default',
      'CONTENT_GAP_SECRET is the development default',
      'COOKIE_SECURE is not true (staff cookies would travel without TLS)',
    ]);
    expect(startupProblems(parseConfig({ NODE_ENV: 'production', ...REAL_SECRETS, COOKIE_SECURE: 'true' }))).toEqual([]);
  });

  it('treats an unset NODE_ENV as production: a plain start refuses the development secrets', () => {
    const plain = parseConfig({});
    expect(plain.NODE_ENV).toBeUndefined();
    expect(plain.DIRECTLINE_SECRET).toBe(DIRECTLINE_DEV_SECRET);
    expect(startupProblems(plain)).toHaveLength(5);
    expect(startupProblems(parseConfig({ ...REAL_SECRETS, COOKIE_SECURE: 'true' }))).toEqual([]);
  });

  it('refuses COOKIE_SECURE=false in production even with real secrets', () => {
    expect(startupProblems(parseConfig({ NODE_ENV: 'production', ...REAL_SECRETS, COOKIE_SECURE: 'false' }))).toEqual([
      'COOKIE_SECURE is not true (staff cookies would travel without TLS)',
    ]);
  });

  it('counts the development contact key given explicitly as not set', () => {
    const problems = startupProblems(parseConfig({ NODE_ENV: 'production', ...REAL_SECRETS, COOKIE_SECURE: 'true', CONTACT_ENCRYPTION_KEY: CONTACT_DEV_KEY }));
    expect(problems).toEqual(['CONTACT_ENCRYPTION_KEY is not set']);
  });

  it.each(['development', 'test'])('lets NODE_ENV=%s run on the defaults', (env) => {
    expect(startupProblems(parseConfig({ NODE_ENV: env }))).toEqual([]);
  });

  it('names every bad variable', () => {
    expect(() => parseConfig({ PORT: 'eighty', TELEGRAM_WEBHOOK_SECRET: 'has spaces' })).toThrow(/PORT.*TELEGRAM_WEBHOOK_SECRET|TELEGRAM_WEBHOOK_SECRET.*PORT/);
    expect(() => parseConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });
});
