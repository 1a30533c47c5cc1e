import { defineTexts, useTexts } from '../shell/texts.ts';

const TEXTS = defineTexts({
  en: { draft: 'Draft', published: 'Published', scheduled: 'Scheduled', overdue: 'Review overdue', unpublished: 'Unpublished', changed: 'Draft changes', stale: 'Needs review' },
  nl: { draft: 'Concept', published: 'Gepubliceerd', scheduled: 'Gepland', overdue: 'Controle te laat', unpublished: 'Niet gepubliceerd', changed: 'Conceptwijzigingen', stale: 'Te controleren' },
});

export type BadgeStatus = keyof typeof TEXTS.en;

/** A status as a word with a colour (the word carries the meaning; the colour only helps). */
export function StatusBadge({ status }: { status: string }) {
  const t = useTexts(TEXTS);
  const known = status in t ? (status as BadgeStatus) : undefined;
  return <span className={`app-badge app-badge-${known ?? 'other'}`}>{known ? t[known] : status}</span>;
}
