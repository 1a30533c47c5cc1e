import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { studioPaths, type LayerDetail } from '../studio/studio-api.ts';
import { translationPages, translationPaths, type Glossary } from './translations-api.ts';
import { TRANSLATION_TEXTS } from './translations-texts.ts';
import './translations.css';

const TEXTS = defineTexts({
  en: {
    title: 'Glossary',
    lead: 'Words machine translation keeps exactly as they are (BSN, DigiD, huisarts…), in tiles and in the inbox.',
    terms: 'Terms', hint: 'One term per line.',
    usingDefault: 'Your organization uses the default list. Saving your own list replaces it.',
    own: 'Your organization uses its own list.',
    defaults: 'The default list', save: 'Save glossary', saved: 'Saved. New machine translations use these terms.',
    restore: 'Use the default list', readOnly: 'Editors and administrators change the glossary; you may read it.',
  },
  nl: {
    title: 'Woordenlijst',
    lead: 'Woorden die machinevertaling precies zo laat (BSN, DigiD, huisarts…), in tegels en in de inbox.',
    terms: 'Termen', hint: 'Eén term per regel.',
    usingDefault: 'Uw organisatie gebruikt de standaardlijst. Als u een eigen lijst opslaat, vervangt die haar.',
    own: 'Uw organisatie gebruikt een eigen lijst.',
    defaults: 'De standaardlijst', save: 'Woordenlijst opslaan', saved: 'Opgeslagen. Nieuwe machinevertalingen gebruiken deze termen.',
    restore: 'De standaardlijst gebruiken', readOnly: 'Redacteuren en beheerders wijzigen de woordenlijst; u mag haar lezen.',
  },
});

const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** `/app/studio/layers/:slug/translations/glossary`: the organization's glossary, one term per line. */
export function GlossaryPage() {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  const { slug = '' } = useParams();
  const glossary = useApiGet<Glossary>(translationPaths.glossary(slug));
  const layer = useApiGet<LayerDetail>(studioPaths.layer(slug));
  const mayEdit = layer.data?.access === 'edit';
  const [text, setText] = useState('');
  const [notice, setNotice] = useState('');
  useEffect(() => {
    if (glossary.data) setText(glossary.data.terms.join('\n'));
  }, [glossary.data]);
  const save = useAction((terms: string[]) => api.put<Glossary>(translationPaths.glossary(slug), { terms }));
  const g = glossary.data;
  return (
    <Page title={t.title} lead={t.lead} actions={<Link to={translationPages.matrix(slug)}>{tr.backToMatrix}</Link>}>
      <ErrorAlert error={glossary.error ?? layer.error} />
      {glossary.loading && !g ? <Loading /> : null}
      {g ? (
        <>
          <p className="app-alert" id="glossary-source">{g.usingDefault ? t.usingDefault : t.own}</p>
          {mayEdit ? null : <p className="app-muted">{t.readOnly}</p>}
          <form noValidate onSubmit={async (e) => {
            e.preventDefault();
            const done = await save.run(linesOf(text));
            if (done) { await glossary.reload(); setNotice(t.saved); }
          }}>
            <TextArea label={t.terms} hint={t.hint} id="glossary-terms" rows={12} value={text} readOnly={!mayEdit}
              onChange={(e) => { setText(e.target.value); setNotice(''); }} />
            {mayEdit ? (
              <div className="app-actions">
                <button type="submit" className="staff-button" disabled={save.busy}>{t.save}</button>
                {!g.usingDefault ? (
                  <button type="button" className="staff-button staff-button-secondary" disabled={save.busy}
                    onClick={() => setText(g.defaults.join('\n'))}>
                    {t.restore}
                  </button>
                ) : null}
              </div>
            ) : null}
            <ErrorAlert error={save.error} focus />
            <Notice>{notice}</Notice>
          </form>
          <details className="tr-defaults">
            <summary>{t.defaults}</summary>
            <ul>{g.defaults.map((term) => <li key={term}>{term}</li>)}</ul>
          </details>
        </>
      ) : null}
    </Page>
  );
}
