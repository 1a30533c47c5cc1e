import type { AnswerTexts } from '../answers/index.ts';

/**
 * The bot's fixed texts, one JSON file per language, written for this project
 * (not machine-translated at run time). English is the reference; a language
 * file must have every key English has (checked by flows/texts/texts.test.ts).
 */
export interface FixedTexts {
  answer: AnswerTexts;
  welcome: WelcomeTexts;
  menu: MenuTexts;
  feedback: FeedbackTexts;
  commands: CommandTexts;
  handoff: HandoffTexts;
  input: InputTexts;
  themes: ThemeNames;
  /** The language's own name as its speakers write it ("Polski", "Українська"); the value for `{language}`. */
  languageName: string;
}

/**
 * First contact and language choice. `{place}` is the municipality's name;
 * `{language}` is a `languageName`, inserted as is (the texts are phrased so
 * that a name in its dictionary form reads correctly).
 */
export interface WelcomeTexts {
  /** First message. Placeholders: `{place}`. */
  greeting: string;
  /** Offer to switch to the language the person seems to write in. Placeholders: `{language}`. */
  proposeLanguage: string;
  /** Asked before the list of languages. */
  chooseLanguage: string;
  /** Confirms a language switch, in the new language. Placeholders: `{language}`. */
  languageChanged: string;
  /** Invitation to ask, after the greeting or a language switch. */
  askQuestion: string;
}

/** Topic menu and its buttons (button labels are short: phone screens). */
export interface MenuTexts {
  /** Above the list of themes. */
  intro: string;
  /** Above the tiles of one theme. Placeholders: `{theme}`, a name from `themes`. */
  tilesIntro: string;
  more: string;
  back: string;
  mainMenu: string;
  talkToPerson: string;
}

/** The question after an answer, its two buttons and the replies to them. */
export interface FeedbackTexts {
  question: string;
  yes: string;
  no: string;
  thanks: string;
  sorry: string;
}

/** Replies to the typed commands (flows/commands). */
export interface CommandTexts {
  /** Placeholders: `{commands}`, the language's command words, comma-separated. */
  help: string;
  /** What is stored and why. Placeholders: `{deleteCommand}`, the first delete word of the language. */
  privacy: string;
  deleteConfirm: string;
  deleteDone: string;
  deleteCancelled: string;
  /** Button that confirms deletion. */
  confirmYes: string;
  /** Button that cancels deletion. */
  confirmNo: string;
}

/** Messages around a handoff to an outreach worker. */
export interface HandoffTexts {
  /** Placeholders: `{organization}`, the organization's display name. */
  waiting: string;
  /** Placeholders: `{hours}` (e.g. "Monday to Friday, 9:00–17:00") and `{when}` (e.g. "tomorrow morning"), both already in the text's language. */
  outsideHours: string;
  /** The outreach worker closed the conversation; the bot answers again. */
  backToBot: string;
}

/** Replies to messages the bot cannot take as a question. */
export interface InputTexts {
  empty: string;
  tooLong: string;
  /** Voice notes, images, stickers, files. */
  unsupported: string;
}

/** Display names of the 11 default themes, by theme key. */
export interface ThemeNames {
  registration: string;
  work: string;
  income: string;
  housing: string;
  health: string;
  language: string;
  family: string;
  practical: string;
  leisure: string;
  help: string;
  abuse: string;
}

