import { useEffect, useId, useState } from 'react';
import { ErrorAlert, Notice } from '../../components/alerts.tsx';
import { CheckboxField, SelectField } from '../../components/fields.tsx';
import { Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { useTexts, useUiLanguage } from '../../shell/texts.ts';
import { useAction } from '../../shell/use-api.ts';
import { subscriptionPaths, type LibraryView, type NewTiles, type Scope, type Theme } from './subscriptions-api.ts';
import { SUBSCRIPTION_TEXTS } from './subscriptions-texts.ts';

/**
 * One library (national or the region) and the municipality's subscription
 * to it: which tiles (all, by theme, picked one by one) and what happens to
 * new ones (shown automatically or "ask me first"). Read-only staff see the
 * same form disabled.
 */
export function SubscriptionForm({ slug, view, themes, editable, onChanged }: {
  slug: string;
  view: LibraryView;
  themes: Theme[];
  editable: boolean;
  onChanged: () => void;
}) {
  const t = useTexts(SUBSCRIPTION_TEXTS);
  const language = useUiLanguage();
  const ids = useId();
  const [scope, setScope] = useState<Scope>(view.scope ?? 'all');
  const [themeKeys, setThemeKeys] = useState<string[]>(view.themeKeys);
  const [newTiles, setNewTiles] = useState<NewTiles>(view.newTiles ?? 'automatic');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setScope(view.scope ?? 'all');
    setThemeKeys(view.themeKeys);
    setNewTiles(view.newTiles ?? 'automatic');
  }, [view]);

  const save = useAction(() => api.put(subscriptionPaths.subscription(slug, view.library.slug), {
    scope, newTiles, ...(scope === 'themes' ? { themeKeys } : {}),
  }));
  const end = useAction(() => api.delete(subscriptionPaths.subscription(slug, view.library.slug)));
  const done = (ok: unknown) => {
    if (ok === undefined) return;
    setSaved(true);
    onChanged();
  };

  const heading = `${view.library.kind === 'national' ? t.national : t.region}: ${view.library.name}`;
  const scopes: Array<[Scope, string]> = [['all', t.scopeAll], ['themes', t.scopeThemes], ['tiles', t.scopeTiles]];
  const themeName = (theme: Theme) => theme.names[language] ?? theme.names.en ?? theme.key;
  return (
    <Section title={heading} id={`library-${view.library.slug}`}>
      <p>{view.subscribed ? t.subscribed : view.inherited ? t.inherited : t.notSubscribed}</p>
      <p className="app-muted">{t.counts(view.counts)}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          void save.run().then(done);
        }}
      >
        <fieldset className="subscriptions-fieldset" disabled={!editable}>
          <legend>{t.scope}</legend>
          {scopes.map(([value, label]) => (
            <div className="app-field app-field-checkbox" key={value}>
              <input
                type="radio" id={`${ids}-scope-${value}`} name={`${ids}-scope`} value={value}
                checked={scope === value} onChange={() => setScope(value)}
              />
              <label htmlFor={`${ids}-scope-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        {scope === 'themes' ? (
          <fieldset className="subscriptions-fieldset subscriptions-themes" disabled={!editable}>
            <legend>{t.themes}</legend>
            {themes.map((theme) => (
              <CheckboxField
                key={theme.key} label={themeName(theme)} checked={themeKeys.includes(theme.key)}
                onChange={(e) => setThemeKeys(e.target.checked ? [...themeKeys, theme.key] : themeKeys.filter((k) => k !== theme.key))}
              />
            ))}
          </fieldset>
        ) : null}
        <SelectField
          label={t.newTiles} hint={t.newTilesHint} value={newTiles} disabled={!editable}
          onChange={(e) => setNewTiles(e.target.value as NewTiles)}
          options={[{ value: 'automatic', label: t.newAutomatic }, { value: 'ask', label: t.newAsk }]}
        />
        {editable ? (
          <div className="app-actions">
            <button type="submit" className="staff-button" disabled={save.busy}>{view.subscribed || view.inherited ? t.save : t.subscribe}</button>
            {view.subscribed ? (
              <button
                type="button" className="staff-button staff-button-secondary" disabled={end.busy}
                onClick={() => {
                  setSaved(false);
                  void end.run().then(done);
                }}
              >
                {t.unsubscribe}
              </button>
            ) : null}
          </div>
        ) : null}
      </form>
      <ErrorAlert error={save.error ?? end.error} focus />
      {saved ? <Notice>{t.saved}</Notice> : null}
    </Section>
  );
}
