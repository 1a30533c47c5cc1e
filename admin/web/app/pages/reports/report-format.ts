/**
 * How the dashboard writes the API's protected figures. A count is a number
 * (at least k) or the suppression marker `"<5"` (`<${k}`); the marker is
 * always shown as it is, never as 0 or 5, and a chart never draws it as a
 * bar of some height (it is left out of the chart and named under it).
 * Pure: no React.
 */

/** A published count: a number, or the marker of a suppressed one (`"<5"`). */
export type Count = number | string;

/** True when the count was suppressed (the API sent the marker, not a number). */
export function isSuppressed(count: Count | null | undefined): count is string {
  return typeof count === 'string';
}

/** The number to draw in a chart: null (no bar) for a suppressed or missing count. */
export function chartValue(count: Count | null | undefined): number | null {
  return typeof count === 'number' && Number.isFinite(count) ? count : null;
}

function locale(language: string): string {
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}

/** A count as written in tables: `1,234` / `1.234`, or the marker as it is (`<5`). */
export function formatCount(count: Count | null | undefined, language: string): string {
  if (count === null || count === undefined) return '–';
  if (typeof count === 'string') return count;
  return new Intl.NumberFormat(locale(language)).format(count);
}

/** A share (0…1) as a whole percentage: `62%` / `62%`; '–' when there is none. */
export function formatShare(share: number | null | undefined, language: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Minutes as `42 min` or `3 h 5 min`; '–' when there are none (too few to publish). */
export function formatMinutes(minutes: number | string | null | undefined, language: string): string {
  if (minutes === null || minutes === undefined) return '–';
  if (typeof minutes === 'string') return minutes;
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const h = language === 'nl' ? 'u' : 'h';
  return hours > 0 ? `${hours} ${h} ${rest} min` : `${rest} min`;
}

/**
 * A change against the previous period: `+12%` / `−8%`, or '–' when either
 * side is suppressed or the previous one is zero (no honest percentage).
 */
export function formatChange(current: Count | null | undefined, previous: Count | null | undefined, language: string): string {
  if (typeof current !== 'number' || typeof previous !== 'number' || previous === 0) return '–';
  const change = (current - previous) / previous;
  const text = new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(change);
  return text.replace('-', '−');
}

/**
 * A rate with its denominator next to it, e.g. `62% of 140`. The API sends
 * the rate as a share (or null when it may not be published) and the
 * denominator as a protected count.
 */
export function formatRate(share: number | null | undefined, denominator: Count | null | undefined, language: string, of: (n: string) => string): string {
  return `${formatShare(share, language)} ${of(formatCount(denominator, language))}`;
}
