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
  engine: new AnswerEngine(SAMPLE_LIBRARY, { languages: ['en', 'pl', 'bg', 'uk', 'nl'] }),
  detectCommand,
  commandWords,
};

/** A person talking to the bot: carries the dialog memory and language between turns, as the service does. */
class Chat {
  flow: FlowMemory = {};
  language: Language | null = null;
  turns: TurnResult[] = [];

  say(text: string): TurnResult {
    return this.turn({ text, kind: classifyInput({ text }) });
  }

  press(payload: string): TurnResult {
    return this.turn({ text: '', payload, kind: 'button' });
  }

  /** A photo or voice note without text. */
  turnMedia(): TurnResult {
    return this.turn({ text: '', kind: classifyInput({ hasMedia: true }) });
  }

  /** The inbox's state as the service would compute it (closed: hours and next opening). */
  inboxClosed?: (lang: Language) => { hours: string; when: string } | undefined;

  private turn(input: { text: string; payload?: string; kind: ReturnType<typeof classifyInput> }): TurnResult {
    const result = runTurn(ctx, { ...input, flow: this.flow, preferredLanguage: this.language, organizationName: 'Testdorp', inboxClosed: this.inboxClosed });
    this.flow = result.flow;
    if (result.setPreferredLanguage) this.language = result.setPreferredLanguage;
    if (result.question && result.question.outcome === 'answered') this.flow.feedbackFor = `log-${this.turns.length}`;
    this.turns.push(result);
    return result;
  }
}

const texts = (r: TurnResult) => r.replies.map((x) => x.text);
const payloads = (r: TurnResult) => r.replies.flatMap((x) => x.choices.map((c) => c.payload));

describe('dialog (scripted conversations)', () => {
  it('first contact in Polish: greets, proposes Polish, answers the question, asks for feedback', () => {
    const chat = new Chat();
    const r = chat.say('Jak dostać numer BSN? Gdzie się zameldować?');
    expect(r.language).toBe('pl');
    expect(texts(r)[0].startsWith(FIXED_TEXTS.pl.welcome.greeting.replace('{place}', 'Testdorp'))).toBe(true);
    expect(texts(r)[1]).toContain('Polski');
    expect(payloads(r)).toContain('language:pl');
    expect(texts(r).some((t) => t.includes('Zameldowanie w gminie i numer BSN'))).toBe(true);
    expect(texts(r).at(-1)).toBe(FIXED_TEXTS.pl.feedback.question);
    expect(r.question).toMatchObject({ outcome: 'answered', tileKey: 'bsn', themeKey: 'registration' });
  });

  it('language choice is remembered and changes the language of later answers', () => {
    const chat = new Chat();
    chat.say('hello');
    const r = chat.press('language:uk');
    expect(r.setPreferredLanguage).toBe('uk');
    expect(texts(r)[0]).toContain('Українська');
    expect(chat.say('menu').replies[0].text).toBe(FIXED_TEXTS.uk.menu.intro);
  });

  it('menu → theme → tile shows the tile in the chosen language and logs it', () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:pl');
    const menu = chat.say('menu');
    expect(payloads(menu)).toContain('theme:income');
    const theme = chat.press('theme:income');
    expect(payloads(theme)).toContain('tile:minimum-wage');
    const tile = chat.press('tile:minimum-wage');
    expect(texts(tile)[0]).toContain('Płaca minimalna');
    expect(tile.question).toMatchObject({ outcome: 'answered', tileKey: 'minimum-wage' });
  });

  it('feedback yes/no is recorded against the logged question', () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:en');
    chat.say('What is the minimum wage per hour?');
    const yes = chat.press('feedbackYes:');
    expect(yes.feedback).toEqual({ questionLogId: 'log-2', helpful: true });
    expect(texts(yes)).toEqual([FIXED_TEXTS.en.feedback.thanks]);
    chat.say('Do I need Dutch health insurance?');
    const no = chat.press('feedbackNo:');
    expect(no.feedback).toMatchObject({ helpful: false });
    expect(payloads(no)).toContain('person:');
  });

  it('says honestly it does not know, offers a person, and hands off after two misses in a row', () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:en');
    const first = chat.say('who won the football match between Ajax and PSV yesterday?');
    expect(texts(first)).toEqual([FIXED_TEXTS.en.answer.unanswered]);
    expect(payloads(first)).toContain('person:');
    expect(first.handoff).toBeUndefined();
    const second = chat.say('what is the weather in Madrid tomorrow evening?');
    expect(second.handoff).toBe('unanswered_twice');
  });

  it('asking for a person hands off, in the language of the request', () => {
    const chat = new Chat();
    chat.say('hi');
    const r = chat.say('chcę porozmawiać z człowiekiem');
    expect(r.handoff).toBe('asked');
    expect(texts(r)[0]).toBe(FIXED_TEXTS.pl.handoff.waiting.replace('{organization}', 'Testdorp'));
  });

  it('outside office hours, the handoff says when someone will answer, in the person language', () => {
    const chat = new Chat();
    chat.inboxClosed = (lang) => ({ hours: `hours(${lang})`, when: `when(${lang})` });
    chat.press('language:pl');
    const r = chat.say('Chcę rozmawiać z człowiekiem');
    expect(r.handoff).toBe('asked');
    expect(texts(r).at(-1)).toBe(FIXED_TEXTS.pl.handoff.outsideHours.replace('{hours}', 'hours(pl)').replace('{when}', 'when(pl)'));
  });

  it('a first message that is a command (Telegram /start) takes the channel language hint', () => {
    const r = runTurn(ctx, { kind: 'text', text: '/start', flow: {}, preferredLanguage: null, locale: 'pl', organizationName: 'Testdorp' });
    expect(r.language).toBe('pl');
    expect(texts(r)[0].startsWith(FIXED_TEXTS.pl.welcome.greeting.replace('{place}', 'Testdorp'))).toBe(true);
  });

  it('a sensitive tile comes with the offer of a person', () => {
    const chat = new Chat();
    chat.press('language:en');
    const sensitive = chat.press('tile:report-exploitation');
    expect(sensitive.replies[0].choices.map((c) => c.payload)).toEqual(['person:']);
    const ordinary = chat.press('tile:waste');
    expect(ordinary.replies[0].choices).toEqual([]);
  });

  it('delete my data only after confirmation; cancelling keeps everything', () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:en');
    const ask = chat.say('delete my data');
    expect(payloads(ask)).toEqual(['deleteYes:', 'deleteNo:']);
    expect(chat.press('deleteNo:').deleteData).toBeUndefined();
    expect(chat.press('deleteYes:').deleteData).toBeUndefined(); // not confirmed any more
    chat.say('delete my data');
    const done = chat.press('deleteYes:');
    expect(done.deleteData).toBe(true);
    expect(texts(done)).toEqual([FIXED_TEXTS.en.commands.deleteDone]);
  });

  it("answers unusable input politely in the person's language", () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:bg');
    expect(texts(chat.say('🙂🙂'))).toEqual([FIXED_TEXTS.bg.input.empty]);
    expect(texts(chat.say('x'.repeat(5000)))).toEqual([FIXED_TEXTS.bg.input.tooLong]);
    expect(texts(chat.turnMedia())).toEqual([FIXED_TEXTS.bg.input.unsupported]);
  });

  it('an unknown or stale button shows the menu instead of failing', () => {
    const chat = new Chat();
    chat.say('hi');
    const r = chat.press('something:that-does-not-exist');
    expect(texts(r)[0]).toBe(FIXED_TEXTS[r.language].menu.intro);
  });
});


describe('dialog: what is a question (the question log)', () => {
  it('a first message that is only a greeting is greeted, in its language, and not logged', () => {
    const chat = new Chat();
    const r = chat.say('Dzień dobry! 👋');
    expect(r.question).toBeUndefined();
    expect(r.smallTalk).toBe('greeting');
    expect(r.language).toBe('pl');
    expect(texts(r)[0].startsWith(FIXED_TEXTS.pl.welcome.greeting.replace('{place}', 'Testdorp'))).toBe(true);
  });

  it('a first question is logged also when it is unanswered', () => {
    const chat = new Chat();
    const r = chat.say('who won the football match between Ajax and PSV yesterday?');
    expect(r.question).toEqual({ outcome: 'unanswered' });
    // The greeting invites the person to ask; no "sorry" yet, and the miss does not count towards a handoff.
    expect(r.handoff).toBeUndefined();
    expect(r.flow.unansweredInRow).toBeUndefined();
  });

  it('a first question after a greeting in the same message is a question', () => {
    const chat = new Chat();
    const r = chat.say('Hello, what is the minimum wage per hour?');
    expect(r.smallTalk).toBeUndefined();
    expect(r.question).toMatchObject({ outcome: 'answered', tileKey: 'minimum-wage', themeKey: 'income', tileOwnerSlug: 'testdorp' });
  });

  it('greetings, thanks, "ok" and farewells later on get a short reply and are not logged', () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:pl');
    chat.say('Ile wynosi płaca minimalna za godzinę?');
    const thanks = chat.say('dzięki!');
    expect([thanks.question, thanks.smallTalk]).toEqual([undefined, 'thanks']);
    expect(texts(thanks)).toEqual([FIXED_TEXTS.pl.welcome.youAreWelcome]);
    const ok = chat.say('ok');
    expect([ok.question, ok.smallTalk]).toEqual([undefined, 'acknowledgement']);
    expect(texts(ok)).toEqual([FIXED_TEXTS.pl.welcome.askQuestion]);
    expect(payloads(ok)).toContain('person:');
    const hello = chat.say('hello 👋');
    expect([hello.question, hello.language]).toEqual([undefined, 'pl']);
    const bye = chat.say('Do widzenia');
    expect([bye.question, texts(bye)]).toEqual([undefined, [FIXED_TEXTS.pl.welcome.goodbye]]);
    // The feedback question still refers to the answer before the small talk.
    expect(chat.press('feedbackNo:').feedback).toEqual({ questionLogId: 'log-2', helpful: false });
  });

  it('small talk does not count as an unanswered question', () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:en');
    chat.say('who won the football match between Ajax and PSV yesterday?');
    chat.say('thanks');
    chat.say('hello');
    const second = chat.say('what is the weather in Madrid tomorrow evening?');
    expect(second.question).toEqual({ outcome: 'unanswered' });
    expect(second.handoff).toBe('unanswered_twice');
  });

  it('commands and buttons other than a tile are not logged; a tile chosen is', () => {
    const chat = new Chat();
    expect(chat.say('/start').question).toBeUndefined();
    for (const command of ['menu', 'help', 'privacy', 'language']) expect(chat.say(command).question, command).toBeUndefined();
    expect(chat.press('language:en').question).toBeUndefined();
    expect(chat.press('theme:income').question).toBeUndefined();
    expect(chat.press('tile:minimum-wage').question).toEqual({ outcome: 'answered', themeKey: 'income', tileKey: 'minimum-wage', tileOwnerSlug: 'testdorp' });
    expect(chat.press('feedbackYes:').question).toBeUndefined();
  });

  it('a message in danger is never small talk', () => {
    const chat = new Chat();
    chat.say('hi');
    chat.press('language:en');
    const r = chat.say('hello, my boss took my passport and I have nowhere to sleep tonight');
    expect(r.smallTalk).toBeUndefined();
    expect(r.question?.outcome).toBe('urgent');
  });
});
