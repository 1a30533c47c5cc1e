import { useState } from 'react';
import { ErrorAlert } from '../../components/alerts.tsx';
import { Section } from '../../components/page.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { api } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { formatDate, formatDateTime, useTexts } from '../../shell/texts.ts';
import { useAction } from '../../shell/use-api.ts';
import { KeepTranslationsOption } from '../translations/translation-links.tsx';
import { studioPaths, type Person, type TileDetail } from './studio-api.ts';
import { dateInputValue, dateTimeInputValue, isoFromInput } from './tile-form-model.ts';
import { TILE_TEXTS } from './tile-texts.ts';

/** What every panel gets: the tile, and where to report a change (the new tile and a sentence for the status line). */
interface PanelProps {
  slug: string;
  tile: TileDetail;
  onChanged(tile: TileDetail, notice: string): void;
}

/**
 * Publish now (saving unsaved edits first), unpublish now, or publish an
 * unpublished tile again.
 */
export function PublishPanel({ slug, tile, onChanged, dirty, saveFirst }: PanelProps & {
  dirty: boolean;
  /** Saves the editor's changes; undefined when that failed (the editor shows why). */
  saveFirst(): Promise<TileDetail | undefined>;
}) {
  const t = useTexts(TILE_TEXTS);
  const [keepTranslations, setKeepTranslations] = useState(false);
  const publish = useAction(async () => {
    const base = dirty ? await saveFirst() : tile;
    if (!base) return undefined;
    return api.post<TileDetail>(studioPaths.publish(slug, tile.key), { baseEditVersion: base.editVersion, ...(keepTranslations ? { keepTranslations: true } : {}) });
  });
  const unpublish = useAction(() => api.post<TileDetail>(studioPaths.unpublish(slug, tile.key)));
  const canPublish = dirty || tile.draft !== null || tile.status !== 'published';
  const label = dirty ? t.saveAndPublish : tile.status === 'archived' && !tile.draft ? t.republish : t.publishNow;
  return (
    <Section id="tile-publish" title={t.publishing}>
      {tile.live ? <KeepTranslationsOption checked={keepTranslations} onChange={setKeepTranslations} /> : null}
      <div className="app-actions">
        <button type="button" className="staff-button" disabled={!canPublish || publish.busy}
          onClick={async () => { const done = await publish.run(); if (done) { setKeepTranslations(false); onChanged(done, t.published); } }}>
          {label}
        </button>
        {tile.status === 'published' ? (
          <button type="button" className="staff-button staff-button-secondary" disabled={unpublish.busy}
            onClick={async () => { const done = await unpublish.run(); if (done) onChanged(done, t.unpublished); }}>
            {t.unpublishNow}
          </button>
        ) : null}
      </div>
      <ErrorAlert error={publish.error ?? unpublish.error} focus />
    </Section>
  );
}

/** Publish and/or unpublish at a chosen time; cancel both. */
export function SchedulePanel({ slug, tile, onChanged, readOnly }: PanelProps & { readOnly: boolean }) {
  const t = useTexts(TILE_TEXTS);
  const { language } = useSession();
  const [publishAt, setPublishAt] = useState(dateTimeInputValue(tile.schedule.publishAt));
  const [unpublishAt, setUnpublishAt] = useState(dateTimeInputValue(tile.schedule.unpublishAt));
  const save = useAction(() => api.put<TileDetail>(studioPaths.schedule(slug, tile.key), {
    publishAt: isoFromInput(publishAt) ?? null,
    unpublishAt: isoFromInput(unpublishAt) ?? null,
  }));
  const cancel = useAction(() => api.delete<TileDetail>(studioPaths.schedule(slug, tile.key)));
  const hasSchedule = tile.schedule.publishAt !== null || tile.schedule.unpublishAt !== null;
  return (
    <Section id="tile-schedule" title={t.scheduleTitle}>
      {tile.schedule.problem ? <div className="app-alert" role="alert"><p>{t.scheduleProblem} {tile.schedule.problem}</p></div> : null}
      {hasSchedule ? (
        <ul>
          {tile.schedule.publishAt ? <li>{t.publishAt}: {formatDateTime(tile.schedule.publishAt, language)}</li> : null}
          {tile.schedule.unpublishAt ? <li>{t.unpublishAt}: {formatDateTime(tile.schedule.unpublishAt, language)}</li> : null}
        </ul>
      ) : null}
      {readOnly ? null : (
        <form noValidate onSubmit={async (e) => { e.preventDefault(); const done = await save.run(); if (done) onChanged(done, t.scheduled); }}>
          <p className="app-hint">{t.scheduleHint}</p>
          <TextField label={t.publishAt} type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
          <TextField label={t.unpublishAt} type="datetime-local" value={unpublishAt} onChange={(e) => setUnpublishAt(e.target.value)} />
          <div className="app-actions">
            <button type="submit" className="staff-button staff-button-secondary" disabled={save.busy}>{t.schedule}</button>
            {hasSchedule ? (
              <button type="button" className="staff-button staff-button-secondary" disabled={cancel.busy}
                onClick={async () => {
                  const done = await cancel.run();
                  if (done) {
                    setPublishAt('');
                    setUnpublishAt('');
                    onChanged(done, t.scheduleCancelled);
                  }
                }}>
                {t.cancelSchedule}
              </button>
            ) : null}
          </div>
          <ErrorAlert error={save.error ?? cancel.error} focus />
        </form>
      )}
    </Section>
  );
}

/** The review date and the one-click "still correct". */
export function ReviewPanel({ slug, tile, onChanged, readOnly }: PanelProps & { readOnly: boolean }) {
  const t = useTexts(TILE_TEXTS);
  const { language } = useSession();
  const review = useAction(() => api.post<TileDetail>(studioPaths.review(slug, tile.key)));
  const due = formatDate(tile.reviewBy, language);
  return (
    <Section id="tile-review" title={t.review}>
      {tile.reviewBy ? <p>{tile.reviewOverdue ? t.reviewOverdue(due) : t.reviewDue(due)}</p> : null}
      {readOnly ? null : (
        <button type="button" className="staff-button" disabled={review.busy}
          onClick={async () => { const done = await review.run(); if (done) onChanged(done, t.reviewed(formatDate(done.reviewBy, language))); }}>
          {t.stillCorrect}
        </button>
      )}
      <ErrorAlert error={review.error} focus />
    </Section>
  );
}

/** Owner and review date: applied at once (not part of the draft). */
export function SettingsPanel({ slug, tile, onChanged, editors }: PanelProps & { editors: Person[] }) {
  const t = useTexts(TILE_TEXTS);
  const [ownerId, setOwnerId] = useState(tile.owner?.id ?? '');
  const [reviewBy, setReviewBy] = useState(dateInputValue(tile.reviewBy));
  const save = useAction(() => api.patch<TileDetail>(studioPaths.tile(slug, tile.key), {
    ownerId: ownerId || null,
    ...(isoFromInput(reviewBy) ? { reviewBy: isoFromInput(reviewBy) } : {}),
  }));
  const people = tile.owner && !editors.some((e) => e.id === tile.owner?.id) ? [tile.owner, ...editors] : editors;
  return (
    <Section id="tile-settings" title={t.settings}>
      <form noValidate onSubmit={async (e) => { e.preventDefault(); const done = await save.run(); if (done) onChanged(done, t.settingsSaved); }}>
        <SelectField label={t.owner} value={ownerId} options={[{ value: '', label: t.ownerNone }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(e) => setOwnerId(e.target.value)} />
        <TextField label={t.reviewBy} hint={t.reviewByHint} type="date" value={reviewBy} onChange={(e) => setReviewBy(e.target.value)} />
        <button type="submit" className="staff-button staff-button-secondary" disabled={save.busy}>{t.saveSettings}</button>
        <ErrorAlert error={save.error} focus />
      </form>
    </Section>
  );
}
