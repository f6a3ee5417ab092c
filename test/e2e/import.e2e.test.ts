import { distance } from '@turf/turf';
import gcoord from 'gcoord';
import type { FeatureCollection, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapController } from '../../src/map/map-controller';
import { bytesOf, gcj02Stations, readFixture } from '../import-fixtures';
import { drawnFeatures, openMap, useSite, waitForIdle, waitForTrunk } from './harness';

const site = useSite();
/** Reading a file in the worker and drawing it takes seconds on a loaded machine. */
const slow = { timeout: 30_000 };

/** Chooses a file in the import tool, as a visitor does with the file picker. */
async function pick(page: Page, name: string, bytes: Uint8Array) {
  await page.locator('import-tool input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}
const outcome = (page: Page) => page.locator('import-tool .outcome').innerText();
/** The features the map's imported source holds now (null before anything is imported). */
const importedOnMap = (page: Page) =>
  page.evaluate(() => {
    const style = (window.mapShell().controller as MapController).map.getStyle();
    const source = style.sources.imported as { data?: unknown } | undefined;
    return (source?.data ?? null) as FeatureCollection | null;
  });

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

    const expectConverted = async () => {
      await expect.poll(async () => (await importedOnMap(page))?.features.length ?? 0, slow).toBe(fixture.features.length);
      const drawn = (await importedOnMap(page))!.features as FeatureCollection<Point>['features'];
      fixture.features.forEach((f, i) => {
        const expected = gcoord.transform(f.geometry.coordinates as [number, number], gcoord.GCJ02, gcoord.WGS84);
        expect(distance(drawn[i].geometry.coordinates, expected, { units: 'meters' }), f.properties!.name).toBeLessThan(1);
      });
      await waitForIdle(page);
      expect((await drawnFeatures(page)).filter((d) => d.layer === 'imported-point').length).toBeGreaterThan(0);
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
});
