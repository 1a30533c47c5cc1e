import type { Db } from '../../platform/db.ts';
import { saveDraft } from './editing.ts';
import { findLayer } from './layer-repository.ts';
import type { StudioContext } from './studio-context.ts';
import { findEditableTile, updateTileColumns } from './tile-repository.ts';

/**
 * Demo content for the studio (`npm run demo`): after the demo libraries are
 * imported, something to look at on every studio page. Runs again without
 * changing anything that is already there.
 * - `demostad/demostad-town-hall` gets an unpublished draft (evening hours added);
 * - `demostad/demostad-migrant-desk` is overdue for review (its date a week ago);
 * - the national `working-hours-and-breaks` gets a draft.
 * Missing layers or tiles are skipped. Audit rows name the actor `system`.
 * @returns what it changed, for the seed's summary line.
 */
export async function seedDemoLibrary(db: Db, now: Date = new Date()): Promise<{ drafts: number; overdue: number }> {
  const ctx: StudioContext = { db, actorId: null, now };
  let drafts = 0;
  let overdue = 0;

  const addDraft = async (layerSlug: string, key: string, edit: (body: string) => string): Promise<void> => {
    const layer = await findLayer(db, layerSlug);
    const tile = layer && await findEditableTile(db, layer.id, key);
    const source = tile?.translations.find((t) => t.language === tile.sourceLang);
    if (!layer || !tile || !source || tile.draft) return;
    await saveDraft(ctx, layer, key, {
      baseEditVersion: tile.editVersion, theme: tile.themeKey, links: tile.links, sensitive: tile.sensitive,
      content: { [tile.sourceLang]: { title: source.title, body: edit(source.body), examples: source.examples } },
    });
    drafts += 1;
  };

  await addDraft('demostad', 'demostad-town-hall', (body) => `${body}\n\nOn Thursdays the desk is also open from 17:00 to 20:00.`);
  await addDraft('national', 'working-hours-and-breaks', (body) => `${body}\n\nAsk your employer for your schedule at least four days ahead.`);

  const demostad = await findLayer(db, 'demostad');
  const desk = demostad && await findEditableTile(db, demostad.id, 'demostad-migrant-desk');
  if (desk && (!desk.reviewBy || desk.reviewBy.getTime() > now.getTime())) {
    await updateTileColumns(db, desk.id, { reviewBy: new Date(now.getTime() - 7 * 24 * 3600_000) });
    overdue += 1;
  }
  return { drafts, overdue };
}
