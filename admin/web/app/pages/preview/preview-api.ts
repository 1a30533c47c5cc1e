/**
 * The preview and "try it" API's shapes (admin/api/studio/preview-routes.ts,
 * try-it-routes.ts) as these pages read them, and the paths they call.
 */

/*
 * Shapes core already declares are imported as types only (erased by the
 * bundler, so no core code enters the browser bundle).
 */
import type { TileLink } from '../../../../../core/content/types.ts';
import type { TriedTile, TryItResult } from '../../../../../core/preview/try-it.ts';

export type { TileLink };

/** The bot's replies as each channel sends them. */
export interface ChannelPreviews {
  whatsapp: { messages: WhatsAppMessage[]; webSession: string[] };
  telegram: { messages: Array<{ text: string; parse_mode: string; keyboard?: string[][] }> };
  webchat: { activities: Array<{ text: string; textFormat: string; suggestedActions?: { actions: Array<{ title: string; value: string }> } }> };
}

/** A WhatsApp Cloud API message: text, or interactive reply buttons / a list. */
export interface WhatsAppMessage {
  type: string;
  text?: { body: string };
  interactive?: {
    type: 'button' | 'list';
    body: { text: string };
    action: {
      buttons?: Array<{ reply: { title: string } }>;
      button?: string;
      sections?: Array<{ rows: Array<{ title: string; description?: string }> }>;
    };
  };
}

export interface EntryOut { key: string; code?: string }

export interface TilePreview extends ChannelPreviews {
  language: string;
  fallbackFrom?: string;
  version: 'live' | 'draft';
  shown: boolean;
  entry: EntryOut;
  enabledLanguages: string[];
}

export type { TriedTile };

/** The try-it route's answer: core's result (its channel previews as this app reads them) and the entry point used. */
export interface TryResult extends Omit<TryItResult, 'channels'> {
  channels: ChannelPreviews;
  entry: EntryOut;
}

export interface TryRequest {
  entryCode?: string;
  org?: string;
  text: string;
  lang?: string;
}

/** Where a person comes in, as the pages let staff choose it: nothing (the layer alone), a municipality, or an entry code. */
export type Through = { kind: 'layer' } | { kind: 'municipality'; slug: string } | { kind: 'code'; code: string };

export const previewPaths = {
  preview: (slug: string, key: string, options: { lang?: string; through: Through; version: 'live' | 'draft' }) => {
    const query = new URLSearchParams({ version: options.version });
    if (options.lang) query.set('lang', options.lang);
    if (options.through.kind === 'municipality') query.set('municipality', options.through.slug);
    if (options.through.kind === 'code') query.set('entry', options.through.code);
    return `/api/layers/${encodeURIComponent(slug)}/tiles/${encodeURIComponent(key)}/preview?${query}`;
  },
  tryIt: () => '/api/studio/try',
  entryCodes: (municipality: string) => `/api/entry-codes?org=${encodeURIComponent(municipality)}`,
};

/**
 * A language's name: in itself ("polski", for choosers, shown with its own
 * `lang`), or in `inLanguage` (the interface language, for sentences); the
 * code when the browser does not know it.
 */
export function languageName(code: string, inLanguage: string = code): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
