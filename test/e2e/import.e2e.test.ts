import { area, distance } from '@turf/turf';
import gcoord from 'gcoord';
import type { FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapController } from '../../src/map/map-controller';
import { bytesOf, gcj02Stations, manyPolygons, readFixture } from '../import-fixtures';
import { openMap, useSite, waitForIdle, waitForTrunk } from './harness';

const site = useSite();
/** Reading a file in the worker and drawing it takes seconds on a loaded machine. */
const slow = { timeout: 30_000 };
/** A file of thousands of polygons takes longer still. */
const big = { timeout: 120_000 };

/** Chooses a file in the import tool, as a visitor does with the file picker. */
async function pick(page: Page, name: string, bytes: Uint8Array) {
  await page.locator('import-tool input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}
const outcome = (page: Page) => page.locator('import-tool .outcome').innerText();
/** The imported features `layer` draws now, once each (a polygon may span tiles): name, import and where it is drawn. */
/**
 * The imported features a layer draws now, each once (a feature can be cut across tiles). Their
 * geometry only when asked for: building it for 20,000 features costs seconds.
 */
const drawnImports = (page: Page, layer: string, { geometry = false } = {}) =>
  page.evaluate(
    ({ layer, geometry }) => {
      const map = (window.mapShell().controller as MapController).map;
      if (!map.getLayer(layer)) return [];
      const drawn = new Map<string, { name: string; importLayer: string; geometry?: Geometry }>();
      for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
        const name = String(f.properties.name);
        const importLayer = String(f.properties.import_layer);
        drawn.set(`${importLayer}|${name}`, { name, importLayer, ...(geometry && { geometry: f.geometry }) });
      }
      return [...drawn.values()];
    },
    { layer, geometry },
  );

describe('the import tool', () => {
  it('en: reads a broken file out as a clear error, and the map keeps working', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.locator('import-tool h2').innerText()).toBe('Import data');
    await pick(page, 'broken.geojson', readFixture('broken.geojson'));
    await expect.poll(() => outcome(page), slow).toContain('broken.geojson: nothing imported. Previously imported data is kept.');
    expect(await outcome(page)).toContain('Error: The file is not valid JSON. Check it with a JSON validator (it shows the line), or export it again.');

    await pick(page, 'swapped.geojson', readFixture('swapped.geojson'));
    await expect.poll(() => outcome(page), slow).toContain('swapped.geojson: 1 of 2 features imported.');
    expect(await page.locator('import-tool li.error').allInnerTexts()).toEqual([
      'Error: Feature 2 (swapped-point) has latitude and longitude swapped ([31.11, 121.05]); it was left out. Put longitude first, as GeoJSON requires.',
    ]);
    // Markup in a file is shown as text and never runs.
    await pick(page, 'hostile.geojson', readFixture('hostile.geojson'));
    await expect.poll(() => outcome(page), slow).toContain('hostile.geojson: 1 of 1 feature imported.');
    expect(await page.locator('import-tool li.warning').allInnerTexts()).toEqual([
      'Warning: Feature 1 (<img src=x onerror=alert(1)>) has a property named “__proto__”, which was left out to keep the page safe.',
      'Warning: Feature 1 (<img src=x onerror=alert(1)>) has a property named “constructor”, which was left out to keep the page safe.',
    ]);
    expect(await page.locator('import-tool img, import-tool script').count()).toBe(0);
    expect(await page.evaluate(() => ({ pwned: (window as { __pwned?: unknown }).__pwned, polluted: ({} as { polluted?: unknown }).polluted }))).toEqual({});
    // Esc closes the tool, and the map still answers.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('import-tool').count()).toBe(0);
    await waitForIdle(page);
  }, 120_000);

  it('zh: recognises AMap (GCJ-02) stations, draws them converted with gcoord, and keeps them across a reload and a bad import', async () => {
    const fixture = gcj02Stations();
    const { page } = await openMap(site.browser, `${site.url}?lang=zh&panel=import`);
    await expect.poll(() => page.locator('import-tool h2').innerText()).toBe('导入数据');
    await pick(page, 'amap-stations.geojson', bytesOf(fixture));
    await expect.poll(() => outcome(page), slow).toContain(`amap-stations.geojson：已导入 ${fixture.features.length} 个要素中的 ${fixture.features.length} 个。`);
    expect(await outcome(page)).toContain('原始坐标系为GCJ-02（已用 gcoord 转换），已按 WGS-84 显示。');
    expect(await page.locator('import-tool .kept').innerText()).toContain(`amap-stations.geojson：${fixture.features.length} 个要素，原始坐标系为GCJ-02（已用 gcoord 转换）`);

    // Drawn where gcoord puts each station in WGS-84, to the vector tile's grid (metres here), not 500 m off.
    const expectConverted = async () => {
      await expect.poll(async () => (await drawnImports(page, 'imported-point')).length, slow).toBe(fixture.features.length);
      const drawn = new Map((await drawnImports(page, 'imported-point', { geometry: true })).map((d) => [d.name, (d.geometry as Point).coordinates]));
      for (const f of fixture.features) {
        const expected = gcoord.transform(f.geometry.coordinates as [number, number], gcoord.GCJ02, gcoord.WGS84);
        expect(distance(drawn.get(f.properties!.name)!, expected, { units: 'meters' }), f.properties!.name).toBeLessThan(10);
      }
    };
    await expectConverted();

    // A bad import afterwards loses nothing, and a reload still shows the stations.
    await pick(page, 'broken.geojson', readFixture('broken.geojson'));
    await expect.poll(() => outcome(page), slow).toContain('broken.geojson：没有导入任何要素。之前导入的数据仍保留。');
    await page.reload();
    await waitForTrunk(page);
    await expectConverted();
    await expect.poll(() => page.locator('import-tool .kept li').count(), slow).toBe(1);
  }, 180_000);

  it('en: imports 20,000 polygons, draws every one and counts them exactly; a problem in each of 5,000 features lists 100 and counts the rest', async () => {
    const count = 20_000;
    const text = manyPolygons(count);
    const plots = JSON.parse(text) as FeatureCollection<Polygon>;
    const km2 = plots.features.reduce((sum, f) => sum + area(f), 0) / 1e6;
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=import`);
    // A grid this regular can sit near enough the stations to pass for BD-09: say it is WGS-84.
    await page.locator('import-tool select').selectOption('WGS84');
    await pick(page, 'plots.geojson', bytesOf(text));
    await expect.poll(() => outcome(page), big).toContain('plots.geojson: 20,000 of 20,000 features imported.');
    expect(await outcome(page)).toContain(`Area of the imported polygons: ${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }).format(km2)} km²`);
    expect(await page.locator('import-tool .kept').innerText()).toContain('plots.geojson: 20,000 features, came in as WGS-84');

    // The map draws every polygon, once the whole grid is in view.
    await page.evaluate(() => (window.mapShell().controller as MapController).map.fitBounds([120.899, 30.949, 121.114, 31.164], { animate: false }));
    await waitForIdle(page);
    await expect.poll(async () => (await drawnImports(page, 'imported-fill')).length, big).toBe(count);
    const names = new Set(plots.features.map((f) => f.properties!.name));
    expect((await drawnImports(page, 'imported-fill')).every((d) => names.has(d.name))).toBe(true);

    // Every ring wound clockwise: each feature imports with a warning; 100 are listed, the rest counted.
    const wound = 5_000;
    const clockwise: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      features: plots.features.slice(0, wound).map((f) => ({ ...f, geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.map((ring: Position[]) => [...ring].reverse()) } })),
    };
    await pick(page, 'clockwise.geojson', bytesOf(clockwise));
    await expect.poll(() => outcome(page), big).toContain('clockwise.geojson: 5,000 of 5,000 features imported.');
    expect(await page.locator('import-tool li.warning').count()).toBe(100);
    expect(await page.locator('import-tool li.warning').first().innerText()).toBe(
      'Warning: Feature 1 (plot-0) has rings wound clockwise; it was imported with the winding GeoJSON requires (RFC 7946).',
    );
    expect(await outcome(page)).toContain('… and 4,900 more problems (npm run doctor lists them all).');
    // Drawn too, over the first plots, as a layer of its own.
    await expect.poll(async () => (await drawnImports(page, 'imported-fill')).length, big).toBe(count + wound);
    expect(new Set((await drawnImports(page, 'imported-fill')).map((d) => d.importLayer)).size).toBe(2);
    expect(await page.locator('import-tool .kept li').allInnerTexts()).toEqual([
      expect.stringContaining('plots.geojson: 20,000 features'),
      expect.stringContaining('clockwise.geojson: 5,000 features'),
    ]);
  }, 300_000);
});
