import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../src/app/app-state';
import type { RuntimeConfig } from '../../src/app/basemap-config';
import { openMap, useSite, viewBounds, waitForIdle } from './harness';
import { startTileServer, type StandIn } from './tile-stand-ins';

const site = useSite();

// These tests run in order: each takes the page the one before left (see shared-pages.ts).
const state = (page: Page) => page.evaluate(() => window.mapShell().store.state);
const card = (page: Page) => page.locator('feature-card section[data-feature]');
const searchField = (page: Page) => page.getByRole('combobox', { name: '搜索' });

describe('a page shared by tests', () => {
  let first: Page;
  let openingBounds: [number, number, number, number];

  it('opens on the base address, then takes the test to its own address as Back would', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&sel=park-digital-information&panel=targets`, { shared: true });
    first = page;
    await expect.poll(() => card(page).getAttribute('data-feature')).toBe('park-digital-information');
    expect(await state(page)).toMatchObject({ lang: 'en', selected: 'park-digital-information', panel: 'targets' });
    expect(await page.locator('app-shell h1').innerText()).toMatch(/Digital Trunk/);
  });

  it('comes back for the next test as first opened: Chinese, no card, no panel, the opening view, nothing stored', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    expect(page).toBe(first);
    expect(await state(page)).toEqual(DEFAULT_STATE);
    expect(await card(page).count()).toBe(0);
    expect(await page.locator('targets-dashboard').count()).toBe(0);
    expect(await page.locator('app-shell h1').innerText()).toMatch(/数字干线/);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    openingBounds = await viewBounds(page);
    // Left in the search field: the reset deletes it, as a visitor would.
    await searchField(page).fill('xicen');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
  });

  it('comes back with the search field emptied and its results gone', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    expect(page).toBe(first);
    expect(await searchField(page).inputValue()).toBe('');
    expect(await searchField(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('option').count()).toBe(0);
    // Folded back by the reset, as a visitor would: a group of the legend left unfolded.
    await page.locator('layer-legend details summary').first().click();
    // Something no reset undoes: text the page did not have when first opened.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'left behind' })));
  });

  it('is given up for a fresh page when it cannot come back', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    expect(page).not.toBe(first);
    expect(await page.getByText('left behind').count()).toBe(0);
    expect(await page.locator('layer-legend details[open]').count()).toBe(0);
    // The same view, to a hair's breadth: a view come back through the address is rounded differently in the last digits.
    (await viewBounds(page)).forEach((edge, i) => expect(edge).toBeCloseTo(openingBounds[i]!, 9));
  });
});

describe('a page shared by tests with a run-time config', () => {
  let tiles: StandIn;
  let config: RuntimeConfig;
  let first: Page;
  let openingBounds: [number, number, number, number];
  beforeAll(async () => {
    tiles = await startTileServer([32, 200, 120]);
    config = { basemaps: { urls: { amap: [`${tiles.origin}/{z}/{x}/{y}.png`] }, drawTimeoutMs: 30_000 } };
  });
  afterAll(() => tiles.close());
  const open = (address: string) => openMap(site.browser, address, { shared: true, config, allowedOrigins: [tiles.origin] });

  it('is opened with the config, then shows AMap (GCJ-02) as the test asks', async () => {
    const { page } = await open(site.url);
    first = page;
    await waitForIdle(page);
    openingBounds = await viewBounds(page);
    await page.getByRole('radio', { name: '高德地图' }).check();
    await expect.poll(() => page.locator('basemap-notice [role=status]').innerText()).toBe('底图：高德地图（GCJ-02），叠加图层已转换');
  });

  it('comes back with the same config, on the offline basemap and its opening view', async () => {
    const { page } = await open(site.url);
    expect(page).toBe(first);
    expect(await state(page)).toEqual(DEFAULT_STATE);
    expect(await page.locator('basemap-notice [role=status]').innerText()).toBe('');
    // The opening view again, to a thousandth of a pixel (under 1e-6°).
    (await viewBounds(page)).forEach((edge, i) => expect(edge).toBeCloseTo(openingBounds[i]!, 6));
  });
});
