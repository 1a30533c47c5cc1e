import type { DialogContext } from '../core/conversation/index.ts';
import { commandLanguage, commandWords, detectCommand } from './commands/index.ts';
import { DIALOG } from './dialog.ts';
import { ANSWER_TEXTS, FIXED_TEXTS } from './texts/index.ts';

export { commandLanguage, commandWords, detectCommand } from './commands/index.ts';
export { DIALOG } from './dialog.ts';
export { ANSWER_TEXTS, FIXED_TEXTS } from './texts/index.ts';
export { FLYER_TEXTS } from './flyer-texts/index.ts';

/** The dialog as the conversation core runs it: steps, fixed texts in every language, commands. */
export const DIALOG_CONTEXT: Omit<DialogContext, 'engine'> = {
  definition: DIALOG,
  texts: FIXED_TEXTS,
  answerTexts: ANSWER_TEXTS,
  detectCommand,
  commandWords,
  commandLanguage,
};
