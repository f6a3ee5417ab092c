import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openMap, useSite } from './harness';
import { storedKeys, storedValue } from './idb';

const site = useSite();

/**
 * A page of the map's own site with two maps, each drawing and importing: one named by
 * `storage-key`, the other by its id. Served by the test, as a deployer's page beside the map would be.
 */
const HOST_PATH = 'two-maps.html';
const hostPage = (siteUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two maps</title>
<link rel="icon" href="data:,"><script type="module" src="${siteUrl}embed/trunk-map.js"></script></head>
<body><trunk-map storage-key="plan-a" lang="en" controls="draw,import"></trunk-map><trunk-map id="plan-b" lang="en" controls="draw,import"></trunk-map></body></html>`;

const maps = (page: Page) => page.locator('trunk-map');
const tool = (map: Locator) => map.locator('draw-tool');
const points = (map: Locator) => tool(map).locator('li[data-kind="point"]');

async function bothDrawn(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('trunk-rendered').length >= 2, undefined, { timeout: 60_000 });
}

async function openTool(map: Locator) {
  await map.locator('button.panel-toggle[data-panel="draw"]').click();
  await expect.poll(() => tool(map).locator('button[data-mode="point"]').isEnabled(), { timeout: 20_000 }).toBe(true);
}

/** Draws a point with a click at (x, y) of the map, clear of its header and panel. */
async function drawPoint(page: Page, map: Locator, x: number, y: number) {
  await tool(map).locator('button[data-mode="point"]').click();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
  await expect.poll(() => points(map).count()).toBe(1);
}

const pointPosition = (map: Locator) => points(map).first().locator('.position').innerText();

const importTool = (map: Locator) => map.locator('import-tool');

/** Imports a GeoJSON file of one named point into `map`, with its Import tool. */
async function importPoint(map: Locator, name: string, coordinates: [number, number]) {
  await map.locator('button.panel-toggle[data-panel="import"]').click();
  const file = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates } }] };
  await importTool(map).locator('input[type="file"]').setInputFiles({ name: `${name}.geojson`, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect.poll(() => importTool(map).locator('.outcome').innerText(), { timeout: 30_000 }).toContain(`${name}.geojson: 1 of 1 feature imported.`);
}

/** The names of the imported points `map` draws now. */
const drawnImportNames = (map: Locator) =>
  map.evaluate((element) => {
    const mapLibre = element.shadowRoot!.querySelector('app-shell')!.controller!.map;
    if (!mapLibre.getLayer('imported-point')) return [];
    return [...new Set(mapLibre.queryRenderedFeatures({ layers: ['imported-point'] }).map((f) => String(f.properties.name)))];
  });

describe('two maps on one page', { timeout: 200_000 }, () => {
  it('each keep their own drawings and imports, under their storage-key or id, across a reload', async () => {
    const url = `${site.url}${HOST_PATH}`;
    const { page } = await openMap(site.browser, url, {
      viewport: { width: 1280, height: 1000 },
      route: async (p) => {
        await p.route(url, (route) => route.fulfill({ contentType: 'text/html', body: hostPage(site.url) }));
      },
      until: bothDrawn,
    });
    const [first, second] = [maps(page).nth(0), maps(page).nth(1)];
    await openTool(first);
    await drawPoint(page, first, 1000, 250);
    await expect.poll(() => storedKeys(page)).toContain('trunk-map:drawings:plan-a');

    // The other map has none of them, and its own point does not replace the first map's.
    await openTool(second);
    expect(await points(second).count()).toBe(0);
    expect(await tool(second).locator('section').innerText()).toContain('Nothing drawn yet.');
    await drawPoint(page, second, 1100, 380);
    await expect.poll(() => storedKeys(page)).toContain('trunk-map:drawings:plan-b');
    const [firstAt, secondAt] = [await pointPosition(first), await pointPosition(second)];
    expect(firstAt).not.toBe(secondAt);

    // Each imports a point of its own, in view of both.
    await importPoint(first, 'site-a', [121.05, 31.12]);
    await importPoint(second, 'site-b', [121.06, 31.13]);

    await page.reload();
    await bothDrawn(page);
    await openTool(first);
    await openTool(second);
    await expect.poll(() => points(first).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => points(second).count(), { timeout: 20_000 }).toBe(1);
    expect(await pointPosition(first)).toBe(firstAt);
    expect(await pointPosition(second)).toBe(secondAt);
    // Each draws and lists its own import only.
    await expect.poll(() => drawnImportNames(first), { timeout: 20_000 }).toEqual(['site-a']);
    await expect.poll(() => drawnImportNames(second), { timeout: 20_000 }).toEqual(['site-b']);
    for (const [map, name] of [[first, 'site-a'], [second, 'site-b']] as const) {
      await map.locator('button.panel-toggle[data-panel="import"]').click();
      await expect.poll(() => importTool(map).locator('.kept li').allInnerTexts(), { timeout: 20_000 }).toEqual([expect.stringMatching(new RegExp(`^${name}\\.geojson: 1 feature`))]);
    }
    for (const key of ['trunk-map:drawings:plan-a', 'trunk-map:drawings:plan-b']) {
      expect(((await storedValue(page, key)) as { features: unknown[] }).features, key).toHaveLength(1);
    }
    // Nothing went to the key the standalone page uses.
    expect(await storedKeys(page)).not.toContain('trunk-map:drawings:/');
  });
});
