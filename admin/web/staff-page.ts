import type { FastifyReply } from 'fastify';
import { escapeHtml } from '../../core/platform/html.ts';

/**
 * What every staff page shares: its Content-Security-Policy and security
 * headers, HTML escaping, and the document shell.
 */

/**
 * Content-Security-Policy of the staff pages: scripts and styles from this
 * site only (no inline script or style, no eval), requests to this site
 * only (images also as data: URLs: the empty favicon), forms post only
 * here, and no framing (clickjacking).
 */
export const STAFF_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The languages of the staff pages that people see before they sign in. */
export type StaffPageLanguage = 'en' | 'nl';

/**
 * The language of a sign-in page: `?lang=nl|en` when the visitor chose one
 * (the page's switch link), else Dutch when the browser's Accept-Language
 * prefers Dutch to English, else English.
 */
export function staffPageLanguage(chosen: unknown, acceptLanguage: string | undefined): StaffPageLanguage {
  if (chosen === 'nl' || chosen === 'en') return chosen;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=(.*)$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().split('-')[0].toLowerCase(), q: q === undefined ? 1 : Number(q.trim() || NaN), index };
    })
    .filter((entry) => (entry.language === 'nl' || entry.language === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language === 'nl' ? 'nl' : 'en';
}

/** Security headers of every staff page. */
export function staffPageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', STAFF_PAGE_CSP)
    .header('x-frame-options', 'DENY')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8');
}

/**
 * A staff page's HTML document (English unless `lang` says otherwise, not
 * indexed, the empty favicon). `title` is escaped here; `head` (stylesheets
 * and scripts) and `body` are markup the caller built, with every value in
 * them escaped.
 */
export function staffDocument(page: { title: string; head?: string; bodyClass?: string; body: string; lang?: 'en' | 'nl' }): string {
  const bodyTag = page.bodyClass ? `<body class="${escapeHtml(page.bodyClass)}">` : '<body>';
  return `<!doctype html>
<html lang="${page.lang === 'nl' ? 'nl' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${escapeHtml(page.title)}</title>
${page.head ? `${page.head}\n` : ''}</head>
${bodyTag}
${page.body}
</body>
</html>
`;
}
