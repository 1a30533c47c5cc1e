import type { EngineAnswer } from '../answers/index.ts';
import { hasTranslation, renderTile, tileContent } from '../answers/index.ts';
import type { TileLink, VisibleTile } from '../content/types.ts';
import { isLanguage, type Language } from '../languages/index.ts';
import type { ThemeNames } from './dialog-texts.ts';
import { limitChoices, type Choice } from './messages.ts';
import { languageChoices, parseLanguagePage } from './language-picker.ts';
import { safetyCard } from '../safety/index.ts';
import { safetyReplyText } from './safety-reply.ts';
import { DEFAULT_ORGANIZATION_SETTINGS } from '../content/organization-settings.ts';
import { myDataReport, privacyNotice, type PrivacyFacts } from './contact-data.ts';
import { fill } from './template.ts';
import type { FlowMemory } from './flow-memory.ts';

import type { ButtonKind, Command, DialogAction, DialogContext, DialogDefinition, Reply, TurnInput, TurnResult } from './dialog-types.ts';

export type { FlowMemory } from './flow-memory.ts';
export type { Command, ButtonKind, DialogAction, DialogContext, DialogDefinition, Reply, TurnInput, TurnResult } from './dialog-types.ts';

/**
 * The dialog interpreter. The dialog itself is data (flows/dialog.ts): which
 * actions run on first contact, for each command, each answer outcome, each
 * button and each unusable input. This module knows how to perform an
 * action; it does no I/O and returns what the conversation service must do
 * (send replies, remember, log, hand off, delete).
 */

/** Privacy facts of an organization without settings. */
const DEFAULT_PRIVACY: PrivacyFacts = { retentionMonths: DEFAULT_ORGANIZATION_SETTINGS.retention.conversationMonths };

const say = (text: string, choices: Choice[] = [], links: TileLink[] = []): Reply => ({ text, choices: limitChoices(choices), links });

/** Payloads of the buttons the dialog offers: `<kind>:<value>`. */
function parsePayload(payload: string): { kind: ButtonKind; value: string } | undefined {
  const [kind, ...rest] = payload.split(':');
  const known: readonly string[] = ['language', 'languages', 'theme', 'tile', 'feedbackYes', 'feedbackNo', 'deleteYes', 'deleteNo', 'menu', 'person'];
  return known.includes(kind) ? { kind: kind as ButtonKind, value: rest.join(':') } : undefined;
}

/** Marks the turn urgent (question log outcome `urgent`, the crisis kind for the inbox) and returns the urgent actions. */
function urgentTurn(result: TurnResult, answer: EngineAnswer, definition: DialogDefinition): readonly DialogAction[] {
  result.urgent = answer.urgent?.kind;
  result.question = { outcome: 'urgent', ...loggedTile(answer.tile) };
  return definition.urgent;
}

/** The tile fields of a question-log row. */
const loggedTile = (tile: VisibleTile | undefined) => (tile ? { themeKey: tile.theme, tileKey: tile.key, tileOwnerSlug: tile.ownerSlug } : {});

const pushReply = (result: TurnResult, reply: Reply | undefined) => {
  if (reply) result.replies.push(reply);
};

/** Runs one turn of the dialog. Never throws on user input; unknown buttons show the menu. */
export function runTurn(ctx: DialogContext, input: TurnInput): TurnResult {
  const { definition, engine } = ctx;
  const flow: FlowMemory = { ...input.flow };
  // Before the person chose a language, a button or command is answered in the language the chat was held in.
  const held = input.conversationLanguage && engine.languages.includes(input.conversationLanguage) ? input.conversationLanguage : undefined;
  let lang: Language = input.preferredLanguage ?? held ?? input.locale ?? engine.languages[0] ?? 'en';
  let answer: EngineAnswer | undefined;
  let button: { kind: ButtonKind; value: string } | undefined;
  const result: TurnResult = { replies: [], language: lang, flow };
  let actions: readonly DialogAction[];

  if (input.kind === 'button') {
    button = parsePayload(input.payload ?? '');
    actions = button ? definition.buttons[button.kind] : definition.commands.menu;
  } else if (input.kind !== 'text') {
    actions = definition.input[input.kind];
  } else {
    const command = ctx.detectCommand(input.text, lang);
    // A command in another language's words while the person has chosen none: answer in that language.
    const spoken = command && !input.preferredLanguage ? ctx.commandLanguage?.(input.text, lang) : undefined;
    const commandLang = spoken && engine.languages.includes(spoken) ? spoken : undefined;
    if (commandLang) lang = commandLang;
    if (!flow.greeted) {
      // First contact: greet and propose the detected language; a first real question is answered right away.
      answer = engine.ask(input.text, { previous: input.preferredLanguage, locale: input.locale });
      // A command (Telegram's "/start <code>") says nothing about the person's language: the channel's hint does.
      const hinted = command && input.locale && engine.languages.includes(input.locale) ? input.locale : undefined;
      // Only a greeting, thanks or "ok" (the engine said so, in the greeting's language): the greeting
      // answers it, and it is no question to log.
      const talk = command ? undefined : answer.smallTalk;
      lang = commandLang ?? hinted ?? answer.lang;
      if (talk) result.smallTalk = talk;
      // A language the bot does not speak: greet, then the languages it speaks instead of proposing one.
      const foreign = !command && !talk && answer.foreign !== undefined;
      // Every real question is logged, also an unanswered first one (the greeting then invites the person to ask again).
      if (!command && !talk && !foreign) result.question = { outcome: answer.outcome, ...loggedTile(answer.tile) };
      const answers = !command && !talk && answer.outcome !== 'unanswered';
      actions = [
        ...(foreign ? definition.firstContact.filter((a) => a !== 'proposeLanguage') : definition.firstContact),
        ...(command ? definition.commands[command] : answers ? definition.outcomes[answer.outcome] : foreign ? definition.foreign : []),
      ];
      // A person in danger gets the safety card first: no greeting, no language question before it.
      if (!command && answer.urgent) actions = urgentTurn(result, answer, definition);
    } else if (command) {
      actions = definition.commands[command];
    } else {
      answer = engine.ask(input.text, { previous: input.preferredLanguage, locale: input.locale });
      const talk = answer.smallTalk;
      if (talk) {
        // Small talk, in the language the chat is held in: a short friendly reply, nothing logged.
        result.smallTalk = talk;
        answer = undefined;
        actions = definition.smallTalk;
      } else if (answer.foreign) {
        // Not a question we can read: the chat keeps its language, nothing is logged.
        actions = definition.foreign;
      } else {
        lang = answer.lang;
        actions = definition.outcomes[answer.outcome];
        result.question = { outcome: answer.outcome, ...loggedTile(answer.tile) };
        if (answer.urgent) actions = urgentTurn(result, answer, definition);
      }
    }
  }

  const texts = () => ctx.texts[lang] ?? ctx.texts.en;
  const themeName = (key: string) => texts().themes[key as keyof ThemeNames] ?? key;
  const tileByKey = (key: string) => engine.tiles.find((t) => t.key === key);
  const menuChoices = (): Choice[] => {
    const themes = [...new Set(engine.tiles.map((t) => t.theme))];
    return [...themes.slice(0, 9).map((t) => ({ label: themeName(t), payload: `theme:${t}` })), { label: texts().menu.talkToPerson, payload: 'person:' }];
  };
  // A sensitive tile (exploitation, violence...) always comes with the offer of a person (after an urgent message, a person is on the way).
  // Without text in the person's language: the source text with one line saying so (TurnResult.untranslated).
  const tileReply = (tile: VisibleTile): Reply => {
    const shown = renderTile(tile, lang, ctx.answerTexts);
    if (shown.untranslated) result.untranslated = { replyIndex: result.replies.length, tileKey: tile.key, tile, lang };
    return say(shown.text, tile.sensitive && !answer?.urgent ? [{ label: texts().menu.talkToPerson, payload: 'person:' }] : [], shown.links);
  };
  /** Buttons naming tiles (titles in the source language where missing), and the note when one is. */
  const tileChoices = (tiles: readonly VisibleTile[]): { choices: Choice[]; note: string } => ({
    choices: tiles.map((tile) => ({ label: tileContent(tile, lang).content.title, payload: `tile:${tile.key}` })),
    note: tiles.some((tile) => !hasTranslation(tile, lang)) ? `\n\n_${texts().answer.notTranslated}_` : '',
  });
  const languagePage = (page?: number, first: ReadonlyArray<Language | undefined> = [lang, input.conversationLanguage, input.locale]): Choice[] =>
    languageChoices({ enabled: engine.languages, first, page, name: (l) => ctx.texts[l].languageName, moreLabel: texts().welcome.moreLanguages });
  /** What happens next after a handoff: someone will answer here, or — outside office hours — when. */
  const handoffReply = (): Reply | undefined => {
    // After a safety card: a person now; outside office hours the card itself said when.
    if (answer?.urgent) return input.inboxClosed?.(lang) ? undefined : say(fill(texts().safety.personNow, { organization: input.organizationName }));
    const closed = input.inboxClosed?.(lang);
    const t = texts();
    return say(closed ? fill(t.handoff.outsideHours, closed) : fill(t.handoff.waiting, { organization: input.organizationName }));
  };

  for (const action of actions) {
    const t = texts();
    switch (action) {
      case 'greet':
        flow.greeted = true;
        result.replies.push(say(fill(t.welcome.greeting, { place: input.organizationName })));
        break;
      case 'proposeLanguage':
        // Every language offered, the detected one first; pages where a channel cannot show them all.
        result.replies.push(say(fill(t.welcome.proposeLanguage, { language: t.languageName }), languagePage()));
        break;
      case 'chooseLanguage': {
        // "Change language", or "more languages" (the page and first languages come in the payload).
        const asked = button?.kind === 'languages' ? parseLanguagePage(button.value) : undefined;
        result.replies.push(say(t.welcome.chooseLanguage, languagePage(asked?.page, asked?.first.length ? asked.first : undefined)));
        break;
      }
      case 'setLanguage':
        if (button && isLanguage(button.value) && engine.languages.includes(button.value)) {
          lang = button.value;
          result.setPreferredLanguage = lang;
          result.replies.push(say(fill(texts().welcome.languageChanged, { language: texts().languageName })));
        }
        break;
      case 'askQuestion':
        result.replies.push(say(t.welcome.askQuestion, menuChoices()));
        break;
      case 'showMenu':
        result.replies.push(say(t.menu.intro, menuChoices()));
        break;
      case 'showThemeTiles': {
        const theme = button?.value ?? '';
        const tiles = tileChoices(engine.tiles.filter((tile) => tile.theme === theme).slice(0, 9));
        result.replies.push(say(`${fill(t.menu.tilesIntro, { theme: themeName(theme) })}${tiles.note}`, [...tiles.choices, { label: t.menu.back, payload: 'menu:' }]));
        break;
      }
      case 'showTile': {
        const tile = answer?.tile ?? tileByKey(button?.value ?? '');
        if (tile) {
          result.replies.push(tileReply(tile));
          if (!answer) result.question = { outcome: 'answered', ...loggedTile(tile) };
        }
        flow.unansweredInRow = 0;
        break;
      }
      case 'offerTiles': {
        const options = tileChoices(answer?.tile ? [answer.tile, ...answer.alternatives] : []);
        result.replies.push(say(`${t.answer.clarify}${options.note}`, [...options.choices, { label: t.menu.talkToPerson, payload: 'person:' }]));
        flow.unansweredInRow = 0;
        break;
      }
      case 'sayUnanswered': {
        flow.unansweredInRow = (flow.unansweredInRow ?? 0) + 1;
        if (flow.unansweredInRow >= definition.unansweredBeforeHandoff) {
          result.handoff = 'unanswered_twice';
          flow.unansweredInRow = 0;
          pushReply(result, handoffReply());
        } else {
          result.replies.push(say(t.answer.unanswered, [{ label: t.menu.talkToPerson, payload: 'person:' }, { label: t.menu.mainMenu, payload: 'menu:' }]));
        }
        break;
      }
      case 'askFeedback':
        result.replies.push(say(t.feedback.question, [{ label: t.feedback.yes, payload: 'feedbackYes:' }, { label: t.feedback.no, payload: 'feedbackNo:' }]));
        break;
      case 'thankFeedback':
      case 'sorryFeedback': {
        const helpful = action === 'thankFeedback';
        if (flow.feedbackFor) result.feedback = { questionLogId: flow.feedbackFor, helpful };
        delete flow.feedbackFor;
        delete flow.feedbackQuestion;
        result.replies.push(helpful ? say(t.feedback.thanks) : say(t.feedback.sorry, [{ label: t.menu.talkToPerson, payload: 'person:' }]));
        break;
      }
      case 'showHelp': {
        const words = Object.values(ctx.commandWords(lang)).join(', ');
        result.replies.push(say(fill(t.commands.help, { commands: words }), menuChoices()));
        break;
      }
      case 'showPrivacy':
        result.replies.push(say(fill(t.commands.privacy, { deleteCommand: ctx.commandWords(lang).delete })));
        break;
      case 'confirmDelete':
        flow.awaitingDeleteConfirmation = true;
        result.replies.push(say(t.commands.deleteConfirm, [{ label: t.commands.confirmYes, payload: 'deleteYes:' }, { label: t.commands.confirmNo, payload: 'deleteNo:' }]));
        break;
      case 'deleteData':
        if (flow.awaitingDeleteConfirmation) {
          result.deleteData = true;
          result.replies.push(say(t.commands.deleteDone));
        }
        delete flow.awaitingDeleteConfirmation;
        break;
      case 'cancelDelete':
        delete flow.awaitingDeleteConfirmation;
        result.replies.push(say(t.commands.deleteCancelled));
        break;
      case 'handoff':
        result.handoff = answer?.urgent ? 'urgent' : answer?.outcome === 'handoff' ? 'asked' : button ? 'menu' : 'asked';
        pushReply(result, handoffReply());
        break;
      case 'showSafetyCard':
        if (answer?.urgent) {
          const card = safetyCard(answer.urgent.kind, input.safetyCard, answer.urgent.also);
          result.replies.push(say(safetyReplyText(t.safety, answer.urgent.kind, card, input.inboxClosed?.(lang))));
        }
        break;
      case 'privacyNotice': {
        // Joined to the message before it (the greeting), so first contact is not one message longer on a phone screen.
        const words = ctx.commandWords(lang);
        const notice = privacyNotice(t.privacy, lang, input.privacy ?? DEFAULT_PRIVACY, {
          myData: words.mydata, delete: words.delete, organization: input.organizationName,
        });
        const last = result.replies.at(-1);
        if (last && last.choices.length === 0) {
          last.text = `${last.text}\n\n${notice.text}`;
          last.links = [...last.links, ...notice.links];
        } else {
          result.replies.push(say(notice.text, [], notice.links));
        }
        break;
      }
      case 'showMyData':
        if (!input.contactData) {
          result.needsContactData = true;
          break;
        }
        result.replies.push(say(myDataReport(t.privacy, lang, input.contactData, input.privacy ?? DEFAULT_PRIVACY, {
          delete: ctx.commandWords(lang).delete,
          languageName: (code) => (isLanguage(code) ? ctx.texts[code]?.languageName : undefined),
        })));
        break;
      case 'replySmallTalk':
        // Thanks and farewells get a word back; a greeting or "ok" the invitation to ask, with the topics.
        if (result.smallTalk === 'thanks') result.replies.push(say(t.welcome.youAreWelcome));
        else if (result.smallTalk === 'farewell') result.replies.push(say(t.welcome.goodbye));
        else result.replies.push(say(t.welcome.askQuestion, menuChoices()));
        break;
      case 'sayNotSpoken': {
        // In English and Dutch (one of them is likely read), the languages spoken as buttons, those two first.
        const [en, nl] = [ctx.texts.en, ctx.texts.nl];
        const text = [...new Set([en?.welcome.notSpoken, nl?.welcome.notSpoken, t.welcome.notSpoken].filter(Boolean))].join('\n\n');
        result.replies.push(say(text, languagePage(undefined, ['en', 'nl', input.conversationLanguage, input.locale])));
        break;
      }
      case 'inputEmpty':
        result.replies.push(say(t.input.empty));
        break;
      case 'inputTooLong':
        result.replies.push(say(t.input.tooLong));
        break;
      case 'inputUnsupported':
        result.replies.push(say(t.input.unsupported));
        break;
    }
  }
  result.language = lang;
  return result;
}
