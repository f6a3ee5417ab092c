import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EN } from '../../src/i18n/en';
import { ZH } from '../../src/i18n/zh';
import { axeViolations, expectNoSeriousAxeViolations } from './axe';
import { readCollection } from './geo-fixtures';
import { openHeaderMenu, openMap, useSite, waitForIdle } from './harness';

const site = useSite();

const WORDS = { zh: ZH, en: EN } as const;

// A park whose card says "not stated" several times: the greyest text of the page.
const PARK = 'park-global-digital-trade';
const park = readCollection('base-parks.geojson').features.find((f) => f.properties!.id === PARK)!.properties!;
const card = (page: Page) => page.locator('feature-card section[data-feature]');

/** Opens a park's card from the legend, by keyboard, as a screen-reader user would. */
async function openParkFromLegend(page: Page, lang: 'zh' | 'en') {
  const legend = page.locator('layer-legend');
  if (await legend.isHidden()) {
    await openHeaderMenu(page);
    await page.locator('app-shell .legend-toggle').click();
  }
  const name = lang === 'zh' ? '未说明面积的园区：5 个要素' : 'Parks with no stated area: 5 features';
  await legend.locator('summary', { hasText: name }).click();
  await legend.locator(`button[data-feature="${PARK}"]`).press('Enter');
  await expect.poll(() => card(page).getAttribute('data-feature')).toBe(PARK);
}

describe('accessibility (axe-core: no serious or critical violation)', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 640 },
  ]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${lang} at ${viewport.width}×${viewport.height}: the opening view, then a park's card`, async () => {
        const { page } = await openMap(site.browser, `${site.url}?lang=${lang}`, { viewport, shared: true });
        await waitForIdle(page);
        await expectNoSeriousAxeViolations(page);
        await openParkFromLegend(page, lang);
        expect(await card(page).locator('h2').innerText()).toBe(lang === 'zh' ? park.name_zh : park.name_en);
        expect(await card(page).locator('dd.not-stated').count()).toBeGreaterThan(1);
        await expectNoSeriousAxeViolations(page);
        // And none of the lesser ones either: the card once made a second banner and used a role <article> may not have.
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  it('names the map and its buttons in the language chosen, and gives the page one banner', async () => {
    const { page } = await openMap(site.browser, site.url);
    const canvas = page.locator('canvas.maplibregl-canvas');
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
      const words = WORDS[lang];
      await expect.poll(() => canvas.getAttribute('aria-label')).toBe(words['Map.keys']);
      expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe(words['Map.zoomIn']);
      expect(await page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe(words['Map.zoomOut']);
    }
    await openParkFromLegend(page, 'en');
    expect(await page.getByRole('banner').count()).toBe(1);
  });
});
