import { foldText } from './normalize.ts';

/**
 * People who think they were underpaid write the sum, not the topic: "40 hours
 * at 14.50 should be 580 but 430 came in", "11 euro per hour, is that legal?".
 * This rule reads such arithmetic and names it as concepts:
 *
 * - an hourly rate (a number up to 100 next to a currency word or with cents,
 *   within three words before an hour word) → `hourly-rate`;
 * - hours worked (a number before an hour word) together with an amount of 100
 *   or more → `payslip` only (checking what came in against what was worked;
 *   a rate in the sum is part of it, not a minimum-wage question).
 *
 * Works on folded text in all 18 languages (hour and currency words listed together).
 */
const HOUR_RE = /^(hours?|hrs?|h|uur|uren|godzin|godzina|godziny|godzine|godz|ora|ore|orei|час|часа|часове|chasa|chas|годин|година|годину|години|hodyn|hodynu|valanda|valandu|valandos|valanda|valandai|ora|orat|oraert|orankent|orat|orber|saat|saatte|saatlik|saati|hodin|hodina|hodinu|hodiny|hodinovu|ur|uro|ure|stunda|stundas|stundu|tund|tundi|tunnis|hora|horas|ωρα|ωρες)$/;
const CURRENCY_RE = /^(euro|euros|eur|евро|євро|evro|yevro|euru|eurai|eurus|euro|eurot|eurs|eiro|evrov|euri)$/;
/** "14.50", "14,50", or "€14" (the euro sign is not a token: a plain number counts near a currency word). */
const CENTS_RE = /^\d{1,3}[.,]\d{1,2}$/;
const NUMBER_RE = /^\d+(?:[.,]\d+)?$/;
const TOKEN_RE = /\d+(?:[.,]\d+)?|[\p{L}]+/gu;

const value = (token: string) => Number(token.replace(',', '.'));

/** The pay concepts `text` names by its numbers (see above); empty when none. */
export function payConcepts(text: string): string[] {
  const tokens = foldText(text).match(TOKEN_RE) ?? [];
  const found = new Set<string>();
  let hoursWorked = false;
  let largeAmount = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (NUMBER_RE.test(token) && value(token) >= 100) largeAmount = true;
    if (!HOUR_RE.test(token)) continue;
    // "saatte 13,27 euro": the rate after the hour word.
    const after = tokens.slice(i + 1, i + 3);
    if (after.some((t) => CENTS_RE.test(t)) || (after.some((t) => NUMBER_RE.test(t) && value(t) <= 100) && tokens.slice(i + 1, i + 4).some((t) => CURRENCY_RE.test(t)))) {
      found.add('hourly-rate');
    }
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const before = tokens[i - back];
      if (!NUMBER_RE.test(before)) continue;
      const nearCurrency = tokens.slice(Math.max(0, i - back - 1), i).some((t) => CURRENCY_RE.test(t));
      if (value(before) <= 100 && (CENTS_RE.test(before) || nearCurrency)) found.add('hourly-rate');
      else if (back === 1) hoursWorked = true;
      break;
    }
  }
  // "at 14.50" after the hours: a rate written after the hour word.
  if (hoursWorked && tokens.some((t) => CENTS_RE.test(t))) found.add('hourly-rate');
  // Hours worked against an amount is a pay check: the rate in it is part of the sum, not the question.
  if (hoursWorked && largeAmount) return ['payslip'];
  return [...found];
}
