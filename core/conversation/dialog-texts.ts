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
  safety: SafetyTexts;
  privacy: PrivacyTexts;
  worker: WorkerTexts;
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
  /** The choice that shows the next page of languages, where a channel cannot show them all at once (short: a button). */
  moreLanguages: string;
  /** The reply to small talk that thanks the bot ("dzięki!"), which is not a question. */
  youAreWelcome: string;
  /** The reply to a farewell ("bye", "la revedere"). */
  goodbye: string;
  /**
   * The reply to a message in a language the bot does not speak (Russian, German, Arabic…), shown
   * in English and Dutch together above the list of languages it does speak.
   */
  notSpoken: string;
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

/**
 * The safety reply to an urgent message (core/safety): a short intro for the
 * kind of danger, one line per number on the card, and what happens next.
 * Numbers and service names are not in these texts (they come from the card);
 * only the intros for acute danger and eviction name 112.
 */
export interface SafetyTexts {
  /** First line, by crisis kind: calm, short, says what to do now. */
  intro: { acute: string; suicide: string; domestic: string; exploitation: string; eviction: string };
  /** What each national service is for, a few words (after the service's name). */
  services: {
    emergency: string;
    suicidePrevention: string;
    domesticViolence: string;
    fairWork: string;
    labourInspectorate: string;
    legalAid: string;
  };
  /** Placeholders: `{phone}`. */
  call: string;
  /** A chat link. Placeholders: `{url}`. */
  chat: string;
  /** A website. Placeholders: `{url}`. */
  website: string;
  /** The person is offered at once (inbox open). Placeholders: `{organization}`. */
  personNow: string;
  /** Inbox closed: call now, and when a person reads the chat. Placeholders: `{when}` (e.g. "Monday 09:00", in the text's language). */
  outsideHours: string;
}

/**
 * The privacy notice at first contact and the "my data" report. Numbers and
 * dates are inserted already formatted for the language.
 */
export interface PrivacyTexts {
  /**
   * Short notice joined to the greeting: what is kept, for how long, how to see and delete it.
   * Placeholders: `{months}` (retention after the last message), `{myDataCommand}`, `{deleteCommand}`.
   */
  notice: string;
  /** Label of the link to the municipality's privacy statement (when it has one). Placeholders: `{organization}`. */
  statementLink: string;
  /**
   * What is stored about the person. Placeholders: `{language}`, `{channel}`, `{firstSeen}`, `{lastSeen}`,
   * `{conversations}`, `{messages}`, `{organizations}`, `{worker}` (one of the two lines below), `{months}`, `{deleteCommand}`.
   */
  myData: string;
  /** An outreach worker took part in one of the person's conversations. */
  workerYes: string;
  /** No outreach worker took part. */
  workerNo: string;
  /** The name of the web chat channel (Telegram and WhatsApp are shown by their own names). */
  webChat: string;
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

/**
 * What the person is told about the outreach worker who writes to them
 * (sent by the handoff service). Worded without grammatical gender: only the
 * worker's first name is known.
 */
export interface WorkerTexts {
  /** A worker took over the conversation. Placeholders: `{name}` (the worker's first name), `{organization}` (the municipality's display name). */
  joined: string;
  /** Above a worker's message that went out untranslated, because the worker chose to send it while translation was unavailable. */
  untranslatedNote: string;
}
