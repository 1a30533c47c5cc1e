import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GLOSSARY, TranslationService, createTranslator, organizationGlossary, setOrganizationGlossary,
} from '../../core/translation/index.ts';
import { useTranslationWorld } from '../support/translation-world.ts';
import { useContentDb } from '../support/test-db.ts';

/** TranslationService on the real database (organization glossaries) and Redis, DeepL faked. */

const KEY = 'service-test-key:fx';
const silent = pino({ level: 'silent' });
const db = useContentDb();
const world = useTranslationWorld(KEY);
const { redis } = world;

async function createOrganization(slug: string, glossary: string[] = []): Promise<string> {
  const org = await db.organization.create({ data: { kind: 'municipality', slug, name: `Gemeente ${slug}`, enabledLanguages: ['nl', 'en', 'pl'], glossary } });
  return org.id;
}

function service(config: { DEEPL_AUTH_KEY?: string; DEEPL_SERVER_URL?: string } = { DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: world.fake.url }): TranslationService {
  return new TranslationService({ db, translator: createTranslator(config, { redis, cache: { prefix: world.prefix }, log: silent }) });
}

describe('organization glossary', () => {
  it('is the default list while the organization has none of its own', async () => {
    const id = await createOrganization('testdorp');
    expect(await organizationGlossary(db, id)).toEqual([...DEFAULT_GLOSSARY]);
    expect(await organizationGlossary(db, 'no-such-organization')).toEqual([...DEFAULT_GLOSSARY]);
  });

  it('is the organization\'s own list once set, normalized; empty again means the default', async () => {
    const id = await createOrganization('testdorp');
    expect(await setOrganizationGlossary(db, id, [' huisarts ', 'Huisarts', 'WOZ-waarde'])).toEqual(['huisarts', 'WOZ-waarde']);
    expect(await organizationGlossary(db, id)).toEqual(['huisarts', 'WOZ-waarde']);
    await setOrganizationGlossary(db, id, []);
    expect(await organizationGlossary(db, id)).toEqual([...DEFAULT_GLOSSARY]);
  });

  it('rejects an unknown organization and an oversized list', async () => {
    await expect(setOrganizationGlossary(db, 'no-such-organization', ['BSN'])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const id = await createOrganization('testdorp');
    await expect(setOrganizationGlossary(db, id, ['x'.repeat(200)])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('TranslationService', () => {
  it('applies the organization\'s glossary', async () => {
    const withDefault = await createOrganization('testdorp');
    const withOwn = await createOrganization('anderdorp', ['huisarts']);
    const text = 'Ik heb een afspraak met de huisarts van de gemeente';
    const translations = service();
    expect(await translations.translate({ organizationId: withDefault, text, from: 'nl', to: 'en' })).toEqual({
      text: '[nl→en-gb] I have a appointment with the huisarts from the gemeente', status: 'translated',
    });
    expect(await translations.translate({ organizationId: withOwn, text, from: 'nl', to: 'en' })).toEqual({
      text: '[nl→en-gb] I have a appointment with the huisarts from the municipality', status: 'translated',
    });
  });

  it('serves the cache until the glossary changes', async () => {
    const id = await createOrganization('testdorp');
    const translations = service();
    const request = { organizationId: id, text: 'Ik heb een BSN nodig van de gemeente', from: 'nl' as const, to: 'en' as const };
    await translations.translate(request);
    expect(await translations.translate(request)).toMatchObject({ status: 'cached' });
    expect(world.fake.translateCount).toBe(1);
    await setOrganizationGlossary(db, id, ['BSN']);
    expect(await translations.translate(request)).toEqual({ text: '[nl→en-gb] I have a BSN needed from the municipality', status: 'translated' });
    expect(world.fake.translateCount).toBe(2);
  });

  it('translates a list in order; a repeated text goes to DeepL once', async () => {
    const id = await createOrganization('testdorp');
    const results = await service().translateAll(id, ['Hallo', 'Mijn gemeente', 'Hallo'], { from: 'nl', to: 'en' });
    expect(results.map((r) => r.text)).toEqual(['[nl→en-gb] Hello', '[nl→en-gb] My gemeente', '[nl→en-gb] Hello']);
    expect(world.fake.translateCount).toBe(2);
  });

  it('without DEEPL_AUTH_KEY: the original, "translation is off", and no request', async () => {
    const id = await createOrganization('testdorp');
    const off = service({ DEEPL_SERVER_URL: world.fake.url });
    expect(await off.translate({ organizationId: id, text: 'Ik heb een vraag', from: 'nl', to: 'pl' })).toEqual({
      text: 'Ik heb een vraag', status: 'unavailable', reason: 'not_configured', warning: 'translation is off: DEEPL_AUTH_KEY is not set',
    });
    expect(off.status()).toEqual({ enabled: false, warning: 'translation is off: DEEPL_AUTH_KEY is not set' });
    expect(world.fake.requests).toHaveLength(0);
  });

  it('reports DeepL\'s state through status()', async () => {
    const id = await createOrganization('testdorp');
    const translations = service();
    expect(translations.status()).toEqual({ enabled: true, circuit: 'closed' });
    world.fake.mode = { kind: 'quota_exceeded' };
    expect(await translations.translate({ organizationId: id, text: 'Hallo', from: 'nl', to: 'en' })).toMatchObject({ status: 'unavailable', reason: 'quota_exceeded' });
    expect(translations.status()).toMatchObject({ enabled: true, circuit: 'open', reason: 'quota_exceeded', retryAt: expect.any(Date) });
  });
});
