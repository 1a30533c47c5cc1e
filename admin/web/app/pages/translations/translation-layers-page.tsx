import { Link } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Page } from '../../components/page.tsx';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { studioPaths, type LayerSummary } from '../studio/studio-api.ts';
import { STUDIO_TEXTS } from '../studio/studio-texts.ts';
import { translationPages } from './translations-api.ts';
import { TRANSLATION_TEXTS } from './translations-texts.ts';

const TEXTS = defineTexts({
  en: { lead: 'Choose a layer to see its tiles in every language.', none: 'You have no layers.', name: 'Layer', kind: 'Kind' },
  nl: { lead: 'Kies een laag om de tegels in elke taal te zien.', none: 'U hebt geen lagen.', name: 'Laag', kind: 'Soort' },
});

/** `/app/studio/translations`: the layers whose translations the staff member may see. */
export function TranslationLayersPage() {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  const s = useTexts(STUDIO_TEXTS);
  const layers = useApiGet<{ layers: LayerSummary[] }>(studioPaths.layers());
  return (
    <Page title={tr.translations} lead={t.lead}>
      <ErrorAlert error={layers.error} />
      {layers.loading && !layers.data ? <Loading /> : null}
      {layers.data && layers.data.layers.length === 0 ? <p>{t.none}</p> : null}
      {layers.data && layers.data.layers.length > 0 ? (
        <ul id="translation-layers">
          {layers.data.layers.map((l) => (
            <li key={l.slug}><Link to={translationPages.matrix(l.slug)}>{l.name}</Link> <span className="app-muted">({s.kind[l.kind] ?? l.kind})</span></li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
