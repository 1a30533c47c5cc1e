import type { Language } from '../../languages/index.ts';
import type { VisibleContent, VisibleTile } from '../types.ts';
import type { TileTranslations } from './tile-translations.ts';

/**
 * The conversation core's `MissingTranslations` port on DeepL: a chat needs
 * a language a published tile lacks, so it is translated at once, cached
 * and stored as machine, unchecked (the editor sees it in the matrix). The
 * characters count against the budget of the tile's own layer, where the
 * text is kept. Off, over budget or failing: undefined, and the chat sends
 * the source text with the note that it is not yet in the person's language.
 */
export class InstantTileTranslation {
  constructor(private readonly translations: TileTranslations) {}

  async translate(request: { organizationId: string; tile: VisibleTile; lang: Language }): Promise<VisibleContent | undefined> {
    const text = await this.translations.translateNow(request.tile.id, request.lang);
    return text && { title: text.title, body: text.body, examples: text.examples, linkLabels: text.linkLabels };
  }
}
