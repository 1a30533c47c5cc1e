import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How the fake answers. `ok` translates; the others are DeepL's failure
 * modes: 429 (with Retry-After), 456 (quota exceeded — translate only, usage
 * keeps answering, as DeepL does), a 5xx, a 400 for the text (`bad_request`),
 * or no answer at all (`hang`, for timeouts).
 */
export type DeepLFakeMode =
  | { kind: 'ok' }
  | { kind: 'rate_limited'; retryAfterSeconds?: number }
  | { kind: 'quota_exceeded' }
  | { kind: 'server_error'; status?: number }
  | { kind: 'bad_request' }
  | { kind: 'hang' };

/** One request the fake received (the Authorization header included: tests check it is sent, and only here). */
export interface DeepLFakeRequest {
  method: string;
  path: string;
  authorization?: string;
  /** Form or JSON parameters of POST /v2/translate; `text` may repeat. */
  params?: TranslateParams;
}

interface TranslateParams {
  text: string[];
  target_lang?: string;
  source_lang?: string;
  tag_handling?: string;
  ignore_tags: string[];
}

/** Word-for-word "translations" per pair (lower case), enough for tests to see what was translated. */
const PHRASES: Record<string, Record<string, string>> = {
  'NL>EN': {
    ik: 'I', heb: 'have', een: 'a', nodig: 'needed', van: 'from', de: 'the', het: 'the', gemeente: 'municipality',
    huisarts: 'GP', zorgtoeslag: 'healthcare allowance', afspraak: 'appointment', met: 'with', mijn: 'my', hallo: 'hello',
  },
  'EN>PL': { hello: 'cześć', i: 'ja', need: 'potrzebuję', an: '', a: '', appointment: 'wizyty', the: '', with: 'z', doctor: 'lekarz' },
  'PL>EN': { dzień: 'good', dobry: 'day', potrzebuję: 'I need', lekarza: 'a doctor', mam: 'I have', pytanie: 'a question' },
};

/** Words that make the fake "detect" a language when source_lang is absent; otherwise it says EN. */
const DETECT: Array<[string, RegExp]> = [
  ['NL', /\b(ik|heb|een|het|van|gemeente|nodig|mijn|hallo)\b/iu],
  ['PL', /(dzień|dobry|potrzebuję|lekarza|pytanie|\bmam\b)/iu],
];

const LANGUAGES = ['BG', 'CS', 'DE', 'EL', 'EN', 'ES', 'ET', 'HU', 'IT', 'LT', 'LV', 'NL', 'PL', 'PT', 'RO', 'SK', 'SL', 'TR', 'UK'];
const TARGET_LANGUAGES = [...LANGUAGES.filter((l) => l !== 'EN' && l !== 'PT'), 'EN-GB', 'EN-US', 'PT-PT', 'PT-BR'];

class BadRequest extends Error {}

/**
 * A DeepL API at the network edge, on 127.0.0.1, speaking what deepl-node
 * sends: `POST /v2/translate` (form body — deepl-node's — or JSON),
 * `GET /v2/usage`, `GET /v2/languages[?type=target]`. It "translates"
 * deterministically: `[nl→en-gb] ` before the text, and words of a small
 * phrase table replaced; with `tag_handling=xml` it checks the XML is well
 * formed (400 otherwise, as DeepL) and leaves the content of `ignore_tags`
 * alone. Any other path is recorded in `unexpected` and answered 404.
 */
export class DeepLFake {
  readonly requests: DeepLFakeRequest[] = [];
  readonly unexpected: string[] = [];
  /** Characters translated so far (GET /v2/usage reports them). */
  charactersUsed = 0;
  characterLimit = 500_000;
  mode: DeepLFakeMode = { kind: 'ok' };
  /**
   * Failure modes per target language (lower-case base code, e.g. `tr`):
   * a translate request into that language is answered with this mode
   * instead of `mode`. Other requests are unaffected.
   */
  modeByTarget: Partial<Record<string, DeepLFakeMode>> = {};
  /**
   * Tile segment checks (markdown-segments.ts): every text of a
   * `tag_handling=xml` request must be well-formed XML with no raw markdown
   * (`**`, `](`, a list or heading line), and no digit, URL or
   * `protectedTerms` term outside `<x>…</x>`. A request with a problem is
   * answered 400 and each problem recorded in `violations`. While on, the
   * "translation" also upper-cases the words outside `<x>` (tags kept), so
   * tests see what went through.
   */
  checkSegments = false;
  /** Terms that must only appear inside `<x>…</x>` (checked under `checkSegments`). */
  protectedTerms: string[] = [];
  /** Problems found under `checkSegments`: `"<target>: <problem>: <text>"`. */
  readonly violations: string[] = [];
  private readonly server: Server;

  private constructor(private readonly authKey: string) {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((err: unknown) => {
        if (!response.headersSent) this.json(response, 500, { message: String(err) });
      });
    });
  }

  /** Starts the fake on a free port; requests must carry `DeepL-Auth-Key <authKey>` (else 403). */
  static async start(options: { authKey?: string } = {}): Promise<DeepLFake> {
    const fake = new DeepLFake(options.authKey ?? 'fake-deepl-key:fx');
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** DEEPL_SERVER_URL for this fake. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Requests to POST /v2/translate so far. */
  get translateCount(): number {
    return this.requests.filter((r) => r.path === '/v2/translate').length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://fake');
    const entry: DeepLFakeRequest = { method: request.method ?? '', path: url.pathname, authorization: request.headers.authorization };
    const route = `${request.method} ${url.pathname}`;
    if (!['POST /v2/translate', 'GET /v2/usage', 'GET /v2/languages'].includes(route)) {
      this.unexpected.push(route);
      this.json(response, 404, { message: 'Not found' });
      return;
    }
    this.requests.push(entry);
    if (request.headers.authorization !== `DeepL-Auth-Key ${this.authKey}`) {
      this.json(response, 403, { message: 'Wrong endpoint or authentication key' });
      return;
    }
    let early: TranslateParams | undefined;
    if (route === 'POST /v2/translate') {
      try {
        early = parseTranslateParams(request.headers['content-type'] ?? '', body);
        entry.params = early;
      } catch (err) {
        if (!(err instanceof BadRequest)) throw err;
      }
    }
    const target = early?.target_lang?.toLowerCase().split('-')[0];
    const mode = (target !== undefined ? this.modeByTarget[target] : undefined) ?? this.mode;
    if (mode.kind === 'hang') return;
    if (mode.kind === 'rate_limited') {
      const headers: Record<string, string> = mode.retryAfterSeconds !== undefined ? { 'retry-after': String(mode.retryAfterSeconds) } : {};
      this.json(response, 429, { message: 'Too many requests' }, headers);
      return;
    }
    if (mode.kind === 'server_error') {
      this.json(response, mode.status ?? 500, { message: 'Internal server error' });
      return;
    }
    if (route === 'GET /v2/usage') {
      this.json(response, 200, { character_count: this.charactersUsed, character_limit: this.characterLimit });
      return;
    }
    if (route === 'GET /v2/languages') {
      const target = url.searchParams.get('type') === 'target';
      const list = (target ? TARGET_LANGUAGES : LANGUAGES).map((language) => ({ language, name: language, ...(target ? { supports_formality: false } : {}) }));
      this.json(response, 200, list);
      return;
    }
    if (mode.kind === 'quota_exceeded') {
      this.json(response, 456, { message: 'Quota exceeded' });
      return;
    }
    if (mode.kind === 'bad_request') {
      this.json(response, 400, { message: 'Bad request', detail: 'Text could not be processed' });
      return;
    }
    let params: TranslateParams;
    try {
      params = early ?? parseTranslateParams(request.headers['content-type'] ?? '', body);
      entry.params = params;
      if (this.checkSegments && params.tag_handling === 'xml') {
        const problems = params.text.flatMap((text) => segmentProblems(text, params.ignore_tags, this.protectedTerms)
          .map((problem) => `${params.target_lang ?? '?'}: ${problem}: ${text}`));
        if (problems.length > 0) {
          this.violations.push(...problems);
          throw new BadRequest(`Segment check failed: ${problems[0]}`);
        }
      }
      this.json(response, 200, { translations: params.text.map((text) => this.translate(text, params)) });
    } catch (err) {
      if (!(err instanceof BadRequest)) throw err;
      this.json(response, 400, { message: err.message });
    }
  }

  private translate(text: string, params: TranslateParams): { detected_source_language: string; text: string; billed_characters: number } {
    const target = params.target_lang?.toUpperCase();
    if (!target || !TARGET_LANGUAGES.concat(LANGUAGES).includes(target)) throw new BadRequest(`Value for 'target_lang' not supported.`);
    const source = params.source_lang?.toUpperCase() ?? DETECT.find(([, pattern]) => pattern.test(text))?.[0] ?? 'EN';
    if (!LANGUAGES.includes(source)) throw new BadRequest(`Value for 'source_lang' not supported.`);
    this.charactersUsed += text.length;
    const targetBase = target.split('-')[0];
    const result = { detected_source_language: source, billed_characters: text.length };
    if (source === targetBase) return { ...result, text };
    const phrases = PHRASES[`${source}>${targetBase}`] ?? {};
    const xml = params.tag_handling === 'xml';
    const shout = xml && this.checkSegments;
    const translated = xml ? translateXml(text, phrases, new Set(params.ignore_tags), shout) : translateWords(text, phrases);
    return { ...result, text: `[${source.toLowerCase()}→${target.toLowerCase()}] ${translated}` };
  }

  private json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Both bodies DeepL accepts: deepl-node's form encoding and JSON (`text` an array). */
function parseTranslateParams(contentType: string, body: string): TranslateParams {
  if (contentType.startsWith('application/json')) {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(body) as Record<string, unknown>;
    } catch {
      throw new BadRequest('Invalid JSON');
    }
    const text = Array.isArray(json.text) ? json.text.map(String) : [];
    const ignore = Array.isArray(json.ignore_tags) ? json.ignore_tags.map(String) : typeof json.ignore_tags === 'string' ? json.ignore_tags.split(',') : [];
    return {
      text,
      target_lang: typeof json.target_lang === 'string' ? json.target_lang : undefined,
      source_lang: typeof json.source_lang === 'string' ? json.source_lang : undefined,
      tag_handling: typeof json.tag_handling === 'string' ? json.tag_handling : undefined,
      ignore_tags: ignore,
    };
  }
  if (!contentType.startsWith('application/x-www-form-urlencoded')) throw new BadRequest(`Unsupported content type "${contentType}"`);
  const form = new URLSearchParams(body);
  const text = form.getAll('text');
  if (text.length === 0) throw new BadRequest(`Parameter 'text' not specified.`);
  return {
    text,
    target_lang: form.get('target_lang') ?? undefined,
    source_lang: form.get('source_lang') ?? undefined,
    tag_handling: form.get('tag_handling') ?? undefined,
    ignore_tags: (form.get('ignore_tags') ?? '').split(',').filter(Boolean),
  };
}

/** Replaces the letters-only words found in `phrases`, keeping a leading capital. */
function translateWords(text: string, phrases: Record<string, string>): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const replacement = phrases[word.toLowerCase()];
    if (replacement === undefined) return word;
    return word[0] === word[0].toUpperCase() && replacement ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
  });
}

/**
 * XML tag handling: tags and entities pass through, text between them is
 * translated, the content of an ignored tag is not. A `<` or `&` that does
 * not start a tag or an entity, or unbalanced tags, is a 400.
 */
function translateXml(xml: string, phrases: Record<string, string>, ignore: Set<string>, shout = false): string {
  const tokens = xml.split(/(<\/?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*="[^"<&]*(?:&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);[^"<&]*)*")*\s*\/?>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);)/);
  const open: string[] = [];
  let out = '';
  for (const [i, token] of tokens.entries()) {
    if (i % 2 === 1) {
      const tag = /^<(\/?)([A-Za-z][\w-]*)(?:\s[^>]*?)?\s*(\/?)>$/.exec(token);
      if (tag && tag[1] === '/') {
        if (open.pop() !== tag[2]) throw new BadRequest('Tag handling parsing failed: unbalanced tags');
      } else if (tag && tag[3] !== '/') {
        open.push(tag[2]);
      }
      out += token;
      continue;
    }
    if (/[<&]/.test(token)) throw new BadRequest('Tag handling parsing failed: unescaped markup character');
    if (open.some((t) => ignore.has(t))) out += token;
    else out += shout ? translateWords(token, phrases).toUpperCase() : translateWords(token, phrases);
  }
  if (open.length > 0) throw new BadRequest('Tag handling parsing failed: unclosed tag');
  return out;
}

/**
 * What is wrong with one tile segment (see `DeepLFake.checkSegments`): malformed
 * XML, raw markdown, or a digit, URL or protected term outside `<x>…</x>`.
 */
function segmentProblems(text: string, ignoreTags: string[], terms: readonly string[]): string[] {
  const problems: string[] = [];
  try {
    translateXml(text, {}, new Set(ignoreTags));
  } catch (err) {
    if (!(err instanceof BadRequest)) throw err;
    return [`malformed XML (${err.message})`];
  }
  const outsideKeep = text.replace(/<x>[\s\S]*?<\/x>/g, ' ');
  const outside = outsideKeep.replace(/<[^>]*>/g, ' ').replace(/&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/g, ' ');
  if (/\*\*|\]\(|^\s*(?:[-*]|\d+[.)]|#{1,6})\s/.test(outside.replace(/^\s+/, ''))) problems.push('raw markdown');
  if (/\p{Nd}/u.test(outside)) problems.push('digit outside <x>');
  if (/https?:\/\/|www\./i.test(outside)) problems.push('URL outside <x>');
  for (const term of terms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}_])`, 'iu');
    if (pattern.test(outside)) problems.push(`term "${term}" outside <x>`);
  }
  return problems;
}
