import { tileContent, type AnswerEngine, type Outcome } from '../answers/index.ts';
import type { WhatsAppTexts } from '../channel-format/index.ts';
import type { SafetyCardEntry, TileLink, VisibleTile } from '../content/index.ts';
import { classifyInput, runTurn, type DialogContext } from '../conversation/index.ts';
import type { Language } from '../languages/index.ts';
import type { CrisisKind } from '../safety/index.ts';
import { channelPreviews, type ChannelPreviews } from './channel-preview.ts';

/**
 * "Try it": a question typed by staff as a person entering through an entry
 * point would type it, answered by the same engine and dialog as a real
 * chat, with what the studio needs to judge the answer (the tile and its
 * layer, the confidence, the alternatives). Pure: nothing is stored, no
 * conversation and no question-log row exist afterwards (it is testing, not use).
 */

export interface TryItInput {
  dialog: Omit<DialogContext, 'engine'>;
  /** The entry point's engine (AnswerService.engine(entryKey)). */
  engine: AnswerEngine;
  text: string;
  /** The language the person chose in the chat, if any (else the question's language is detected). */
  lang?: Language;
  organizationName: string;
  /** The municipality's own safety card entries, as a real chat shows them. */
  safetyCard?: readonly SafetyCardEntry[];
  whatsappTexts: (lang: Language) => WhatsAppTexts;
}

/** A tile as the studio names it: key, the layer it belongs to, its title in the answer's language. */
export interface TriedTile {
  key: string;
  layer: string;
  title: string;
}

export interface TryItResult {
  /** The language of the reply (the person's). */
  language: Language;
  /** The engine's outcome for the question; `command` when the text was a command word (menu, help...) or no question. */
  outcome: Outcome | 'command';
  /** The bot's replies as the person gets them (markdown subset), choices by label. */
  replies: Array<{ text: string; choices: string[]; links: TileLink[] }>;
  /** The same replies as each channel sends them. */
  channels: ChannelPreviews;
  tile: TriedTile | null;
  /** 0..1, the engine's confidence that `tile` is the right one. */
  confidence: number;
  /** Runners-up the engine offered (clarify) or considered close. */
  alternatives: TriedTile[];
  /** The message describes a danger to life or safety: the safety card comes first and a person is called. */
  urgent: boolean;
  crisis?: CrisisKind;
  /** The turn hands the person to a human (asked, urgent, or unanswered twice). */
  handoff: boolean;
}

const named = (tile: VisibleTile, lang: Language): TriedTile => ({ key: tile.key, layer: tile.ownerSlug, title: tileContent(tile, lang).content.title });

export function tryQuestion(input: TryItInput): TryItResult {
  const { engine, text, lang } = input;
  const turn = runTurn({ ...input.dialog, engine }, {
    kind: classifyInput({ text }),
    text,
    flow: { greeted: true },
    preferredLanguage: lang ?? null,
    organizationName: input.organizationName,
    ...(input.safetyCard ? { safetyCard: input.safetyCard } : {}),
  });
  // The dialog asked the engine the same question with the same hints: the same, deterministic answer.
  const answer = turn.question ? engine.ask(text, { previous: lang ?? null }) : undefined;
  const language = turn.language;
  return {
    language,
    outcome: answer?.outcome ?? 'command',
    replies: turn.replies.map((r) => ({ text: r.text, choices: r.choices.map((c) => c.label), links: r.links })),
    channels: channelPreviews(turn.replies, input.whatsappTexts(language)),
    tile: answer?.tile ? named(answer.tile, language) : null,
    confidence: answer ? Math.round(answer.confidence * 1000) / 1000 : 0,
    alternatives: (answer?.alternatives ?? []).map((t) => named(t, language)),
    urgent: Boolean(answer?.urgent),
    ...(answer?.urgent ? { crisis: answer.urgent.kind } : {}),
    handoff: turn.handoff !== undefined,
  };
}
