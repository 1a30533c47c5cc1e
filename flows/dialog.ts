import type { DialogDefinition } from '../core/conversation/dialog.ts';

/**
 * The bot's dialog, as data: which actions run (in order) for each kind of
 * message. The interpreter is core/conversation/dialog.ts; the words are in
 * flows/texts and flows/commands.
 */
export const DIALOG: DialogDefinition = {
  /** The very first message: say hello, propose the detected language (a first question is answered too). */
  firstContact: ['greet', 'proposeLanguage'],
  commands: {
    menu: ['showMenu'],
    help: ['showHelp'],
    language: ['chooseLanguage'],
    person: ['handoff'],
    privacy: ['showPrivacy'],
    delete: ['confirmDelete'],
  },
  /** What an answer from the engine leads to. */
  outcomes: {
    answered: ['showTile', 'askFeedback'],
    clarify: ['offerTiles'],
    unanswered: ['sayUnanswered'],
    handoff: ['handoff'],
  },
  /** Buttons, by the kind in their payload (`<kind>:<value>`). */
  buttons: {
    language: ['setLanguage', 'askQuestion'],
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
};
