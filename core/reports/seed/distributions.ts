/**
 * The shapes synthetic report data follows (pure, no I/O): how often each
 * language, channel, theme, outcome and handoff detail occurs, and how use
 * spreads over the days of two years. The figures are plausible, not
 * measured: they follow the make-up of labour migrants in the Netherlands
 * (CBS: Polish by far the largest group, then Romanian and Bulgarian, then
 * the Baltic states, Hungary, Slovakia, Southern Europe; Ukrainians since
 * 2022) and a seasonal pattern (agriculture and logistics peak from spring to
 * autumn, a dip around Christmas), with use growing over the two years.
 *
 * SQL picks a category with `width_bucket(r, thresholds)`: `thresholds` are
 * the lower bounds of each category's slice of [0, 1), so the first is 0.
 */

/** Relative weight of each language among the people asking (only the organization's languages are used). */
export const LANGUAGE_WEIGHTS: Readonly<Record<string, number>> = {
  pl: 34, ro: 16, bg: 11, uk: 6, en: 5, lt: 4.5, hu: 4, nl: 3, lv: 3, pt: 3,
  sk: 2.5, es: 2.5, it: 1.5, tr: 1.5, el: 1.2, cs: 1, et: 0.15, sl: 0.08,
};

/** Channels overall; WhatsApp dominates among EU labour migrants. */
export const CHANNEL_WEIGHTS: Readonly<Record<string, number>> = { whatsapp: 55, webchat: 28, telegram: 17 };

/** Channels for Ukrainian speakers, who use Telegram far more. */
export const CHANNEL_WEIGHTS_UK: Readonly<Record<string, number>> = { whatsapp: 30, webchat: 15, telegram: 55 };

/** How often a theme is asked about (themes not listed get {@link OTHER_THEME_WEIGHT}). */
export const THEME_WEIGHTS: Readonly<Record<string, number>> = {
  work: 20, housing: 18, registration: 15, income: 14, health: 10, practical: 7,
  language: 5, family: 4, help: 3, leisure: 2, abuse: 2,
};
export const OTHER_THEME_WEIGHT = 3;

/** Themes whose tiles an urgent message is answered with (the safety card's tiles). */
export const URGENT_THEMES: ReadonlySet<string> = new Set(['help', 'abuse']);

/** What happened to a question (order matters: SQL indexes this list). */
export const OUTCOME_WEIGHTS: Readonly<Record<string, number>> = {
  answered: 70, clarify: 10, unanswered: 12, handoff: 6.5, urgent: 1.5,
};

/** Share of answered questions whose helpfulness question was answered. */
export const FEEDBACK_GIVEN = 0.42;
/** Share of given feedback that is "helpful", for most tile × language pairs ... */
export const HELPFUL_RATE = 0.8;
/** ... and for the weak ones (a poor translation): {@link WEAK_PAIR_SHARE} of the pairs. */
export const WEAK_HELPFUL_RATE = 0.45;
export const WEAK_PAIR_SHARE = 0.12;

/** Share of handed-off or urgent questions whose conversation a worker closed (a handoff record). */
export const HANDOFF_CLOSED = 0.85;

/** Why people were handed over (urgent questions always have reason `urgent`). */
export const HANDOFF_REASON_WEIGHTS: Readonly<Record<string, number>> = { asked: 55, unanswered_twice: 30, menu: 15 };

/** The worker's closing outcome. */
export const HANDOFF_OUTCOME_WEIGHTS: Readonly<Record<string, number>> = { resolved: 48, referred: 32, no_response: 15, other: 5 };

/** Share of `resolved` handoffs that still name an agency (a tip given along the way). */
export const RESOLVED_WITH_AGENCY = 0.2;

/** Employment type as workers record it; `''` = not asked or not known (null). */
export const EMPLOYMENT_WEIGHTS: Readonly<Record<string, number>> = { agency: 60, direct: 25, self_employed: 5, '': 10 };

/** Housing type of people employed through an agency (mostly the employer's housing) ... */
export const HOUSING_WEIGHTS_AGENCY: Readonly<Record<string, number>> = { employer: 65, private_rent: 22, other: 5, '': 8 };
/** ... and of everybody else. */
export const HOUSING_WEIGHTS_OTHER: Readonly<Record<string, number>> = { employer: 15, private_rent: 60, other: 12, '': 13 };

/** Share of handoffs that came outside office hours (they wait until the next morning). */
export const OUTSIDE_HOURS = 0.3;
/** Mean waiting minutes (exponential) inside and outside office hours, and mean handling minutes. */
export const MEAN_WAIT_INSIDE = 12;
export const MEAN_WAIT_OUTSIDE = 420;
export const MEAN_HANDLING = 16;

/**
 * Relative agency weights when the municipality has no referral agencies of
 * its own: the defaults core/content names (its own desks last).
 */
export const DEFAULT_AGENCY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['Juridisch Loket', 30], ['FairWork', 20], ['Nederlandse Arbeidsinspectie', 12],
  ['Veilig Thuis', 5], ['GGD', 10], ['Loket gemeente', 23],
];

/** How people reach the chat when the municipality has entry codes (kind → share). */
export const ENTRY_SHARES = { direct: 0.47, municipalityCodes: 0.2, layerCodes: 0.3, region: 0.03 } as const;

/** Lower bounds of each weight's slice of [0, 1): `[0, w0, w0 + w1, ...]` over the total. */
export function thresholds(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error('weights must have a positive sum');
  const out: number[] = [];
  let sum = 0;
  for (const w of weights) {
    out.push(sum / total);
    sum += w;
  }
  return out;
}

/** `[keys, thresholds]` of a weight table, in its key order. */
export function categorical(table: Readonly<Record<string, number>>): { keys: string[]; thresholds: number[] } {
  const keys = Object.keys(table);
  return { keys, thresholds: thresholds(keys.map((k) => table[k])) };
}

/** The organization's languages with their weights (languages without one get the smallest); `en` when it offers none. */
export function languageWeights(enabled: readonly string[]): Record<string, number> {
  const languages = enabled.length > 0 ? [...new Set(enabled)] : ['en'];
  return Object.fromEntries(languages.map((l) => [l, LANGUAGE_WEIGHTS[l] ?? 0.05]));
}

/** Within a theme, popularity falls with the tile's place in the library (Zipf-like). */
export function tileWeight(theme: string, rankInTheme: number): number {
  return (THEME_WEIGHTS[theme] ?? OTHER_THEME_WEIGHT) / (rankInTheme + 1) ** 0.8;
}

const DAY_MS = 86_400_000;
/** Monday..Sunday factors (Sunday evening and Monday bring the most questions). */
const WEEKDAY = [0.95, 1.15, 1.05, 1.0, 1.0, 0.95, 0.8]; // index = getUTCDay(): Sunday first

/**
 * The relative amount of use on `day` (UTC midnight) at `t` ∈ [0, 1] of the
 * period: growth from 0.55 to 1.45, a season peaking in late June (±35 %),
 * a dip from 20 December to 3 January, and the day of the week.
 */
export function dayWeight(day: Date, t: number): number {
  const start = Date.UTC(day.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((day.getTime() - start) / DAY_MS);
  const season = 1 + 0.35 * Math.sin((2 * Math.PI * (dayOfYear - 85)) / 365);
  const month = day.getUTCMonth();
  const date = day.getUTCDate();
  const holidays = (month === 11 && date >= 20) || (month === 0 && date <= 3) ? 0.6 : 1;
  return (0.55 + 0.9 * t) * season * holidays * WEEKDAY[day.getUTCDay()];
}

/** ISO date (`YYYY-MM-DD`) of a UTC midnight. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The days of the two years up to and including `lastDay` (UTC), with the
 * thresholds to pick one: `days[i]` is chosen when the row's random number
 * falls in slice i.
 */
export function daySchedule(lastDay: Date, days = 730): { days: string[]; thresholds: number[] } {
  const last = Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth(), lastDay.getUTCDate());
  const list: Date[] = [];
  for (let i = days - 1; i >= 0; i -= 1) list.push(new Date(last - i * DAY_MS));
  const weights = list.map((d, i) => dayWeight(d, days > 1 ? i / (days - 1) : 1));
  return { days: list.map(isoDay), thresholds: thresholds(weights) };
}

/**
 * Splits `total` rows over shares (largest remainder), so the parts add up
 * exactly; a positive share never gets 0 rows unless there are too few rows.
 */
export function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return shares.map(() => 0);
  const exact = shares.map((s) => (total * s) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}

/** A 31-bit number from a seed string (FNV-1a), the base of the SQL hash seeds. */
export function seedNumber(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0x7fffffff;
}
