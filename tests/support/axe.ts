import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Accessibility checks with axe-core in a Playwright page: the pages of the
 * staff app, the login page and the chat page are held to WCAG 2.1 AA.
 *
 *   const found = await seriousA11yViolations(page);
 *   expect(found, describeViolations(found)).toEqual([]);
 */

/** What the checks look at: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Impacts a test fails on. */
export const FAILING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

let source: Promise<string> | undefined;

/** axe-core's browser script (read once per test file). */
function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** A violation, cut down to what a failure message needs. */
export interface A11yViolation {
  id: string;
  impact: ImpactValue | null | undefined;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (at most five) with axe's summary of each. */
  nodes: Array<{ target: string; summary: string | undefined }>;
}

/**
 * Runs axe-core on the page as it is now (wait for the content first) and
 * returns every violation. The script is evaluated through the DevTools
 * protocol, so it runs under the page's strict CSP without loosening it.
 * `options` are axe's run options (default: {@link WCAG_21_AA} rules).
 */
export async function a11yViolations(page: Page, options: RunOptions = { runOnly: { type: 'tag', values: [...WCAG_21_AA] } }): Promise<A11yViolation[]> {
  const script = await axeSource();
  const hasAxe = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await page.evaluate(script);
  const results = await page.evaluate(
    async (runOptions) => (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } })
      .axe.run((globalThis as unknown as { document: unknown }).document, runOptions),
    options,
  );
  return results.violations.map((v: Result) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
  }));
}

/** The serious and critical violations on the page (what the tests fail on). */
export async function seriousA11yViolations(page: Page, options?: RunOptions): Promise<A11yViolation[]> {
  return (await a11yViolations(page, options)).filter((v) => v.impact !== null && v.impact !== undefined && FAILING_IMPACTS.includes(v.impact));
}

/** A readable failure message for `expect(found, describeViolations(found)).toEqual([])`. */
export function describeViolations(violations: readonly A11yViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  at ${n.target}: ${n.summary ?? ''}`).join('\n')}`).join('\n');
}
