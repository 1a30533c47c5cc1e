import { describe, expect, it } from 'vitest';
import { AnswerEngine, MAX_QUESTION_CHARS } from './answer-engine.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

const engine = new AnswerEngine(SAMPLE_LIBRARY, { languages: ['en', 'pl', 'bg', 'uk', 'nl'] });

describe('AnswerEngine', () => {
  it.each([
    ['en', 'how do i get my citizen service number, i just moved here', 'bsn'],
    ['pl', 'jak dostac numer bsn? musze sie zameldowac', 'bsn'],
    ['bg', 'Как да се регистрирам в общината, за да получа BSN?', 'bsn'],
    ['bg', 'kak da se registriram v obshtinata za bsn nomer', 'bsn'],
    ['uk', 'Яка мінімальна зарплата за годину в Нідерландах?', 'minimum-wage'],
    ['uk', 'yaka minimalna zarplata za hodynu?', 'minimum-wage'],
    ['pl', 'czy musze miec holenderskie ubezpieczenie zdrowotne?', 'health-insurance'],
    ['en', 'which bin do plastic bottles go in', 'waste'],
  ])('%s: "%s" → %s', (lang, text, key) => {
    const answer = engine.ask(text);
    expect(answer.lang).toBe(lang);
    expect(['answered', 'clarify']).toContain(answer.outcome);
    expect(answer.tile?.key).toBe(key);
  });

  it('hands off when the person asks for a human, in their language', () => {
    const answer = engine.ask('chcę porozmawiać z człowiekiem, nie z botem');
    expect(answer).toMatchObject({ outcome: 'handoff', lang: 'pl', reason: 'handoff-intent' });
    expect(answer.tile).toBeUndefined();
  });

  it('says it does not know instead of answering a question the library does not cover', () => {
    const answer = engine.ask('who won the football match between Ajax and PSV yesterday?');
    expect(answer.outcome).toBe('unanswered');
    expect(answer.tile).toBeUndefined();
  });

  it.each([[''], ['   '], ['🙂🙂🙂'], ['\u0000\u0001\u0002'], ['?!...']])('treats %j as empty, politely, in the hinted language', (text) => {
    const answer = engine.ask(text, { previous: 'pl' });
    expect(answer).toMatchObject({ outcome: 'unanswered', reason: 'empty', lang: 'pl' });
  });

  it('reads overlong text only up to the limit and still answers', () => {
    const text = `${'jak dostac numer bsn? '.repeat(10)}${'x'.repeat(MAX_QUESTION_CHARS * 3)}`;
    const answer = engine.ask(text);
    expect(answer.tile?.key).toBe('bsn');
  });

  it('treats HTML in a question as text', () => {
    const answer = engine.ask('<script>alert(1)</script> how do I get a BSN?');
    expect(answer.tile?.key).toBe('bsn');
  });

  it('answers a language without its own translation from the source text', () => {
    const answer = engine.ask('Welke container is voor plastic afval?');
    expect(answer.lang).toBe('nl');
    expect(answer.tile?.key).toBe('waste');
  });

  it('reports timing and the retrieval signals it decided on', () => {
    const answer = engine.ask('What is the minimum wage?');
    expect(answer.ms).toBeGreaterThan(0);
    expect(answer.signals?.top).toBeGreaterThan(0);
    expect(answer.confidence).toBeGreaterThan(0);
  });
});
