import { describe, expect, it } from 'vitest';
import { AnswerEngine, type EngineAnswer } from '../core/answers/index.ts';
import { SAMPLE_LIBRARY } from '../core/answers/testing/sample-library.ts';
import type { SafetyCardEntry } from '../core/content/index.ts';
import { runTurn, type DialogContext, type FlowMemory, type TurnResult } from '../core/conversation/dialog.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../core/languages/index.ts';
import { CRISIS_KINDS, type CrisisKind } from '../core/safety/index.ts';
import { commandWords, detectCommand } from './commands/index.ts';
import { DIALOG } from './dialog.ts';
import { ANSWER_TEXTS, FIXED_TEXTS } from './texts/index.ts';

/**
 * The dialog's side of an urgent message: the safety card first (before any
 * greeting), then the matching tile, then a person at once. The recogniser
 * itself is core/safety's (tested there); most cases here mark the answer
 * urgent with a chosen kind, so they test what the dialog does with each
 * kind whatever the recogniser decides. One case runs the real recogniser.
 */
const real = new AnswerEngine(SAMPLE_LIBRARY, { languages: ['en', 'pl', 'bg', 'uk', 'nl'] });

/** The sample engine, with every answer marked urgent with `kind` (as core/safety would mark it). */
function urgentEngine(kind: CrisisKind): AnswerEngine {
  const engine = Object.create(real) as AnswerEngine;
  engine.ask = (text, hints): EngineAnswer => ({ ...real.ask(text, hints), urgent: { kind, cues: ['test'] } });
  return engine;
}

const context = (engine: AnswerEngine): DialogContext => ({
  definition: DIALOG, texts: FIXED_TEXTS, answerTexts: ANSWER_TEXTS, engine, detectCommand, commandWords,
});

interface TurnOptions {
  flow?: FlowMemory;
  language?: Language | null;
  closed?: boolean;
  local?: SafetyCardEntry[];
}

function turn(engine: AnswerEngine, text: string, options: TurnOptions = {}): TurnResult {
  return runTurn(context(engine), {
    kind: 'text', text, flow: options.flow ?? {}, preferredLanguage: options.language ?? null, organizationName: 'Testdorp',
    inboxClosed: options.closed ? (lang) => ({ hours: `hours(${lang})`, when: `when(${lang})` }) : undefined,
    safetyCard: options.local,
  });
}

const texts = (r: TurnResult) => r.replies.map((x) => x.text);

describe('an urgent message in the dialog', () => {
  it('on first contact: the safety card first (112, in the person language), then the tile, then a person; no greeting', () => {
    const r = turn(urgentEngine('exploitation'), 'Mój szef zabrał mi paszport, nie pozwala wyjść');
    expect(r.language).toBe('pl');
    const [card, ...rest] = texts(r);
    expect(card.startsWith(FIXED_TEXTS.pl.safety.intro.exploitation)).toBe(true);
    expect(card).toContain('FairWork (pomoc dla wykorzystywanych pracowników, poufnie): zadzwoń: 020 760 08 09, zobacz https://www.fairwork.nu');
    expect(card).toContain('Nederlandse Arbeidsinspectie (zgłoś wyzysk w pracy, bezpłatnie): zadzwoń: 0800-5151');
    expect(card).toContain('112 (policja, straż pożarna, pogotowie): zadzwoń: 112');
    expect(rest.at(-1)).toBe(FIXED_TEXTS.pl.safety.personNow.replace('{organization}', 'Testdorp'));
    expect(texts(r).join('\n')).not.toContain(FIXED_TEXTS.pl.welcome.greeting.replace('{place}', 'Testdorp'));
    expect(r.replies.flatMap((x) => x.choices.map((c) => c.payload))).not.toContain('language:pl');
    expect(r.handoff).toBe('urgent');
    expect(r.urgent).toBe('exploitation');
    expect(r.question).toMatchObject({ outcome: 'urgent' });
    expect(r.flow.greeted).toBeUndefined(); // the greeting and language question come once the crisis is over
  });

  it('shows the matching tile between the card and the person, and asks no feedback', () => {
    const r = turn(urgentEngine('exploitation'), 'My boss keeps my passport, is that allowed?', { flow: { greeted: true }, language: 'en' });
    expect(texts(r)).toHaveLength(3);
    expect(texts(r)[0].startsWith(FIXED_TEXTS.en.safety.intro.exploitation)).toBe(true);
    expect(texts(r)[1]).toContain('Report exploitation');
    expect(texts(r)[2]).toBe(FIXED_TEXTS.en.safety.personNow.replace('{organization}', 'Testdorp'));
    expect(r.question).toEqual({ outcome: 'urgent', themeKey: 'abuse', tileKey: 'report-exploitation', tileOwnerSlug: 'testdorp' });
    expect(texts(r)).not.toContain(FIXED_TEXTS.en.feedback.question);
    // The tile is sensitive, but a person is already on the way: no "talk to a person" button under it.
    expect(r.replies[1].choices).toEqual([]);
  });

  it.each([
    ['acute', ['112 (police, fire brigade, ambulance): call 112'], ['Veilig Thuis', '113', 'FairWork']],
    ['suicide', ['113 Zelfmoordpreventie (if you think about suicide, free, day and night): call 0800-0113, or chat: https://www.113.nl', '112'], ['Veilig Thuis', 'FairWork']],
    ['domestic', ['Veilig Thuis (violence at home, free, day and night): call 0800-2000', '112'], ['113', 'FairWork']],
    ['exploitation', ['FairWork', '020 760 08 09', 'https://www.fairwork.nu', 'Nederlandse Arbeidsinspectie', '0800-5151', '112'], ['Veilig Thuis', '113 ']],
    ['eviction', ['112 (police, fire brigade, ambulance): call 112', 'Het Juridisch Loket (free legal advice, also about housing): call 0800-8020'], ['Veilig Thuis', 'FairWork']],
  ] as const)('%s: the card shows the numbers that fit, and only those', (kind, shown, absent) => {
    const r = turn(urgentEngine(kind), 'something bad is happening here', { flow: { greeted: true }, language: 'en' });
    const card = texts(r)[0];
    expect(card.startsWith(FIXED_TEXTS.en.safety.intro[kind])).toBe(true);
    for (const s of shown) expect(card).toContain(s);
    for (const s of absent) expect(card).not.toContain(s);
    expect(r.handoff).toBe('urgent');
  });

  it('in acute danger 112 is the first number', () => {
    const card = texts(turn(urgentEngine('acute'), 'fire', { flow: { greeted: true }, language: 'en' }))[0];
    expect(card.split('\n').find((line) => line.startsWith('- '))).toBe('- 112 (police, fire brigade, ambulance): call 112');
  });

  it("adds the municipality's own entries for the kind (and those for every kind) after the national ones", () => {
    const local: SafetyCardEntry[] = [
      { name: 'Outreach team Testdorp', phone: '030 123 45 67', kinds: ['eviction', 'exploitation'] },
      { name: 'Crisis line Testdorp', phone: '0800-1234', url: 'https://testdorp.example/crisis' },
      { name: 'Housing desk', phone: '030 765 43 21', kinds: ['eviction'] },
    ];
    const card = texts(turn(urgentEngine('exploitation'), 'something bad is happening here', { flow: { greeted: true }, language: 'en', local }))[0];
    const lines = card.split('\n').filter((line) => line.startsWith('- '));
    expect(lines.slice(-2)).toEqual([
      '- Outreach team Testdorp: call 030 123 45 67',
      '- Crisis line Testdorp: call 0800-1234, see https://testdorp.example/crisis',
    ]);
    expect(card).not.toContain('Housing desk');
  });

  it('outside office hours: the card says to call now and when a person will read the chat; it is still handed off', () => {
    const r = turn(urgentEngine('suicide'), 'Не искам да живея повече', { flow: { greeted: true }, language: 'bg', closed: true });
    expect(texts(r)[0].endsWith(FIXED_TEXTS.bg.safety.outsideHours.replace('{when}', 'when(bg)'))).toBe(true);
    expect(texts(r)[0]).toContain('0800-0113');
    expect(texts(r).join('\n')).not.toContain(FIXED_TEXTS.bg.safety.personNow.replace('{organization}', 'Testdorp'));
    expect(texts(r).join('\n')).not.toContain('hours(bg)'); // the generic "leave your message" reply is not added
    expect(r.handoff).toBe('urgent');
  });

  it('every language has the card in its own words with the same numbers', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const safety = FIXED_TEXTS[lang].safety;
      for (const kind of CRISIS_KINDS) expect(safety.intro[kind], `${lang} ${kind}`).toBeTruthy();
      expect(safety.call.replace('{phone}', '112')).toContain('112');
    }
    expect(FIXED_TEXTS.bg.safety.intro.acute).toContain('112');
    expect(FIXED_TEXTS.bg.safety.intro.eviction).toContain('112');
  });

  it('the real recogniser: a fire on first contact gets the card with 112 before anything else', () => {
    const r = turn(real, 'Help, there is a fire in our house, smoke everywhere!');
    expect(r.urgent).toBe('acute');
    expect(texts(r)[0]).toContain(FIXED_TEXTS.en.safety.intro.acute);
    expect(texts(r)[0]).toContain('call 112');
    expect(r.handoff).toBe('urgent');
    expect(r.question).toMatchObject({ outcome: 'urgent' });
  });

  it('an ordinary question is not urgent: no card, no handoff', () => {
    const r = turn(real, 'How do I get a BSN?', { flow: { greeted: true }, language: 'en' });
    expect(r.urgent).toBeUndefined();
    expect(r.handoff).toBeUndefined();
    expect(r.question).toMatchObject({ outcome: 'answered' });
  });
});
