import type { Logger } from 'pino';
import { isLanguage, type Language } from '../../languages/index.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { organizationGlossary, type SegmentTranslator } from '../../translation/index.ts';
import { budgetState, type BudgetState } from './budget.ts';
import { planMachineUnits, translateUnit, type UnitOutcome } from './machine-translation.ts';
import { loadTranslationTile, loadTranslationTiles, type TranslationText, type TranslationTile } from './translation-repository.ts';

/** What a bulk run would use, shown before it starts. */
export interface RunEstimate {
  /** Tile × language units that would get a machine text. */
  units: number;
  /** DeepL characters the uncached segments take (0 when everything is cached). */
  characters: number;
  budget: BudgetState;
  /** Whether the run fits what is left this month. */
  fits: boolean;
}

export interface RunReport {
  translated: number;
  characters: number;
  /** Units that were not made, by reason. */
  problems: Record<string, number>;
  outcomes: UnitOutcome[];
}

function report(outcomes: UnitOutcome[]): RunReport {
  const problems: Record<string, number> = {};
  for (const o of outcomes) if (o.result !== 'translated') problems[o.result] = (problems[o.result] ?? 0) + 1;
  return {
    translated: outcomes.filter((o) => o.result === 'translated').length,
    characters: outcomes.reduce((n, o) => n + o.characters, 0),
    problems,
    outcomes,
  };
}

/**
 * Machine translation of a layer's tiles: after every publish (the missing
 * and stale languages, as far as the budget goes), as a bulk run an editor
 * starts after seeing its estimate (refused as a whole when it does not
 * fit), and at once for a chat that needs a language a tile lacks.
 */
export class TileTranslations {
  constructor(private readonly deps: { db: Db; translator: SegmentTranslator; now?: () => Date; log?: Logger }) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** The languages a layer's tiles are translated into: the organization's enabled languages and any a tile already has. */
  private async targetLanguages(organizationId: string, tiles: readonly TranslationTile[]): Promise<Language[]> {
    const org = await this.deps.db.organization.findUnique({ where: { id: organizationId }, select: { enabledLanguages: true } });
    const all = new Set<string>(org?.enabledLanguages ?? []);
    for (const tile of tiles) for (const lang of tile.rows.keys()) all.add(lang);
    return [...all].filter(isLanguage);
  }

  private async run(organizationId: string, tiles: TranslationTile[], languages: readonly string[]): Promise<RunReport> {
    const { db, translator } = this.deps;
    const glossary = await organizationGlossary(db, organizationId);
    const units = await planMachineUnits(db, tiles, languages, glossary);
    const outcomes: UnitOutcome[] = [];
    for (const unit of units) outcomes.push(await translateUnit(db, translator, unit, glossary, this.now()));
    return report(outcomes);
  }

  /** After a publish: the tile's missing and stale languages, in order, as long as the budget lasts. */
  async translateTile(tileId: string): Promise<RunReport> {
    const tile = await loadTranslationTile(this.deps.db, tileId);
    if (!tile || tile.status !== 'published') return report([]);
    const languages = await this.targetLanguages(tile.organizationId, [tile]);
    const result = await this.run(tile.organizationId, [tile], languages);
    this.deps.log?.info({ module: 'tile-translation', tile: tile.key, translated: result.translated, characters: result.characters, problems: result.problems }, 'tile translated after publish');
    return result;
  }

  /** What translating `languages` (default: all targets) of the layer's tiles (`keys`, default all) would use. */
  async estimate(organizationId: string, options: { keys?: readonly string[]; languages?: readonly string[] } = {}): Promise<RunEstimate> {
    const { db } = this.deps;
    const tiles = await loadTranslationTiles(db, organizationId, options.keys);
    const languages = options.languages ?? await this.targetLanguages(organizationId, tiles);
    const glossary = await organizationGlossary(db, organizationId);
    const units = await planMachineUnits(db, tiles, languages, glossary);
    const characters = units.reduce((n, u) => n + u.characters, 0);
    const budget = await budgetState(db, organizationId, this.now());
    return { units: units.length, characters, budget, fits: characters <= budget.left };
  }

  /**
   * A bulk run an editor started after seeing the estimate.
   * @throws AppError TRANSLATION_BUDGET_EXCEEDED when it needs more than is left this month (nothing is sent).
   */
  async runBulk(organizationId: string, options: { keys?: readonly string[]; languages?: readonly string[] } = {}): Promise<RunReport> {
    const estimate = await this.estimate(organizationId, options);
    if (!estimate.fits) {
      throw new AppError('TRANSLATION_BUDGET_EXCEEDED', { characters: estimate.characters, left: estimate.budget.left, budget: estimate.budget.budget });
    }
    const tiles = await loadTranslationTiles(this.deps.db, organizationId, options.keys);
    const languages = options.languages ?? await this.targetLanguages(organizationId, tiles);
    return this.run(organizationId, tiles, languages);
  }

  /**
   * A chat needs `language` of a published tile that lacks it: translates it
   * now (cached, machine, unchecked; the studio's matrix shows it).
   * @returns the new text, or undefined when it could not be made (off, over budget, failing).
   */
  async translateNow(tileId: string, language: Language): Promise<TranslationText | undefined> {
    const { db } = this.deps;
    const tile = await loadTranslationTile(db, tileId);
    if (!tile || tile.status !== 'published') return undefined;
    const before = tile.rows.get(language);
    if (!before) {
      const outcome = (await this.run(tile.organizationId, [tile], [language])).outcomes[0];
      if (outcome?.result !== 'translated') return undefined;
    }
    const row = (await loadTranslationTile(db, tileId))?.rows.get(language);
    return row ? { title: row.title, body: row.body, examples: row.examples, linkLabels: row.linkLabels } : undefined;
  }
}
