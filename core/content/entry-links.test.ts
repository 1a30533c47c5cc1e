import { describe, expect, it } from 'vitest';
import { isAppError } from '../platform/errors.ts';
import { entryCodeFromStartText, entryLinks } from './entry-links.ts';

const agrifarm = { code: 'agrifarm', municipality: { slug: 'demostad' } };

function failure(run: () => unknown): unknown {
  try {
    run();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

describe('entryLinks', () => {
  it('builds the web link only when no channel is configured', () => {
    expect(entryLinks(agrifarm, { webBaseUrl: 'http://localhost:3000' })).toEqual({
      web: 'http://localhost:3000/chat/demostad?entry=agrifarm',
    });
  });

  it('builds a link per configured channel', () => {
    expect(entryLinks(agrifarm, {
      webBaseUrl: 'https://chat.example.nl/',
      telegramBot: '@DemostadInfoBot',
      whatsappNumber: '+31 6 1234-5678',
    })).toEqual({
      web: 'https://chat.example.nl/chat/demostad?entry=agrifarm',
      telegram: 'https://t.me/DemostadInfoBot?start=agrifarm',
      whatsapp: 'https://wa.me/31612345678?text=START%20agrifarm',
    });
  });

  it('keeps a path in the base URL and treats empty channel options as not configured', () => {
    expect(entryLinks(agrifarm, { webBaseUrl: 'https://example.nl/migrant-bot//', telegramBot: '', whatsappNumber: '' })).toEqual({
      web: 'https://example.nl/migrant-bot/chat/demostad?entry=agrifarm',
    });
  });

  it('accepts a number written with 00 and normalises the code', () => {
    const links = entryLinks({ code: ' AgriFarm ', municipality: { slug: 'demostad' } }, { webBaseUrl: 'http://x.test', whatsappNumber: '0031612345678' });
    expect(links.whatsapp).toBe('https://wa.me/31612345678?text=START%20agrifarm');
    expect(links.web).toBe('http://x.test/chat/demostad?entry=agrifarm');
  });

  it.each([
    [{ webBaseUrl: 'chat.example.nl' }, 'webBaseUrl: "chat.example.nl" is not a URL'],
    [{ webBaseUrl: 'ftp://example.nl' }, 'webBaseUrl: must be an http(s) URL'],
    [{ webBaseUrl: 'https://example.nl/?a=1' }, 'webBaseUrl: must not have a query or fragment'],
    [{ webBaseUrl: 'https://example.nl', telegramBot: 'bot' }, 'telegramBot: "bot" is not a Telegram username'],
    [{ webBaseUrl: 'https://example.nl', telegramBot: 'https://t.me/x' }, 'telegramBot: "https://t.me/x" is not a Telegram username'],
    [{ webBaseUrl: 'https://example.nl', whatsappNumber: '06 1234 5678' }, 'whatsappNumber: "06 1234 5678" is not an international phone number'],
  ])('rejects bad options %#', (options, message) => {
    const err = failure(() => entryLinks(agrifarm, options));
    expect(isAppError(err, 'VALIDATION_FAILED')).toBe(true);
    expect((err as Error).message).toBe(message);
  });

  it('rejects a malformed code', () => {
    const err = failure(() => entryLinks({ code: 'agri farm', municipality: { slug: 'demostad' } }, { webBaseUrl: 'http://x.test' }));
    expect(isAppError(err, 'ENTRY_CODE_INVALID')).toBe(true);
  });
});

describe('entryCodeFromStartText', () => {
  it('reads the code from the first message of a WhatsApp or Telegram entry link', () => {
    expect(entryCodeFromStartText('START agrifarm')).toBe('agrifarm');
    expect(entryCodeFromStartText(' start AgriFarm ')).toBe('agrifarm');
    expect(entryCodeFromStartText('/start agrifarm')).toBe('agrifarm');
    expect(entryCodeFromStartText('/start@DemostadInfoBot agrifarm')).toBe('agrifarm');
  });

  it('ignores other messages and malformed codes', () => {
    expect(entryCodeFromStartText('/start')).toBeUndefined();
    expect(entryCodeFromStartText('start')).toBeUndefined();
    expect(entryCodeFromStartText('start working at 6')).toBeUndefined();
    expect(entryCodeFromStartText('when does my shift start agrifarm')).toBeUndefined();
    expect(entryCodeFromStartText('START agri_farm')).toBeUndefined();
  });
});
