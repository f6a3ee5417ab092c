import { centroid } from '@turf/turf';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEME } from '../../src/layers/theme';
import { readCollection } from './geo-fixtures';
import { openMap, screenPoint, useSite, waitForIdle } from './harness';

const site = useSite();

const PHONE = { width: 360, height: 640 };
const PARK = 'park-digital-information';
const parkFeature = readCollection('base-parks.geojson').features.find((f) => f.properties!.id === PARK)!;
const sheet = (page: Page) => page.locator('feature-card section[data-feature]');

/** The page's pixels as the visitor sees them, with the colour at a point. */
async function pixels(page: Page) {
  const png = PNG.sync.read(await page.screenshot());
  return (x: number, y: number) => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return { r: png.data[i], g: png.data[i + 1], b: png.data[i + 2] };
  };
}

const hex = (colour: string) => ({ r: parseInt(colour.slice(1, 3), 16), g: parseInt(colour.slice(3, 5), 16), b: parseInt(colour.slice(5, 7), 16) });

/** Opens a park's card as a bottom sheet, from a link, and waits until the map has framed the park above it. */
async function openSheet(page: Page) {
  await expect.poll(() => sheet(page).getAttribute('data-feature')).toBe(PARK);
  await waitForIdle(page);
}

describe('on a phone (360×640), the card is a bottom sheet', () => {
  it('leaves the map drawn above it: the park it shows is painted there, in real pixels', async () => {
    const { page } = await openMap(site.browser, `${site.url}?sel=${PARK}`, { viewport: PHONE });
    await openSheet(page);
    const top = (await sheet(page).boundingBox())!.y;
    const header = (await page.locator('app-shell header').boundingBox())!;
    const park = await screenPoint(page, centroid(parkFeature).geometry.coordinates as [number, number]);
    // Precondition: the park is framed between the header and the sheet.
    expect(park.y).toBeGreaterThan(header.y + header.height);
    expect(park.y).toBeLessThan(top);

    const at = await pixels(page);
    const background = hex(THEME.background);
    const parkPixel = at(park.x, park.y + 12);
    expect(parkPixel, 'not the empty background').not.toEqual(background);
    // The park's fill is a tint of its green: green leads red and blue.
    expect(parkPixel.g).toBeGreaterThan(parkPixel.r);
    expect(parkPixel.g).toBeGreaterThan(parkPixel.b);

    // And the map is drawn all across: most rows between the header and the sheet are not plain background.
    let drawnRows = 0;
    const rows = Math.floor(top - (header.y + header.height) - 4);
    for (let y = header.y + header.height + 2; y < top - 2; y++) {
      const distinct = new Set(Array.from({ length: 36 }, (_, i) => JSON.stringify(at(5 + i * 10, y))));
      if (distinct.size > 1) drawnRows++;
    }
    expect(drawnRows / rows).toBeGreaterThan(0.5);
  });

  it('closes with a swipe down on its top, returning the selection; a short drag springs back', async () => {
    const { page } = await openMap(site.browser, `${site.url}?sel=${PARK}`, { viewport: PHONE });
    await openSheet(page);
    const grip = (await page.locator('feature-card .grip').boundingBox())!;
    expect(grip.width, 'the sheet shows its grip').toBeGreaterThan(0);
    const x = grip.x + grip.width / 2;
    const y = grip.y + grip.height / 2;

    const restingTop = (await sheet(page).boundingBox())!.y;

    // A short drag: a change of mind.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 30, { steps: 5 });
    await page.mouse.up();
    expect(await sheet(page).getAttribute('data-feature')).toBe(PARK);
    expect((await sheet(page).boundingBox())!.y, 'back in place').toBe(restingTop);
    expect(await page.evaluate(() => window.mapShell().store.state.selected)).toBe(PARK);

    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 100, { steps: 5 });
    const dragged = (await sheet(page).boundingBox())!;
    expect(dragged.y - restingTop, 'the sheet follows the finger').toBe(100);
    await page.mouse.move(x, y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => sheet(page).count()).toBe(0);
    expect(await page.evaluate(() => window.mapShell().store.state.selected)).toBeNull();
  });
});
