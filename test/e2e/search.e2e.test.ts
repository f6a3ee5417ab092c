import { centroid } from '@turf/turf';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { focusedElement, openMap, useSite, viewBounds, waitForIdle } from './harness';
import { CJK, drawnFeatureById } from './geo-fixtures';

const site = useSite();

const LABEL = { zh: '搜索', en: 'Search' } as const;
const field = (page: Page, lang: 'zh' | 'en') => page.getByRole('combobox', { name: LABEL[lang] });
const option = (page: Page, name: string) => page.locator('search-box [role="option"]').filter({ has: page.locator('.name', { hasText: name }) }).first();
const card = (page: Page) => page.locator('feature-card [data-feature]');
const selected = (page: Page) => page.evaluate(() => window.mapShell().store.state.selected);

/** Whether a feature's centre is inside the map's current view. */
async function inView(page: Page, id: string) {
  const [lng, lat] = centroid(drawnFeatureById(id)).geometry.coordinates as [number, number];
  const [west, south, east, north] = await viewBounds(page);
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/** After choosing: the feature's card is open with focus on its title, it is selected, linked and in view. */
async function expectCardOf(page: Page, id: string, title: string) {
  await expect.poll(() => card(page).getAttribute('data-feature')).toBe(id);
  await expect.poll(() => page.locator('feature-card h2').innerText()).toBe(title);
  await expect.poll(async () => (await focusedElement(page))?.id).toBe('card-title');
  expect(await selected(page)).toBe(id);
  expect(new URL(page.url()).searchParams.get('sel')).toBe(id);
  await waitForIdle(page);
  expect(await inView(page, id)).toBe(true);
}

describe('search', () => {
  it('loads its search code only when the field is first focused', async () => {
    const { page } = await openMap(site.browser, site.url);
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await waitForIdle(page);
    expect(scripts.filter((path) => path.includes('load-search'))).toEqual([]);
    await field(page, 'zh').focus();
    await expect.poll(() => scripts.some((path) => /\/load-search-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('says so when its code cannot be loaded, and the map keeps working', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, {
      route: async (page) => {
        await page.route('**/load-search-*.js', (route) => route.fulfill({ status: 500, body: 'down' }));
      },
      // The browser reports the failed request.
      expectedErrors: [/status of 500/],
    });
    await field(page, 'en').fill('xicen');
    await expect.poll(() => page.locator('search-box .note').innerText()).toMatch(/^Search could not be loaded: .+/);
    expect(await page.locator('search-box [role="status"]').innerText()).toMatch(/^Search could not be loaded: /);
    expect(await page.locator('search-box [role="option"]').count()).toBe(0);
    // The legend still opens cards.
    await page.locator('layer-legend label[data-item="g50"] + details summary').click();
    await page.locator('layer-legend button[data-feature="trunk-g50"]').click();
    await expect.poll(() => card(page).getAttribute('data-feature')).toBe('trunk-g50');
  });

  for (const [query, name, id] of [
    ['xicen', '西岑科创中心', 'pillar-xicen-innovation-centre'],
    ['zjj', '朱家角镇', 'town-zhujiajiao'],
  ] as const) {
    it(`zh: pinyin "${query}" finds ${name}; a click opens its card and flies there`, async () => {
      const { page } = await openMap(site.browser, site.url, { shared: true });
      await field(page, 'zh').fill(query);
      await option(page, name).click();
      await expectCardOf(page, id, name);
    });
  }

  it('zh: traditional characters 數字信息 find 数字信息产业园, chosen with ↓ and Enter', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    await field(page, 'zh').fill('數字信息');
    await expect.poll(() => page.locator('search-box [role="option"] .name').first().innerText()).toBe('数字信息产业园');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectCardOf(page, 'park-digital-information', '数字信息产业园');
    // Esc closes the card and gives focus back to the search field.
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect((await focusedElement(page))?.id).toBe('search');
  });

  it('en: typos find the Digital Information Industrial Park; results show no Chinese outside names given only in Chinese', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { shared: true });
    await field(page, 'en').fill('digtal informaton');
    await expect.poll(() => page.locator('search-box [role="option"] .name').first().innerText()).toBe('Digital Information Industrial Park');
    await expect.poll(() => page.locator('search-box [role="status"]').innerText()).toMatch(/^\d+ results?$/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectCardOf(page, 'park-digital-information', 'Digital Information Industrial Park');

    await field(page, 'en').fill('hua');
    await expect.poll(() => page.locator('search-box [role="option"]').count()).toBeGreaterThan(2);
    const leftover = await page.locator('search-box [role="option"]').evaluateAll((options) =>
      options.map((option) => {
        const clone = option.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('[lang="zh-CN"]').forEach((zh) => zh.remove());
        return clone.textContent ?? '';
      }),
    );
    expect(leftover.filter((text) => CJK.test(text))).toEqual([]);
  });

  it('a firm leads to the park that names it; an Esc the search handles leaves the open card alone', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { shared: true });
    await field(page, 'en').fill('CHC Navigation');
    const firm = option(page, 'CHC Navigation');
    expect(await firm.locator('.kind').innerText()).toBe('Firm the plan names · in Digital Information Industrial Park');
    await firm.click();
    await expectCardOf(page, 'park-digital-information', 'Digital Information Industrial Park');

    await field(page, 'en').fill('zhujiaj');
    await expect.poll(() => field(page, 'en').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await field(page, 'en').getAttribute('aria-expanded')).toBe('false');
    expect(await card(page).getAttribute('data-feature')).toBe('park-digital-information');
    expect(await selected(page)).toBe('park-digital-information');
  });

  for (const [lang, query, name, viewport] of [
    ['zh', 'zjj', '朱家角镇', { width: 1280, height: 800 }],
    ['en', 'digital', 'Digital Information Industrial Park', { width: 360, height: 640 }],
  ] as const) {
    it(`${lang} at ${viewport.width}×${viewport.height}: axe-core finds no serious violation with the results open`, async () => {
      const { page } = await openMap(site.browser, `${site.url}?lang=${lang}`, { viewport, shared: true });
      await field(page, lang).fill(query);
      await expect.poll(() => option(page, name).count(), { timeout: 30_000 }).toBe(1);
      expect(await field(page, lang).getAttribute('aria-expanded')).toBe('true');
      await expectNoSeriousAxeViolations(page);
    });
  }
});
