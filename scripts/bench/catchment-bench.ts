/**
 * `catchment_ms` in `npm run bench`: from changing the first Line 17 catchment ring distance in the
 * built page's Nearby tool to the new result on screen, median of several changes back and forth.
 * The tool sets its `nearby-updated` mark once the new rings have been handed to MapLibre (setData
 * on the overlay source, in the same task) and its table shows the new rows (Lit's update done):
 * the drawing of the map's next frame, which the GPU process does, is not in it. The browser
 * composites on its GPU (run-bench.ts, PLANNER_CHROMIUM_ARGS, says why).
 */
import type { Browser } from 'playwright-core';
import { NEARBY_UPDATED_MARK } from '../../src/components/nearby-mark';

/** Ring distances (m) the first ring is set to in turn; each differs from the one before. */
const DISTANCES = [400, 600, 300, 700, 450, 650, 350, 550, 500];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureCatchment(browser: Browser, pageUrl: string): Promise<{ catchment_ms: number; catchment_ms_each: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${pageUrl}?lang=en&panel=nearby`);
    // The first result (the default rings) is on screen: the worker and its data are loaded.
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, NEARBY_UPDATED_MARK, { timeout: 120_000, polling: 100 });
    const ring = await page.locator('nearby-tool input[name="ring-0"]').elementHandle({ timeout: 60_000 });
    const each: number[] = [];
    for (const distance of DISTANCES) {
      // Set and time inside the page, so no round trip to this process is counted.
      const ms = await ring!.evaluate(
        (input, { distance, mark }) =>
          new Promise<number>((resolve) => {
            const before = performance.getEntriesByName(mark).length;
            const started = performance.now();
            const timer = setInterval(() => {
              const marks = performance.getEntriesByName(mark);
              if (marks.length === before) return;
              clearInterval(timer);
              resolve(marks[marks.length - 1].startTime - started);
            }, 5);
            (input as HTMLInputElement).value = String(distance);
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        { distance, mark: NEARBY_UPDATED_MARK },
      );
      each.push(Math.round(ms * 10) / 10);
    }
    return { catchment_ms: median(each), catchment_ms_each: each };
  } finally {
    await context.close();
  }
}
