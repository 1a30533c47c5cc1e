import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../core/answers/index.ts';
import { SAMPLE_LIBRARY } from '../core/answers/testing/sample-library.ts';
import { runTurn, type DialogContext, type FlowMemory, type TurnResult } from '../core/conversation/dialog.ts';
import { classifyInput } from '../core/conversation/messages.ts';
import type { Language } from '../core/languages/index.ts';
import { commandWords, detectCommand } from './commands/index.ts';
import { DIALOG } from './dialog.ts';
import { ANSWER_TEXTS, FIXED_TEXTS } from './texts/index.ts';

const ctx: DialogContext = {
  definition: DIALOG,
  texts: FIXED_TEXTS,
  answerTexts: ANSWER_TEXTS,
  engine: new AnswerEngine(SAMPLE_LIBRARY, { languages: ['pl', 'bg', 'uk', 'nl', 'en'] }),
  detectCommand,
  commandWords,
};

function turn(text: string, flow: FlowMemory = {}, preferredLanguage: Language | null = null): TurnResult {
  return runTurn(ctx, { text, kind: classifyInput({ text }), flow, preferredLanguage, organizationName: 'Testdorp' });
}

const notSpoken = (r: TurnResult) => r.replies.find((x) => x.text.includes(FIXED_TEXTS.en.welcome.notSpoken));

describe('dialog: a message in a language the bot does not speak', () => {
  it('first contact in Russian: greets, then in English and Dutch offers the languages it speaks; nothing logged', () => {
    const r = turn('Здравствуйте, мне нужна помощь с жильём');
    const reply = notSpoken(r);
    expect(reply).toBeDefined();
    expect(reply!.text).toContain(FIXED_TEXTS.nl.welcome.notSpoken);
    expect(reply!.choices.map((c) => c.payload)).toEqual(['language:en', 'language:nl', 'language:pl', 'language:bg', 'language:uk']);
    expect(r.replies[0].text.startsWith(FIXED_TEXTS.en.welcome.greeting.replace('{place}', 'Testdorp'))).toBe(true);
    // Not "I think you write in Bulgarian": no language is proposed from a misreading.
    expect(r.replies.some((x) => x.text.includes(FIXED_TEXTS.bg.welcome.proposeLanguage.slice(0, 12)))).toBe(false);
    expect(r.question).toBeUndefined();
    expect(r.flow.greeted).toBe(true);
  });

  it('later in the chat: the same choice, the chat keeps its language, nothing logged, no handoff count', () => {
    const r = turn('Wo kann ich einen Arzt finden? Ich brauche Hilfe', { greeted: true }, 'pl');
    expect(notSpoken(r)).toBeDefined();
    expect(r.language).toBe('pl');
    expect(r.question).toBeUndefined();
    expect(r.handoff).toBeUndefined();
    expect(r.flow.unansweredInRow ?? 0).toBe(0);
  });

  it('choosing a language from the offer switches to it', () => {
    const r = runTurn(ctx, { text: '', payload: 'language:nl', kind: 'button', flow: { greeted: true }, preferredLanguage: null, organizationName: 'Testdorp' });
    expect(r.setPreferredLanguage).toBe('nl');
  });

  it('a supported language is still answered as a question', () => {
    const r = turn('Jak dostać numer BSN?', { greeted: true }, 'pl');
    expect(notSpoken(r)).toBeUndefined();
    expect(r.question).toBeDefined();
  });
});
