import { isShown, largestFirst, type PublishedCount, type ReportContent, type ReportRow } from './report-content.ts';
import { REPORT_TEXTS, fill, reportFormat, type ReportFormat, type ReportLanguage } from './report-texts.ts';

/**
 * The report's short summary in plain language: how many questions, the
 * change against the period before, the main themes, languages and
 * channels, the open content gaps and the referrals. Written only from the
 * published figures: a suppressed count reads "fewer than 5", and a row
 * whose count is suppressed is never named as a "main" one.
 */

/** How many themes, languages and channels the summary names. */
const NAMED = 3;

/** How a published count reads in a sentence. */
export function countWords(count: PublishedCount, k: number, language: ReportLanguage, format = reportFormat(language)): string {
  return isShown(count) ? format.number(count) : fill(REPORT_TEXTS[language].fewerThan, { k });
}

/** "A (12), B (8) and C (5)" of the largest published rows; empty when none is published. */
function mainOf(rows: readonly ReportRow[], name: (key: string) => string, format: ReportFormat, limit = NAMED): string {
  const shown = largestFirst(rows).filter((row) => isShown(row.count) && row.count > 0).slice(0, limit);
  return format.list(shown.map((row) => `${name(row.key)} (${format.number(row.count as number)})`));
}

/** The change of two published totals as a sentence; "cannot compare" when the earlier one is not a published number above 0. */
function changeSentence(content: ReportContent, language: ReportLanguage, format: ReportFormat): string | undefined {
  const texts = REPORT_TEXTS[language];
  const { total, previousTotal, k } = content;
  if (!isShown(total)) return undefined;
  const previous = countWords(previousTotal, k, language, format);
  if (!isShown(previousTotal) || previousTotal === 0) return fill(texts.summaryChangeUnknown, { previous });
  const percent = Math.round(Math.abs((total - previousTotal) / previousTotal) * 100);
  if (percent === 0) return fill(texts.summaryChangeSame, { previous });
  return fill(total > previousTotal ? texts.summaryChangeUp : texts.summaryChangeDown, { change: `${format.number(percent)}%`, previous });
}

/** A theme's name in the report's language. */
export function themeName(content: ReportContent, key: string, language: ReportLanguage): string {
  if (key === '') return REPORT_TEXTS[language].noTheme;
  const names = content.themeNames[key];
  return names?.[language] ?? names?.en ?? key;
}

/** The summary's paragraphs, in order. */
export function reportSummary(content: ReportContent, language: ReportLanguage): string[] {
  const texts = REPORT_TEXTS[language];
  const format = reportFormat(language);
  const words = (count: PublishedCount) => countWords(count, content.k, language, format);
  if (content.total === 0) return [texts.summaryNone, gapSentence(content, language, words)];

  const sentences = [`${fill(texts.summaryTotal, { period: format.period(content.period), total: words(content.total) })}${prefixSpace(changeSentence(content, language, format))}`];
  const themes = mainOf(content.themes.filter((row) => row.key !== ''), (key) => themeName(content, key, language), format);
  if (themes) sentences.push(fill(texts.summaryThemes, { list: themes }));
  const languages = mainOf(content.languages, format.languageName, format);
  if (languages) sentences.push(fill(texts.summaryLanguages, { list: languages }));
  const channels = mainOf(content.channels, (key) => texts.channels[key] ?? key, format);
  if (channels) sentences.push(fill(texts.summaryChannels, { list: channels }));
  sentences.push(gapSentence(content, language, words));

  if (content.referralTotal === 0) {
    sentences.push(texts.summaryNoReferrals);
  } else {
    const agencies = mainOf(content.referrals, (key) => key, format, 2);
    sentences.push(agencies
      ? fill(texts.summaryReferrals, { count: words(content.referralTotal), list: agencies })
      : fill(texts.summaryReferralsOnly, { count: words(content.referralTotal) }));
  }
  return sentences;
}

function gapSentence(content: ReportContent, language: ReportLanguage, words: (count: PublishedCount) => string): string {
  const texts = REPORT_TEXTS[language];
  return content.openGapGroups === 0 ? texts.summaryNoGaps : fill(texts.summaryGaps, { count: words(content.openGapGroups) });
}

const prefixSpace = (text: string | undefined) => (text ? ` ${text}` : '');
