import type { AnswerEngine, AnswerTextCatalog, EngineAnswer, Outcome } from '../answers/index.ts';
import type { SmallTalkKind } from '../answers/small-talk.ts';
import type { SafetyCardEntry } from '../content/index.ts';
import type { TileLink, VisibleTile } from '../content/types.ts';
import type { Language } from '../languages/index.ts';
import type { FixedTexts } from './dialog-texts.ts';
import type { Choice, InputKind } from './messages.ts';
import type { CrisisKind } from '../safety/index.ts';
import type { ContactDataSummary, PrivacyFacts } from './contact-data.ts';
import type { HandoffReason } from './state-machine.ts';
import type { FlowMemory } from './flow-memory.ts';

/**
 * What the dialog interpreter (dialog.ts) reads and returns: the actions a
 * dialog definition (flows/dialog.ts) is made of, a turn's input, and the
 * result the conversation service carries out.
 */
export type DialogAction =
  | 'greet' | 'proposeLanguage' | 'chooseLanguage' | 'setLanguage' | 'askQuestion'
  | 'showMenu' | 'showThemeTiles' | 'showTile' | 'offerTiles' | 'sayUnanswered'
  | 'askFeedback' | 'thankFeedback' | 'sorryFeedback'
  | 'showHelp' | 'showPrivacy' | 'confirmDelete' | 'deleteData' | 'cancelDelete'
  | 'handoff' | 'inputEmpty' | 'inputTooLong' | 'inputUnsupported'
  | 'showSafetyCard'
  | 'privacyNotice' | 'showMyData'
  | 'replySmallTalk' | 'sayNotSpoken';

export type Command = 'menu' | 'help' | 'language' | 'person' | 'privacy' | 'mydata' | 'delete';
export type ButtonKind = 'language' | 'languages' | 'theme' | 'tile' | 'feedbackYes' | 'feedbackNo' | 'deleteYes' | 'deleteNo' | 'menu' | 'person';

export interface DialogDefinition {
  firstContact: readonly DialogAction[];
  commands: Readonly<Record<Command, readonly DialogAction[]>>;
  outcomes: Readonly<Record<Outcome, readonly DialogAction[]>>;
  /**
   * A message that describes a danger to life or safety (EngineAnswer.urgent),
   * whatever the outcome; also on first contact, instead of the greeting.
   */
  urgent: readonly DialogAction[];
  buttons: Readonly<Record<ButtonKind, readonly DialogAction[]>>;
  input: Readonly<Record<Exclude<InputKind, 'text' | 'button'>, readonly DialogAction[]>>;
  /** Unanswered questions in a row after which the bot hands off by itself. */
  unansweredBeforeHandoff: number;
  /**
   * A message that is only small talk (a greeting, thanks, "ok", a farewell:
   * core/answers/small-talk.ts) once the person was greeted: no question, so
   * nothing is logged. On first contact the greeting itself answers it.
   */
  smallTalk: readonly DialogAction[];
  /**
   * A message in a language the bot does not speak (EngineAnswer.foreign): no question, nothing
   * logged. On first contact these replace the language proposal after the greeting.
   */
  foreign: readonly DialogAction[];
}

export interface Reply {
  text: string;
  choices: Choice[];
  links: TileLink[];
}

export interface TurnInput {
  kind: InputKind;
  text: string;
  payload?: string;
  flow: FlowMemory;
  preferredLanguage: Language | null;
  locale?: Language;
  organizationName: string;
  /**
   * When the human inbox is closed now: its hours and next opening, worded
   * in `lang`, for the "leave your message" reply. Undefined (or returning
   * undefined) when open or when no hours are set.
   */
  inboxClosed?: (lang: Language) => { hours: string; when: string } | undefined;
  /** The municipality's own safety card entries (Organization.settings.safetyCard), shown after the national ones. */
  safetyCard?: readonly SafetyCardEntry[];
  /** The language the conversation was last held in (Conversation.language), if any. */
  conversationLanguage?: Language;
  /** The municipality's privacy facts for the first-contact notice and "my data" (defaults when left out). */
  privacy?: PrivacyFacts;
  /** What is stored about the person, for "my data": the service loads it when a turn asks (`needsContactData`) and runs the turn again. */
  contactData?: ContactDataSummary;
}

export interface TurnResult {
  replies: Reply[];
  language: Language;
  flow: FlowMemory;
  setPreferredLanguage?: Language;
  /**
   * A question was answered (or not): log it; the service stores the row id in flow.feedbackFor.
   * Never set for small talk, commands or buttons other than a tile; set for a first question too,
   * also when unanswered. `tileOwnerSlug`: the layer the tile belongs to (VisibleTile.ownerSlug).
   */
  question?: { outcome: Outcome | 'urgent'; themeKey?: string; tileKey?: string; tileOwnerSlug?: string };
  /** The message was only small talk (greeting, thanks, "ok", farewell): not a question, not logged. */
  smallTalk?: SmallTalkKind;
  feedback?: { questionLogId: string; helpful: boolean };
  handoff?: HandoffReason;
  /** The message described a danger (core/safety): the conversation is marked urgent for the inbox. */
  urgent?: CrisisKind;
  deleteData?: boolean;
  /** The turn shows "my data" but `contactData` was not given: load it and run the turn again with it. */
  needsContactData?: boolean;
  /**
   * A tile reply went out in the tile's source language (with the "not yet
   * in your language" line) because the tile has no text in `lang`: the
   * service may have it translated at once and render `replies[replyIndex]`
   * again (core/answers renderTile) before the replies are stored.
   */
  untranslated?: { replyIndex: number; tileKey: string; tile: VisibleTile; lang: Language };
}

export interface DialogContext {
  definition: DialogDefinition;
  texts: Readonly<Record<Language, FixedTexts>>;
  /** The same texts' `answer` sections, as the answer renderer takes them. */
  answerTexts: AnswerTextCatalog;
  engine: AnswerEngine;
  detectCommand(text: string, lang: Language): Command | undefined;
  commandWords(lang: Language): Record<Command, string>;
  /** The language whose command words `text` is when they are not `lang`'s (a command typed before a language was chosen). */
  commandLanguage?(text: string, lang: Language): Language | undefined;
}
