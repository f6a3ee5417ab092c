import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What a violation says, short enough to read in a failed assertion. */
export interface AxeFinding {
  rule: string;
  impact: string | null | undefined;
  help: string;
  /** Selectors of the offending elements (inside shadow roots as nested arrays, flattened with `>>>`). */
  targets: string[];
}

const describe = (result: Result): AxeFinding => ({
  rule: result.id,
  impact: result.impact,
  help: result.help,
  targets: result.nodes.map((node) => node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' >>> ')),
});

/**
 * Runs axe-core over the whole page as it is now, through open shadow roots (the map lives in
 * `<trunk-map>`'s), and returns every violation. axe is evaluated in the page, not added as a
 * script, so it needs no request and no exception to the page's CSP.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  return results.violations.map(describe);
}

/** Fails with the list of violations if axe-core finds any serious or critical one on the page now. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, 'serious and critical axe-core violations').toEqual([]);
}
