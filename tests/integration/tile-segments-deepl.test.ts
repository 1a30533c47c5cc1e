import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import { createRedis } from '../../core/platform/redis.ts';
import {
  CachedTranslator,
  DeepLTranslator,
  NoTranslator,
  SEGMENTS_PER_REQUEST,
  createSegmentTranslator,
  joinSegments,
  lineSegment,
  restoreLine,
  segmentMarkdown,
} from '../../core/translation/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';

/**
 * Tile markdown through segmentMarkdown → DeepLTranslator.translateSegments →
 * joinSegments, over HTTP against the DeepL fake, which checks every segment
 * (no raw markdown, no digit, URL or glossary term outside <x>, well-formed
 * XML) and "translates" by upper-casing what DeepL would translate.
 */

const KEY = 'tile-segments-key:fx';
const GLOSSARY = ['BSN', 'DigiD'];
const silent = pino({ level: 'silent' });
let fake: DeepLFake;

beforeAll(async () => {
  fake = await DeepLFake.start({ authKey: KEY });
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.mode = { kind: 'ok' };
  fake.modeByTarget = {};
  fake.checkSegments = true;
  fake.protectedTerms = [...GLOSSARY];
  fake.violations.length = 0;
  fake.requests.length = 0;
});

function translator(): DeepLTranslator {
  return new DeepLTranslator({ authKey: KEY, serverUrl: fake.url, breaker: { cooldownMs: 60_000 }, log: silent });
}

const URL = 'https://example.org/help?x=1&y=2';
const BODY = [
  '**Opening hours.** We are open on 1 January 2027 from 17:00.',
  '',
  '- Bring your **BSN** and € 14,40.',
  `- Call 0800-0113 or see [our website](${URL}).`,
  '1. Ask at our BSN desk, 50% of days.',
].join('\n');

/** What the fake makes of BODY: each sentence prefixed, words outside <x> upper-cased, markup and protected spans kept. */
function expected(from: Language, to: Language): string {
  const target = to === 'en' ? 'en-gb' : to === 'pt' ? 'pt-pt' : to;
  const t = `[${from}→${target}] `;
  return [
    `${t}**OPENING HOURS.** ${t}WE ARE OPEN ON 1 JANUARY 2027 FROM 17:00.`,
    '',
    `- ${t}BRING YOUR **BSN** AND € 14,40.`,
    `- ${t}CALL 0800-0113 OR SEE [OUR WEBSITE](${URL}).`,
    `1. ${t}ASK AT OUR BSN DESK, 50% OF DAYS.`,
  ].join('\n');
}

describe('tile segments through DeepL', () => {
  it('every ordered pair of the 18 languages keeps structure, URLs, numbers and glossary terms', async () => {
    const deepl = translator();
    let pairs = 0;
    for (const from of SUPPORTED_LANGUAGES) {
      const { frame, segments } = segmentMarkdown(BODY, from, GLOSSARY);
      expect(segments).toHaveLength(5);
      const sent = segments.reduce((sum, s) => sum + s.length, 0);
      const targets = SUPPORTED_LANGUAGES.filter((to) => to !== from);
      const answers = await Promise.all(targets.map((to) => deepl.translateSegments(segments, from, to)));
      for (const [i, to] of targets.entries()) {
        const answer = answers[i];
        if (!answer.ok) throw new Error(`${from}→${to}: ${answer.reason}`);
        expect(answer.characters).toBe(sent);
        const markdown = joinSegments(frame, answer.texts);
        expect(markdown, `${from}→${to}`).toBe(expected(from, to));
        pairs += 1;
      }
    }
    expect(pairs).toBe(18 * 17);
    expect(fake.violations).toEqual([]);
    expect(fake.translateCount).toBe(18 * 17);
  });

  it('sends the segments with XML tag handling, <x> ignored, source and target languages', async () => {
    const { segments } = segmentMarkdown(BODY, 'en', GLOSSARY);
    await translator().translateSegments(segments, 'en', 'pt');
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].params).toMatchObject({
      text: segments, source_lang: 'en', target_lang: 'pt-PT', tag_handling: 'xml', ignore_tags: ['x'],
    });
  });

  it('splits more than 50 segments into several requests, answers in order', async () => {
    const segments = Array.from({ length: 120 }, (_, i) => `Sentence number <x>${i}</x>.`);
    const answer = await translator().translateSegments(segments, 'en', 'nl');
    expect(fake.requests.map((r) => r.params?.text.length)).toEqual([SEGMENTS_PER_REQUEST, SEGMENTS_PER_REQUEST, 20]);
    expect(answer.ok && answer.texts).toEqual(segments.map((_, i) => `[en→nl] SENTENCE NUMBER <x>${i}</x>.`));
    expect(answer.ok && answer.characters).toBe(segments.join('').length);
  });

  it('sends nothing for the same language or no segments', async () => {
    expect(await translator().translateSegments(['<b>Hi</b>'], 'nl', 'nl')).toEqual({ ok: true, texts: ['<b>Hi</b>'], characters: 0 });
    expect(await translator().translateSegments([], 'en', 'nl')).toEqual({ ok: true, texts: [], characters: 0 });
    expect(fake.requests).toHaveLength(0);
    await expect(translator().translateSegments(['x'], 'en', 'xx' as Language)).rejects.toMatchObject({ code: 'UNKNOWN_LANGUAGE' });
  });

  it.each([
    [{ kind: 'rate_limited', retryAfterSeconds: 5 } as const, 'rate_limited'],
    [{ kind: 'quota_exceeded' } as const, 'quota_exceeded'],
    [{ kind: 'server_error', status: 500 } as const, 'service_error'],
    [{ kind: 'server_error', status: 503 } as const, 'service_error'],
    [{ kind: 'bad_request' } as const, 'rejected'],
  ])('on %j: { ok: false, reason: %s }, nothing thrown', async (mode, reason) => {
    fake.mode = mode;
    const { segments } = segmentMarkdown(BODY, 'en', GLOSSARY);
    expect(await translator().translateSegments(segments, 'en', 'tr')).toEqual({ ok: false, reason });
  });

  it('fails only the language the fake fails, and a batch fails as a whole', async () => {
    fake.modeByTarget = { tr: { kind: 'quota_exceeded' } };
    const deepl = translator();
    const { segments } = segmentMarkdown(BODY, 'en', GLOSSARY);
    expect(await deepl.translateSegments(segments, 'en', 'tr')).toEqual({ ok: false, reason: 'quota_exceeded' });
    expect(await translator().translateSegments(segments, 'en', 'nl')).toMatchObject({ ok: true });

    expect(await deepl.translateSegments(Array.from({ length: 60 }, () => 'Hello there.'), 'en', 'tr')).toEqual({ ok: false, reason: 'quota_exceeded' });
  });

  it('the fake refuses raw markdown, unprotected digits, URLs and terms, and malformed XML', async () => {
    const bad = ['**Bold** text', 'Costs 12 euro', 'See https://x.nl now', 'Your BSN please', '<b>open', '- list item'];
    for (const text of bad) {
      expect(await translator().translateSegments([text], 'en', 'nl')).toEqual({ ok: false, reason: 'rejected' });
    }
    expect(fake.violations.map((v) => v.split(':')[1].trim())).toEqual([
      'raw markdown', 'digit outside <x>', 'URL outside <x>', 'term "BSN" outside <x>', 'malformed XML (Tag handling parsing failed', 'raw markdown',
    ]);
  });

  it('one-line texts (title, example, link label) go through as one segment each', async () => {
    const lines = ['Register your BSN before 1 March', 'What does [DigiD](https://digid.nl) cost?', 'Opening hours'];
    const answer = await translator().translateSegments(lines.map((l) => lineSegment(l, GLOSSARY)), 'en', 'uk');
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.texts.map(restoreLine)).toEqual([
      '[en→uk] REGISTER YOUR BSN BEFORE 1 MARCH',
      '[en→uk] WHAT DOES [DigiD](https://digid.nl) COST?',
      '[en→uk] OPENING HOURS',
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('NoTranslator, createSegmentTranslator and CachedTranslator answer for segments too', async () => {
    expect(await new NoTranslator().translateSegments(['Hi'], 'en', 'nl')).toEqual({ ok: false, reason: 'not_configured' });
    expect(await createSegmentTranslator({ DEEPL_AUTH_KEY: undefined, DEEPL_SERVER_URL: undefined }).translateSegments(['Hi'], 'en', 'nl'))
      .toEqual({ ok: false, reason: 'not_configured' });
    const configured = createSegmentTranslator({ DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: fake.url }, { log: silent });
    expect(await configured.translateSegments(['Hi'], 'en', 'nl')).toEqual({ ok: true, texts: ['[en→nl] HI'], characters: 2 });

    const redis = createRedis();
    try {
      const cached = new CachedTranslator(translator(), { redis, prefix: `tile-segments-${process.pid}`, log: silent });
      expect(await cached.translateSegments(['Hi'], 'en', 'nl')).toEqual({ ok: true, texts: ['[en→nl] HI'], characters: 2 });
      const off = new CachedTranslator(new NoTranslator(), { redis, prefix: `tile-segments-${process.pid}`, log: silent });
      expect(await off.translateSegments(['Hi'], 'en', 'nl')).toEqual({ ok: false, reason: 'not_configured' });
    } finally {
      redis.disconnect();
    }
  });
});
