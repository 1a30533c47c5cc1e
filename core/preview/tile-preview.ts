import { AnswerEngine, tileContent } from '../answers/index.ts';
import type { WhatsAppTexts } from '../channel-format/index.ts';
import type { VisibleTile } from '../content/index.ts';
import { runTurn, type DialogContext } from '../conversation/index.ts';
import type { Language } from '../languages/index.ts';
import { channelPreviews, type ChannelPreviews } from './channel-preview.ts';

/**
 * A tile as a person will receive it on each channel: the dialog is run as
 * if the person had picked the tile (its `tile:<key>` button), so the
 * preview holds exactly the replies the bot sends (the tile's text with its
 * links, a "talk to a person" button on a sensitive tile, the feedback
 * question), written by each channel's own formatter. Pure, no I/O.
 */

export interface TilePreviewInput {
  /** The dialog as the conversation core runs it (flows/DIALOG_CONTEXT). */
  dialog: Omit<DialogContext, 'engine'>;
  /** The tile with its layers merged (a national tile with the municipality's local addition under its body). */
  tile: VisibleTile;
  /** The language the person reads. */
  lang: Language;
  /** The municipality's name, as fixed texts name it. */
  organizationName: string;
  /** The WhatsApp channel's own words in a language (flows/channel-texts). */
  whatsappTexts: (lang: Language) => WhatsAppTexts;
}

export interface TilePreview extends ChannelPreviews {
  /** The language the tile's text is shown in: `lang`, or the tile's source language when it has no text in `lang`. */
  language: Language;
  /** The language asked for, when the tile has no text in it (the fixed texts around it are still in that language). */
  fallbackFrom?: Language;
}

export function previewTile(input: TilePreviewInput): TilePreview {
  const { dialog, tile, lang, organizationName } = input;
  const engine = new AnswerEngine([tile], { languages: [lang] });
  const turn = runTurn({ ...dialog, engine }, {
    kind: 'button',
    text: '',
    payload: `tile:${tile.key}`,
    flow: { greeted: true },
    preferredLanguage: lang,
    organizationName,
  });
  const shown = tileContent(tile, lang).lang;
  return {
    ...channelPreviews(turn.replies, input.whatsappTexts(lang)),
    language: shown,
    ...(shown === lang ? {} : { fallbackFrom: lang }),
  };
}
