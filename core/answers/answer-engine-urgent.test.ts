import { describe, expect, it } from 'vitest';
import type { VisibleTile } from '../content/types.ts';
import { ANSWER_TEXTS } from '../../flows/texts/index.ts';
import { AnswerEngine } from './answer-engine.ts';
import { toAnswerJson } from './answer-json.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';
import { MODEL_ONLY_CASES } from '../safety/testing/model-only-cases.ts';

function tile(key: string, theme: string, title: string, body: string, examples: string[]): VisibleTile {
  return { id: key, key, ownerSlug: 'testdorp', theme, sensitive: false, sourceLang: 'en', content: { en: { title, body, examples } }, links: [] };
}

/** Crisis tiles as a national library has them (written for this test). */
const EMERGENCY = tile('emergency-numbers', 'help', 'Emergency numbers', 'Call 112 when a life is in danger. For the police when it is not urgent, call 0900-8844.', ['What is the emergency number?']);
const SUICIDE = tile('crisis-line', 'help', 'Feeling desperate? Talk to someone now', 'Call 113 Zelfmoordpreventie on 0800-0113, day and night, or chat.', ['Who can I talk to anonymously?']);
const DOMESTIC = tile('violence-at-home', 'abuse', 'Violence at home: call Veilig Thuis', 'Veilig Thuis, 0800-2000, free and anonymous.', ['Is there a shelter for me and my children?']);

const plain = new AnswerEngine(SAMPLE_LIBRARY, { languages: ['en', 'pl', 'bg', 'uk', 'nl'] });
const full = new AnswerEngine([...SAMPLE_LIBRARY, EMERGENCY, SUICIDE, DOMESTIC], { languages: ['en', 'pl', 'bg', 'uk', 'nl'] });

describe('AnswerEngine, urgent messages', () => {
  it('answers with the tile that fits the crisis when retrieval finds it', () => {
    const answer = plain.ask('my boss took my passport and keeps it');
    expect(answer.urgent?.kind).toBe('exploitation');
    expect(['answered', 'clarify']).toContain(answer.outcome);
    expect(answer.tile?.key).toBe('report-exploitation');
  });

  it('answers with the library tile for the kind of crisis, whatever words the person used', () => {
    const answer = full.ask('thick black smoke is coming out of the flat below us');
    expect(answer.urgent?.kind).toBe('acute');
    expect(answer.outcome).toBe('answered');
    expect(['urgent-match', 'urgent-fit']).toContain(answer.reason);
    expect(answer.tile?.key).toBe('emergency-numbers');
  });

  it.each([
    ['suicide', 'i want to sleep and never wake up, everyone would be better off without me', 'crisis-line'],
    ['domestic', 'mój mąż mnie bije', 'violence-at-home'],
    ['acute', 'kolega spadł z rusztowania i mocno krwawi', 'emergency-numbers'],
  ])('finds the %s tile when the library has one', (kind, text, key) => {
    const answer = full.ask(text);
    expect(answer.urgent?.kind).toBe(kind);
    expect(['answered', 'clarify']).toContain(answer.outcome);
    expect(answer.tile?.key).toBe(key);
  });

  it('gives acute danger the emergency tile, not a tile whose title names other help though an example describes violence now', () => {
    const home = tile('violence-at-home-now', 'abuse', 'Violence at home: call Veilig Thuis', 'Veilig Thuis, 0800-2000, free and anonymous.',
      ['My husband attacked me with a knife in the kitchen and I am bleeding']);
    const engine = new AnswerEngine([...SAMPLE_LIBRARY, home, EMERGENCY], { languages: ['en', 'pl', 'bg', 'uk', 'nl'] });
    const answer = engine.ask('a man attacked my colleague with a knife in the kitchen, he is bleeding a lot');
    expect(answer.urgent?.kind).toBe('acute');
    expect(answer.tile?.key).toBe('emergency-numbers');
  });

  it.each([
    ['suicide', 'i want to sleep and never wake up, everyone would be better off without me'],
    ['domestic', 'my husband hits me when he drinks'],
    ['acute', 'my colleague collapsed and is not breathing'],
  ])('hands %s to a person when no tile fits', (kind, text) => {
    const answer = plain.ask(text);
    expect(answer).toMatchObject({ outcome: 'handoff', reason: 'urgent' });
    expect(answer.urgent?.kind).toBe(kind);
    expect(answer.tile).toBeUndefined();
  });

  it('stays urgent when the person also asks for a human', () => {
    const answer = full.ask('my husband hits me, i want to talk to a real person');
    expect(answer.outcome).toBe('handoff');
    expect(answer.urgent?.kind).toBe('domestic');
  });

  it('never answers an urgent message with an unrelated tile', () => {
    const answer = plain.ask('my colleague is not breathing, what is the minimum wage');
    expect(answer.urgent?.kind).toBe('acute');
    expect(answer.tile?.key).not.toBe('minimum-wage');
  });

  it.each([
    ['what is the minimum wage per hour?'],
    ['what is the non urgent police number'],
    ['this overtime is killing me, what is the minimum wage'],
    ['can my employer keep my passport? what are the rules'],
  ])('leaves ordinary questions unmarked: %s', (text) => {
    expect(full.ask(text).urgent).toBeUndefined();
  });

  it('puts "urgent" on the answer JSON, true or false', () => {
    const urgent = toAnswerJson(plain.ask('my husband hits me when he drinks'), ANSWER_TEXTS, 'u1');
    expect(urgent).toMatchObject({ id: 'u1', outcome: 'handoff', urgent: true });
    const ordinary = toAnswerJson(plain.ask('Jak dostać numer BSN?'), ANSWER_TEXTS, 'u2');
    expect(ordinary.urgent).toBe(false);
  });

  describe('when only the learned model hears a danger (the rules see nothing)', () => {
    // An English message the rules miss and the model (core/safety/crisis-model.ts) calls urgent.
    const text = MODEL_ONLY_CASES.find((c) => c.lang === 'en' && full.ask(c.text).urgent)?.text ?? MODEL_ONLY_CASES[1].text;
    const FITTING: Record<string, string> = { acute: 'emergency-numbers', suicide: 'crisis-line', domestic: 'violence-at-home', exploitation: 'report-exploitation' };

    it('answers with the tile that fits the crisis when retrieval is not sure of another', () => {
      const answer = full.ask(text);
      expect(answer.urgent?.cues).toEqual(['model']);
      expect(answer.tile?.key).toBe(FITTING[answer.urgent!.kind]);
    });

    it('keeps a tile retrieval answers with confidence, and stays urgent (safety card and a person first)', () => {
      // A tile whose example is the message itself, so that retrieval is sure of it.
      const sleep = tile('sleep-medicine', 'health', text, `${text}. ${text}.`, [text, text]);
      const engine = new AnswerEngine([...SAMPLE_LIBRARY, EMERGENCY, SUICIDE, DOMESTIC, sleep], { languages: ['en', 'pl'] });
      const answer = engine.ask(text);
      expect(answer.urgent?.cues).toEqual(['model']);
      expect(answer.outcome).toBe('answered');
      expect(answer.reason).toBe('match');
      expect(answer.tile?.key).toBe('sleep-medicine');
    });
  });
});
