import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_PAGE_CSP, chatPagePlugin, type ChatOrganization } from './chat-page.ts';

const ORGANIZATIONS: Record<string, ChatOrganization> = {
  demostad: { name: 'Gemeente Demostad', colour: '#0a5', languages: ['pl', 'ro', 'nl'] },
  evil: { name: '<script>alert(1)</script> & "Quoted" \'Town\'', colour: 'red;}</style><script>', languages: ['pl"><x', 'bg'] },
  broken: { name: 'Broken' },
};

let app: FastifyInstance;
let lookups: string[];

beforeAll(async () => {
  lookups = [];
  app = Fastify({ logger: false });
  await app.register(chatPagePlugin, {
    lookupOrganization: async (slug) => {
      lookups.push(slug);
      if (slug === 'broken') throw new Error('database password=hunter2 unreachable');
      return ORGANIZATIONS[slug];
    },
  });
  await app.ready();
});
afterAll(() => app.close());

/** Every `<script>` element of a page, with its attributes and content. */
function scripts(html: string): { attributes: string; content: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attributes: m[1], content: m[2] }));
}

/** The `data-*` attributes of the #chat-app element, unescaped. */
function rootData(html: string): Record<string, string> {
  const tag = /<div id="chat-app"[^>]*>/.exec(html)?.[0] ?? '';
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...tag.matchAll(/data-([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])]));
}

describe('GET /chat/:org', () => {
  it('serves the page with the organization, a strict CSP and only external scripts', async () => {
    const res = await app.inject({ method: 'GET', url: '/chat/demostad?entry=agrifarm' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CHAT_PAGE_CSP);
    expect(CHAT_PAGE_CSP).toContain("default-src 'self'");
    expect(CHAT_PAGE_CSP).toContain("script-src 'self';");
    expect(CHAT_PAGE_CSP).toContain("connect-src 'self' ws: wss:");
    expect(CHAT_PAGE_CSP).toContain("img-src 'self' data: blob:");
    expect(CHAT_PAGE_CSP).toContain("style-src 'self' 'unsafe-inline'");
    expect(CHAT_PAGE_CSP).not.toMatch(/unsafe-eval/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');

    expect(res.body).toContain('<h1 class="chat-title">Gemeente Demostad</h1>');
    expect(res.body).toContain('<title>Gemeente Demostad</title>');
    expect(rootData(res.body)).toEqual({ org: 'demostad', entry: 'agrifarm', colour: '#0a5', languages: 'pl,ro,nl' });

    const found = scripts(res.body);
    expect(found.map((s) => /src="([^"]+)"/.exec(s.attributes)?.[1]?.replace(/\?v=[0-9a-f]{16}$/, ''))).toEqual([
      '/chat-assets/webchat.js',
      '/chat-assets/chat.js',
    ]);
    for (const script of found) expect(script.content).toBe('');
    expect(res.body).not.toMatch(/\son[a-z]+\s*=/i);
    expect(res.body).not.toMatch(/javascript:/i);
    expect(res.body).not.toMatch(/https?:\/\//);
  });

  it('escapes every interpolated value and drops a colour or language that is not one', async () => {
    const res = await app.inject({ method: 'GET', url: '/chat/evil' });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain('</style>');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot; &#39;Town&#39;');
    expect(scripts(res.body)).toHaveLength(2);
    expect(rootData(res.body)).toEqual({ org: 'evil', entry: '', colour: '', languages: 'bg' });
  });

  it('answers an unknown organization with a friendly 404 page', async () => {
    const res = await app.inject({ method: 'GET', url: '/chat/nowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CHAT_PAGE_CSP);
    expect(res.body).toContain('Chat not found');
    expect(res.body).not.toContain('<script');
  });

  it('answers a failing lookup with a 500 page that reveals nothing', async () => {
    const res = await app.inject({ method: 'GET', url: '/chat/broken' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('not available right now');
    expect(res.body).not.toMatch(/hunter2|database|Error|\n\s+at /);
  });

  it.each([
    '/chat/Demostad',
    '/chat/-demostad',
    '/chat/demo_stad',
    `/chat/${'a'.repeat(65)}`,
    '/chat/%3Cscript%3E',
    '/chat/demostad?entry=AgriFarm',
    '/chat/demostad?entry=agri%20farm',
    '/chat/demostad?entry=',
    '/chat/demostad?entry=%3Cscript%3E',
    '/chat/demostad?entry=a&entry=b',
  ])('rejects %s with a 400 page, without looking the organization up', async (url) => {
    const before = lookups.length;
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CHAT_PAGE_CSP);
    expect(res.body).toContain('This chat link is not valid');
    expect(res.body).not.toMatch(/<script|pattern|must match/);
    expect(lookups.length).toBe(before);
  });
});

describe('GET /chat-assets/:name', () => {
  const webChatBundle = () => readFile(new URL('../../node_modules/botframework-webchat/dist/webchat.js', import.meta.url));

  it('serves every asset the page names, with its content type and a year-long cache for the hashed URL', async () => {
    const page = await app.inject({ method: 'GET', url: '/chat/demostad' });
    const urls = [...page.body.matchAll(/(?:src|href)="(\/chat-assets\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    expect(urls.map((u) => u.replace(/\?.*/, '')).sort()).toEqual(['/chat-assets/chat.css', '/chat-assets/chat.js', '/chat-assets/webchat.js']);
    const types: Record<string, string> = {
      'chat.css': 'text/css; charset=utf-8',
      'chat.js': 'text/javascript; charset=utf-8',
      'webchat.js': 'text/javascript; charset=utf-8',
    };
    for (const url of urls) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe(types[/\/chat-assets\/([^?]+)/.exec(url)![1]]);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers.etag).toMatch(/^"[0-9a-f]{16}"$/);
    }
  });

  it('serves Web Chat from node_modules, gzipped when the client accepts it', async () => {
    const bundle = await webChatBundle();
    const plain = await app.inject({ method: 'GET', url: '/chat-assets/webchat.js' });
    expect(plain.rawPayload.equals(bundle)).toBe(true);
    expect(plain.headers['cache-control']).toBe('public, max-age=300');
    expect(plain.headers['content-encoding']).toBeUndefined();

    const zipped = await app.inject({ method: 'GET', url: '/chat-assets/webchat.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.rawPayload.length).toBeLessThan(bundle.length / 2);
    expect(gunzipSync(zipped.rawPayload).equals(bundle)).toBe(true);
  });

  it('answers a matching ETag with 304', async () => {
    const first = await app.inject({ method: 'GET', url: '/chat-assets/chat.js' });
    const again = await app.inject({ method: 'GET', url: '/chat-assets/chat.js', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it.each(['/chat-assets/other.js', '/chat-assets/__proto__', '/chat-assets/..%2Fchat-page.ts'])('answers %s with 404', async (url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(404);
  });
});
