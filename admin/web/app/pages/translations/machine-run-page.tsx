import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { Page, Section } from '../../components/page.tsx';
import { api, ApiError } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { languageName } from '../studio/studio-texts.ts';
import { BudgetLine, DeeplLine } from './translation-badges.tsx';
import { translationPages, translationPaths, type Estimate, type MachineRun, type Matrix } from './translations-api.ts';
import { formatNumber, TRANSLATION_TEXTS } from './translations-texts.ts';
import './translations.css';

const TEXTS = defineTexts({
  en: {
    title: 'Machine translation of many tiles',
    lead: 'DeepL translates the missing and stale texts of the languages and tiles you choose. You see what it will use before it runs.',
    languages: 'Languages', languagesHint: 'Choose none to translate into every language of the layer.',
    tiles: 'Tiles (optional)', tilesHint: 'Choose none to translate every tile.',
    estimate: 'Estimate',
    estimateText: (units: string, characters: string, used: string, left: string) =>
      `Translations to make: ${units}. DeepL characters: ${characters}. Used this month: ${used}; left: ${left}.`,
    fits: 'This fits the budget that is left.',
    tooMuch: 'This needs more than is left of this month\'s budget, so the run will be refused: choose fewer languages or tiles, or wait until next month.',
    nothing: 'Nothing to translate: every chosen text is current.',
    run: 'Translate now',
    done: (translated: string, characters: string) => `Done. Translations made: ${translated}. Characters used: ${characters}.`,
    notMade: (reason: string, n: number) => `${n} not made: ${reason}`,
    refused: (characters: string, left: string, budget: string) =>
      `Refused: the run needs ${characters} characters, but only ${left} of ${budget} are left this month. Nothing was translated.`,
    reasons: { deepl_off: 'DeepL is off', over_budget: 'budget used up', quota_exceeded: 'DeepL\'s quota is used up', failed: 'DeepL failed' } as Record<string, string>,
  },
  nl: {
    title: 'Machinevertaling van veel tegels',
    lead: 'DeepL vertaalt de ontbrekende en verouderde teksten van de talen en tegels die u kiest. U ziet vooraf wat dat kost.',
    languages: 'Talen', languagesHint: 'Kies er geen om naar elke taal van de laag te vertalen.',
    tiles: 'Tegels (optioneel)', tilesHint: 'Kies er geen om elke tegel te vertalen.',
    estimate: 'Schatting',
    estimateText: (units: string, characters: string, used: string, left: string) =>
      `Te maken vertalingen: ${units}. DeepL-tekens: ${characters}. Deze maand gebruikt: ${used}; over: ${left}.`,
    fits: 'Dit past in het budget dat over is.',
    tooMuch: 'Dit is meer dan er van het budget van deze maand over is, dus de vertaling wordt geweigerd: kies minder talen of tegels, of wacht tot volgende maand.',
    nothing: 'Niets te vertalen: elke gekozen tekst is actueel.',
    run: 'Nu vertalen',
    done: (translated: string, characters: string) => `Klaar. Gemaakte vertalingen: ${translated}. Gebruikte tekens: ${characters}.`,
    notMade: (reason: string, n: number) => `${n} niet gemaakt: ${reason}`,
    refused: (characters: string, left: string, budget: string) =>
      `Geweigerd: er zijn ${characters} tekens nodig, maar er zijn er deze maand nog maar ${left} van ${budget} over. Er is niets vertaald.`,
    reasons: { deepl_off: 'DeepL staat uit', over_budget: 'budget op', quota_exceeded: 'het DeepL-tegoed is op', failed: 'DeepL gaf een fout' } as Record<string, string>,
  },
});

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** The 409 TRANSLATION_BUDGET_EXCEEDED body's numbers (top level or under `params`). */
function refusal(error: unknown): { characters: number; left: number; budget: number } | undefined {
  if (!(error instanceof ApiError) || error.code !== 'TRANSLATION_BUDGET_EXCEEDED') return undefined;
  const body = (error.body ?? {}) as Record<string, unknown>;
  const from = (typeof body.params === 'object' && body.params !== null ? body.params : body) as Record<string, unknown>;
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  return { characters: n(from.characters), left: n(from.left), budget: n(from.budget) };
}

/** `/app/studio/layers/:slug/translations/machine`: choose languages (and tiles), see the estimate, run. */
export function MachineRunPage() {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  const { language } = useSession();
  const n = (v: number) => formatNumber(v, language);
  const { slug = '' } = useParams();
  const matrix = useApiGet<Matrix>(translationPaths.matrix(slug));
  const [languages, setLanguages] = useState<string[]>([]);
  const [keys, setKeys] = useState<string[]>([]);
  const estimate = useApiGet<Estimate>(matrix.data ? translationPaths.estimate(slug, languages, keys) : null);
  const [report, setReport] = useState<MachineRun>();
  const run = useAction(() => api.post<MachineRun>(translationPaths.machine(slug), {
    ...(languages.length ? { languages } : {}), ...(keys.length ? { keys } : {}),
  }));
  const refused = refusal(run.error);
  const e = estimate.data;
  // A language every tile is written in has nothing to translate into.
  const targets = (matrix.data?.languages ?? []).filter((l) => !(matrix.data?.tiles ?? []).every((tile) => tile.sourceLang === l));
  return (
    <Page title={t.title} lead={t.lead} actions={<Link to={translationPages.matrix(slug)}>{tr.backToMatrix}</Link>}>
      <ErrorAlert error={matrix.error} />
      {matrix.loading && !matrix.data ? <Loading /> : null}
      {matrix.data ? (
        <>
          <DeeplLine deepl={matrix.data.deepl} />
          <BudgetLine budget={e?.budget ?? matrix.data.budget} />
          <form noValidate onSubmit={async (ev) => {
            ev.preventDefault();
            setReport(undefined);
            const done = await run.run();
            if (done) {
              setReport(done);
              await Promise.all([estimate.reload(), matrix.reload()]);
            }
          }}>
            <fieldset className="tr-choices" aria-describedby="machine-languages-hint">
              <legend>{t.languages}</legend>
              <p className="app-hint" id="machine-languages-hint">{t.languagesHint}</p>
              {targets.map((l) => (
                <label key={l} className="tr-choice">
                  <input type="checkbox" name="language" value={l} checked={languages.includes(l)}
                    onChange={(ev) => { setLanguages(toggle(languages, l, ev.target.checked)); setReport(undefined); run.clearError(); }} />
                  {' '}<span lang={l}>{languageName(l)}</span> ({l})
                </label>
              ))}
            </fieldset>
            <fieldset className="tr-choices tr-choices-tiles" aria-describedby="machine-tiles-hint">
              <legend>{t.tiles}</legend>
              <p className="app-hint" id="machine-tiles-hint">{t.tilesHint}</p>
              {matrix.data.tiles.map((tile) => (
                <label key={tile.key} className="tr-choice">
                  <input type="checkbox" name="tile" value={tile.key} checked={keys.includes(tile.key)}
                    onChange={(ev) => { setKeys(toggle(keys, tile.key, ev.target.checked)); setReport(undefined); run.clearError(); }} />
                  {' '}<span lang={tile.sourceLang}>{tile.title || tile.key}</span>
                </label>
              ))}
            </fieldset>
            <Section id="machine-estimate" title={t.estimate}>
              <ErrorAlert error={estimate.error} />
              {e ? (
                <div id="machine-estimate-text" aria-live="polite">
                  <p>{t.estimateText(n(e.units), n(e.characters), n(e.budget.used), n(e.budget.left))}</p>
                  <p className={e.fits ? 'tr-fits' : 'tr-too-much'}>{e.units === 0 ? t.nothing : e.fits ? t.fits : t.tooMuch}</p>
                </div>
              ) : <Loading />}
            </Section>
            <div className="app-actions">
              <button type="submit" className="staff-button" disabled={run.busy || !e || estimate.loading || e.units === 0}>{t.run}</button>
            </div>
            {refused ? (
              <div className="app-alert app-alert-error" role="alert" id="machine-refused">
                <p>{t.refused(n(refused.characters), n(refused.left), n(refused.budget))}</p>
              </div>
            ) : <ErrorAlert error={run.error} focus />}
            <Notice>
              {report ? (
                <>
                  {t.done(n(report.translated), n(report.characters))}
                  {Object.entries(report.problems).map(([reason, count]) => <span key={reason}> {t.notMade(t.reasons[reason] ?? reason, count)}.</span>)}
                </>
              ) : null}
            </Notice>
          </form>
        </>
      ) : null}
    </Page>
  );
}
