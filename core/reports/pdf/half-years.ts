/**
 * The periods the kept reports cover. A half-year is 1 January–30 June or
 * 1 July–31 December; an on-demand report covers whole calendar months
 * (the reports' disclosure rule: a period never isolates a few days). Days
 * are `YYYY-MM-DD` strings, both ends inclusive, as in the reports API.
 */

/** A period of whole days, both ends inclusive (`YYYY-MM-DD`). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** Where the half-yearly job's clock is read: the municipalities' time zone. */
export const REPORT_TIME_ZONE = 'Europe/Amsterdam';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day `date` is in `timeZone` (`YYYY-MM-DD`). */
export function localDay(date: Date, timeZone = REPORT_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The last day of a month (month 1–12). */
function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year and month (1–12) of a `YYYY-MM-DD` day. @throws Error for anything else. */
function yearMonth(day: string): [number, number] {
  const match = DAY.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  return [Number(match[1]), Number(match[2])];
}

/** The half-year a day falls in. */
export function halfYearOf(day: string): ReportPeriod {
  const [year, month] = yearMonth(day);
  return month <= 6 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/**
 * The half-year that ended before the one `now` is in, read on the
 * municipalities' calendar: the job that runs at 00:30 on 1 January in
 * Amsterdam (23:30 UTC on 31 December) reports 1 July–31 December of the
 * year that just ended; the one on 1 July reports 1 January–30 June.
 */
export function previousHalfYear(now: Date, timeZone = REPORT_TIME_ZONE): ReportPeriod {
  const [year, month] = yearMonth(localDay(now, timeZone));
  return month <= 6 ? { from: `${year - 1}-07-01`, to: `${year - 1}-12-31` } : { from: `${year}-01-01`, to: `${year}-06-30` };
}

/** Whether the period is exactly a half-year. */
export function isHalfYear(period: ReportPeriod): boolean {
  const half = halfYearOf(period.from);
  return half.from === period.from && half.to === period.to;
}

/** Number of calendar months a whole-month period covers. */
export function monthsIn(period: ReportPeriod): number {
  const [fy, fm] = yearMonth(period.from);
  const [ty, tm] = yearMonth(period.to);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The whole months of a period, `YYYY-MM`, in order. */
export function monthKeys(period: ReportPeriod): string[] {
  const [year, month] = yearMonth(period.from);
  return Array.from({ length: monthsIn(period) }, (_, i) => {
    const index = month - 1 + i;
    return `${year + Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  });
}

/** The period of the same number of whole months just before (`period` covers whole months). */
export function periodBefore(period: ReportPeriod): ReportPeriod {
  const months = monthsIn(period);
  const [year, month] = yearMonth(period.from);
  const startIndex = year * 12 + (month - 1) - months;
  const endIndex = year * 12 + (month - 1) - 1;
  const start = { y: Math.floor(startIndex / 12), m: (startIndex % 12) + 1 };
  const end = { y: Math.floor(endIndex / 12), m: (endIndex % 12) + 1 };
  return { from: `${start.y}-${pad(start.m)}-01`, to: `${end.y}-${pad(end.m)}-${pad(lastDayOf(end.y, end.m))}` };
}

/** A `YYYY-MM-DD` day as the Date Prisma stores in a DATE column (midnight UTC). */
export function dayDate(day: string): Date {
  yearMonth(day);
  return new Date(`${day}T00:00:00.000Z`);
}

/** A DATE column's value back as `YYYY-MM-DD`. */
export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}
