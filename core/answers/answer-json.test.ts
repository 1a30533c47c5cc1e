import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../languages/index.ts';
import { ANSWER_TEXTS } from '../../flows/texts/index.ts';
import { AnswerEngine } from './answer-engine.ts';
import { toAnswerJson } from './answer-json.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

const engine = new AnswerEngine(SAMPLE_LIBRARY, { languages: ['en', 'pl', 'bg', 'uk'] });

/** The answer object of the evaluation contract (shared/eval/README.md), field by field. */
function expectContractShape(json: Record<string, unknown>): void {
  expect(Object.keys(json).sort()).toEqual(['alternatives', 'confidence', 'id', 'lang', 'ms', 'outcome', 'text', 'theme', 'tile', 'urgent']);
  expect(SUPPORTED_LANGUAGES).toContain(json.lang);
  expect(['answered', 'clarify', 'handoff', 'unanswered']).toContain(json.outcome);
  expect(json.tile === null || typeof json.tile === 'string').toBe(true);
  expect(json.theme === null || typeof json.theme === 'string').toBe(true);
  expect(typeof json.confidence).toBe('number');
  expect(json.confidence as number).toBeGreaterThanOrEqual(0);
  expect(json.confidence as number).toBeLessThanOrEqual(1);
  expect(Array.isArray(json.alternatives)).toBe(true);
  expect((json.alternatives as unknown[]).length).toBeLessThanOrEqual(2);
  expect(typeof json.ms).toBe('number');
  expect(typeof json.text).toBe('string');
  expect(typeof json.urgent).toBe('boolean');
  expect((json.text as string).length).toBeGreaterThan(0);
}

describe('answer JSON (evaluation contract)', () => {
  it('answered: tile, theme and the tile text in the question language', () => {
    const json = toAnswerJson(engine.ask('Jak dostać numer BSN?'), ANSWER_TEXTS, 'q1') as unknown as Record<string, unknown>;
    expectContractShape(json);
    expect(json).toMatchObject({ id: 'q1', lang: 'pl', tile: 'bsn', theme: 'registration' });
    expect(json.text).toContain('Zameldowanie w gminie i numer BSN');
    expect(json.text).toContain('https://example.org/bsn');
  });

  it('handoff: no tile, the fixed handoff text of the language', () => {
    const json = toAnswerJson(engine.ask('I want to talk to a real person'), ANSWER_TEXTS, 'q2') as unknown as Record<string, unknown>;
    expectContractShape(json);
    expect(json).toMatchObject({ outcome: 'handoff', tile: null, theme: null, text: ANSWER_TEXTS.en.handoff });
  });

  it('unanswered: the fixed text that offers a person', () => {
    const json = toAnswerJson(engine.ask('Як полагодити ноутбук, який не вмикається?'), ANSWER_TEXTS, 'q3') as unknown as Record<string, unknown>;
    expectContractShape(json);
    expect(json).toMatchObject({ outcome: 'unanswered', lang: 'uk', tile: null, text: ANSWER_TEXTS.uk.unanswered });
  });

  it('falls back to the source text when the tile has no version in the language', () => {
    const json = toAnswerJson(engine.ask('Коли вивозять сміття і куди викидати пластик?'), ANSWER_TEXTS, 'q4');
    if (json.outcome === 'answered') {
      expect(json.tile).toBe('waste');
      expect(json.text).toContain('Household waste');
    } else {
      expect(json.outcome).toBe('clarify');
      expect(json.text.startsWith(ANSWER_TEXTS.uk.clarify)).toBe(true);
    }
  });
});
