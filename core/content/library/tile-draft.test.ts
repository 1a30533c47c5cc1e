import { describe, expect, it } from 'vitest';
import { isAppError } from '../../platform/errors.ts';
import { parseStoredDraft, validateDraft, validateNewTile } from './tile-draft.ts';

const themes = ['registration', 'work'];
const draft = (overrides: Record<string, unknown> = {}) => ({
  theme: 'work',
  content: { en: { title: 'Working hours', body: 'You may work **40 hours** a week.', examples: ['How long may I work?'] } },
  links: [{ label: 'Rules', url: 'https://example.org/rules' }],
  ...overrides,
});

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (isAppError(err, 'TILE_INVALID')) return err.params.problems as string[];
    throw err;
  }
  throw new Error('expected TILE_INVALID');
}

describe('validateDraft', () => {
  it('keeps a valid draft, with defaults for sensitive and examples', () => {
    const valid = validateDraft(draft({ content: { en: { title: 'T', body: 'B' }, pl: { title: 'Tp', body: 'Bp', examples: [] } } }), { sourceLang: 'en', themes });
    expect(valid).toEqual({
      themeKey: 'work', links: [{ label: 'Rules', url: 'https://example.org/rules' }], sensitive: false,
      content: { en: { title: 'T', body: 'B', examples: [] }, pl: { title: 'Tp', body: 'Bp', examples: [] } },
    });
    const fallback = { links: [{ label: 'Kept', url: 'https://example.org/kept' }], sensitive: true };
    expect(validateDraft(draft(), { sourceLang: 'en', themes }, fallback).sensitive).toBe(true);
    expect(validateDraft(draft({ links: undefined }), { sourceLang: 'en', themes }, fallback).links).toEqual(fallback.links);
    expect(validateDraft(draft({ links: [] }), { sourceLang: 'en', themes }, fallback).links).toEqual([]);
  });

  it('refuses HTML in any text with a message that says to use markdown', () => {
    const found = problems(() => validateDraft(draft({
      content: { en: { title: 'Hi <b>there</b>', body: 'Text<script>alert(1)</script>', examples: ['<img src=x onerror=alert(1)>'] } },
    }), { sourceLang: 'en', themes }));
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^content\.en\.title: contains HTML \(<b>\): HTML is not allowed, use markdown/),
      'content.en.body: contains a <script> tag (HTML is not allowed, use markdown)',
      expect.stringMatching(/^content\.en\.examples\[0\]: contains an HTML event handler/),
    ]));
    // Each problem once: the import rule's message, not a second generic one.
    expect(found.filter((p) => p.startsWith('content.en.body'))).toHaveLength(1);
  });

  it('accepts markdown, autolinks and "<" in plain text', () => {
    const ok = validateDraft(draft({ content: { en: { title: 'Under < 18?', body: '- a **list**\n- see <https://example.org> and [this](https://example.org/x)' } } }), { sourceLang: 'en', themes });
    expect(ok.content.en.title).toBe('Under < 18?');
  });

  it('lists every problem: limits, links, theme, languages, the source language', () => {
    const found = problems(() => validateDraft({
      theme: 'nope',
      content: { pl: { title: 'x'.repeat(201), body: ' ' }, xx: { title: 'a', body: 'b' } },
      links: [{ label: 'Bad', url: 'javascript:alert(1)' }, { label: 'Ftp', url: 'ftp://example.org' }],
    }, { sourceLang: 'en', themes }));
    expect(found).toEqual(expect.arrayContaining([
      'content.pl.title: must be at most 200 characters',
      'content.pl.body: must not be empty',
      'links[0].url: must be an http(s) URL',
      'links[1].url: must be an http(s) URL',
      'theme: unknown theme "nope" (known: registration, work)',
      'content.xx: "xx" is not a supported language',
      'content.en: required (the source language)',
    ]));
  });
});

describe('validateNewTile', () => {
  it('checks the key and source language along with the draft', () => {
    const found = problems(() => validateNewTile({ key: 'Bad Key!', sourceLang: 'xx', ...draft({ theme: 'nope' }) }, themes));
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^key: must be lowercase letters/),
      'sourceLang: "xx" is not a supported language',
      expect.stringMatching(/^theme: unknown theme "nope"/),
    ]));
  });
});

describe('parseStoredDraft', () => {
  it('reads a stored draft and ignores what is not one', () => {
    expect(parseStoredDraft(null)).toBeNull();
    expect(parseStoredDraft({ content: {} })).toBeNull();
    expect(parseStoredDraft({ themeKey: 'work', links: [{ label: 'a', url: 'https://x.org' }, { bad: 1 }], sensitive: true, content: { en: { title: 't', body: 'b' } } }))
      .toEqual({ themeKey: 'work', links: [{ label: 'a', url: 'https://x.org' }], sensitive: true, content: { en: { title: 't', body: 'b', examples: [] } } });
  });
});
