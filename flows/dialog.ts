import type { DialogDefinition } from '../core/conversation/dialog.ts';

/**
 * The bot's dialog, as data: which actions run (in order) for each kind of
 * message. The interpreter is core/conversation/dialog.ts; the words are in
 * flows/texts and flows/commands.
 */
export const DIALOG: DialogDefinition = {
  /**
   * The very first message: say hello with a short privacy notice (what is kept, how long, how to see and
   * delete it), propose the detected language (a first question is answered too).
   */
  firstContact: ['greet', 'privacyNotice', 'proposeLanguage'],
  commands: {
    menu: ['showMenu'],
    help: ['showHelp'],
    language: ['chooseLanguage'],
    person: ['handoff'],
    privacy: ['showPrivacy'],
    mydata: ['showMyData'],
    delete: ['confirmDelete'],
  },
  /** What an answer from the engine leads to. */
  outcomes: {
    answered: ['showTile', 'askFeedback'],
    clarify: ['offerTiles'],
    unanswered: ['sayUnanswered'],
    handoff: ['handoff'],
  },
  /**
   * A message that describes a danger to life or safety (fire, someone not
   * breathing, suicidal thoughts, violence at home, a passport taken, being
   * put out tonight): first the safety card with the numbers that fit, then
   * the matching tile if there is one, and at once a person (the conversation
   * goes to the inbox marked urgent). On first contact too, before any greeting.
   */
  urgent: ['showSafetyCard', 'showTile', 'handoff'],
  /** Buttons, by the kind in their payload (`<kind>:<value>`). */
  buttons: {
    language: ['setLanguage', 'askQuestion'],
    /** "More languages": the next page of the language list. */
    languages: ['chooseLanguage'],
    theme: ['showThemeTiles'],
    tile: ['showTile', 'askFeedback'],
    feedbackYes: ['thankFeedback'],
    feedbackNo: ['sorryFeedback'],
    deleteYes: ['deleteData'],
    deleteNo: ['cancelDelete'],
    menu: ['showMenu'],
    person: ['handoff'],
  },
  /** Messages that are no question: nothing readable, far too long, a photo or voice note. */
  input: {
    empty: ['inputEmpty'],
    too_long: ['inputTooLong'],
    unsupported: ['inputUnsupported'],
  },
  unansweredBeforeHandoff: 2,
  /**
   * A message that is only small talk once the person was greeted ("dzięki!", "ok", "bye"): a short
   * friendly reply (thanks and farewells get a word back, a greeting or "ok" the topics); not a question, not logged.
   */
  smallTalk: ['replySmallTalk'],
  /**
   * A message in a language the bot does not speak (Russian, German, Arabic…): in English and Dutch,
   * the languages it speaks as a choice; no question is logged (it would be a gap in the wrong language).
   * On first contact after the greeting and privacy notice, instead of proposing a language.
   */
  foreign: ['sayNotSpoken'],
};
