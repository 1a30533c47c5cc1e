import { z } from 'zod';

/**
 * A municipality's inbox hours (Organization.officeHours), e.g.
 * `{ "timezone": "Europe/Amsterdam", "weekly": { "mon": [["09:00", "17:00"]], "fri": [["09:00", "12:30"]] } }`.
 * Days without an entry are closed. No hours configured means "always open":
 * a deployment that has not set them still hands off without promises.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM');
const range = z.tuple([time, time]).refine(([from, to]) => from < to, 'opening must be before closing');

export const officeHoursSchema = z.object({
  timezone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone'),
  weekly: z.partialRecord(z.enum(WEEKDAYS), z.array(range).max(4)),
});

export type OfficeHours = z.infer<typeof officeHoursSchema>;

/** The stored value as OfficeHours; undefined when none is set or it is malformed (then the inbox counts as always open). */
export function parseOfficeHours(value: unknown): OfficeHours | undefined {
  if (value == null) return undefined;
  const parsed = officeHoursSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Weekday and minutes since midnight of `at` in `timezone`. */
function localClock(at: Date, timezone: string): { day: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = get('weekday').toLowerCase().slice(0, 3) as Weekday;
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** True when `at` falls inside one of the day's ranges (closing time excluded). */
export function isOpen(hours: OfficeHours | undefined, at: Date): boolean {
  if (!hours) return true;
  const { day, minutes } = localClock(at, hours.timezone);
  return (hours.weekly[day] ?? []).some(([from, to]) => minutes >= toMinutes(from) && minutes < toMinutes(to));
}

/** The local calendar date, weekday and offset from UTC (ms) of `at` in `timezone`. */
function localDate(at: number, timezone: string): { y: number; m: number; d: number; day: Weekday; offset: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const [y, m, d] = [Number(get('year')), Number(get('month')), Number(get('day'))];
  const wall = Date.UTC(y, m - 1, d, Number(get('hour')), Number(get('minute')));
  return { y, m, d, day: get('weekday').toLowerCase().slice(0, 3) as Weekday, offset: wall - Math.floor(at / 60_000) * 60_000 };
}

/** The instant at which the wall clock in `timezone` shows `minutes` after midnight of y-m-d. */
function zonedInstant(y: number, m: number, d: number, minutes: number, timezone: string): number {
  const wall = Date.UTC(y, m - 1, d, 0, minutes);
  const first = wall - localDate(wall, timezone).offset;
  return wall - localDate(first, timezone).offset; // the second pass settles a daylight-saving change in between
}

/**
 * The next moment (to the minute) the inbox opens after `at`, within two
 * weeks. Undefined when open now, when no hours are set, or no day has hours.
 */
export function nextOpening(hours: OfficeHours | undefined, at: Date): Date | undefined {
  if (!hours || isOpen(hours, at)) return undefined;
  const day = 24 * 60 * 60_000;
  for (let i = 0; i <= 14; i++) {
    const local = localDate(at.getTime() + i * day, hours.timezone);
    const starts = (hours.weekly[local.day] ?? [])
      .map(([from]) => zonedInstant(local.y, local.m, local.d, toMinutes(from), hours.timezone))
      .filter((t) => t > at.getTime())
      .sort((x, y) => x - y);
    if (starts.length > 0) return new Date(starts[0]);
  }
  return undefined;
}

/**
 * "Mon 09:00–17:00, Fri 09:00–12:30" in the person's language (weekday
 * names from Intl, so every language we support is covered).
 */
export function describeHours(hours: OfficeHours, language: string): string {
  // 2024-01-01 was a Monday: weekday names by index.
  const names = WEEKDAYS.map((_, i) => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))));
  return WEEKDAYS.flatMap((day, i) => {
    const ranges = hours.weekly[day];
    return ranges?.length ? [`${names[i]} ${ranges.map(([a, b]) => `${a}–${b}`).join(', ')}`] : [];
  }).join('; ');
}

/** "Monday 09:00" (in the organization's time zone, the person's language). */
export function describeMoment(at: Date, hours: OfficeHours, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', hour: '2-digit', minute: '2-digit', timeZone: hours.timezone }).format(at);
}

/** For the person, when the inbox is closed at `now`: its hours and next opening in `language`; undefined when open. */
export function closedNotice(hours: OfficeHours | undefined, now: Date, language: string): { hours: string; when: string } | undefined {
  const next = nextOpening(hours, now);
  if (!hours || !next) return undefined;
  return { hours: describeHours(hours, language), when: describeMoment(next, hours, language) };
}
