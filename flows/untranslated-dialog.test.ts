import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../core/answers/index.ts';
import { SAMPLE_LIBRARY } from '../core/answers/testing/sample-library.ts';
import type { VisibleTile } from '../core/content/types.ts';
import { runTurn, type DialogContext, type TurnInput } from '../core/conversation/dialog.ts';
import { commandWords, detectCommand } from './commands/index.ts';
import { DIALOG } from './dialog.ts';
import { ANSWER_TEXTS, FIXED_TEXTS } from './texts/index.ts';

/**
 * Tiles without text in the person's language: the source text goes out
 * with one line saying the information is not yet in their language (never
 * "I don't know"), and the turn says which reply lacked it.
 */

/** The sample library with Polish link labels on the BSN tile (Romanian and Dutch have no tile texts). */
const tiles: VisibleTile[] = SAMPLE_LIBRARY.map((t) =>
  t.key === 'bsn' ? { ...t, content: { ...t.content, pl: { ...t.content.pl!, linkLabels: ['Informacje o BSN'] } } } : t);

const ctx: DialogContext = {
  definition: DIALOG,
  texts: FIXED_TEXTS,
  answerTexts: ANSWER_TEXTS,
  engine: new AnswerEngine(tiles, { languages: ['en', 'pl', 'ro', 'nl'] }),
  detectCommand,
  commandWords,
};

const turn = (over: Partial<TurnInput>) =>
  runTurn(ctx, { kind: 'button', text: '', flow: { greeted: true }, preferredLanguage: 'ro', organizationName: 'Testdorp', ...over });

describe('tiles not yet in the person\'s language', () => {
  it('a tile pressed in Romanian: the English text, one Romanian line above it, the turn marks the reply', () => {
    const r = turn({ payload: 'tile:bsn' });
    const reply = r.replies[0];
    expect(reply.text.startsWith(`_${FIXED_TEXTS.ro.answer.notTranslated}_\n\n**Register at the municipality and get a BSN**`)).toBe(true);
    expect(reply.text.split(FIXED_TEXTS.ro.answer.notTranslated)).toHaveLength(2);
    expect(reply.text).toContain(FIXED_TEXTS.ro.answer.links);
    expect(reply.links).toEqual([{ label: 'Info', url: 'https://example.org/bsn' }]);
    expect(r.question).toMatchObject({ outcome: 'answered', tileKey: 'bsn' });
    expect(r.untranslated).toMatchObject({ replyIndex: 0, tileKey: 'bsn', lang: 'ro' });
    expect(r.untranslated?.tile.key).toBe('bsn');
    // Still followed by the feedback question, in Romanian.
    expect(r.replies.at(-1)?.text).toBe(FIXED_TEXTS.ro.feedback.question);
  });

  it('a tile in the person\'s language: no note, nothing marked, link labels of that language', () => {
    const r = turn({ payload: 'tile:bsn', preferredLanguage: 'pl' });
    expect(r.replies[0].text).not.toContain(FIXED_TEXTS.pl.answer.notTranslated);
    expect(r.replies[0].text).toContain('- [Informacje o BSN](https://example.org/bsn)');
    expect(r.replies[0].links).toEqual([{ label: 'Informacje o BSN', url: 'https://example.org/bsn' }]);
    expect(r.untranslated).toBeUndefined();
  });

  it('the tiles of a theme in Dutch: source titles and the note once', () => {
    const r = turn({ payload: 'theme:registration', preferredLanguage: 'nl' });
    expect(r.replies[0].text).toBe(`${FIXED_TEXTS.nl.menu.tilesIntro.replace('{theme}', FIXED_TEXTS.nl.themes.registration)}\n\n_${FIXED_TEXTS.nl.answer.notTranslated}_`);
    expect(r.replies[0].choices[0]).toMatchObject({ label: expect.stringMatching(/^Register at the municipality/), payload: 'tile:bsn' });
    expect(r.untranslated).toBeUndefined();
    // In Polish every tile has its text: no note.
    expect(turn({ payload: 'theme:registration', preferredLanguage: 'pl' }).replies[0].text).toBe(
      FIXED_TEXTS.pl.menu.tilesIntro.replace('{theme}', FIXED_TEXTS.pl.themes.registration));
  });

  it('a question asked in Dutch is answered from the English text with the Dutch note, not with "I don\'t know"', () => {
    const r = turn({ kind: 'text', text: 'Hoe krijg ik een BSN nummer? Waar moet ik me inschrijven?', preferredLanguage: null });
    expect(r.language).toBe('nl');
    expect(r.question?.outcome).not.toBe('unanswered');
    const text = r.replies.map((x) => x.text).join('\n');
    expect(text).not.toContain(FIXED_TEXTS.nl.answer.unanswered);
    expect(text).toContain(FIXED_TEXTS.nl.answer.notTranslated);
  });
});
