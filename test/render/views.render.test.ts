import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromiumWithoutWebgl, useSite } from '../e2e/harness';
import { clearFailure, comparePngs, readExpected, viewFiles, writeFailure } from './compare';
import { VIEWS_DIR, listViews, renderView } from './render-view';

/**
 * Differing pixels a view may have and still pass. 51 repeated renders (3 rounds of every view)
 * differed from expected.png by 0 pixels; the same views drawn by SwiftShader instead of llvmpipe
 * differ by 0–4. The margin absorbs such stray anti-aliasing pixels. A dashed line drawn solid, a missing layer or an untranslated label
 * changes hundreds to thousands (test/README.md).
 */
const MAX_DIFF_PIXELS = 20;
const UPDATE = process.env.UPDATE === '1';

const site = useSite();
/** Launched for the first view without WebGL. */
let withoutWebgl: Promise<Browser> | undefined;
afterAll(async () => {
  await (await withoutWebgl)?.close();
});

describe('render: fixed views of the page compared with their expected.png', () => {
  it.each(listViews())('$name', async ({ name, view }) => {
    const dir = join(VIEWS_DIR, name);
    const browser = view.webgl === false ? await (withoutWebgl ??= launchChromiumWithoutWebgl()) : site.browser;
    // The harness checks the page for errors after the test and closes it (or keeps it, if shared).
    const opened = await renderView(browser, site.url, view);
    const actual = await opened.page.screenshot();
    expect(opened.errors).toEqual([]);
    clearFailure(dir);
    const expected = readExpected(dir);
    if (UPDATE || !expected) {
      writeFileSync(viewFiles(dir).expected, actual);
      if (!UPDATE) throw new Error(`${name}: no expected.png yet; wrote one, review it (UPDATE=1 rewrites all)`);
      return;
    }
    const result = comparePngs(actual, expected);
    if (result.sizeMismatch || result.diffPixels > MAX_DIFF_PIXELS) comparePngs(actual, expected, writeFailure(dir, actual));
    expect(result.sizeMismatch, `${name}: size differs from expected.png`).toBe(false);
    expect(result.diffPixels, `${name}: pixels differing from expected.png (see actual.png and diff.png)`).toBeLessThanOrEqual(MAX_DIFF_PIXELS);
  });
});
