import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../core/languages/index.ts';
import { DEFAULT_GLOSSARY, DeepLTranslator, type CircuitBreakerOptions } from '../../core/translation/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';

/**
 * DeepLTranslator through deepl-node against the local DeepL fake: what is
 * sent, what comes back, and how failures turn into `unavailable` results
 * while the circuit breaker keeps requests off a failing DeepL.
 */

const KEY = 'secret-test-key-0123456789:fx';
let fake: DeepLFake;
let clock: { now: number };
let logLines: string[];

beforeEach(async () => {
  fake = await DeepLFake.start({ authKey: KEY });
  clock = { now: 1_700_000_000_000 };
  logLines = [];
});

afterEach(async () => {
  expect(fake.unexpected).toEqual([]);
  await fake.close();
});

function translator(breaker: CircuitBreakerOptions = {}, options: { authKey?: string; timeoutMs?: number } = {}): DeepLTranslator {
  const sink = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
  return new DeepLTranslator({
    authKey: options.authKey ?? KEY,
    serverUrl: fake.url,
    timeoutMs: options.timeoutMs,
    breaker: { cooldownMs: 60_000, quotaCooldownMs: 3_600_000, ...breaker, now: () => clock.now },
    log: pino({ level: 'debug' }, sink),
  });
}

describe('DeepLTranslator', () => {
  it('translates through DeepL with the European target variant and the key in the header', async () => {
    const result = await translator().translate({ text: 'Ik heb een afspraak met de huisarts', from: 'nl', to: 'en' });
    expect(result).toEqual({ text: '[nl→en-gb] I have a appointment with the GP', status: 'translated' });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(fake.requests[0].params).toMatchObject({ source_lang: 'nl', target_lang: 'en-GB', tag_handling: 'xml', ignore_tags: ['x'] });

    await translator().translate({ text: 'Hello', from: 'en', to: 'pt' });
    expect(fake.requests[1].params?.target_lang).toBe('pt-PT');
  });

  it('detects the source when none is given', async () => {
    const result = await translator().translate({ text: 'Dzień dobry, mam pytanie', to: 'en' });
    expect(result).toEqual({ text: '[pl→en-gb] Good day, I have a question', status: 'translated', detectedSource: 'pl' });
  });

  it('keeps glossary terms untranslated', async () => {
    const text = 'Ik heb een BSN nodig van de gemeente';
    const plain = await translator().translate({ text, from: 'nl', to: 'en' });
    expect(plain.text).toBe('[nl→en-gb] I have a BSN needed from the municipality');
    const kept = await translator().translate({ text, from: 'nl', to: 'en', glossary: DEFAULT_GLOSSARY });
    expect(kept).toEqual({ text: '[nl→en-gb] I have a BSN needed from the gemeente', status: 'translated' });
    expect(fake.requests[1].params?.text).toEqual(['Ik heb een <x>BSN</x> nodig van de <x>gemeente</x>']);
  });

  it('sends HTML and script as text, and gives the same characters back', async () => {
    const text = 'Hallo <script>alert("x")</script> & <b>de gemeente</b> &amp; <x>';
    const result = await translator().translate({ text, from: 'nl', to: 'en', glossary: ['gemeente'] });
    expect(result.status).toBe('translated');
    expect(result.text).toBe('[nl→en-gb] Hello <script>alert("x")</script> & <b>the gemeente</b> &amp; <x>');
    expect(fake.requests[0].params?.text[0]).toBe(
      'Hallo &lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;de <x>gemeente</x>&lt;/b&gt; &amp;amp; &lt;x&gt;',
    );
  });

  it('answers same_language without a request when from equals to, and with the original when DeepL detects the target', async () => {
    const t = translator();
    expect(await t.translate({ text: 'Ik heb een vraag', from: 'nl', to: 'nl' })).toEqual({ text: 'Ik heb een vraag', status: 'same_language' });
    expect(fake.requests).toHaveLength(0);
    expect(await t.translate({ text: 'Ik heb een vraag', to: 'nl' })).toEqual({ text: 'Ik heb een vraag', status: 'same_language', detectedSource: 'nl' });
    expect(fake.requests).toHaveLength(1);
  });

  it('throws UNKNOWN_LANGUAGE without a request', async () => {
    await expect(translator().translate({ text: 'Hallo', to: 'de' as Language })).rejects.toMatchObject({ code: 'UNKNOWN_LANGUAGE', status: 400 });
    await expect(translator().translate({ text: 'Hallo', from: 'fr' as Language, to: 'en' })).rejects.toMatchObject({ code: 'UNKNOWN_LANGUAGE' });
    expect(fake.requests).toHaveLength(0);
  });

  it('on 429: the original with a warning, no request during the cool-down, recovery after it', async () => {
    const t = translator();
    fake.mode = { kind: 'rate_limited', retryAfterSeconds: 30 };
    const text = 'Ik heb een vraag over de huisarts';
    expect(await t.translate({ text, from: 'nl', to: 'pl' })).toEqual({
      text, status: 'unavailable', reason: 'rate_limited', warning: expect.stringContaining('too many requests'),
    });
    expect(fake.translateCount).toBe(1);
    expect(t.status()).toMatchObject({ enabled: true, circuit: 'open', reason: 'rate_limited' });

    for (let i = 0; i < 5; i += 1) {
      expect(await t.translate({ text: `vraag ${i}`, from: 'nl', to: 'pl' })).toMatchObject({ status: 'unavailable', reason: 'rate_limited' });
    }
    expect(fake.translateCount).toBe(1);

    fake.mode = { kind: 'ok' };
    clock.now += 59_999;
    expect(await t.translate({ text, from: 'nl', to: 'en' })).toMatchObject({ status: 'unavailable' });
    expect(fake.translateCount).toBe(1);
    clock.now += 1;
    expect(await t.translate({ text, from: 'nl', to: 'en' })).toMatchObject({ status: 'translated' });
    expect(fake.translateCount).toBe(2);
    expect(t.status()).toEqual({ enabled: true, circuit: 'closed' });
  });

  it('on 456: "over quota", and the circuit stays open for the quota cool-down', async () => {
    const t = translator();
    fake.mode = { kind: 'quota_exceeded' };
    const text = 'Waar is de gemeente?';
    expect(await t.translate({ text, from: 'nl', to: 'ro' })).toEqual({
      text, status: 'unavailable', reason: 'quota_exceeded', warning: 'translation service over quota; showing the original text',
    });
    clock.now += 3_599_999;
    expect(await t.translate({ text, from: 'nl', to: 'ro' })).toMatchObject({ reason: 'quota_exceeded' });
    expect(fake.translateCount).toBe(1);
    expect(await t.usage()).toBeUndefined();
    expect(fake.requests).toHaveLength(1);
    clock.now += 1;
    expect(await t.translate({ text, from: 'nl', to: 'ro' })).toMatchObject({ reason: 'quota_exceeded' });
    expect(fake.translateCount).toBe(2);
  });

  it('on 5xx: opens after the failure threshold; a failed trial doubles the cool-down', async () => {
    const t = translator({ failureThreshold: 3 });
    fake.mode = { kind: 'server_error', status: 500 };
    for (let i = 0; i < 3; i += 1) {
      expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ status: 'unavailable', reason: 'service_error' });
    }
    expect(fake.translateCount).toBe(3);
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ reason: 'service_error' });
    expect(fake.translateCount).toBe(3);

    fake.mode = { kind: 'server_error', status: 503 };
    clock.now += 60_000;
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ reason: 'service_error' });
    expect(fake.translateCount).toBe(4);
    clock.now += 60_000;
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ reason: 'service_error' });
    expect(fake.translateCount).toBe(4);
    clock.now += 60_000;
    fake.mode = { kind: 'ok' };
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toEqual({ text: '[nl→en-gb] Hello', status: 'translated' });
  });

  it('on a timeout: unreachable, and the circuit opens', async () => {
    const t = translator({ failureThreshold: 1 }, { timeoutMs: 200 });
    fake.mode = { kind: 'hang' };
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toEqual({
      text: 'Hallo', status: 'unavailable', reason: 'unreachable', warning: expect.stringContaining('unreachable'),
    });
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ reason: 'unreachable' });
    expect(fake.translateCount).toBe(1);
  });

  it('when DeepL is not there at all: unreachable', async () => {
    const url = fake.url;
    await fake.close();
    const t = new DeepLTranslator({ authKey: KEY, serverUrl: url, breaker: { now: () => clock.now }, log: pino({ level: 'silent' }) });
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ text: 'Hallo', status: 'unavailable', reason: 'unreachable' });
    fake = await DeepLFake.start({ authKey: KEY });
  });

  it('on a refused key: auth_failed, and neither the result nor the log holds the key', async () => {
    const wrongKey = 'wrong-key-abcdef-987654:fx';
    const t = translator({}, { authKey: wrongKey });
    const result = await t.translate({ text: 'Hallo', from: 'nl', to: 'en' });
    expect(result).toMatchObject({ text: 'Hallo', status: 'unavailable', reason: 'auth_failed' });
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).toContain('AuthorizationError');
    expect(JSON.stringify(result) + logLines.join('\n')).not.toContain(wrongKey);
    expect(logLines.join('\n')).not.toContain('Hallo');
  });

  it('a text DeepL rejects (400) is unavailable but does not count against the service', async () => {
    const t = translator({ failureThreshold: 1 });
    fake.mode = { kind: 'bad_request' };
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ text: 'Hallo', status: 'unavailable', reason: 'rejected' });
    expect(t.status()).toEqual({ enabled: true, circuit: 'closed' });
    fake.mode = { kind: 'ok' };
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ status: 'translated' });
    expect(fake.translateCount).toBe(2);
  });

  it('reports usage from /v2/usage', async () => {
    const t = translator();
    await t.translate({ text: 'Hallo', from: 'nl', to: 'en' });
    expect(await t.usage()).toEqual({ characterCount: 5, characterLimit: 500_000 });
  });
});
