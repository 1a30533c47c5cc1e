import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../core/answers/index.ts';
import { SAMPLE_LIBRARY } from '../core/answers/testing/sample-library.ts';
import type { ContactDataSummary } from '../core/conversation/contact-data.ts';
import { runTurn, type DialogContext, type FlowMemory, type TurnInput, type TurnResult } from '../core/conversation/dialog.ts';
import { classifyInput } from '../core/conversation/messages.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../core/languages/index.ts';
import { COMMAND_WORDS } from './commands/index.ts';
import { DIALOG_CONTEXT, FIXED_TEXTS } from './index.ts';

/** Dutch first: a chat the bot holds in Dutch until the person chooses (as a Dutch municipality's would). */
const ctx: DialogContext = { ...DIALOG_CONTEXT, engine: new AnswerEngine(SAMPLE_LIBRARY, { languages: ['nl', 'en', 'pl', 'bg', 'uk'] }) };

/** A person talking to the bot, carrying flow and chosen language between turns as the service does. */
class Chat {
  flow: FlowMemory = {};
  language: Language | null = null;
  extra: Partial<TurnInput> = {};

  say(text: string): TurnResult {
    return this.turn({ kind: classifyInput({ text }), text });
  }

  press(payload: string): TurnResult {
    return this.turn({ kind: 'button', text: '', payload });
  }

  private turn(input: Pick<TurnInput, 'kind' | 'text' | 'payload'>): TurnResult {
    const r = runTurn(ctx, { ...input, flow: this.flow, preferredLanguage: this.language, organizationName: 'Testdorp', ...this.extra });
    this.flow = r.flow;
    if (r.setPreferredLanguage) this.language = r.setPreferredLanguage;
    return r;
  }
}

const summary: ContactDataSummary = {
  channel: 'telegram', preferredLanguage: 'pl', firstSeen: new Date('2026-03-02T10:00:00Z'), lastSeen: new Date('2026-12-01T09:00:00Z'),
  conversations: 2, messages: 17, organizations: ['Testdorp'], handledByWorker: true,
};

describe('privacy notice at first contact', () => {
  it('joins the greeting, in the person\'s language, with how long and how to see and delete', () => {
    const r = new Chat().say('Jak dostać numer BSN? Gdzie się zameldować?');
    const first = r.replies[0].text;
    expect(first.startsWith(FIXED_TEXTS.pl.welcome.greeting.replace('{place}', 'Testdorp'))).toBe(true);
    expect(first).toContain('12 miesięcy');
    expect(first).toContain('„moje dane”');
    expect(first).toContain('„usuń dane”');
    expect(r.replies[0].links).toEqual([]);
  });

  it('states the municipality\'s own retention and links its privacy statement when set', () => {
    const chat = new Chat();
    chat.extra = { privacy: { retentionMonths: 24, statementUrl: 'https://testdorp.example/privacy' } };
    const r = chat.say('Hello, how do I get a BSN number?');
    expect(r.replies[0].text).toContain('24 months after your last message');
    expect(r.replies[0].links).toEqual([{ label: 'Privacy statement of Testdorp', url: 'https://testdorp.example/privacy' }]);
  });

  it('is given once: not on later messages', () => {
    const chat = new Chat();
    chat.say('hello');
    const later = chat.say('What is the minimum wage per hour?');
    expect(later.replies.some((x) => x.text.includes(FIXED_TEXTS.en.privacy.notice.slice(0, 20)))).toBe(false);
  });
});

describe('"my data"', () => {
  it('asks the service for the stored facts, then reports them in the person\'s language', () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:pl');
    const asked = chat.say('moje dane');
    expect(asked.needsContactData).toBe(true);
    expect(asked.replies).toEqual([]);

    chat.extra = { contactData: summary, privacy: { retentionMonths: 12 } };
    const r = chat.say('moje dane');
    expect(r.needsContactData).toBeUndefined();
    const text = r.replies[0].text;
    expect(text).toContain('Język: Polski');
    expect(text).toContain('Kanał: Telegram');
    expect(text).toContain('Pierwsza wiadomość: 2 marca 2026');
    expect(text).toContain('Ostatnia wiadomość: 1 grudnia 2026');
    expect(text).toContain('Rozmowy: 2');
    expect(text).toContain('17');
    expect(text).toContain('Gmina: Testdorp');
    expect(text).toContain(FIXED_TEXTS.pl.privacy.workerYes);
    expect(text).toContain('12 miesięcy');
  });

  it.each(SUPPORTED_LANGUAGES)('%s: the report has every fact and no placeholder left', (lang) => {
    const chat = new Chat();
    chat.extra = { contactData: { ...summary, channel: 'webchat', preferredLanguage: lang, handledByWorker: false }, privacy: { retentionMonths: 12 } };
    chat.language = lang;
    chat.flow = { greeted: true };
    const text = runTurn({ ...ctx, engine: new AnswerEngine(SAMPLE_LIBRARY, { languages: [lang] }) }, {
      kind: 'text', text: COMMAND_WORDS[lang].mydata[0], flow: { greeted: true }, preferredLanguage: lang, organizationName: 'Testdorp',
      contactData: chat.extra.contactData, privacy: chat.extra.privacy,
    }).replies[0].text;
    expect(text).not.toMatch(/[{}]/);
    expect(text).toContain(FIXED_TEXTS[lang].languageName);
    expect(text).toContain(FIXED_TEXTS[lang].privacy.webChat);
    expect(text).toContain(FIXED_TEXTS[lang].privacy.workerNo);
    expect(text).toContain('Testdorp');
  });
});

describe('commands before a language is chosen', () => {
  it('"usuń moje dane" in a chat held in Dutch: the confirmation, in Polish; "usuń" again never hands off', () => {
    const chat = new Chat();
    const first = chat.say('usuń moje dane');
    expect(first.replies.at(-1)?.text).toBe(FIXED_TEXTS.pl.commands.deleteConfirm);
    expect(first.handoff).toBeUndefined();
    const again = chat.say('usuń');
    expect(again.handoff).toBeUndefined();
    expect(again.language).toBe('pl');
    expect(again.replies.at(-1)?.text).toBe(FIXED_TEXTS.pl.commands.deleteConfirm);
    const done = chat.press('deleteYes:');
    expect(done.deleteData).toBe(true);
  });

  it.each(['nl', 'en', 'pl', 'bg', 'uk'] as const)('a bare delete word of every language, typed twice after greeting, in a %s chat: confirmation, never a handoff', (held) => {
    for (const lang of SUPPORTED_LANGUAGES) {
      for (const word of COMMAND_WORDS[lang].delete) {
        const chat = new Chat();
        chat.say('hello');
        if (held !== 'nl') chat.press(`language:${held}`);
        for (let i = 0; i < 2; i++) {
          const r = chat.say(word);
          expect(r.handoff, `${lang} "${word}"`).toBeUndefined();
          expect(r.flow.awaitingDeleteConfirmation, `${lang} "${word}"`).toBe(true);
        }
      }
    }
  });

  it('a chosen language keeps the replies in it, whatever language the command words are', () => {
    const chat = new Chat();
    chat.say('hello');
    chat.press('language:uk');
    const r = chat.say('menu główne');
    expect(r.language).toBe('uk');
    expect(r.replies[0].text).toBe(FIXED_TEXTS.uk.menu.intro);
  });
});
