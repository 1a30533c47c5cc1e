import { describe, expect, it } from 'vitest';
import {
  budgetState, currentHash, getTile, loadTranslationTile, restoreRevision, saveDraft, translationState, writeHumanText,
  type TranslationTile,
} from '../../core/content/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { LINKS, SOURCE, TILE_KEY, useTranslationRunWorld } from '../support/translation-run-world.ts';

/**
 * Machine translation of tiles against the DeepL fake (which refuses raw
 * markdown, and digits, URLs or glossary terms outside <x>): what a publish
 * costs, what stays current, and that nothing is lost when DeepL is off,
 * over quota, failing or over the month's budget.
 */
const w = useTranslationRunWorld();

async function tile(): Promise<TranslationTile> {
  const id = (await w.db.tile.findFirstOrThrow({ where: { key: TILE_KEY } })).id;
  return (await loadTranslationTile(w.db, id))!;
}

async function states(): Promise<Record<string, string>> {
  const t = await tile();
  const out: Record<string, string> = {};
  for (const lang of ['en', 'nl', 'pl', 'tr']) {
    const row = t.rows.get(lang);
    out[lang] = translationState({
      isSource: lang === t.sourceLang, currentHash: currentHash(t), handoutHash: t.handouts.get(lang),
      row: row && { origin: row.origin, sourceHash: row.sourceHash, checked: row.checkedAt !== null },
    });
  }
  return out;
}

const sentTexts = () => w.fake.requests.flatMap((r) => r.params?.text ?? []);

describe('machine translation of tiles', () => {
  it('makes every missing language after a publish, with markdown, numbers, links and glossary terms intact', async () => {
    const report = await w.translations().translateTile((await tile()).id);
    expect(report).toMatchObject({ translated: 3, problems: {} });
    expect(w.fake.violations).toEqual([]);
    expect(await states()).toEqual({ en: 'source', nl: 'machine', pl: 'machine', tr: 'machine' });
    const tr = (await tile()).rows.get('tr')!;
    expect(tr.origin).toBe('machine');
    expect(tr.body).toContain('**');
    expect(tr.body.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    for (const kept of ['4', '5', '14 020', 'BSN', 'gemeente', '(https://example.org/register)']) expect(tr.body).toContain(kept);
    expect(tr.body).toContain('[en→tr]');
    expect(tr.examples).toHaveLength(2);
    expect(tr.linkLabels).toHaveLength(LINKS.length);
    const usage = await budgetState(w.db, (await tile()).organizationId, new Date());
    expect(usage.used).toBe(report.characters);
  });

  it('republishing an unchanged text costs 0 characters', async () => {
    await w.translations().translateTile((await tile()).id);
    w.fake.requests.length = 0;
    await w.publishSource(SOURCE.body);
    const again = await w.translations().translateTile((await tile()).id);
    expect(again).toMatchObject({ translated: 0, characters: 0 });
    expect(w.fake.requests).toHaveLength(0);
  });

  it('a one-sentence change sends only that sentence, once per language', async () => {
    await w.translations().translateTile((await tile()).id);
    w.fake.requests.length = 0;
    await w.publishSource(SOURCE.body.replace('Bring your passport.', 'Bring your valid passport.'));
    expect(await states()).toEqual({ en: 'source', nl: 'stale', pl: 'stale', tr: 'stale' });
    const report = await w.translations().translateTile((await tile()).id);
    expect(report.translated).toBe(3);
    expect(sentTexts()).toEqual(['Bring your valid passport.', 'Bring your valid passport.', 'Bring your valid passport.']);
    expect(report.characters).toBe(3 * 'Bring your valid passport.'.length);
    expect((await tile()).rows.get('pl')!.body).toContain('BRING YOUR VALID PASSPORT.');
    expect(await states()).toEqual({ en: 'source', nl: 'machine', pl: 'machine', tr: 'machine' });
  });

  it('"minor change, keep translations" keeps them current and sends nothing', async () => {
    await w.translations().translateTile((await tile()).id);
    w.fake.requests.length = 0;
    await w.publishSource(SOURCE.body.replace('passport.', 'passport!'), { keepTranslations: true });
    expect(await states()).toEqual({ en: 'source', nl: 'machine', pl: 'machine', tr: 'machine' });
    expect((await w.translations().translateTile((await tile()).id)).characters).toBe(0);
  });

  it('saving a draft or restoring a revision with the same text marks nothing stale', async () => {
    await w.translations().translateTile((await tile()).id);
    const detail = await getTile(w.db, w.layer, TILE_KEY, new Date());
    await saveDraft(w.ctx(), w.layer, TILE_KEY, { baseEditVersion: detail.editVersion, theme: 'registration', links: LINKS, content: { en: { ...SOURCE, body: 'Something else entirely.' } } });
    expect(await states()).toEqual({ en: 'source', nl: 'machine', pl: 'machine', tr: 'machine' });
    const after = await getTile(w.db, w.layer, TILE_KEY, new Date());
    await restoreRevision(w.ctx(), w.layer, TILE_KEY, after.revision, after.editVersion);
    await w.publishSource(SOURCE.body);
    expect(await states()).toEqual({ en: 'source', nl: 'machine', pl: 'machine', tr: 'machine' });
  });

  it('a stale human translation is remade by machine, the human text kept as a suggestion', async () => {
    const t = await tile();
    const human = { title: 'Zarejestruj się', body: 'Tekst tłumacza.', examples: ['Jak dostać BSN?'], linkLabels: ['Gmina'] };
    await writeHumanText(w.db, t, 'pl', human, currentHash(t));
    await w.publishSource(SOURCE.body.replace('within 5 days', 'within five days'));
    await w.translations().translateTile((await tile()).id);
    const pl = (await tile()).rows.get('pl')!;
    expect(pl.origin).toBe('machine');
    expect(pl.suggestion).toEqual(human);
    expect((await states()).pl).toBe('machine');
  });

  it('DeepL off: the tile stays published in the languages it has and the problem is recorded', async () => {
    const report = await w.translations({ off: true }).translateTile((await tile()).id);
    expect(report).toMatchObject({ translated: 0, problems: { deepl_off: 3 } });
    const t = await tile();
    expect(t.status).toBe('published');
    expect([...t.rows.keys()]).toEqual(['en']);
    expect(Object.fromEntries(Object.entries(t.problems).map(([l, p]) => [l, p.reason]))).toEqual({ nl: 'deepl_off', pl: 'deepl_off', tr: 'deepl_off' });
  });

  it('456 (quota), 429 and 5xx: the language is left for later, its characters given back, nothing else changes', async () => {
    w.fake.modeByTarget = { tr: { kind: 'quota_exceeded' }, pl: { kind: 'rate_limited' }, nl: { kind: 'server_error', status: 503 } };
    const report = await w.translations().translateTile((await tile()).id);
    expect(report).toMatchObject({ translated: 0, problems: { quota_exceeded: 1, failed: 2 } });
    expect((await budgetState(w.db, (await tile()).organizationId, new Date())).used).toBe(0);
    w.fake.modeByTarget = {};
    const retried = await w.translations().translateTile((await tile()).id);
    expect(retried.translated).toBe(3);
    expect((await tile()).problems).toEqual({});
  });

  it('a bulk run past the month\'s budget is refused before anything is sent; publishes translate as far as it goes', async () => {
    const orgId = (await tile()).organizationId;
    const estimate = await w.translations().estimate(orgId);
    expect(estimate).toMatchObject({ units: 3, fits: true });
    const budget = Math.floor(estimate.characters / 3) + 5;
    await w.db.organization.update({ where: { id: orgId }, data: { settings: { translation: { monthlyCharacterBudget: budget } } } });
    const refused = await w.translations().runBulk(orgId).catch((err: unknown) => err);
    expect(isAppError(refused, 'TRANSLATION_BUDGET_EXCEEDED')).toBe(true);
    expect(w.fake.requests).toHaveLength(0);
    const report = await w.translations().translateTile((await tile()).id);
    expect(report).toMatchObject({ translated: 1, problems: { over_budget: 2 } });
    const usage = await w.db.translationUsage.findMany({ where: { organizationId: orgId } });
    expect(usage).toEqual([expect.objectContaining({ month: new Date().toISOString().slice(0, 7), characters: report.characters })]);
  });

  it('a chat needing a missing language gets it translated at once, and the next time from the stored row', async () => {
    const id = (await tile()).id;
    const text = await w.translations().translateNow(id, 'tr');
    expect(text?.title).toContain('[en→tr]');
    expect((await states()).tr).toBe('machine');
    w.fake.requests.length = 0;
    expect(await w.translations().translateNow(id, 'tr')).toEqual(text);
    expect(w.fake.requests).toHaveLength(0);
  });
});
