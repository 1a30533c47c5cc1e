import { useMemo } from 'react';
import en from '../../../../../flows/texts/en.json' with { type: 'json' };
import nl from '../../../../../flows/texts/nl.json' with { type: 'json' };
import { formatDateTime, useTexts, useUiLanguage, type UiLanguage } from '../../shell/texts.ts';
import { INBOX_TEXTS, type InboxTexts } from './inbox-texts.ts';

/** The theme names staff read: the bot's own names (flows/texts), so flows/ stays their one source. */
const THEME_NAMES: Record<UiLanguage, Record<string, string>> = { en: en.themes, nl: nl.themes };

/** The inbox's texts plus the names and times it shows, in the interface language. */
export interface InboxFormat {
  t: InboxTexts;
  lang: UiLanguage;
  /** The name of a language code in the interface language, e.g. ro → "Roemeens". */
  language(code: string | null | undefined): string;
  /** A duration: "12 min", "3 uur", "2 dagen". */
  duration(ms: number): string;
  /** A point in time. */
  time(iso: string | null | undefined): string;
  theme(key: string | null | undefined): string;
  channel(channel: string): string;
  state(state: string): string;
  /** The kind of danger of an urgent conversation ("acuut gevaar"). */
  urgentKind(kind: string): string;
}

/** {@link InboxFormat} for the current interface language. */
export function useInboxFormat(): InboxFormat {
  const t = useTexts(INBOX_TEXTS);
  const lang = useUiLanguage();
  return useMemo(() => {
    const names = new Intl.DisplayNames([lang], { type: 'language' });
    const units = (unit: string) => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' });
    return {
      t,
      lang,
      language(code) {
        if (!code) return t.unknownLanguage;
        try {
          return names.of(code) ?? code;
        } catch {
          return code;
        }
      },
      duration(ms) {
        const minutes = Math.max(0, Math.floor(ms / 60_000));
        if (minutes < 60) return units('minute').format(minutes);
        if (minutes < 48 * 60) return units('hour').format(Math.floor(minutes / 60));
        return units('day').format(Math.floor(minutes / 1440));
      },
      time: (iso) => formatDateTime(iso, lang),
      theme: (key) => (key ? THEME_NAMES[lang][key] ?? key : t.noTheme),
      channel: (channel) => t.channels[channel] ?? channel,
      state: (state) => t.states[state] ?? state,
      urgentKind: (kind) => t.urgentKinds[kind] ?? kind,
    } satisfies InboxFormat;
  }, [t, lang]);
}
