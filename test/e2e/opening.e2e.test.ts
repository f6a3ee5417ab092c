import { describe, expect, it } from 'vitest';
import { OPENING_BOUNDS } from '../../src/map/view';
import { DESKTOP, openMap, screenPoint, useSite, waitForIdle } from './harness';

const site = useSite();

describe('the opening view and the poster', () => {
  for (const [width, height, freeLeft] of [
    [1280, 800, 370],
    [360, 640, 0],
  ] as const) {
    it(`at ${width}×${height}, Qingpu's trunk from Hongqiao to the Water Town Living Room fills the map's free width`, async () => {
      const { page } = await openMap(site.browser, site.url, { viewport: { width, height } });
      await waitForIdle(page);
      const [west, south, east, north] = OPENING_BOUNDS;
      const left = await screenPoint(page, [west, (south + north) / 2]);
      const right = await screenPoint(page, [east, (south + north) / 2]);
      const top = await screenPoint(page, [(west + east) / 2, north]);
      const bottom = await screenPoint(page, [(west + east) / 2, south]);
      // All of it is on screen, clear of the legend on a wide screen...
      expect(left.x).toBeGreaterThanOrEqual(freeLeft - 1);
      expect(right.x).toBeLessThanOrEqual(width);
      expect(top.y).toBeGreaterThanOrEqual(0);
      expect(bottom.y).toBeLessThanOrEqual(height);
      // ...and it spans most of the width left to the map, not a small part of it.
      expect((right.x - left.x) / (width - freeLeft)).toBeGreaterThan(0.85);
    });
  }

  it('the poster of the corridor shows before any script has run, and the map takes its place', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page } = await openMap(site.browser, site.url, {
      // Every script waits until the poster has been checked: what a visitor on a slow line sees first.
      route: async (p) => {
        await p.route('**/*.js', async (route) => {
          await held;
          await route.fallback();
        });
      },
      waitUntil: 'commit',
      until: async (p) => {
        await p.waitForFunction(() => (document.querySelector('img.poster') as HTMLImageElement | null)?.complete === true);
      },
    });
    const poster = page.locator('img.poster');
    expect(await poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await poster.isVisible()).toBe(true);
    // It fills the map's place: most of the window.
    const box = (await poster.boundingBox())!;
    expect(box.width * box.height).toBeGreaterThan(0.5 * DESKTOP.width * DESKTOP.height);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('trunk-rendered').length > 0);
    // Once the map is ready it has covered the poster, which then goes.
    await page.waitForFunction(() => document.querySelector('img.poster') === null);
    expect(await page.evaluate(() => window.mapShell().controller!.map.getCanvas().checkVisibility())).toBe(true);
  });
});
