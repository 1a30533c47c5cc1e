import type { Language } from '../languages/index.ts';
import type { TileLink, VisibleContent, VisibleTile } from '../content/types.ts';
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
  /**
   * One line above a tile (or a list of tiles) shown in its source language
   * because it has no text in the person's language yet.
   */
  notTranslated: string;
}

export type AnswerTextCatalog = Record<Language, AnswerTexts>;

/** The tile's content in `lang`, or in its source language when it has no translation yet. */
export function tileContent(tile: VisibleTile, lang: Language): { content: VisibleContent; lang: Language } {
  const own = tile.content[lang];
  if (own) return { content: own, lang };
  const source = tile.content[tile.sourceLang] ?? Object.values(tile.content).find(Boolean);
  if (!source) throw new Error(`tile ${tile.key} has no content`);
  return { content: source, lang: tile.sourceLang };
}

/** Whether the tile has its own text in `lang` (the source language counts as its own). */
export function hasTranslation(tile: VisibleTile, lang: Language): boolean {
  return tile.sourceLang === lang || tile.content[lang] !== undefined;
}

/**
 * The tile's links labelled in `lang` (TileTranslation.linkLabels), each
 * falling back to its source label when that language has none or a blank one.
 */
export function tileLinks(tile: VisibleTile, lang: Language): TileLink[] {
  const labels = tile.content[lang]?.linkLabels ?? [];
  return tile.links.map((link, i) => {
    const label = labels[i]?.trim();
    return label ? { label, url: link.url } : link;
  });
}

/** A tile as a reply in the person's language `lang`: its text (links listed under it) and its links. */
export interface RenderedTile {
  text: string;
  links: TileLink[];
  /** The tile had no text in `lang`: the text is the source's, with the `notTranslated` line above it. */
  untranslated: boolean;
}

/**
 * A tile as one reply to a person reading `lang`: title, body and links in
 * `lang`, or — when the tile has no text in `lang` yet — in its source
 * language with one line in `lang` saying so (never "I don't know" because a
 * translation is missing). Link labels are those of the language shown.
 */
export function renderTile(tile: VisibleTile, lang: Language, catalog: AnswerTextCatalog): RenderedTile {
  const texts = catalog[lang] ?? catalog.en;
  const shown = tileContent(tile, lang);
  const links = tileLinks(tile, shown.lang);
  const untranslated = shown.lang !== lang;
  const list = links.map((l) => `- [${l.label}](${l.url})`);
  const text = [
    ...(untranslated ? [`_${texts.notTranslated}_`] : []),
    `**${shown.content.title}**`,
    shown.content.body,
    ...(list.length ? [texts.links, ...list] : []),
  ].join('\n\n');
  return { text, links, untranslated };
}

/**
 * Plain-text (small markdown subset) reply for an engine answer, as a chat
 * channel would send it. Channels with buttons render clarify options as
 * choices instead; this is the text form.
 */
export function renderReply(answer: EngineAnswer, catalog: AnswerTextCatalog): string {
  const texts = catalog[answer.lang] ?? catalog.en;
  switch (answer.outcome) {
    case 'answered':
      return renderTile(answer.tile!, answer.lang, catalog).text;
    case 'clarify': {
      const tiles = [answer.tile!, ...answer.alternatives];
      const options = tiles.map((t, i) => `${i + 1}. ${tileContent(t, answer.lang).content.title}`);
      const note = tiles.some((t) => !hasTranslation(t, answer.lang)) ? ['', texts.notTranslated] : [];
      return [texts.clarify, ...options, ...note].join('\n');
    }
    case 'handoff':
      return texts.handoff;
    case 'unanswered':
      return texts.unanswered;
  }
}
