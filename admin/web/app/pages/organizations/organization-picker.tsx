import { useNavigate } from 'react-router-dom';
import { SelectField } from '../../components/fields.tsx';
import { defineTexts, useTexts } from '../../shell/texts.ts';

const TEXTS = defineTexts({
  en: { organization: 'Organization' },
  nl: { organization: 'Organisatie' },
});

/** A choice of organization for the administrators' pages; nothing when there is only one. */
export function OrganizationPicker({ options, value, pageOf }: {
  options: ReadonlyArray<{ slug: string; name: string }>;
  value: string;
  /** The page of another organization. */
  pageOf: (slug: string) => string;
}) {
  const t = useTexts(TEXTS);
  const navigate = useNavigate();
  if (options.length < 2) return null;
  return (
    <SelectField
      label={t.organization} value={value}
      onChange={(e) => navigate(pageOf(e.target.value))}
      options={options.map((o) => ({ value: o.slug, label: o.name === o.slug ? o.slug : `${o.name} (${o.slug})` }))}
    />
  );
}
