import { describe, expect, it } from 'vitest';
import type { VisibleTile } from '../content/types.ts';
import { SUPPORTED_LANGUAGES } from '../languages/index.ts';
import type { EngineAnswer } from './answer-engine.ts';
import { hasTranslation, renderReply, renderTile, tileLinks, type AnswerTextCatalog, type AnswerTexts } from './reply.ts';

/** Answer texts marked with their language, so a test sees which language a line is in. */
const catalog = Object.fromEntries(SUPPORTED_LANGUAGES.map((lang) => [lang, {
  clarify: `clarify-${lang}`, unanswered: `unanswered-${lang}`, handoff: `handoff-${lang}`, links: `links-${lang}`, notTranslated: `missing-${lang}`,
} satisfies AnswerTexts])) as AnswerTextCatalog;

const tile: VisibleTile = {
  id: 't1', key: 'bsn', ownerSlug: 'testdorp', theme: 'registration', sensitive: false, sourceLang: 'nl',
  content: {
    nl: { title: 'Inschrijven', body: 'Ga naar het gemeentehuis.', examples: [] },
    pl: { title: 'Zameldowanie', body: 'Idź do urzędu gminy.', examples: [], linkLabels: ['Strona gminy', '  '] },
    en: { title: 'Registering', body: 'Go to the town hall.', examples: [] },
  },
  links: [{ label: 'Website gemeente', url: 'https://example.org/a' }, { label: 'Afspraak maken', url: 'https://example.org/b' }],
};

const answer = (over: Partial<EngineAnswer>): EngineAnswer => ({ outcome: 'answered', lang: 'pl', tile, alternatives: [], confidence: 1, reason: 'test', ms: 0, ...over } as EngineAnswer);

describe('reply rendering', () => {
  it('labels links in the language shown, each falling back to the source label when missing or blank', () => {
    expect(tileLinks(tile, 'pl')).toEqual([
      { label: 'Strona gminy', url: 'https://example.org/a' },
      { label: 'Afspraak maken', url: 'https://example.org/b' },
    ]);
    // English has no labels: the source ones.
    expect(tileLinks(tile, 'en')).toEqual(tile.links);
    const shown = renderTile(tile, 'pl', catalog);
    expect(shown).toMatchObject({ untranslated: false, links: tileLinks(tile, 'pl') });
    expect(shown.text).toContain('- [Strona gminy](https://example.org/a)');
    expect(shown.text).toContain('- [Afspraak maken](https://example.org/b)');
    expect(shown.text).not.toContain('missing-');
    expect(renderReply(answer({}), catalog)).toBe(shown.text);
  });

  it('shows the source text with one line in the person\'s language when the tile has no text in it', () => {
    const shown = renderTile(tile, 'uk', catalog);
    expect(shown.untranslated).toBe(true);
    expect(shown.text.split('\n\n')).toEqual([
      '_missing-uk_',
      '**Inschrijven**',
      'Ga naar het gemeentehuis.',
      'links-uk',
      '- [Website gemeente](https://example.org/a)',
      '- [Afspraak maken](https://example.org/b)',
    ]);
    expect(shown.text.match(/missing-/g)).toHaveLength(1);
    expect(renderReply(answer({ lang: 'uk' }), catalog)).toBe(shown.text);
    expect(hasTranslation(tile, 'uk')).toBe(false);
    expect(hasTranslation(tile, 'nl')).toBe(true);
  });

  it('a clarify with an option not in the person\'s language says so once', () => {
    const other: VisibleTile = { ...tile, id: 't2', key: 'other', content: { nl: tile.content.nl, uk: { title: 'Інше', body: '...', examples: [] } } };
    const text = renderReply(answer({ outcome: 'clarify', lang: 'uk', alternatives: [other] }), catalog);
    expect(text.split('\n')).toEqual(['clarify-uk', '1. Inschrijven', '2. Інше', '', 'missing-uk']);
    const translated = renderReply(answer({ outcome: 'clarify', lang: 'pl', alternatives: [] }), catalog);
    expect(translated).toBe('clarify-pl\n1. Zameldowanie');
  });
});
