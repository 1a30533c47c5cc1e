import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/alerts.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { TileMarkdown } from '../../markdown/tile-markdown.tsx';
import { api } from '../../shell/api-client.ts';
import { useAction } from '../../shell/use-api.ts';
import { useTexts, useUiLanguage } from '../../shell/texts.ts';
import { SUPPORTED_LANGUAGES } from '../../../../../core/languages/index.ts';
import { ChannelPreviewsView } from './channel-views.tsx';
import { EntryChooser } from './entry-chooser.tsx';
import { languageName, previewPaths, type Through, type TriedTile, type TryRequest, type TryResult } from './preview-api.ts';
import { PREVIEW_TEXTS } from './preview-texts.ts';

/** Longest question the API takes (core/answers MAX_QUESTION_CHARS). */
const MAX_QUESTION = 1000;

/** A tile named with its layer, linking to its preview. */
function TileName({ tile, lang }: { tile: TriedTile; lang: string }) {
  const t = useTexts(PREVIEW_TEXTS);
  return (
    <>
      <span lang={lang}>{tile.title}</span> ({tile.key}, {t.layerOf(tile.layer)}){' '}
      <Link to={`/studio/layers/${encodeURIComponent(tile.layer)}/tiles/${encodeURIComponent(tile.key)}/preview`}>{t.openPreview}</Link>
    </>
  );
}

/**
 * `/app/studio/try`: "try it". Staff type a question as a person entering
 * through an entry code (or an organization) would, and see the bot's reply
 * in the person's language, the tile it chose and its layer, the confidence,
 * the alternatives and whether a danger was recognised. Nothing is stored.
 */
export function TryItPage() {
  const t = useTexts(PREVIEW_TEXTS);
  const ui = useUiLanguage();
  const [through, setThrough] = useState<Through>({ kind: 'layer' });
  const [text, setText] = useState('');
  const [lang, setLang] = useState('');
  const [missingEntry, setMissingEntry] = useState(false);
  const [result, setResult] = useState<TryResult>();
  const ask = useAction((body: TryRequest) => api.post<TryResult>(previewPaths.tryIt(), body));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (through.kind === 'layer') {
      setMissingEntry(true);
      return;
    }
    setMissingEntry(false);
    const body: TryRequest = {
      ...(through.kind === 'code' ? { entryCode: through.code } : { org: through.slug }),
      text,
      ...(lang ? { lang } : {}),
    };
    const answer = await ask.run(body);
    if (answer) setResult(answer);
  };

  return (
    <Page title={t.tryTitle} lead={t.tryLead}>
      <form className="preview-controls" onSubmit={(e) => void submit(e)} noValidate>
        <EntryChooser value={through} onChange={setThrough} allowLayerAlone={false} organizationLabel={t.organization} />
        <SelectField
          label={t.personLanguage}
          value={lang}
          onChange={(e) => setLang(e.target.value)}
          options={[{ value: '', label: t.detectLanguage }, ...SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: languageName(l), lang: l }))]}
        />
        <TextArea
          label={t.question}
          hint={t.questionHint}
          value={text}
          rows={3}
          maxLength={MAX_QUESTION}
          required
          onChange={(e) => setText(e.target.value)}
        />
        <div className="app-actions"><button type="submit" className="staff-button" disabled={ask.busy || text.trim() === ''}>{t.ask}</button></div>
      </form>
      {missingEntry ? <p className="app-field-error" role="alert">{t.chooseEntry}</p> : null}
      <ErrorAlert error={ask.error} focus />
      {result ? (
        <Section title={t.result} id="try-result">
          {result.urgent ? <p className="preview-urgent" role="note">{t.urgent(result.crisis ?? '')}</p> : null}
          <dl className="preview-facts">
            <dt>{t.outcome}</dt>
            <dd>{t.outcomes[result.outcome] ?? result.outcome}{result.handoff ? ` — ${t.handoff}` : ''}</dd>
            <dt>{t.language}</dt>
            <dd>{languageName(result.language, ui)}</dd>
            <dt>{t.tile}</dt>
            <dd>{result.tile ? <TileName tile={result.tile} lang={result.language} /> : t.noTile}</dd>
            <dt>{t.confidence}</dt>
            <dd>{new Intl.NumberFormat(ui, { style: 'percent', maximumFractionDigits: 0 }).format(result.confidence)}</dd>
            <dt>{t.alternatives}</dt>
            <dd>
              {result.alternatives.length === 0 ? t.noAlternatives : (
                <ul>{result.alternatives.map((a) => <li key={`${a.layer}/${a.key}`}><TileName tile={a} lang={result.language} /></li>)}</ul>
              )}
            </dd>
          </dl>
          <h3>{t.reply}</h3>
          <ol className="preview-messages" lang={result.language}>
            {result.replies.map((reply, i) => (
              <li key={i} className="preview-bubble">
                <TileMarkdown text={reply.text} lang={result.language} />
                {reply.choices.length > 0 ? (
                  <ul className="preview-buttons" aria-label={t.choices}>
                    {reply.choices.map((choice, j) => <li key={j} className="preview-button-row"><span className="preview-button">{choice}</span></li>)}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
          <h3>{t.channels}</h3>
          <ChannelPreviewsView previews={result.channels} lang={result.language} idPrefix="try" />
        </Section>
      ) : null}
    </Page>
  );
}
