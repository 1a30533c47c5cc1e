import type { Language } from '../languages/index.ts';
import type { TileContent, VisibleTile } from '../content/types.ts';
import type { EngineAnswer } from './answer-engine.ts';

/**
 * The fixed sentences an answer needs, per language. The texts themselves
 * live in flows/texts (written once, reviewed, never machine-translated at
 * run time); the core only defines their shape.
 */
export interface AnswerTexts {
  /** Intro line before the 2–3 options of a clarify. */
  clarify: string;
  /** The bot does not know; offers a person. */
  unanswered: string;
  /** The person asked for a human: what happens next. */
  handoff: string;
  /** Heading above a tile's links. */
  links: string;
}

export type AnswerTextCatalog = Record<Language, AnswerTexts>;

/** The tile's content in `lang`, or in its source language when it has no translation yet. */
export function tileContent(tile: VisibleTile, lang: Language): { content: TileContent; lang: Language } {
  const own = tile.content[lang];
  if (own) return { content: own, lang };
  const source = tile.content[tile.sourceLang] ?? Object.values(tile.content).find(Boolean);
  if (!source) throw new Error(`tile ${tile.key} has no content`);
  return { content: source, lang: tile.sourceLang };
}

/**
 * Plain-text (small markdown subset) reply for an engine answer, as a chat
 * channel would send it. Channels with buttons render clarify options as
 * choices instead; this is the text form.
 */
export function renderReply(answer: EngineAnswer, catalog: AnswerTextCatalog): string {
  const texts = catalog[answer.lang] ?? catalog.en;
  switch (answer.outcome) {
    case 'answered': {
      const tile = answer.tile!;
      const { content } = tileContent(tile, answer.lang);
      const links = tile.links.map((l) => `- [${l.label}](${l.url})`);
      return [`**${content.title}**`, content.body, ...(links.length ? [texts.links, ...links] : [])].join('\n\n');
    }
    case 'clarify': {
      const options = [answer.tile!, ...answer.alternatives].map((t, i) => `${i + 1}. ${tileContent(t, answer.lang).content.title}`);
      return [texts.clarify, ...options].join('\n');
    }
    case 'handoff':
      return texts.handoff;
    case 'unanswered':
      return texts.unanswered;
  }
}
