/**
 * `npm run bench:scale`: the answer engines of a whole country in one process,
 * through the real AnswerService.
 *
 * The landscape (synthetic multilingual text, bench/synthetic-text.ts): a
 * national library of 150 tiles × 18 languages; 12 regions of 8 tiles; 342
 * municipalities, each in a region, showing the national library minus 3
 * hidden tiles, with local additions under 2 national tiles and 15 tiles of
 * its own; 100 employer layers of 5 tiles, each opened as
 * `employer@municipality`. An in-memory TileSource hands out the layers the
 * way the database one does (the same library objects per version).
 *
 * Measures, in order: the time until all 442 engines are ready and the RSS
 * then; the first question in each language at 20 entry points (which
 * builds their own tiles' index in that language); the time the service
 * then needs to prepare every engine in idle moments (every language's
 * own-tiles index and the crisis tiles: `preparedSeconds`) and the RSS after
 * it (`rssMb` is the larger of the two RSS figures); p50/p99 of `ask` over questions taken from visible tiles, on fresh
 * engines and then warm (with checks that hidden tiles, other
 * municipalities' tiles and other employers' tiles never come back); one
 * municipality's engine against an engine of one index over the same tiles,
 * interleaved (the merge's cost, whatever the machine's load); then a
 * national tile is changed and the
 * change announced on Redis (the real ContentChangeListener): `editLiveMs`
 * is the time from the notice until every entry point's engine answers from
 * the new text. Ends with one JSON line:
 * {"rssMb":…,"readySeconds":…,"editLiveMs":…,"queryP99Ms":…,"preparedSeconds":…}
 * Targets: rssMb ≤ 1024, readySeconds ≤ 30, editLiveMs ≤ 1000, queryP99Ms ≤ 2.
 * Needs Redis (REDIS_URL); `node --expose-gc` makes the RSS figures steadier.
 */
import { randomUUID } from 'node:crypto';
import { AnswerEngine, AnswerService, ContentChangeListener, RedisContentChanges } from '../core/answers/index.ts';
import { flattenLayers, mergeAddition, type LayeredContent, type TileSource, type VisibleTile } from '../core/content/index.ts';
import { SUPPORTED_LANGUAGES } from '../core/languages/index.ts';
import { createRedis, whenReady } from '../core/platform/redis.ts';
import { SyntheticText } from './synthetic-text.ts';

/** `npm run bench:scale -- 40 10` for a quicker run with 40 municipalities and 10 employers. */
const MUNICIPALITIES = Number(process.argv[2] ?? 342);
const EMPLOYERS = Number(process.argv[3] ?? 100);
const REGIONS = 12;
const NATIONAL_TILES = 150;
const REGION_TILES = 8;
const OWN_TILES = 15;
const EMPLOYER_TILES = 5;
const HIDDEN_PER_MUNICIPALITY = 3;
const ADDITIONS_PER_MUNICIPALITY = 2;
const QUESTIONS = 5000;

const text = new SyntheticText(7);
const languages = [...SUPPORTED_LANGUAGES];

function tile(id: string, ownerSlug: string): VisibleTile {
  return {
    id, key: id, ownerSlug, theme: 'work', sensitive: false, sourceLang: 'nl', links: [],
    content: Object.fromEntries(languages.map((lang) => [lang, text.content(lang)])),
  };
}

interface Library { id: string; version: number; tiles: VisibleTile[] }
interface Municipality {
  slug: string;
  region: Library;
  hidden: Set<string>;
  /** national tile id → the addition's text (Dutch source, English translation) */
  additions: Map<string, { nl: string; en: string }>;
  own: VisibleTile[];
  version: number;
}

const national: Library = { id: 'national', version: 1, tiles: Array.from({ length: NATIONAL_TILES }, (_, i) => tile(`national-${i}`, 'national')) };
const regions: Library[] = Array.from({ length: REGIONS }, (_, r) => ({
  id: `region-${r}`, version: 1, tiles: Array.from({ length: REGION_TILES }, (_, i) => tile(`region-${r}-${i}`, `region-${r}`)),
}));
const municipalities = new Map<string, Municipality>();
for (let m = 0; m < MUNICIPALITIES; m++) {
  const slug = `m${m}`;
  const hidden = new Set<string>();
  // National tile 0 is the one the edit test changes: shown everywhere as published.
  const others = national.tiles.slice(1);
  while (hidden.size < HIDDEN_PER_MUNICIPALITY) hidden.add(text.pick(others).id);
  const additions = new Map<string, { nl: string; en: string }>();
  while (additions.size < ADDITIONS_PER_MUNICIPALITY) {
    const id = text.pick(others).id;
    if (!hidden.has(id)) additions.set(id, { nl: `Loket ${slug}: ${text.sentence('nl', 12)}`, en: `Desk ${slug}: ${text.sentence('en', 12)}` });
  }
  municipalities.set(slug, {
    slug, region: regions[m % REGIONS], hidden, additions, version: 1,
    own: Array.from({ length: OWN_TILES }, (_, i) => tile(`${slug}-own-${i}`, slug)),
  });
}
const employers = new Map<string, { slug: string; municipality: string; tiles: VisibleTile[] }>();
for (let e = 0; e < EMPLOYERS; e++) {
  const slug = `employer${e}`;
  employers.set(slug, { slug, municipality: `m${(e * 7) % MUNICIPALITIES}`, tiles: Array.from({ length: EMPLOYER_TILES }, (_, i) => tile(`${slug}-${i}`, slug)) });
}
const keys = [...municipalities.keys(), ...[...employers.values()].map((e) => `${e.slug}@${e.municipality}`)];

/** The entry point behind a key: its municipality and, for `employer@municipality`, the employer. */
function entryOf(key: string) {
  const [first, second] = key.split('@');
  const municipality = municipalities.get(second ?? first)!;
  return { municipality, employer: second ? employers.get(first) : undefined };
}

/** An in-memory TileSource with the database source's layering: library tiles are the library's own objects. */
const source: TileSource = {
  async layers(key): Promise<LayeredContent> {
    const { municipality: m, employer } = entryOf(key);
    const visible: LayeredContent['visible'] = [
      ...(employer?.tiles ?? []).map((t) => ({ tile: t })),
      ...m.own.map((t) => ({ tile: t })),
      ...m.region.tiles.map((t) => ({ tile: t, libraryId: m.region.id })),
    ];
    for (const t of national.tiles) {
      if (m.hidden.has(t.id)) continue;
      const addition = m.additions.get(t.id);
      visible.push(addition
        ? { tile: { ...t, content: mergeAddition(t.content, { sourceLang: 'nl', texts: { nl: { body: addition.nl }, en: { body: addition.en } } }) } }
        : { tile: t, libraryId: national.id });
    }
    const libraries = [m.region, national].map((l) => ({ id: l.id, version: String(l.version), tiles: l.tiles }));
    return { languages, libraries, visible };
  },
  async load(key) {
    return flattenLayers(await this.layers!(key));
  },
  async version(key) {
    const { municipality: m, employer } = entryOf(key);
    return `${national.version}.${m.region.version}.${m.version}.${employer ? 1 : 0}`;
  },
};

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => Math.round(bytes / 1048576);
const quantile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 1000) / 1000;

gc?.();
const rssBefore = process.memoryUsage().rss;
const service = new AnswerService(source, { recheckMs: 60_000 });
const cpuBefore = process.cpuUsage();
const started = performance.now();
const engines = new Map<string, AnswerEngine>();
const buildMs: number[] = [];
for (const key of keys) {
  const t = performance.now();
  engines.set(key, await service.engine(key));
  buildMs.push(performance.now() - t);
}
const readySeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
gc?.();
const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
console.log(`${keys.length} engines (${MUNICIPALITIES} municipalities, ${EMPLOYERS} employer layers) ready in ${readySeconds.toFixed(2)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
const sortedBuilds = [...buildMs].sort((a, b) => a - b);
console.log(`per engine: first ${buildMs[0].toFixed(0)} ms (indexes the libraries), then p50 ${quantile(sortedBuilds, 0.5)} ms, max ${quantile(sortedBuilds, 1)} ms`);
console.log(`RSS ${mb(rss)} MB (${mb(rssBefore)} MB before the engines; JS heap ${mb(heapUsed)} MB, typed arrays ${mb(arrayBuffers)} MB); shared library indexes: ${service.sharedIndexes().length}`);

// An entry point's own tiles are indexed per language on the first question in that language (the
// detector knows their words from the start): what that first question costs, against a second one.
{
  const firstMs: number[] = [];
  const secondMs: number[] = [];
  for (const key of keys.slice(-20)) {
    const engine = engines.get(key)!;
    const own = engine.tiles[0];
    for (const lang of languages) {
      const [first, second] = own.content[lang]!.examples;
      firstMs.push(engine.ask(first).ms);
      secondMs.push(engine.ask(second).ms);
    }
  }
  firstMs.sort((a, b) => a - b);
  secondMs.sort((a, b) => a - b);
  console.log(`first question in a language at an entry point (builds its own tiles' index there), 20 entry points × ${languages.length}: `
    + `p50 ${quantile(firstMs, 0.5)} ms, p99 ${quantile(firstMs, 0.99)} ms; the next question: p50 ${quantile(secondMs, 0.5)} ms, p99 ${quantile(secondMs, 0.99)} ms`);
}

// Then the service prepares the engines in idle moments (idle-preparation.ts): every language's own-tiles
// index and the crisis tiles. Nothing else runs here, so this is how long a quiet server needs after start;
// the RSS after it is the steady state, and the figure reported.
const prepareStarted = performance.now();
const prepareCpuBefore = process.cpuUsage();
await service.whenPrepared();
const prepareSeconds = (performance.now() - prepareStarted) / 1000;
const prepareCpu = process.cpuUsage(prepareCpuBefore);
gc?.();
const prepared = process.memoryUsage();
console.log(`engines prepared in idle moments ${prepareSeconds.toFixed(2)} s after ready (CPU ${((prepareCpu.user + prepareCpu.system) / 1e6).toFixed(2)} s); `
  + `RSS then ${mb(prepared.rss)} MB (JS heap ${mb(prepared.heapUsed)} MB, typed arrays ${mb(prepared.arrayBuffers)} MB)`);

// Questions: an example question of a visible tile, in one of its languages, at a random entry point.
// A first round warms the engines (as bench:answers measures warm latency: engines on shared libraries
// skip the per-engine warm-up, so their first questions fill per-engine memos); its p99 is printed too.
const coldTimes: number[] = [];
for (let i = 0; i < QUESTIONS; i++) {
  const engine = engines.get(text.pick(keys))!;
  const target = text.pick(engine.tiles);
  coldTimes.push(engine.ask(text.pick(target.content[text.pick(languages)]!.examples)).ms);
}
coldTimes.sort((a, b) => a - b);
console.log(`${QUESTIONS} questions on fresh engines: p50 ${quantile(coldTimes, 0.5)} ms, p99 ${quantile(coldTimes, 0.99)} ms`);
const times: number[] = [];
/** CPU time per question: on a shared machine wall time includes waiting for a core. */
const cpuTimes: number[] = [];
let top1 = 0;
let leaks = 0;
for (let i = 0; i < QUESTIONS; i++) {
  const key = text.pick(keys);
  const engine = engines.get(key)!;
  const target = text.pick(engine.tiles);
  const lang = text.pick(languages);
  const question = text.pick(target.content[lang]!.examples);
  const cpuAt = process.cpuUsage();
  const answer = engine.ask(question);
  const cpuSpent = process.cpuUsage(cpuAt);
  times.push(answer.ms);
  cpuTimes.push((cpuSpent.user + cpuSpent.system) / 1000);
  if (answer.tile?.id === target.id) top1++;
  const { municipality, employer } = entryOf(key);
  for (const shown of [answer.tile, ...answer.alternatives]) {
    if (!shown) continue;
    const foreignEmployer = shown.ownerSlug.startsWith('employer') && shown.ownerSlug !== employer?.slug;
    const foreignOwn = /^m\d+$/.test(shown.ownerSlug) && shown.ownerSlug !== municipality.slug;
    if (municipality.hidden.has(shown.id) || foreignEmployer || foreignOwn) leaks++;
  }
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const queryP99Ms = quantile(times, 0.99);
console.log(`${QUESTIONS} more questions: p50 ${quantile(times, 0.5)} ms, p99 ${queryP99Ms} ms, max ${quantile(times, 1)} ms (CPU time p50 ${quantile(cpuTimes, 0.5)} ms, p99 ${quantile(cpuTimes, 0.99)} ms); `
  + `asked tile first ${(100 * top1 / QUESTIONS).toFixed(1)}%; tiles shown that the entry point must not show: ${leaks}`);

// The same questions, interleaved, on one municipality's engine and on an engine of its own over
// the same tiles (one index, as before sharing): the cost of the merge, whatever the machine's load.
{
  const key = keys[0];
  const shared = engines.get(key)!;
  const alone = new AnswerEngine([...shared.tiles], { languages });
  alone.warmUp();
  const sharedMs: number[] = [];
  const aloneMs: number[] = [];
  let sameTile = 0;
  for (let i = 0; i < 2000; i++) {
    const question = text.pick(text.pick(shared.tiles).content[text.pick(languages)]!.examples);
    // Who goes first alternates: the second meets the process-wide caches (analyzer, safety) warm.
    const [a, b] = i % 2 ? [shared.ask(question), alone.ask(question)] : (([y, x]) => [x, y])([alone.ask(question), shared.ask(question)]);
    sharedMs.push(a.ms);
    aloneMs.push(b.ms);
    if (a.tile?.id === b.tile?.id) sameTile++;
  }
  sharedMs.sort((a, b) => a - b);
  aloneMs.sort((a, b) => a - b);
  console.log(`${key}, 2000 questions interleaved: shared indexes p50 ${quantile(sharedMs, 0.5)} ms, p99 ${quantile(sharedMs, 0.99)} ms; `
    + `one index of its own p50 ${quantile(aloneMs, 0.5)} ms, p99 ${quantile(aloneMs, 0.99)} ms; same tile chosen ${(100 * sameTile / 2000).toFixed(1)}%`);
}

// A national tile changes (new title and example in every language); the notice goes over Redis.
const changed = 0;
const marker = 'zyxwvutsrq';
const fresh = tile(national.tiles[changed].id, 'national');
for (const lang of languages) {
  fresh.content[lang] = { ...fresh.content[lang]!, title: `${marker} ${fresh.content[lang]!.title}`, examples: [`${marker} ${fresh.content[lang]!.examples[0]}`] };
}
const prefix = `bench-scale-${randomUUID()}:`;
const publisher = createRedis();
const subscriber = createRedis();
await Promise.all([whenReady(publisher), whenReady(subscriber)]);
let noticeAt = 0;
let refreshed!: () => void;
const refreshDone = new Promise<void>((resolve) => (refreshed = resolve));
const listener = new ContentChangeListener(subscriber, {
  refresh: async () => {
    noticeAt = performance.now();
    await service.refresh();
    refreshed();
  },
}, prefix);
await listener.start();
national.tiles = national.tiles.map((t, i) => (i === changed ? fresh : t));
national.version++;
await new RedisContentChanges(publisher, prefix).notifyContentChanged([national.id]);
await refreshDone;
let stale = keys.length;
while (stale > 0) {
  stale = 0;
  for (const key of keys) {
    const engine = await service.engine(key);
    const answer = engine.ask(fresh.content.en!.examples[0]);
    if (answer.tile?.id !== fresh.id || !answer.tile.content.en?.title.startsWith(marker)) stale++;
  }
}
const editLiveMs = Math.round(performance.now() - noticeAt);
console.log(`a changed national tile answers at all ${keys.length} entry points ${editLiveMs} ms after the notice; shared library indexes now: ${service.sharedIndexes().length}`);
await listener.close();
publisher.disconnect();
subscriber.disconnect();

console.log(JSON.stringify({
  rssMb: mb(Math.max(rss, prepared.rss)), readySeconds: Math.round(readySeconds * 100) / 100, editLiveMs, queryP99Ms,
  preparedSeconds: Math.round(prepareSeconds * 100) / 100,
}));
