import { describe, expect, it } from 'vitest';
import { TRANSLATION_ACTIONS, TRANSLATION_STATES, nextState, translationState, type TranslationState } from './translation-state.ts';

/**
 * Every action over every state, as one table: the state after it, or `refused`.
 * Rows are states, columns actions in TRANSLATION_ACTIONS order:
 * source_changed, source_minor_change, no_text_change, machine_translated, edited, checked, exported, machine_failed.
 */
const R = 'refused';
const TABLE: Record<TranslationState, Array<TranslationState | typeof R>> = {
  source:          ['source', 'source', 'source', R, R, R, R, 'source'],
  missing:         ['missing', 'missing', 'missing', 'machine', 'human', R, 'in_translation', 'missing'],
  machine:         ['stale', 'machine', 'machine', 'machine', 'human', 'machine_checked', R, 'machine'],
  machine_checked: ['stale', 'machine_checked', 'machine_checked', 'machine_checked', 'human', 'machine_checked', R, 'machine_checked'],
  human:           ['stale', 'human', 'human', 'human', 'human', R, R, 'human'],
  stale:           ['stale', 'stale', 'stale', 'machine', 'human', R, 'in_translation', 'stale'],
  in_translation:  ['stale', 'in_translation', 'in_translation', 'in_translation', 'human', R, 'in_translation', 'in_translation'],
};

describe('translation state machine', () => {
  it('has a row for every state and a column for every action', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...TRANSLATION_STATES].sort());
    for (const row of Object.values(TABLE)) expect(row).toHaveLength(TRANSLATION_ACTIONS.length);
  });

  for (const state of TRANSLATION_STATES) {
    TRANSLATION_ACTIONS.forEach((action, i) => {
      const expected = TABLE[state][i];
      it(`${state} --${action}--> ${expected}`, () => {
        const next = nextState(state, action);
        if (expected === R) expect(next).toHaveProperty('refused');
        else expect(next).toEqual({ state: expected });
      });
    });
  }
});

describe('translationState (computed from hashes, never from times)', () => {
  const row = (origin: 'machine' | 'human', sourceHash: string, checked = false) => ({ origin, sourceHash, checked });
  const cases: Array<[string, Parameters<typeof translationState>[0], TranslationState]> = [
    ['the source language', { isSource: true, currentHash: 'h1', row: { origin: 'source', sourceHash: 'h1', checked: false } }, 'source'],
    ['no row', { isSource: false, currentHash: 'h1' }, 'missing'],
    ['machine from the current source', { isSource: false, currentHash: 'h1', row: row('machine', 'h1') }, 'machine'],
    ['machine, checked', { isSource: false, currentHash: 'h1', row: row('machine', 'h1', true) }, 'machine_checked'],
    ['human from the current source', { isSource: false, currentHash: 'h1', row: row('human', 'h1') }, 'human'],
    ['made from another source', { isSource: false, currentHash: 'h2', row: row('human', 'h1') }, 'stale'],
    ['a row without a hash', { isSource: false, currentHash: 'h1', row: row('human', '') }, 'stale'],
    ['exported for this source, no row', { isSource: false, currentHash: 'h1', handoutHash: 'h1' }, 'in_translation'],
    ['exported for this source, stale row', { isSource: false, currentHash: 'h2', handoutHash: 'h2', row: row('machine', 'h1') }, 'in_translation'],
    ['exported, machine served meanwhile', { isSource: false, currentHash: 'h1', handoutHash: 'h1', row: row('machine', 'h1') }, 'in_translation'],
    ['exported, a person translated it since', { isSource: false, currentHash: 'h1', handoutHash: 'h1', row: row('human', 'h1') }, 'human'],
    ['exported for an older source', { isSource: false, currentHash: 'h2', handoutHash: 'h1', row: row('machine', 'h1') }, 'stale'],
  ];
  for (const [name, facts, expected] of cases) {
    it(`${name}: ${expected}`, () => expect(translationState(facts)).toBe(expected));
  }
});
