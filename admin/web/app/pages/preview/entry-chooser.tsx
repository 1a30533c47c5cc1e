import { useEffect, useState } from 'react';
import { SelectField, TextField } from '../../components/fields.tsx';
import { api } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { previewPaths, type Through } from './preview-api.ts';
import { PREVIEW_TEXTS } from './preview-texts.ts';

interface KnownCode {
  code: string;
  label: string | null;
  municipality: { slug: string; name: string };
}

/** The entry codes of the caller's municipalities that they may see (others are left out quietly: the API decides). */
function useKnownCodes(municipalities: readonly string[]): KnownCode[] {
  const [codes, setCodes] = useState<KnownCode[]>([]);
  const key = municipalities.join(',');
  useEffect(() => {
    let current = true;
    const slugs = key ? key.split(',') : [];
    void Promise.allSettled(slugs.map((slug) => api.get<{ codes: KnownCode[] }>(previewPaths.entryCodes(slug)))).then((answers) => {
      if (!current) return;
      setCodes(answers.flatMap((a) => (a.status === 'fulfilled' ? a.value.codes : [])));
    });
    return () => {
      current = false;
    };
  }, [key]);
  return codes;
}

/**
 * Where the person comes in: a choice of the caller's organizations and
 * their municipalities' entry codes, or any entry code typed in (an
 * employer's editor knows their codes but may not list the municipality's).
 * `allowLayerAlone` offers "this layer on its own" (the preview of a tile).
 */
export function EntryChooser({ value, onChange, allowLayerAlone, organizationLabel }: {
  value: Through;
  onChange(through: Through): void;
  allowLayerAlone: boolean;
  organizationLabel: string;
}) {
  const t = useTexts(PREVIEW_TEXTS);
  const { staff } = useSession();
  const organizations = [...new Map(staff.memberships.map((m) => [m.slug, m])).values()];
  const municipalities = organizations.filter((m) => m.kind === 'municipality').map((m) => m.slug);
  const codes = useKnownCodes(municipalities);
  const [typed, setTyped] = useState(value.kind === 'code' && !codes.some((c) => c.code === value.code) ? value.code : '');

  const selected = value.kind === 'layer' ? '' : value.kind === 'municipality' ? `m:${value.slug}` : codes.some((c) => c.code === value.code) ? `c:${value.code}` : '';
  const options = [
    ...(allowLayerAlone ? [{ value: '', label: t.layerAlone }] : [{ value: '', label: '—' }]),
    ...organizations.map((m) => ({ value: `m:${m.slug}`, label: m.kind === 'municipality' ? t.municipality(m.slug) : m.slug })),
    ...codes.map((c) => ({ value: `c:${c.code}`, label: t.entryCode(c.code, c.label ?? c.municipality.name) })),
  ];
  const choose = (option: string) => {
    setTyped('');
    if (option.startsWith('m:')) onChange({ kind: 'municipality', slug: option.slice(2) });
    else if (option.startsWith('c:')) onChange({ kind: 'code', code: option.slice(2) });
    else onChange({ kind: 'layer' });
  };
  return (
    <>
      <SelectField label={organizationLabel} hint={t.throughHint} options={options} value={selected} onChange={(e) => choose(e.target.value)} />
      <TextField
        label={t.otherCode}
        hint={t.otherCodeHint}
        value={typed}
        maxLength={64}
        autoComplete="off"
        onChange={(e) => {
          const code = e.target.value;
          setTyped(code);
          onChange(code.trim() ? { kind: 'code', code: code.trim() } : { kind: 'layer' });
        }}
      />
    </>
  );
}
