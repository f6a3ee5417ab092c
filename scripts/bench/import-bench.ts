/**
 * The import's share of `npm run bench`, on a 50,000-polygon GeoJSON (about 20 MB, generated):
 * - `import_ratio`: the import (read, convert, check, areas: src/import/import-file.ts, the code the
 *   worker runs) against the least any import that reports areas must do: JSON.parse of the same
 *   text and Turf `area` of each feature. Same process, rounds alternated, medians.
 * - `import_longest_task_ms`: the longest main-thread task (Long Tasks API, which reports tasks of
 *   50 ms and more; 0 when there were none) from choosing the file in the built page's import tool,
 *   once the page has settled after its start, until its report shows and the map has drawn the
 *   polygons.
 */
import { area } from '@turf/turf';
import type { Feature } from 'geojson';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { TRUNK_RENDERED_MARK } from '../../src/map/render-mark';
import { importFile } from '../../src/import/import-file';
import { manyPolygons } from '../../test/import-fixtures';

export const IMPORT_POLYGONS = 50_000;
const ROUNDS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureImportRatio(text: string): Promise<{ import_ms: number; turf_area_ms: number; import_ratio: number }> {
  const bytes = new TextEncoder().encode(text);
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let started = performance.now();
    const { report } = await importFile('plots.geojson', bytes);
    ours.push(performance.now() - started);
    if (report.importable !== IMPORT_POLYGONS) throw new Error(`the bench file imported ${report.importable} of ${IMPORT_POLYGONS} polygons`);
    started = performance.now();
    const features = (JSON.parse(new TextDecoder().decode(bytes)) as { features: Feature[] }).features;
    let total = 0;
    for (const feature of features) total += area(feature);
    baseline.push(performance.now() - started);
    if (Math.abs(total / 1e6 - report.areaKm2) > 1e-6 * total) throw new Error('the bench import and Turf disagree on the area');
  }
  const [importMs, turfMs] = [median(ours), median(baseline)];
  return { import_ms: Math.round(importMs), turf_area_ms: Math.round(turfMs), import_ratio: Math.round((importMs / turfMs) * 1000) / 1000 };
}

/** Imports the file through the built page's import tool and returns the longest main-thread task meanwhile. */
export async function measureImportLongestTask(browser: Browser, pageUrl: string, text: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${pageUrl}?lang=en&panel=import`);
    await page.locator('import-tool input[type="file"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.evaluate(() => {
      const durations: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = durations;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration))).observe({ type: 'longtask' });
    });
    // Tasks before the file is chosen (the page's own start: map, labels, legend lists) are not the
    // import's: wait for the trunk to be drawn and then for 2 s without a long task (60 s at most).
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, TRUNK_RENDERED_MARK, { timeout: 120_000, polling: 100 });
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const tasks = (window as unknown as { longTasks: number[] }).longTasks;
          const started = performance.now();
          let seen = tasks.length;
          let quietSince = performance.now();
          const timer = setInterval(() => {
            if (tasks.length !== seen) [seen, quietSince] = [tasks.length, performance.now()];
            if (performance.now() - quietSince < 2000 && performance.now() - started < 60_000) return;
            clearInterval(timer);
            resolve();
          }, 100);
        }),
    );
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    // A path, not a buffer: Chromium reads the file itself, as it would a visitor's.
    const file = join(mkdtempSync(join(tmpdir(), 'import-bench-')), 'plots.geojson');
    writeFileSync(file, text);
    await page.locator('import-tool input[type="file"]').setInputFiles(file, { timeout: 120_000 });
    await page.locator('import-tool .summary').waitFor({ timeout: 120_000 });
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = document.querySelector('trunk-map')!.shadowRoot!.querySelector('app-shell')!.controller!.map;
          // No named function here: tsx would wrap it in a helper the page does not have.
          const timer = setInterval(() => {
            if (!map.getSource('imported') || !map.loaded()) return;
            clearInterval(timer);
            resolve();
          }, 100);
        }),
    );
    const summary = await page.locator('import-tool .summary').innerText();
    if (!summary.includes(`${IMPORT_POLYGONS.toLocaleString('en')}`) && !summary.includes(String(IMPORT_POLYGONS))) throw new Error(`unexpected import summary: ${summary}`);
    return Math.round(Math.max(0, ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks))));
  } finally {
    await context.close();
  }
}

export const benchImportFile = () => manyPolygons(IMPORT_POLYGONS);
