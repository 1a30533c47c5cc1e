import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../core/answers/index.ts';
import { SAMPLE_LIBRARY } from '../core/answers/testing/sample-library.ts';
import { cloudMessages, keyboardButtons, webChatContent, WHATSAPP_LIMITS } from '../core/channel-format/index.ts';
import { runTurn, type DialogContext, type FlowMemory, type TurnResult } from '../core/conversation/dialog.ts';
import { languageChoices, languageOrder, languagePages, parseLanguagePage } from '../core/conversation/language-picker.ts';
import { classifyInput, MAX_CHOICES, type Choice } from '../core/conversation/messages.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../core/languages/index.ts';
import { WHATSAPP_TEXTS } from './channel-texts/index.ts';
import { commandWords, detectCommand } from './commands/index.ts';
import { DIALOG } from './dialog.ts';
import { ANSWER_TEXTS, FIXED_TEXTS } from './texts/index.ts';

/** An organization with every supported language enabled, in its (Dutch-first) order. */
const ALL: Language[] = ['nl', 'en', ...SUPPORTED_LANGUAGES.filter((l) => l !== 'nl' && l !== 'en')];

const context = (languages: Language[]): DialogContext => ({
  definition: DIALOG,
  texts: FIXED_TEXTS,
  answerTexts: ANSWER_TEXTS,
  engine: new AnswerEngine(SAMPLE_LIBRARY, { languages }),
  detectCommand,
  commandWords,
});

/** A chat as the service runs it: preferred language and the language the chat was held in carried between turns. */
class Chat {
  flow: FlowMemory = {};
  language: Language | null = null;
  held: Language | undefined;
  constructor(private readonly ctx: DialogContext, private readonly locale?: Language) {}

  say(text: string): TurnResult {
    return this.turn({ text, kind: classifyInput({ text }) });
  }

  press(payload: string): TurnResult {
    return this.turn({ text: '', payload, kind: 'button' });
  }

  private turn(input: { text: string; payload?: string; kind: ReturnType<typeof classifyInput> }): TurnResult {
    const result = runTurn(this.ctx, {
      ...input, flow: this.flow, preferredLanguage: this.language, conversationLanguage: this.held, locale: this.locale, organizationName: 'Testdorp',
    });
    this.flow = result.flow;
    this.held = result.language;
    if (result.setPreferredLanguage) this.language = result.setPreferredLanguage;
    return result;
  }
}

const languagesOf = (choices: Choice[]) => choices.filter((c) => c.payload.startsWith('language:')).map((c) => c.payload.slice('language:'.length));
const moreOf = (choices: Choice[]) => choices.find((c) => c.payload.startsWith('languages:'));

/** Every page of the language list, following "more languages" from the reply that shows the first page. */
function allPages(chat: Chat, first: Choice[]): Choice[][] {
  const pages = [first];
  for (let more = moreOf(first); more; more = moreOf(pages.at(-1)!)) {
    const reply = chat.press(more.payload).replies.at(-1)!;
    pages.push(reply.choices);
    if (pages.length > 5) throw new Error('the pages do not end');
  }
  return pages;
}

describe('language picker', () => {
  it('a Polish chat\'s "change language" offers all 18 languages, Polish first, in pages a channel can show', () => {
    const chat = new Chat(context(ALL));
    chat.say('Jak dostać numer BSN?');
    chat.press('language:pl');
    const reply = chat.say('zmień język').replies[0];
    expect(reply.text).toBe(FIXED_TEXTS.pl.welcome.chooseLanguage);
    expect(reply.choices).toHaveLength(MAX_CHOICES);
    expect(languagesOf(reply.choices)[0]).toBe('pl');
    expect(moreOf(reply.choices)?.label).toContain(FIXED_TEXTS.pl.welcome.moreLanguages);

    const pages = allPages(chat, reply.choices);
    expect(pages).toHaveLength(2);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(MAX_CHOICES);
    const offered = pages.flatMap(languagesOf);
    expect(offered).toHaveLength(18);
    expect(new Set(offered)).toEqual(new Set(SUPPORTED_LANGUAGES));
    for (const lang of ['pl', 'ro', 'uk', 'tr'] as const) expect(offered).toContain(lang);
    // Labels are each language's own name.
    expect(pages.flat().find((c) => c.payload === 'language:uk')?.label).toBe('Українська');
    // The chat is still in Polish, and choosing from the second page works.
    const romanian = pages[1].find((c) => c.payload === 'language:ro') ?? pages[0].find((c) => c.payload === 'language:ro')!;
    expect(chat.press(romanian.payload).setPreferredLanguage).toBe('ro');
  });

  it('first contact proposes the detected language first and pages through every enabled language', () => {
    const chat = new Chat(context(ALL), 'tr');
    const r = chat.say('Jak dostać numer BSN? Gdzie się zameldować?');
    expect(r.language).toBe('pl');
    const proposal = r.replies.find((x) => x.choices.some((c) => c.payload.startsWith('language:')))!;
    expect(proposal.text).toContain('Polski');
    // The detected language, then the channel's hint, then the organization's order.
    expect(languagesOf(proposal.choices).slice(0, 4)).toEqual(['pl', 'tr', 'nl', 'en']);
    const offered = allPages(chat, proposal.choices).flatMap(languagesOf);
    expect(offered).toHaveLength(18);
    expect(new Set(offered)).toEqual(new Set(ALL));
  });

  it('shows every language on one page, without "more", when they fit', () => {
    const chat = new Chat(context(['en', 'pl', 'bg', 'uk', 'nl']));
    chat.say('hello');
    const reply = chat.say('language').replies[0];
    expect(languagesOf(reply.choices).sort()).toEqual(['bg', 'en', 'nl', 'pl', 'uk']);
    expect(moreOf(reply.choices)).toBeUndefined();
  });

  it('a "more languages" press keeps the order it was shown in, whatever the turn language', () => {
    const ctx = context(ALL);
    const first = languageChoices({ enabled: ALL, first: ['uk', 'pl'], name: (l) => l, moreLabel: 'more' });
    const more = moreOf(first)!;
    expect(more.payload).toBe('languages:1:uk,pl');
    // Pressed in a turn held in Bulgarian: the second page continues the Ukrainian/Polish order.
    const r = runTurn(ctx, { kind: 'button', text: '', payload: more.payload, flow: { greeted: true }, preferredLanguage: 'bg', organizationName: 'Testdorp' });
    const second = languagesOf(r.replies[0].choices);
    expect([...languagesOf(first), ...second]).toEqual(languageOrder(ALL, ['uk', 'pl']));
    expect(r.replies[0].text).toBe(FIXED_TEXTS.bg.welcome.chooseLanguage);
  });

  it('pages: MAX_CHOICES - 1 languages and "more", the last page up to MAX_CHOICES; unreadable page values show the first', () => {
    expect(languagePages(ALL).map((p) => p.length)).toEqual([9, 9]);
    expect(languagePages(ALL.slice(0, 10)).map((p) => p.length)).toEqual([10]);
    expect(languagePages([...ALL, ...ALL].slice(0, 19)).map((p) => p.length)).toEqual([9, 10]);
    expect(parseLanguagePage('2:pl,xx,ro')).toEqual({ page: 2, first: ['pl', 'ro'] });
    expect(parseLanguagePage('nonsense')).toEqual({ page: 0, first: [] });
    const beyond = languageChoices({ enabled: ALL, first: [], page: 7, name: (l) => l, moreLabel: 'more' });
    expect(languagesOf(beyond)).toEqual(ALL.slice(0, 9));
  });

  it("every page of the language list fits each channel's buttons uncut", () => {
    const chat = new Chat(context(ALL));
    chat.say('hello');
    chat.press('language:el');
    const pages = allPages(chat, chat.say('γλώσσα').replies[0].choices);
    expect(pages.flatMap(languagesOf)).toHaveLength(18);
    for (const choices of pages) {
      const message = { text: FIXED_TEXTS.el.welcome.chooseLanguage, links: [], choices };
      // Telegram: one button per choice.
      expect(keyboardButtons(choices).map((b) => b.payload)).toEqual(choices.map((c) => c.payload));
      // Web chat: one suggested action per choice.
      expect(webChatContent(message).suggestedActions?.actions.map((a) => a.value)).toEqual(choices.map((c) => c.payload));
      // WhatsApp Cloud API: one list, a row per choice, ids whole.
      const [list] = cloudMessages(message, WHATSAPP_TEXTS.el);
      const rows = (list.interactive as { action: { sections: Array<{ rows: Array<{ id: string }> }> } }).action.sections[0].rows;
      expect(rows.map((r) => r.id)).toEqual(choices.map((c) => c.payload));
      expect(choices.length).toBeLessThanOrEqual(WHATSAPP_LIMITS.rows);
    }
  });
});
