/**
 * The entry-code API's shapes (admin/api/entry-codes) as these pages read
 * them, and the paths of its routes and downloads.
 */

export type EntryLinkKind = 'web' | 'telegram' | 'whatsapp';
export const ENTRY_LINK_KINDS: readonly EntryLinkKind[] = ['web', 'telegram', 'whatsapp'];

export interface EntryLayer {
  slug: string;
  name: string;
  kind: 'employer' | 'housing_provider';
}

export interface EntryCodeView {
  code: string;
  label: string | null;
  active: boolean;
  /** People who started a chat through the code (a count only). */
  chatsStarted: number;
  createdAt: string;
  municipality: { slug: string; name: string };
  layer: EntryLayer | null;
  links: { web: string; telegram?: string; whatsapp?: string };
  mayChange: boolean;
}

export interface EntryCodesAnswer {
  codes: EntryCodeView[];
  layers: EntryLayer[];
  mayCreate: boolean;
  mayCreateWithLayer: boolean;
}

export interface NewEntryCode {
  org: string;
  code: string;
  label?: string;
  layer?: string;
}

/** At most this many languages fit on one flyer (the API refuses more). */
export const FLYER_MAX_LANGUAGES = 6;

/** The bot's 18 languages, each named in itself (shown with its own `lang`). */
export const FLYER_LANGUAGES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'bg', name: 'Български' }, { code: 'cs', name: 'Čeština' }, { code: 'el', name: 'Ελληνικά' },
  { code: 'en', name: 'English' }, { code: 'es', name: 'Español' }, { code: 'et', name: 'Eesti' },
  { code: 'hu', name: 'Magyar' }, { code: 'it', name: 'Italiano' }, { code: 'lt', name: 'Lietuvių' },
  { code: 'lv', name: 'Latviešu' }, { code: 'nl', name: 'Nederlands' }, { code: 'pl', name: 'Polski' },
  { code: 'pt', name: 'Português' }, { code: 'ro', name: 'Română' }, { code: 'sk', name: 'Slovenčina' },
  { code: 'sl', name: 'Slovenščina' }, { code: 'tr', name: 'Türkçe' }, { code: 'uk', name: 'Українська' },
];

const code = (value: string) => encodeURIComponent(value);

export const entryCodePaths = {
  list: (slug: string) => `/api/entry-codes?org=${encodeURIComponent(slug)}`,
  create: () => '/api/entry-codes',
  code: (value: string) => `/api/entry-codes/${code(value)}`,
  qrPng: (value: string, link: EntryLinkKind, size?: number) =>
    `/api/entry-codes/${code(value)}/qr.png?link=${link}${size ? `&size=${size}` : ''}`,
  qrSvg: (value: string, link: EntryLinkKind) => `/api/entry-codes/${code(value)}/qr.svg?link=${link}`,
  flyer: (value: string, link: EntryLinkKind, languages: readonly string[]) =>
    `/api/entry-codes/${code(value)}/flyer.pdf?link=${link}${languages.length ? `&languages=${languages.join(',')}` : ''}`,
};

/** App paths (without `/app`). */
export const entryCodePages = {
  municipality: (slug: string) => `/studio/entry-codes/${encodeURIComponent(slug)}`,
};
