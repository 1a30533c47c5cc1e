/**
 * The comparison baseline: nlp.js (node-nlp), trained as its documentation
 * recommends for an FAQ bot: one intent per tile, the tile's title and
 * example questions in every language as that intent's training documents.
 * Its own language guesser picks the language; intent "None" or a score
 * below its default threshold (0.5) counts as "unanswered".
 */
import { NlpManager } from 'node-nlp';
import type { AnswerJson } from '../core/answers/index.ts';
import type { Language } from '../core/languages/index.ts';

export interface CorpusTile {
  key: string;
  theme: string;
  content: Record<string, { title: string; body: string; examples: string[] }>;
}

export async function trainNlpJs(tiles: CorpusTile[], languages: string[]): Promise<{ manager: NlpManager; trainMs: number }> {
  const manager = new NlpManager({ languages, forceNER: false, autoSave: false, autoLoad: false, nlu: { log: false } });
  for (const tile of tiles) {
    for (const [lang, content] of Object.entries(tile.content)) {
      if (!languages.includes(lang)) continue;
      for (const doc of [content.title, ...content.examples]) manager.addDocument(lang, doc, tile.key);
    }
  }
  const started = performance.now();
  await manager.train();
  return { manager, trainMs: performance.now() - started };
}

export async function askNlpJs(manager: NlpManager, tiles: CorpusTile[], id: string, text: string): Promise<AnswerJson & { id: string }> {
  const started = performance.now();
  const result = await manager.process(text);
  const ms = performance.now() - started;
  const tile = tiles.find((t) => t.key === result.intent);
  const answered = Boolean(tile) && result.intent !== 'None' && result.score >= 0.5;
  return {
    id,
    lang: result.locale as Language,
    outcome: answered ? 'answered' : 'unanswered',
    tile: answered ? tile!.key : null,
    theme: answered ? tile!.theme : null,
    confidence: result.score,
    alternatives: [],
    // nlp.js has no notion of danger.
    urgent: false,
    ms,
    text: answered ? (tile!.content[result.locale] ?? tile!.content.en).title : '',
  };
}
