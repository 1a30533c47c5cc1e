import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { Page } from '../../components/page.tsx';
import { api, ApiError } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { formatDateTime, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { useFocusFirstInvalid } from '../../shell/use-focus-invalid.ts';
import { TileTranslationsLink } from '../translations/translation-links.tsx';
import { EditConflict } from './edit-conflict.tsx';
import {
  studioPages, studioPaths, type Content, type EditConflict as Conflict, type LayerDetail, type Person, type Theme, type TileDetail,
} from './studio-api.ts';
import { languageName } from './studio-texts.ts';
import { TileFields } from './tile-fields.tsx';
import { contentOf, differingFields, formFromVersion, formProblems, type TileFormValues } from './tile-form-model.ts';
import { PublishPanel, ReviewPanel, SchedulePanel, SettingsPanel } from './tile-panels.tsx';
import { TileBadges } from './tile-status.tsx';
import { TILE_TEXTS } from './tile-texts.ts';
import './studio.css';

const formOf = (tile: TileDetail) => formFromVersion(tile.draft ?? tile.live, tile.sourceLang);

function isConflict(err: unknown): err is ApiError & { body: Conflict } {
  return err instanceof ApiError && err.status === 409 && err.code === 'TILE_EDIT_CONFLICT'
    && typeof err.body === 'object' && err.body !== null && 'current' in err.body;
}

/** The editor of one loaded tile: its fields, draft actions, the 409 conflict and the side panels. */
function TileEditor({ slug, initial, layer, themes, editors }: {
  slug: string;
  initial: TileDetail;
  layer: LayerDetail;
  themes: Theme[];
  editors: Person[];
}) {
  const t = useTexts(TILE_TEXTS);
  const { language } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const readOnly = layer.access !== 'edit';
  const [tile, setTile] = useState(initial);
  const [values, setValues] = useState<TileFormValues>(formOf(initial));
  const [baseEditVersion, setBaseEditVersion] = useState(initial.editVersion);
  const [conflict, setConflict] = useState<Conflict>();
  const [notice, setNotice] = useState(() => {
    const from = (location.state as { notice?: string } | null)?.notice;
    return from === 'created' ? t.created : from === 'restored' ? t.restoredDraft : '';
  });
  const [showErrors, setShowErrors] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const dirty = differingFields(values, formOf(tile)).length > 0;
  const problems = formProblems(values);
  const focusFirstInvalid = useFocusFirstInvalid();

  /** Takes the server's tile after a write; the form follows unless `keepEdits` and there are unsaved edits. */
  function adopt(next: TileDetail, message: string, keepEdits = false) {
    setTile(next);
    setBaseEditVersion(next.editVersion);
    if (!keepEdits || !dirty) setValues(formOf(next));
    setConflict(undefined);
    setNotice(message);
  }

  async function saveDraft(): Promise<TileDetail | undefined> {
    setShowErrors(true);
    setSaveError(undefined);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid();
      return undefined;
    }
    // Other languages the draft already holds (human translations) go along unchanged.
    const others: Record<string, Content> = {};
    for (const [lang, content] of Object.entries(tile.draft?.content ?? {})) if (lang !== tile.sourceLang) others[lang] = content;
    setSaving(true);
    try {
      const saved = await api.put<TileDetail>(studioPaths.draft(slug, tile.key), {
        baseEditVersion,
        theme: values.theme,
        content: { ...others, [tile.sourceLang]: contentOf(values) },
        links: values.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
        sensitive: values.sensitive,
      });
      adopt(saved, t.saved);
      return saved;
    } catch (err) {
      if (isConflict(err)) setConflict(err.body);
      else setSaveError(err);
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  async function reloadTheirs() {
    try {
      adopt(await api.get<TileDetail>(studioPaths.tile(slug, tile.key)), '');
    } catch (err) {
      setSaveError(err);
    }
  }

  function keepMine() {
    if (!conflict) return;
    setBaseEditVersion(conflict.current.editVersion);
    setConflict(undefined);
    setNotice(t.conflictKept);
  }

  const discard = useAction(() => api.delete<TileDetail>(`${studioPaths.draft(slug, tile.key)}?baseEditVersion=${baseEditVersion}`));
  const remove = useAction(async () => {
    await api.delete<void>(studioPaths.tile(slug, tile.key));
    return true;
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void saveDraft();
  }

  const title = values.title || tile.key;
  return (
    <Page
      title={readOnly ? title : t.editTitle(title)}
      heading={readOnly ? <span lang={tile.sourceLang}>{title}</span> : <>{t.editTitle('')}<span lang={tile.sourceLang}>{title}</span></>}
      actions={(
        <>
          <Link to={studioPages.preview(slug, tile.key)}>{t.previewChannels}</Link>
          <Link to={studioPages.revisions(slug, tile.key)}>{t.revisions}</Link>
          <TileTranslationsLink slug={slug} tileKey={tile.key} />
        </>
      )}
    >
      <p className="tile-status-line">
        <span>{t.statusLabel}:</span>
        <TileBadges status={tile.status} hasDraft={tile.draft !== null} publishAt={tile.schedule.publishAt}
          unpublishAt={tile.schedule.unpublishAt} reviewOverdue={tile.reviewOverdue} />
        {tile.live ? <span>{t.languagesLive}: {Object.keys(tile.live.content).map((l, i) => <span key={l} lang={l}>{i ? ', ' : ''}{languageName(l)}</span>)}</span> : null}
      </p>
      <p className="app-muted">
        {tile.draft?.savedBy && tile.draft.savedAt ? t.draftOf(tile.draft.savedBy.name, formatDateTime(tile.draft.savedAt, language)) : t.noDraft}
      </p>
      {readOnly ? <p className="app-alert">{t.readOnly}</p> : null}
      <Notice>{notice}</Notice>
      {conflict ? <EditConflict conflict={conflict} mine={values} sourceLang={tile.sourceLang} onReload={() => void reloadTheirs()} onKeepMine={keepMine} /> : null}
      <form onSubmit={submit} noValidate>
        <TileFields values={values} onChange={(v) => { setValues(v); setNotice(''); }} lang={tile.sourceLang} themes={themes}
          problems={problems} showErrors={showErrors} disabled={readOnly} />
        {showErrors && Object.keys(problems).length > 0 ? <p className="app-alert" role="alert">{t.fixErrors}</p> : null}
        <ErrorAlert error={saveError ?? discard.error ?? remove.error} focus />
        {readOnly ? null : (
          <div className="app-actions">
            <button type="submit" className="staff-button" disabled={saving}>{t.save}</button>
            {dirty ? <span className="app-muted" role="status">{t.unsaved}</span> : null}
            {tile.draft && tile.revision > 0 ? (
              <button type="button" className="staff-button staff-button-secondary" disabled={discard.busy}
                onClick={async () => { const done = await discard.run(); if (done) adopt(done, t.discarded); }}>
                {t.discard}
              </button>
            ) : null}
            {tile.revision === 0 ? (
              <button type="button" className="staff-button staff-button-secondary" disabled={remove.busy}
                onClick={async () => {
                  if (!window.confirm(t.confirmDelete)) return;
                  if (await remove.run()) navigate(studioPages.layer(slug));
                }}>
                {t.deleteTile}
              </button>
            ) : null}
          </div>
        )}
      </form>
      <div className="tile-panels">
        {readOnly ? null : <PublishPanel slug={slug} tile={tile} dirty={dirty} saveFirst={saveDraft} onChanged={(next, message) => adopt(next, message)} />}
        <ReviewPanel slug={slug} tile={tile} readOnly={readOnly} onChanged={(next, message) => adopt(next, message, true)} />
        <SchedulePanel slug={slug} tile={tile} readOnly={readOnly} onChanged={(next, message) => adopt(next, message, true)} />
        {readOnly ? null : <SettingsPanel slug={slug} tile={tile} editors={editors} onChanged={(next, message) => adopt(next, message, true)} />}
      </div>
      <p><Link to={studioPages.layer(slug)}>{t.back(layer.name)}</Link></p>
    </Page>
  );
}

/** `/app/studio/layers/:slug/tiles/:key`: edit a tile (or read it, in a layer one may only read). */
export function TilePage() {
  const { slug = '', key = '' } = useParams();
  const tile = useApiGet<TileDetail>(studioPaths.tile(slug, key));
  const layer = useApiGet<LayerDetail>(studioPaths.layer(slug));
  const themes = useApiGet<{ themes: Theme[] }>(studioPaths.themes());
  const editors = useApiGet<{ editors: Person[] }>(layer.data?.access === 'edit' ? studioPaths.editors(slug) : null);
  const error = tile.error ?? layer.error ?? themes.error ?? editors.error;
  const ready = tile.data && layer.data && themes.data && (layer.data.access !== 'edit' || editors.data);
  if (error) return <Page title={key}><ErrorAlert error={error} /></Page>;
  if (!ready || !tile.data || !layer.data || !themes.data) return <Loading />;
  return <TileEditor key={`${slug}/${key}`} slug={slug} initial={tile.data} layer={layer.data} themes={themes.data.themes} editors={editors.data?.editors ?? []} />;
}
