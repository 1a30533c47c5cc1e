import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import type { AnswerTextCatalog, AnswerTexts } from '../../core/answers/index.ts';
import bg from './bg.json' with { type: 'json' };
import cs from './cs.json' with { type: 'json' };
import el from './el.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import et from './et.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import lt from './lt.json' with { type: 'json' };
import lv from './lv.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ro from './ro.json' with { type: 'json' };
import sk from './sk.json' with { type: 'json' };
import sl from './sl.json' with { type: 'json' };
import tr from './tr.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };

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

export const FIXED_TEXTS: Record<Language, FixedTexts> = {
  bg, cs, el, en, es, et, hu, it, lt, lv, nl, pl, pt, ro, sk, sl, tr, uk,
};

/** The answer texts of every language, in the shape the answer engine's renderer takes. */
export const ANSWER_TEXTS: AnswerTextCatalog = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lang) => [lang, FIXED_TEXTS[lang].answer]),
) as AnswerTextCatalog;
