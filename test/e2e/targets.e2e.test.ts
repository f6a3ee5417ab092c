import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapController } from '../../src/map/map-controller';
import { CJK, centreOf } from './geo-fixtures';
import { expectNoSeriousAxeViolations } from './axe';
import { jumpTo, openHeaderMenu, openMap, screenPoint, useSite, waitForIdle } from './harness';

const site = useSite();

/** The seeds, read from disk: what the panels must show. */
const seed = (file: string) => JSON.parse(readFileSync(`seeds/${file}`, 'utf8'));
const indicators: { id: string; unit_zh: string; target_2022: number | null; target_2023: number | null; target_2027: number | null }[] = seed('indicators.json').records;
const parks: { id: string; seq: number; targets_2023: { industry_scale_yi_yuan: number | null } }[] = seed('base-parks.json').records;
const YEARS = [2022, 2023, 2027] as const;

const dashboard = (page: Page) => page.locator('targets-dashboard');
/** The open card's text, once the data behind it has loaded (slow on a loaded machine). */
const cardText = (page: Page) => expect.poll(() => page.locator('feature-card section[data-feature]').innerText(), { timeout: 30_000 });
const state = (page: Page) => page.evaluate(() => window.mapShell().store.state);
/** Bars of the dashboard's charts drawn in a colour (ECharts draws SVG paths). */
const barCount = (page: Page, chart: string, colour: string) =>
  page.locator(`targets-dashboard [data-chart^="${chart}"] svg path[fill="${colour}"]`).count();
/** The feature a panel highlights on the map, and the feature-state MapLibre holds for it. */
const mapHighlight = (page: Page, id: string) =>
  page.evaluate((id) => {
    const controller = window.mapShell().controller as MapController;
    return { highlighted: controller.highlighted?.id ?? null, state: controller.map.getFeatureState({ source: 'base-parks', id }).highlighted ?? false };
  }, id);

async function openTargets(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => dashboard(page).locator('table[data-table="indicators"] tbody tr').count()).toBe(10);
}

// Room for a loaded two-core machine: a test may load the whole map in a fresh browser context.
describe('the Targets panel', { timeout: 120_000 }, () => {
  it('zh: shows every indicator’s target for every year as seeds/ states it, 未设定 where it sets none, and a bar for each', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    await openTargets(page, '目标');
    expect((await state(page)).panel).toBe('targets');
    for (const indicator of indicators) {
      for (const year of YEARS) {
        const value = indicator[`target_${year}`];
        const shown = await dashboard(page).locator(`tr[data-indicator="${indicator.id}"] td[data-year="${year}"]`).innerText();
        expect(shown, `${indicator.id} ${year}`).toBe(value === null ? '未设定' : new Intl.NumberFormat('zh-CN').format(value));
      }
      const stated = YEARS.filter((year) => indicator[`target_${year}`] !== null).length;
      expect(await dashboard(page).locator(`[data-chart="indicator-${indicator.id}"] svg path[fill]`).count(), indicator.id).toBeGreaterThanOrEqual(stated);
    }
    // One dark bar per indicator stating a 2023 target, and no bar in place of a "—".
    expect(await barCount(page, 'indicator-', '#2b6e4a')).toBe(indicators.filter((i) => i.target_2023 !== null).length);
    expect(await barCount(page, 'indicator-', '#a8cbb6')).toBe(indicators.flatMap((i) => [i.target_2022, i.target_2027]).filter((v) => v !== null).length);
  });

  it('en: English figures in English units, and no Chinese but what is marked as such', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=targets`, { shared: true });
    await expect.poll(() => dashboard(page).locator('tr[data-indicator]').count()).toBe(10);
    for (const indicator of indicators) {
      const factor = { 亿元: 0.1, 万单: 0.01, 万条: 10 }[indicator.unit_zh] ?? 1;
      for (const year of YEARS) {
        const value = indicator[`target_${year}`];
        const shown = await dashboard(page).locator(`tr[data-indicator="${indicator.id}"] td[data-year="${year}"]`).innerText();
        expect(shown).toBe(value === null ? 'not set' : new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }).format(value * factor));
      }
    }
    const stray = await dashboard(page).evaluate((element) => {
      const copy = element.shadowRoot!.querySelector('section')!.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[lang="zh-CN"]').forEach((el) => el.remove());
      return copy.textContent ?? '';
    });
    expect(stray).not.toMatch(CJK);
  });

  it('the year switch changes the dashboard, the link and an open card', async () => {
    const park = 'park-digital-information';
    const { page } = await openMap(site.browser, `${site.url}?sel=${park}`, { shared: true });
    const card = page.locator('feature-card section[data-feature]');
    await cardText(page).toMatch(/2023 年目标[\s\S]*园区产业规模\s*250 亿元/);
    await openTargets(page, '目标');
    await dashboard(page).getByRole('button', { name: '2027', exact: true }).click();
    await expect.poll(() => dashboard(page).locator('th.current').getAttribute('data-year')).toBe('2027');
    expect(new URL(page.url()).searchParams.get('phase')).toBe('2027');
    await expect.poll(() => card.innerText()).toContain('2027 年目标');
    expect(await card.innerText()).toContain('本阶段规划未设定目标。');
    expect(await card.innerText()).not.toContain('250 亿元');
    // The parks have 2023 targets only: the dashboard says so instead of drawing them.
    expect(await dashboard(page).locator('[data-chart="parks"]').count()).toBe(0);

    // The card's own switch moves the dashboard back.
    await card.locator('phase-switch').getByRole('button', { name: '2023', exact: true }).click();
    await expect.poll(() => dashboard(page).locator('th.current').getAttribute('data-year')).toBe('2023');
    await expect.poll(() => card.innerText()).toMatch(/园区产业规模\s*250 亿元/);
    expect(new URL(page.url()).searchParams.get('phase')).toBeNull();
  });

  it('a link keeps the year', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&sel=park-digital-information&phase=2022`, { shared: true });
    await cardText(page).toContain('Targets for 2022');
    expect(await page.locator('feature-card section[data-feature]').innerText()).toContain('The plan sets no target for this year.');
    expect((await state(page)).phase).toBe(2022);
  });

  it('pointing at a park’s bar or focusing its name highlights it on the map; a park chosen on the map marks its bar', async () => {
    // Wide enough that the middle of the map, where a park is clicked, is clear of the panel.
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=targets`, { viewport: { width: 1600, height: 900 }, shared: true });
    await expect.poll(() => barCount(page, 'parks', '#2b6e4a')).toBe(parks.filter((p) => p.targets_2023.industry_scale_yi_yuan !== null).length);
    const statedIds = parks.filter((p) => p.targets_2023.industry_scale_yi_yuan !== null).sort((a, b) => a.seq - b.seq).map((p) => p.id);

    // The mouse on the third bar.
    await dashboard(page).locator('[data-chart="parks"] svg path[fill="#2b6e4a"]').nth(2).hover();
    await expect.poll(() => mapHighlight(page, statedIds[2])).toEqual({ highlighted: statedIds[2], state: true });
    const drawn = await page.evaluate((id) => {
      const map = (window.mapShell().controller as MapController).map;
      return map.queryRenderedFeatures({ layers: ['base-parks-fill'] }).filter((f) => String(f.id) === id).map((f) => f.state);
    }, statedIds[2]);
    expect(drawn.length, 'the park is drawn').toBeGreaterThan(0);
    expect(drawn[0]).toMatchObject({ highlighted: true });
    await dashboard(page).locator('h2').hover();
    await expect.poll(() => mapHighlight(page, statedIds[2])).toEqual({ highlighted: null, state: false });

    // The keyboard: focus moves to a park's name in the table.
    const name = dashboard(page).getByRole('button', { name: 'Artificial Intelligence Industrial Park', exact: true });
    await name.focus();
    await expect.poll(() => mapHighlight(page, 'park-artificial-intelligence')).toEqual({ highlighted: 'park-artificial-intelligence', state: true });
    // Tab moves on to the next park, and the map with it; focus leaving the parks clears the map.
    await page.keyboard.press('Tab');
    await expect.poll(() => mapHighlight(page, 'park-beidou-remote-sensing')).toEqual({ highlighted: 'park-beidou-remote-sensing', state: true });
    expect(await mapHighlight(page, 'park-artificial-intelligence')).toEqual({ highlighted: 'park-beidou-remote-sensing', state: false });
    await dashboard(page).locator('h2').focus();
    await expect.poll(() => mapHighlight(page, 'park-beidou-remote-sensing')).toEqual({ highlighted: null, state: false });

    // A park clicked on the map: its row is current and its bar alone takes the selection's colour.
    await page.locator('app-shell header .panel-toggle[data-panel="targets"]').focus();
    const centre = centreOf('base-parks.geojson', 'park-smart-low-carbon');
    await jumpTo(page, centre, 12.5);
    const { x, y } = await screenPoint(page, centre);
    await page.mouse.click(x + 20, y);
    await expect.poll(async () => (await state(page)).selected).toBe('park-smart-low-carbon');
    await expect.poll(() => dashboard(page).locator('tr[aria-current="true"]').getAttribute('data-park')).toBe('park-smart-low-carbon');
    expect(await barCount(page, 'parks', '#b4530a')).toBe(1);
    await waitForIdle(page);
  });

  it('fits a phone as a bottom sheet, its tables scrolling inside it', async () => {
    const { page } = await openMap(site.browser, `${site.url}?panel=targets`, { viewport: { width: 360, height: 640 }, shared: true });
    await expect.poll(() => dashboard(page).locator('tr[data-indicator]').count()).toBe(10);
    const box = (await dashboard(page).locator('section').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  });
});

describe('the Programmes panel', { timeout: 120_000 }, () => {
  it('opens from its button, lists the 52 partners and filters them', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { shared: true });
    await page.getByRole('button', { name: 'Programmes', exact: true }).click();
    const panel = page.locator('programmes-panel');
    await expect.poll(() => panel.locator('ol.partners li').count()).toBe(seed('partners.json').records.length);
    expect(await panel.locator('article[data-programme]').count()).toBe(seed('programmes.json').records.length);
    await panel.getByRole('searchbox', { name: 'Filter partners by name' }).fill('科技');
    const expected = seed('partners.json').records.filter((p: { name_zh: string }) => p.name_zh.includes('科技')).length;
    await expect.poll(() => panel.locator('ol.partners li').count()).toBe(expected);
    expect(await panel.locator('[data-partner-count]').innerText()).toBe(`Showing ${expected} of 52`);
    expect(new URL(page.url()).searchParams.get('panel')).toBe('programmes');
  });
});

describe('accessibility of the panels (axe-core)', { timeout: 120_000 }, () => {
  for (const [lang, viewport] of [
    ['zh', { width: 1280, height: 800 }],
    ['en', { width: 1280, height: 800 }],
    ['en', { width: 360, height: 640 }],
  ] as const) {
    it(`${lang} at ${viewport.width}×${viewport.height}: no serious violation with the Targets or the Programmes panel open`, async () => {
      const { page } = await openMap(site.browser, `${site.url}?lang=${lang}&panel=targets`, { viewport, shared: true });
      await expect.poll(() => dashboard(page).locator('[data-chart="parks"] svg').count()).toBe(1);
      await expectNoSeriousAxeViolations(page);
      // On a phone the sheet covers the header's buttons: close it first, as a visitor would.
      await dashboard(page).getByRole('button', { name: lang === 'zh' ? '关闭规划目标' : 'Close plan targets' }).click();
      await openHeaderMenu(page);
      await page.getByRole('button', { name: lang === 'zh' ? '计划' : 'Programmes', exact: true }).click();
      await expect.poll(() => page.locator('programmes-panel ol.partners li').count()).toBe(52);
      await expectNoSeriousAxeViolations(page);
    });
  }
});
