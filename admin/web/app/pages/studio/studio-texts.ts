import { defineTexts } from '../../shell/texts.ts';

/** Words the studio pages share (kinds of layer, access, languages). */
export const STUDIO_TEXTS = defineTexts({
  en: {
    kind: { national: 'National library', region: 'Region', municipality: 'Municipality', employer: 'Employer', housing_provider: 'Housing provider', local_org: 'Local organization' } as Record<string, string>,
    access: { edit: 'You edit', read: 'Read only' } as Record<string, string>,
    layers: 'Layers and tiles',
    overdue: 'Overdue reviews',
  },
  nl: {
    kind: { national: 'Landelijke bibliotheek', region: 'Regio', municipality: 'Gemeente', employer: 'Werkgever', housing_provider: 'Huisvester', local_org: 'Lokale organisatie' } as Record<string, string>,
    access: { edit: 'U bewerkt', read: 'Alleen lezen' } as Record<string, string>,
    layers: 'Lagen en tegels',
    overdue: 'Te late controles',
  },
});

/** A language's name in itself (tile languages are shown this way, each with its own `lang`). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
