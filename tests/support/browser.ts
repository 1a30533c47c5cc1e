import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; browser tests fail (never skip) without it. */
export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserSession {
  browser: Browser;
  page: Page;
  /** Requests the page made to anything but `base` (aborted: tests use no network). */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions (CSP violations show here). */
  pageErrors: string[];
}

/** Chromium with the project's flags, one page that may only talk to `base`. */
export async function openBrowser(base: string, options: { locale?: string } = {}): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: the browser tests need it (apt-get install chromium; .ci/run installs it). They are never skipped.`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const context = await browser.newContext({ locale: options.locale ?? 'en-GB', viewport: { width: 420, height: 760 } });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${base}/`)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { browser, page, foreignRequests, pageErrors };
}

/** Web Chat's parts, by the selectors its 4.18 DOM uses. */
export function webChat(page: Page) {
  const transcript = () => page.locator('.webchat__basic-transcript');
  const sendBox = () => page.locator('[data-id="webchat-sendbox-input"]');
  return {
    transcript,
    sendBox,
    /** The bubble showing exactly `text`. */
    bubble: (text: string) => transcript().locator('.webchat__bubble__content').getByText(text, { exact: true }),
    /** A suggested-action button by its label. */
    action: (label: string) => page.getByRole('button', { name: label, exact: true }),
    async send(text: string): Promise<void> {
      await sendBox().fill(text);
      await sendBox().press('Enter');
    },
  };
}
