/**
 * The state of one tile × language, and what each action does to it: the
 * explicit state machine behind the studio's translation matrix. Pure; the
 * services ask `nextState` before they write, so a refused action is refused
 * here and nowhere else (translation-state.test.ts walks every action over
 * every state).
 */

export const TRANSLATION_STATES = ['source', 'missing', 'machine', 'machine_checked', 'human', 'stale', 'in_translation'] as const;
export type TranslationState = typeof TRANSLATION_STATES[number];

/** What is stored about one tile × language, as the state is computed from it. */
export interface TranslationFacts {
  /** The tile's source language is this language. */
  isSource: boolean;
  /** The stored row, if any. */
  row?: {
    origin: 'source' | 'machine' | 'human';
    /** Hash of the source the row was made from ('' for rows from before hashes existed). */
    sourceHash: string;
    checked: boolean;
  };
  /** The source hash of an open XLIFF handout for this language, if one is out. */
  handoutHash?: string;
  /** The live source's hash now. */
  currentHash: string;
}

/** A row made from the current source text. */
export function isCurrent(row: NonNullable<TranslationFacts['row']>, currentHash: string): boolean {
  return row.sourceHash !== '' && row.sourceHash === currentHash;
}

/** The state of one tile × language. */
export function translationState(facts: TranslationFacts): TranslationState {
  if (facts.isSource) return 'source';
  const { row, currentHash } = facts;
  const current = row ? isCurrent(row, currentHash) : false;
  // Sent out for translation for this very source text, and no person has translated it since.
  if (facts.handoutHash === currentHash && !(current && row?.origin === 'human')) return 'in_translation';
  if (!row) return 'missing';
  if (!current) return 'stale';
  if (row.origin === 'human') return 'human';
  return row.checked ? 'machine_checked' : 'machine';
}

/**
 * What can happen to a tile × language:
 * - `source_changed`: a publish changed the source text;
 * - `source_minor_change`: a publish with "minor change, keep translations";
 * - `no_text_change`: saving a draft, moving the tile, restoring a revision whose text is the same;
 * - `machine_translated`: a machine run (at publish, a bulk run, or at once in a chat) made a text;
 * - `edited`: a translator or editor wrote the text in place (or an XLIFF unit was imported);
 * - `checked`: a person marked the machine text as checked;
 * - `exported`: the unit went out as XLIFF;
 * - `machine_failed`: DeepL was off, over budget or failing.
 */
export const TRANSLATION_ACTIONS = [
  'source_changed', 'source_minor_change', 'no_text_change', 'machine_translated', 'edited', 'checked', 'exported', 'machine_failed',
] as const;
export type TranslationAction = typeof TRANSLATION_ACTIONS[number];

export type Transition = { state: TranslationState } | { refused: string };

/** The state after `action`, or why the action does not apply (nothing is written then). */
export function nextState(state: TranslationState, action: TranslationAction): Transition {
  if (state === 'source') {
    // The source text is edited through drafts and publishing, never as a translation.
    return action === 'edited' || action === 'checked' || action === 'exported' || action === 'machine_translated'
      ? { refused: 'this is the source text; edit the tile instead' }
      : { state };
  }
  switch (action) {
    case 'source_changed':
      return { state: state === 'missing' ? 'missing' : 'stale' };
    case 'source_minor_change':
    case 'no_text_change':
      return { state };
    case 'machine_translated':
      // A current human or checked text is never overwritten by a machine; while out for translation the machine
      // text is served meanwhile and the state stays "in translation".
      if (state === 'human' || state === 'machine_checked' || state === 'in_translation') return { state };
      return { state: 'machine' };
    case 'edited':
      return { state: 'human' };
    case 'checked':
      if (state === 'machine' || state === 'machine_checked') return { state: 'machine_checked' };
      if (state === 'stale') return { refused: 'the source changed since this text was made; edit it or let it be translated again' };
      return { refused: state === 'human' ? 'a human translation needs no check' : 'there is no machine translation to check' };
    case 'exported':
      return state === 'missing' || state === 'stale' || state === 'in_translation'
        ? { state: 'in_translation' }
        : { refused: 'only missing and stale translations are sent out' };
    case 'machine_failed':
      return { state };
  }
}
