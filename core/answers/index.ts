/**
 * The answer engine: from a few words typed in a chat to the right vetted
 * tile in the person's language, or an honest "I don't know" / a person.
 * Public API of core/answers; other modules import only from here.
 */
export { AnswerEngine, MAX_QUESTION_CHARS, type EngineAnswer, type EngineOptions, type Outcome } from './answer-engine.ts';
export { AnswerService, DEFAULT_RECHECK_MS, type AnswerServiceOptions, type TileSource } from './answer-service.ts';
export {
  ContentChangeListener,
  RedisContentChanges,
  contentChangedChannel,
  DEFAULT_CONTENT_PREFIX,
  type ContentChanges,
  type ContentChangedMessage,
  type RefreshableContent,
} from './content-changes.ts';
export { toAnswerJson, type AnswerJson } from './answer-json.ts';
export {
  hasTranslation, renderReply, renderTile, tileContent, tileLinks, type AnswerTexts, type AnswerTextCatalog, type RenderedTile,
} from './reply.ts';
export { LanguageDetector, type DetectedLanguage, type LanguageHints } from './language-detect.ts';
export { detectHandoffIntent, type HandoffIntent } from './handoff-intent.ts';
