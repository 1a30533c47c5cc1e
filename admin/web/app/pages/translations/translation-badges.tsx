import { useSession } from '../../shell/session.tsx';
import { formatDateTime, useTexts } from '../../shell/texts.ts';
import type { Budget, Matrix, TranslationProblem, TranslationState } from './translations-api.ts';
import { formatNumber, STATE_ICONS, TRANSLATION_TEXTS } from './translations-texts.ts';

/** A state as mark + word on its colour (the word carries the meaning; colour and mark only help). */
export function StateBadge({ state, long = false }: { state: TranslationState; long?: boolean }) {
  const t = useTexts(TRANSLATION_TEXTS);
  return (
    <span className={`tr-state tr-state-${state}`} data-state={state}>
      <span className="tr-state-icon" aria-hidden="true">{STATE_ICONS[state]}</span> {long ? t.stateLong[state] : t.stateShort[state]}
    </span>
  );
}

/** "Not translated: DeepL is off (7 Dec 2026, 17:05)." */
export function useProblemText(): (problem: TranslationProblem | null | undefined) => string {
  const t = useTexts(TRANSLATION_TEXTS);
  const { language } = useSession();
  return (problem) => (problem ? t.problemAt(t.problem[problem.reason] ?? problem.reason, formatDateTime(problem.at, language)) : '');
}

/** The month's DeepL budget: used / budget / left. */
export function BudgetLine({ budget }: { budget: Budget }) {
  const t = useTexts(TRANSLATION_TEXTS);
  const { language } = useSession();
  const n = (v: number) => formatNumber(v, language);
  return <p className="tr-budget" id="translation-budget">{t.budget(budget.month, n(budget.used), n(budget.budget), n(budget.left))}</p>;
}

/** DeepL on, or off with the reason. */
export function DeeplLine({ deepl }: { deepl: Matrix['deepl'] }) {
  const t = useTexts(TRANSLATION_TEXTS);
  const reason = deepl.reason ? (t.deeplReason[deepl.reason] ?? deepl.reason) : '';
  return (
    <p className="tr-deepl" id="translation-deepl">
      {deepl.enabled ? t.deeplOn : t.deeplOff(reason)}
      {deepl.enabled && reason ? <> {t.deeplLastProblem(reason)}</> : null}
    </p>
  );
}
