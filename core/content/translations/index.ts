/**
 * Tile translations (issue: all 18 languages, DeepL from the source,
 * translators in the loop). The state of every tile × language is computed
 * from hashes of the source text (translation-state.ts); DeepL makes
 * missing and stale texts after a publish, segment by segment with a cache
 * and a monthly budget (machine-translation.ts, tile-translations.ts,
 * translation-queue.ts); people edit, check and exchange XLIFF files.
 */
export { sourceHashOf } from './source-hash.ts';
export {
  TRANSLATION_ACTIONS, TRANSLATION_STATES, isCurrent, nextState, translationState,
  type Transition, type TranslationAction, type TranslationFacts, type TranslationState,
} from './translation-state.ts';
export { TRANSLATION_PROBLEMS, parseProblems, problemFor, type TranslationProblem, type TranslationProblemReason, type TranslationProblems } from './translation-problems.ts';
export {
  currentHash, loadTranslationTile, loadTranslationTiles, markChecked, recordHandouts, setProblems, writeHumanText, writeMachineText,
  type TranslationRow, type TranslationText, type TranslationTile,
} from './translation-repository.ts';
export { budgetState, monthOf, releaseCharacters, reserveCharacters, type BudgetState } from './budget.ts';
export { needsMachineText, planMachineUnits, translateUnit, type MachineUnit, type UnitOutcome } from './machine-translation.ts';
export { TileTranslations, type RunEstimate, type RunReport } from './tile-translations.ts';
export { TileTranslationQueue, type TileTranslationJob } from './translation-queue.ts';
export {
  cellOf, languageState, matrixLanguages, sourceTextOf, textOf, translationMatrix,
  type MatrixFilter, type MatrixTile, type TranslationCell, type TranslationMatrix,
} from './translation-matrix.ts';
export {
  editTranslation, findTranslationTile, markTranslationChecked, translationTextProblems, translationView, type TranslationView,
} from './translation-edits.ts';
export { XLIFF_MAX_BYTES, XLIFF_NAMESPACE, readXliff, writeXliff } from './xliff.ts';
export { exportXliff, type XliffExport } from './xliff-export.ts';
export { importXliff, previewXliffImport, textDiff, type ImportPreview, type ImportResult, type ImportUnit, type TextDiff } from './xliff-import.ts';
export { InstantTileTranslation } from './instant-translation.ts';
