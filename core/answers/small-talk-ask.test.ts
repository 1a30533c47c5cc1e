import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../languages/index.ts';
import { ANSWER_TEXTS } from '../../flows/texts/index.ts';
import { AnswerEngine } from './answer-engine.ts';
import { toAnswerJson } from './answer-json.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

const engine = new AnswerEngine(SAMPLE_LIBRARY, { languages: SUPPORTED_LANGUAGES });

/** `ask` (the CLI and JSON contract) gives no tile for a bare greeting, thanks or "ok": it is no question. */
describe('ask with small talk', () => {
  it.each([
    ['ro', 'Bună ziua'], ['ro', 'buna ziua!'], ['pl', 'Dzień dobry'], ['pl', 'dzien dobry'],
    ['bg', 'Добър ден'], ['bg', 'dobar den'], ['bg', 'dobur den'], ['tr', 'Merhaba'], ['hu', 'Jó napot'],
    ['lt', 'Labas'], ['uk', 'Добрий день'], ['nl', 'Goedemorgen'], ['en', 'thanks a lot'], ['cs', 'Děkuji moc!'],
  ])('%s: %s is small talk, answered in its language', (lang, text) => {
    const answer = engine.ask(text);
    expect(answer).toMatchObject({ outcome: 'unanswered', reason: 'small-talk', lang });
    expect(answer.tile).toBeUndefined();
    expect(toAnswerJson(answer, ANSWER_TEXTS).tile).toBeNull();
  });

  it('"ok" is small talk in whatever language the chat is held', () => {
    expect(engine.ask('ok', { previous: 'nl' })).toMatchObject({ outcome: 'unanswered', reason: 'small-talk', lang: 'nl' });
  });

  it.each([
    'Bună ziua, cum obțin numărul BSN?',
    'Dzień dobry, jak dostać numer BSN?',
    'Hello, how do I get a BSN number?',
  ])('a greeting followed by a question is the question: %s', (text) => {
    const answer = engine.ask(text);
    expect(answer.reason).not.toBe('small-talk');
    expect(answer.tile?.key).toBe('bsn');
  });

  it('a greeting with a request for a person is a handoff', () => {
    expect(engine.ask('hello, can I talk to a real person?').outcome).toBe('handoff');
  });
});
