import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ALL_EN as EN, ALL_ZH as ZH } from '../../src/i18n/all-messages';
import { expectNoSeriousAxeViolations } from './axe';
import { readCollection } from './geo-fixtures';
import { focusedElement, launchChromiumWithoutWebgl, openHeaderMenu, openMap, useSite } from './harness';

const site = useSite(launchChromiumWithoutWebgl);

const WORDS = { zh: ZH, en: EN } as const;
const parks = readCollection('base-parks.geojson').features.map((f) => f.properties as { id: string; name_zh: string; name_en: string });
const list = (page: Page) => page.locator('app-shell .fallback');

/** Opens the page without a map: it is ready when the list of features shows. */
const openWithoutMap = (url: string, viewport?: { width: number; height: number }) =>
  openMap(site.browser, url, { viewport, until: (page) => page.locator('feature-list button[data-feature]').first().waitFor() });

describe('the page without WebGL', () => {
  it('has no WebGL in this browser (the precondition of every test here)', async () => {
    const { page } = await openWithoutMap(site.url);
    const webgl = await page.evaluate(() => ['webgl2', 'webgl'].some((kind) => document.createElement('canvas').getContext(kind) !== null));
    expect(webgl).toBe(false);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: says so in one sentence and lists every base park under the legend's heading, each opening its card`, async () => {
      const { page } = await openWithoutMap(`${site.url}?lang=${lang}`);
      const words = WORDS[lang];
      await expect.poll(() => list(page).locator('p').first().innerText()).toBe(words['Fallback.noMap']);
      expect(await page.locator('trunk-map canvas').count(), 'no map canvas').toBe(0);
      expect(await page.locator('layer-legend').count(), 'no layer toggles without a map').toBe(0);

      const parkSection = list(page).locator('feature-list section', { hasText: words['Legend.baseParks'] });
      const names = await parkSection.locator('button[data-feature]').allInnerTexts();
      expect(names.sort()).toEqual(parks.map((p) => (lang === 'zh' ? p.name_zh : p.name_en)).sort());

      const park = parks[3];
      const button = parkSection.locator(`button[data-feature="${park.id}"]`);
      await button.click();
      const card = page.locator('feature-card section[data-feature]');
      await expect.poll(() => card.getAttribute('data-feature')).toBe(park.id);
      expect(await card.locator('h2').innerText()).toBe(lang === 'zh' ? park.name_zh : park.name_en);
      expect(await focusedElement(page)).toMatchObject({ tag: 'H2', id: 'card-title' });
      await expectNoSeriousAxeViolations(page);

      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
      expect(await focusedElement(page)).toMatchObject({ tag: 'BUTTON', feature: park.id });
    });
  }

  it('lists every feature of every legend item, and switches language and opens panels as with a map', async () => {
    const { page } = await openWithoutMap(site.url, { width: 360, height: 640 });
    const ids = await list(page).locator('button[data-feature]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.feature));
    expect(await page.evaluate(() => window.mapShell().controller), 'the shell has no map').toBeNull();
    for (const file of ['trunk-lines.geojson', 'trunk-stations.geojson', 'pillars.geojson', 'base-parks.geojson', 'belts.geojson', 'sub-areas.geojson']) {
      for (const f of readCollection(file).features) expect(ids, `${file}: ${f.properties!.id}`).toContain(f.properties!.id);
    }
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => list(page).locator('h2').innerText()).toBe(EN['Fallback.title']);
    await openHeaderMenu(page);
    expect(await page.getByRole('button', { name: EN['Share.open'], exact: true }).count(), 'the menu shows the panel buttons').toBe(1);
    expect(await page.getByRole('button', { name: EN['InView.open'], exact: true }).count(), 'no list of the features in view without a view').toBe(0);
    await page.getByRole('button', { name: EN['Share.open'], exact: true }).click();
    await expect.poll(() => page.getByRole('dialog', { name: EN['Share.title'] }).isVisible()).toBe(true);
    await expectNoSeriousAxeViolations(page);
  });
});
