import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/alerts.tsx';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { api } from '../../shell/api-client.ts';
import { formatDate, useTexts, useUiLanguage } from '../../shell/texts.ts';
import { useAction } from '../../shell/use-api.ts';
import { gapPaths, type GapActionAnswer, type GapGroup, type LayerTile } from './gaps-api.ts';
import { GAP_TEXTS } from './gaps-texts.ts';

/** A language code's name in the interface language ("Polish", "Pools"). */
export function languageName(code: string, ui: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One group of similar questions: what was asked (in its own language, with
 * `lang`), by how many people, and the three things an editor can do with it.
 */
export function GapGroupCard({ slug, group, tiles, themes, national, onDone }: {
  slug: string;
  group: GapGroup;
  /** The published tiles of the editor's layer (the choice for "add as example"). */
  tiles: readonly LayerTile[];
  themes: ReadonlyArray<{ key: string; name: string }>;
  national: boolean;
  onDone(answer: GapActionAnswer): void;
}) {
  const t = useTexts(GAP_TEXTS);
  const ui = useUiLanguage();
  const headingId = `gap-${group.id}-heading`;
  const defaultTile = group.tileOwner === slug && group.tileKey ? group.tileKey : '';
  const [tileKey, setTileKey] = useState(defaultTile);
  const [text, setText] = useState(group.example);
  const [draft, setDraft] = useState({ key: '', theme: themes[0]?.key ?? '', title: '', body: '' });
  const ids = group.questions.map((q) => q.id);

  const addExample = useAction((body: unknown) => api.post<GapActionAnswer>(gapPaths.example(slug), body));
  const makeDraft = useAction((body: unknown) => api.post<GapActionAnswer>(gapPaths.draft(slug), body));
  const dismiss = useAction(() => api.post<GapActionAnswer>(gapPaths.dismiss(slug), { gapIds: ids }));

  async function submitExample(event: FormEvent) {
    event.preventDefault();
    const answer = await addExample.run({ gapIds: ids, tileKey, text });
    if (answer) onDone(answer);
  }

  async function submitDraft(event: FormEvent) {
    event.preventDefault();
    const answer = await makeDraft.run({ gapIds: ids, ...draft, text });
    if (answer) onDone(answer);
  }

  async function submitDismiss() {
    const answer = await dismiss.run();
    if (answer) onDone(answer);
  }

  return (
    <article className="app-section gap-group" aria-labelledby={headingId}>
      <h3 id={headingId} lang={group.language}>{group.example}</h3>
      <p className="gap-meta">
        <span>{languageName(group.language, ui)}</span>
        <span>{group.kind === 'unanswered' ? t.unanswered : t.notHelpful(`${group.tileOwner ?? ''}/${group.tileKey ?? ''}`)}</span>
        <span>{t.counts(group.count, group.people)}{national ? ` ${t.municipalities(group.municipalities)}` : ''}</span>
        <span>{t.seen(formatDate(group.firstSeen, ui), formatDate(group.lastSeen, ui))}</span>
      </p>
      <details>
        <summary>{t.allQuestions(group.count)}</summary>
        <ul className="gap-questions">
          {group.questions.map((q) => <li key={q.id} lang={group.language}>{q.text}</li>)}
        </ul>
      </details>

      <form className="gap-form" onSubmit={submitExample} aria-label={t.addExample}>
        <h4>{t.addExample}</h4>
        <SelectField
          label={t.tile} value={tileKey} required onChange={(e) => setTileKey(e.target.value)}
          options={[{ value: '', label: t.chooseTile }, ...tiles.map((tile) => ({ value: tile.key, label: `${tile.title} (${tile.key})`, lang: tile.sourceLang }))]}
        />
        <TextField label={t.exampleText} hint={t.exampleHint} value={text} lang={group.language} maxLength={500} required onChange={(e) => setText(e.target.value)} />
        <ErrorAlert error={addExample.error} />
        <div className="app-actions">
          <button type="submit" className="staff-button" disabled={addExample.busy || tileKey === ''}>{t.add}</button>
        </div>
      </form>

      <details className="gap-draft">
        <summary>{t.draft}</summary>
        <form className="gap-form" onSubmit={submitDraft} aria-label={t.draft}>
          <TextField label={t.key} hint={t.keyHint} value={draft.key} required pattern="[a-z0-9]([a-z0-9._-]*[a-z0-9])?" onChange={(e) => setDraft({ ...draft, key: e.target.value })} />
          <SelectField label={t.theme} value={draft.theme} onChange={(e) => setDraft({ ...draft, theme: e.target.value })} options={themes.map((th) => ({ value: th.key, label: th.name }))} />
          <TextField label={t.tileTitle} value={draft.title} lang={group.language} required maxLength={200} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
          <TextArea label={t.body} value={draft.body} lang={group.language} required rows={4} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          <ErrorAlert error={makeDraft.error} />
          <div className="app-actions">
            <button type="submit" className="staff-button" disabled={makeDraft.busy}>{t.createDraft}</button>
          </div>
        </form>
      </details>

      <ErrorAlert error={dismiss.error} />
      <div className="app-actions">
        <button type="button" className="staff-button staff-button-secondary" disabled={dismiss.busy} onClick={() => void submitDismiss()}>{t.dismiss}</button>
      </div>
    </article>
  );
}
