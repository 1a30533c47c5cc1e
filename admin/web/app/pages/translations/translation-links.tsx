import { Link } from 'react-router-dom';
import { CheckboxField } from '../../components/fields.tsx';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import { translationPages } from './translations-api.ts';

/**
 * The translation pieces other studio pages show: links to the matrix and to
 * a tile's translations, and the publish option "minor change, keep
 * translations" (kept here so the studio's files only import them).
 */
const TEXTS = defineTexts({
  en: {
    matrix: 'Translations', tile: 'Translations',
    keep: 'Minor change: keep translations',
    keepHint: 'For a typo or a change that does not alter the meaning: translations made from the previous text stay current and nothing is translated again.',
  },
  nl: {
    matrix: 'Vertalingen', tile: 'Vertalingen',
    keep: 'Kleine wijziging: vertalingen behouden',
    keepHint: 'Voor een typfout of een wijziging die de betekenis niet verandert: vertalingen van de vorige tekst blijven actueel en er wordt niets opnieuw vertaald.',
  },
});

/** A link to the layer's translation matrix. */
export function TranslationMatrixLink({ slug }: { slug: string }) {
  const t = useTexts(TEXTS);
  return <Link to={translationPages.matrix(slug)}>{t.matrix}</Link>;
}

/** A link to one tile's translations. */
export function TileTranslationsLink({ slug, tileKey }: { slug: string; tileKey: string }) {
  const t = useTexts(TEXTS);
  return <Link to={translationPages.editor(slug, tileKey)}>{t.tile}</Link>;
}

/** The publish option that sends `keepTranslations: true`. */
export function KeepTranslationsOption({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const t = useTexts(TEXTS);
  return <CheckboxField label={t.keep} hint={t.keepHint} id="keep-translations" checked={checked} onChange={(e) => onChange(e.target.checked)} />;
}
