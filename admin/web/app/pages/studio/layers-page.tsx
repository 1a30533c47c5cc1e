import { Link } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Page } from '../../components/page.tsx';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { studioPages, studioPaths, type LayerSummary } from './studio-api.ts';
import { STUDIO_TEXTS } from './studio-texts.ts';

const TEXTS = defineTexts({
  en: { lead: 'Every layer you may see. You edit your own; the layers above yours are read only.', none: 'You have no layers.', name: 'Layer', kind: 'Kind', access: 'Access' },
  nl: { lead: 'Alle lagen die u mag zien. U bewerkt uw eigen laag; de lagen daarboven kunt u alleen lezen.', none: 'U hebt geen lagen.', name: 'Laag', kind: 'Soort', access: 'Toegang' },
});

/** `/app/studio/layers`: the layers the staff member may see, with edit or read access. */
export function LayersPage() {
  const t = useTexts(TEXTS);
  const s = useTexts(STUDIO_TEXTS);
  const layers = useApiGet<{ layers: LayerSummary[] }>(studioPaths.layers());
  return (
    <Page title={s.layers} lead={t.lead}>
      <ErrorAlert error={layers.error} />
      {layers.loading && !layers.data ? <Loading /> : null}
      {layers.data && layers.data.layers.length === 0 ? <p>{t.none}</p> : null}
      {layers.data && layers.data.layers.length > 0 ? (
        <div className="app-table-wrap">
          <table className="app-table" id="layers-table">
            <thead><tr><th scope="col">{t.name}</th><th scope="col">{t.kind}</th><th scope="col">{t.access}</th></tr></thead>
            <tbody>
              {layers.data.layers.map((l) => (
                <tr key={l.slug}>
                  <td><Link to={studioPages.layer(l.slug)}>{l.name}</Link></td>
                  <td>{s.kind[l.kind] ?? l.kind}</td>
                  <td>{s.access[l.access] ?? l.access}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
