import { TextField } from '../../components/fields.tsx';
import { useTexts } from '../../shell/texts.ts';
import type { TileLink } from './studio-api.ts';
import { linkProblems, TILE_LIMITS } from './tile-form-model.ts';
import { TILE_TEXTS } from './tile-texts.ts';

/**
 * The tile's links: label and web address per link, added and removed with
 * buttons; each problem is shown at its field once `showErrors` is set
 * (after a first save attempt), so nobody is scolded while typing.
 */
export function LinksEditor({ links, onChange, disabled, showErrors }: {
  links: TileLink[];
  onChange(links: TileLink[]): void;
  disabled?: boolean;
  showErrors: boolean;
}) {
  const t = useTexts(TILE_TEXTS);
  const problems = linkProblems(links);
  const set = (index: number, change: Partial<TileLink>) => onChange(links.map((l, i) => (i === index ? { ...l, ...change } : l)));
  return (
    <fieldset className="tile-links">
      <legend>{t.links}</legend>
      {links.map((link, i) => (
        <div className="tile-link-row" key={i}>
          <TextField
            label={t.linkLabel(i + 1)}
            value={link.label}
            maxLength={TILE_LIMITS.linkLabel}
            disabled={disabled}
            error={showErrors && problems[i]?.label ? t.linkLabelMissing : undefined}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <TextField
            label={t.linkUrl(i + 1)}
            type="url"
            inputMode="url"
            value={link.url}
            maxLength={TILE_LIMITS.url}
            disabled={disabled}
            placeholder="https://"
            error={showErrors && problems[i]?.url ? t.linkUrlInvalid : undefined}
            onChange={(e) => set(i, { url: e.target.value })}
          />
          {disabled ? null : (
            <button type="button" className="staff-button staff-button-secondary" onClick={() => onChange(links.filter((_, j) => j !== i))}>
              {t.removeLink(i + 1)}
            </button>
          )}
        </div>
      ))}
      {disabled || links.length >= TILE_LIMITS.links ? null : (
        <button type="button" className="staff-button staff-button-secondary" onClick={() => onChange([...links, { label: '', url: '' }])}>
          {t.addLink}
        </button>
      )}
    </fieldset>
  );
}
