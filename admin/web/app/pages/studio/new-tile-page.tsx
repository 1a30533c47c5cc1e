import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Page } from '../../components/page.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { api } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { useFocusFirstInvalid } from '../../shell/use-focus-invalid.ts';
import { studioPages, studioPaths, type LayerDetail, type Person, type Theme, type TileDetail } from './studio-api.ts';
import { languageName } from './studio-texts.ts';
import { TileFields } from './tile-fields.tsx';
import { contentOf, defaultReviewDate, EMPTY_FORM, formProblems, isoFromInput, type TileFormValues } from './tile-form-model.ts';
import { TILE_TEXTS } from './tile-texts.ts';
import './studio.css';

/** The tile's source language by default: English when the layer has it (the library's default), else the layer's first. */
function defaultSourceLang(layer: LayerDetail): string {
  return layer.enabledLanguages.includes('en') || layer.enabledLanguages.length === 0 ? 'en' : layer.enabledLanguages[0];
}

/** The form once the layer, its themes and editors are known. */
function NewTileForm({ layer, themes, editors }: { layer: LayerDetail; themes: Theme[]; editors: Person[] }) {
  const t = useTexts(TILE_TEXTS);
  const { staff } = useSession();
  const navigate = useNavigate();
  const [key, setKey] = useState('');
  const [sourceLang, setSourceLang] = useState(defaultSourceLang(layer));
  const [values, setValues] = useState<TileFormValues>({ ...EMPTY_FORM, theme: themes[0]?.key ?? '' });
  const [ownerId, setOwnerId] = useState(editors.some((e) => e.id === staff.userId) ? staff.userId : '');
  const [reviewBy, setReviewBy] = useState(defaultReviewDate(new Date()));
  const [showErrors, setShowErrors] = useState(false);
  const problems = formProblems(values, key);
  const create = useAction((body: unknown) => api.post<TileDetail>(studioPaths.tiles(layer.slug), body));
  const focusFirstInvalid = useFocusFirstInvalid();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid();
      return;
    }
    const tile = await create.run({
      key: key.trim(),
      theme: values.theme,
      sourceLang,
      content: { [sourceLang]: contentOf(values) },
      links: values.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
      sensitive: values.sensitive,
      ownerId: ownerId || null,
      ...(isoFromInput(reviewBy) ? { reviewBy: isoFromInput(reviewBy) } : {}),
    });
    if (tile) navigate(studioPages.tile(layer.slug, tile.key), { state: { notice: 'created' } });
  }

  const languages = layer.enabledLanguages.length > 0 ? layer.enabledLanguages : ['en'];
  return (
    <form className="tile-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby={showErrors && Object.keys(problems).length ? 'new-tile-problems' : undefined}>
      {showErrors && Object.keys(problems).length > 0 ? <p id="new-tile-problems" className="app-alert" role="alert">{t.fixErrors}</p> : null}
      <TextField label={t.key} hint={t.keyHint} value={key} required autoComplete="off" spellCheck={false} maxLength={100}
        error={showErrors && problems.key ? (problems.key === 'required' ? t.required : t.keyInvalid) : undefined}
        onChange={(e) => setKey(e.target.value)} />
      <SelectField label={t.sourceLang} hint={t.sourceLangHint} value={sourceLang}
        options={languages.map((l) => ({ value: l, label: `${languageName(l)} (${l})`, lang: l }))}
        onChange={(e) => setSourceLang(e.target.value)} />
      <TileFields values={values} onChange={setValues} lang={sourceLang} themes={themes} problems={problems} showErrors={showErrors} />
      <SelectField label={t.owner} value={ownerId}
        options={[{ value: '', label: t.ownerNone }, ...editors.map((e) => ({ value: e.id, label: e.name }))]}
        onChange={(e) => setOwnerId(e.target.value)} />
      <TextField label={t.reviewBy} hint={t.reviewByHint} type="date" value={reviewBy} onChange={(e) => setReviewBy(e.target.value)} />
      <ErrorAlert error={create.error} focus />
      <div className="app-actions">
        <button type="submit" className="staff-button" disabled={create.busy}>{t.create}</button>
        <Link to={studioPages.layer(layer.slug)}>{t.back(layer.name)}</Link>
      </div>
    </form>
  );
}

/** `/app/studio/layers/:slug/new`: create a tile (a draft) in the layer's source language. */
export function NewTilePage() {
  const t = useTexts(TILE_TEXTS);
  const { slug = '' } = useParams();
  const layer = useApiGet<LayerDetail>(studioPaths.layer(slug));
  const themes = useApiGet<{ themes: Theme[] }>(studioPaths.themes());
  const editors = useApiGet<{ editors: Person[] }>(studioPaths.editors(slug));
  const error = layer.error ?? themes.error ?? editors.error;
  return (
    <Page title={t.newTitle} lead={layer.data ? t.newLead(layer.data.name) : undefined}>
      <ErrorAlert error={error} />
      {!error && (!layer.data || !themes.data || !editors.data) ? <Loading /> : null}
      {layer.data && themes.data && editors.data ? <NewTileForm layer={layer.data} themes={themes.data.themes} editors={editors.data.editors} /> : null}
    </Page>
  );
}
