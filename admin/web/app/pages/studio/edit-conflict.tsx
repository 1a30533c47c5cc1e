import { useEffect, useRef } from 'react';
import { useSession } from '../../shell/session.tsx';
import { formatDateTime, useTexts } from '../../shell/texts.ts';
import type { EditConflict as Conflict } from './studio-api.ts';
import { differingFields, examplesOf, formFromVersion, type TileFormValues } from './tile-form-model.ts';
import { TILE_TEXTS } from './tile-texts.ts';

/** A field's value as text, for showing theirs next to yours. */
function shown(values: TileFormValues, field: keyof TileFormValues, yes: string, no: string): string {
  switch (field) {
    case 'examples': return examplesOf(values).join('\n');
    case 'links': return values.links.map((l) => `${l.label} <${l.url}>`).join('\n');
    case 'sensitive': return values.sensitive ? yes : no;
    default: return String(values[field]);
  }
}

/**
 * The 409 of a stale save, said plainly: who saved the tile when, which
 * fields differ between their version and the editor's, both values side by
 * side, and the choice: load theirs (losing one's own edits) or keep one's
 * own (the next save replaces theirs). Focused when it appears.
 */
export function EditConflict({ conflict, mine, sourceLang, onReload, onKeepMine }: {
  conflict: Conflict;
  mine: TileFormValues;
  sourceLang: string;
  onReload(): void;
  onKeepMine(): void;
}) {
  const t = useTexts(TILE_TEXTS);
  const { language } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [conflict]);
  const theirs = formFromVersion(conflict.current.draft ?? conflict.current.live, sourceLang);
  const fields = differingFields(theirs, mine);
  const { savedBy, savedAt } = conflict.current;
  return (
    <section className="tile-conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>{t.conflictTitle}</h2>
      <p>{savedBy && savedAt ? t.conflictBy(savedBy.name, formatDateTime(savedAt, language)) : t.conflictUnknown}</p>
      {fields.length === 0 ? <p>{t.conflictSame}</p> : (
        <>
          <p>{t.conflictChanged}</p>
          {fields.map((field) => (
            <div key={field} className="tile-compare-field">
              <h3>{t.fieldNames[field] ?? field}</h3>
              <div className="tile-compare">
                <div>
                  <h4>{t.theirs}</h4>
                  <pre lang={field === 'sensitive' ? undefined : sourceLang}>{shown(theirs, field, t.yes, t.no)}</pre>
                </div>
                <div>
                  <h4>{t.yours}</h4>
                  <pre lang={field === 'sensitive' ? undefined : sourceLang}>{shown(mine, field, t.yes, t.no)}</pre>
                </div>
              </div>
            </div>
          ))}
        </>
      )}
      <div className="app-actions">
        <button type="button" className="staff-button" onClick={onReload}>{t.reloadTheirs}</button>
        <button type="button" className="staff-button staff-button-secondary" onClick={onKeepMine}>{t.keepMine}</button>
      </div>
    </section>
  );
}
