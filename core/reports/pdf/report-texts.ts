import type { ReportPeriod } from './half-years.ts';

/**
 * The report's fixed texts in its two languages, and how it writes numbers,
 * days, months, languages and channels in each. Theme names come from the
 * themes table (editors rename them); agency names are the municipality's own.
 */

/** The languages a report is made in. */
export const REPORT_LANGUAGES = ['nl', 'en'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export function isReportLanguage(value: unknown): value is ReportLanguage {
  return typeof value === 'string' && (REPORT_LANGUAGES as readonly string[]).includes(value);
}

/** Every fixed text of the report; `{x}` placeholders are filled by {@link fill}. */
export interface ReportTexts {
  titleHalfYear: string;
  titleOnDemand: string;
  /** `{from}` to `{to}`. */
  periodRange: string;
  generated: string;
  summaryHeading: string;
  /** `{period}`, `{total}`. */
  summaryTotal: string;
  /** `{change}` (a signed percentage), `{previous}` (the earlier total). */
  summaryChangeUp: string;
  summaryChangeDown: string;
  summaryChangeSame: string;
  summaryChangeUnknown: string;
  /** `{list}`: "A (12), B (8) and C (5)". */
  summaryThemes: string;
  summaryLanguages: string;
  summaryChannels: string;
  summaryNone: string;
  /** `{count}` open groups. */
  summaryGaps: string;
  summaryNoGaps: string;
  /** `{count}` referrals, `{list}` of agencies. */
  summaryReferrals: string;
  /** `{count}` referrals, when every agency's count is suppressed. */
  summaryReferralsOnly: string;
  summaryNoReferrals: string;
  /** How a suppressed count reads in a sentence: `{k}`. */
  fewerThan: string;
  and: string;
  chartOverTime: string;
  chartThemes: string;
  chartLanguages: string;
  chartChannels: string;
  tableReferrals: string;
  tableOutcomes: string;
  agency: string;
  questions: string;
  noTheme: string;
  noData: string;
  /** `{k}`. */
  disclosureNote: string;
  outcomes: Record<string, string>;
  channels: Record<string, string>;
}

export const REPORT_TEXTS: Readonly<Record<ReportLanguage, ReportTexts>> = {
  nl: {
    titleHalfYear: 'Halfjaarrapportage {name}',
    titleOnDemand: 'Rapportage {name}',
    periodRange: '{from} t/m {to}',
    generated: 'Gemaakt op {date}',
    summaryHeading: 'Samenvatting',
    summaryTotal: 'Van {period} stelden mensen {total} vragen aan de informatiebot.',
    summaryChangeUp: 'Dat is {change} meer dan in de periode ervoor ({previous}).',
    summaryChangeDown: 'Dat is {change} minder dan in de periode ervoor ({previous}).',
    summaryChangeSame: 'Dat is evenveel als in de periode ervoor ({previous}).',
    summaryChangeUnknown: 'Met de periode ervoor ({previous}) valt dat niet te vergelijken: er waren toen te weinig vragen.',
    summaryThemes: 'De meeste vragen gingen over {list}.',
    summaryLanguages: 'De meest gebruikte talen waren {list}.',
    summaryChannels: 'Mensen stelden hun vragen vooral via {list}.',
    summaryNone: 'In deze periode zijn geen vragen gesteld.',
    summaryGaps: 'Open groepen onbeantwoorde of niet-behulpzame vragen (onderwerpen waar mogelijk informatie ontbreekt): {count}.',
    summaryNoGaps: 'Er staan geen groepen onbeantwoorde vragen open.',
    summaryReferrals: 'Medewerkers verwezen mensen {count} keer door, het vaakst naar {list}.',
    summaryReferralsOnly: 'Medewerkers verwezen mensen {count} keer door.',
    summaryNoReferrals: 'Medewerkers hebben in deze periode niemand doorverwezen.',
    fewerThan: 'minder dan {k}',
    and: 'en',
    chartOverTime: 'Vragen per maand',
    chartThemes: 'Vragen per thema',
    chartLanguages: 'Vragen per taal',
    chartChannels: 'Vragen per kanaal',
    tableReferrals: 'Doorverwijzingen per instantie',
    tableOutcomes: 'Afloop van de vragen',
    agency: 'Instantie',
    questions: 'Vragen',
    noTheme: 'Geen thema',
    noData: 'Geen gegevens in deze periode.',
    disclosureNote: 'Alle aantallen zijn naar beneden afgerond op een veelvoud van {k}, en aantallen onder de {k} staan er als "<{k}": zo is niemand in deze cijfers te herkennen. De rapportage bevat geen tekst van vragen en geen tijdstippen.',
    outcomes: { answered: 'Beantwoord', clarify: 'Doorgevraagd', unanswered: 'Onbeantwoord', handoff: 'Doorgezet naar een medewerker', urgent: 'Urgent' },
    channels: { webchat: 'Webchat', telegram: 'Telegram', whatsapp: 'WhatsApp' },
  },
  en: {
    titleHalfYear: 'Half-yearly report {name}',
    titleOnDemand: 'Report {name}',
    periodRange: '{from} to {to}',
    generated: 'Made on {date}',
    summaryHeading: 'Summary',
    summaryTotal: 'From {period}, people asked the information bot {total} questions.',
    summaryChangeUp: 'That is {change} more than in the period before ({previous}).',
    summaryChangeDown: 'That is {change} fewer than in the period before ({previous}).',
    summaryChangeSame: 'That is as many as in the period before ({previous}).',
    summaryChangeUnknown: 'This cannot be compared with the period before ({previous}): too few questions were asked then.',
    summaryThemes: 'Most questions were about {list}.',
    summaryLanguages: 'The languages used most were {list}.',
    summaryChannels: 'People asked mostly through {list}.',
    summaryNone: 'No questions were asked in this period.',
    summaryGaps: 'Open groups of unanswered or unhelpful questions (topics where information may be missing): {count}.',
    summaryNoGaps: 'No groups of unanswered questions are open.',
    summaryReferrals: 'Workers referred people {count} times, most often to {list}.',
    summaryReferralsOnly: 'Workers referred people {count} times.',
    summaryNoReferrals: 'Workers referred nobody in this period.',
    fewerThan: 'fewer than {k}',
    and: 'and',
    chartOverTime: 'Questions per month',
    chartThemes: 'Questions per theme',
    chartLanguages: 'Questions per language',
    chartChannels: 'Questions per channel',
    tableReferrals: 'Referrals per agency',
    tableOutcomes: 'What happened to the questions',
    agency: 'Agency',
    questions: 'Questions',
    noTheme: 'No theme',
    noData: 'No data in this period.',
    disclosureNote: 'Every count is rounded down to a multiple of {k}, and counts below {k} are shown as "<{k}", so that no one can be recognised in these figures. The report contains no text of questions and no times.',
    outcomes: { answered: 'Answered', clarify: 'Asked to clarify', unanswered: 'Unanswered', handoff: 'Handed off to a worker', urgent: 'Urgent' },
    channels: { webchat: 'Web chat', telegram: 'Telegram', whatsapp: 'WhatsApp' },
  },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const LOCALES: Readonly<Record<ReportLanguage, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** How the report writes figures, days and names in one language. */
export interface ReportFormat {
  number(n: number): string;
  /** `1 januari 2026` / `1 January 2026`. */
  day(day: string): string;
  /** `jan 2026` / `Jan 2026` for `YYYY-MM`. */
  month(month: string): string;
  period(period: ReportPeriod): string;
  /** The language's name: `Pools` / `Polish`. */
  languageName(code: string): string;
  /** "A, B and C". */
  list(items: string[]): string;
}

export function reportFormat(language: ReportLanguage): ReportFormat {
  const locale = LOCALES[language];
  const numbers = new Intl.NumberFormat(locale);
  const days = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const texts = REPORT_TEXTS[language];
  const day = (value: string) => days.format(new Date(`${value}T00:00:00Z`));
  return {
    number: (n) => numbers.format(n),
    day,
    month: (value) => months.format(new Date(`${value}-01T00:00:00Z`)).replace('.', ''),
    period: (period) => fill(texts.periodRange, { from: day(period.from), to: day(period.to) }),
    languageName: (code) => {
      const name = names.of(code) ?? code;
      return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    },
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${texts.and} ${items[items.length - 1]}`),
  };
}
