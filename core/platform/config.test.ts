import { describe, expect, it } from 'vitest';
import { DIRECTLINE_DEV_SECRET, parseConfig, productionProblems } from './config.ts';

describe('configuration', () => {
  it('refuses production with development secrets or without the contact key', () => {
    expect(productionProblems(parseConfig({ NODE_ENV: 'production' }))).toEqual([
      'CONTACT_ENCRYPTION_KEY is not set',
      'SESSION_SECRET is the development default',
      'DIRECTLINE_SECRET is the development default',
    ]);
    const safe = parseConfig({
      NODE_ENV: 'production', CONTACT_ENCRYPTION_KEY: 'a'.repeat(64), SESSION_SECRET: 's'.repeat(40), DIRECTLINE_SECRET: 'd'.repeat(40),
    });
    expect(productionProblems(safe)).toEqual([]);
  });

  it('lets development run on the defaults', () => {
    const dev = parseConfig({});
    expect(dev.DIRECTLINE_SECRET).toBe(DIRECTLINE_DEV_SECRET);
    expect(productionProblems(dev)).toEqual([]);
  });

  it('names every bad variable', () => {
    expect(() => parseConfig({ PORT: 'eighty', TELEGRAM_WEBHOOK_SECRET: 'has spaces' })).toThrow(/PORT.*TELEGRAM_WEBHOOK_SECRET|TELEGRAM_WEBHOOK_SECRET.*PORT/);
  });
});
