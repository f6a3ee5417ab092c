import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreOf } from './geo-fixtures';
import { launchChromium, openMap, renderedIds, screenPoint, startPreview, waitForIdle, type OpenedPage } from './harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof startPreview>>;

beforeAll(async () => {
  server = await startPreview();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Centres the map on a coordinate at a zoom where a park footprint is large enough to click. */
async function lookAt(opened: OpenedPage, lngLat: [number, number], zoom = 12.5) {
  await opened.page.evaluate(
    ([center, z]) =>
      new Promise<void>((resolve) => {
        const map = document.querySelector('app-shell')!.controller.map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: center as [number, number], zoom: z as number });
      }),
    [lngLat, zoom] as const,
  );
}

describe('the map page, with every other origin blocked', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openMap(browser, server.url);
    await waitForIdle(opened.page);
  });
  afterAll(() => opened.context.close());

  it('draws every geometry layer of the style on the opening view', async () => {
    const layerIds = await opened.page.evaluate(() =>
      document
        .querySelector('app-shell')!
        .controller.map.getStyle()
        .layers.filter((layer) => layer.type !== 'background' && layer.type !== 'symbol')
        .map((layer) => layer.id),
    );
    expect(layerIds.length).toBeGreaterThanOrEqual(20);
    const empty = [];
    for (const id of layerIds) if ((await renderedIds(opened.page, id)).length === 0) empty.push(id);
    expect(empty).toEqual([]);
  });

  it('shows all 14 Line 17 stations, 10 base parks and 5 pillars on the opening view', async () => {
    expect(await renderedIds(opened.page, 'stations-line17')).toHaveLength(14);
    const parks = [...(await renderedIds(opened.page, 'base-parks-fill')), ...(await renderedIds(opened.page, 'base-parks-point'))];
    expect(new Set(parks).size).toBe(10);
    expect(await renderedIds(opened.page, 'pillars-fill')).toHaveLength(5);
  });

  it('draws labels with the bundled font, in Chinese by default', async () => {
    const labels = await renderedIds(opened.page, 'labels-water');
    expect(labels).toContain('water-dianshan-lake');
    const fontRequests = await opened.page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).length,
    );
    expect(fontRequests).toBe(1);
  });

  it('paints a base park footprint green where the park is', async () => {
    const centre = centreOf('base-parks.geojson', 'park-digital-information');
    await lookAt(opened, centre);
    const { x, y } = await screenPoint(opened.page, centre);
    // 40 px below centre: inside the ~100 px radius footprint, clear of its label.
    const png = await opened.page.screenshot({ clip: { x: x - 2, y: y + 40, width: 4, height: 4 } });
    const [r, g, b] = await opened.page.evaluate(async (data) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return Array.from(ctx.getImageData(1, 1, 1, 1).data);
    }, Array.from(png));
    expect(g).toBeGreaterThan(r + 10);
    expect(g).toBeGreaterThan(b + 10);
  });

  it('opens a card with the plan figures when a base park is clicked', async () => {
    const centre = centreOf('base-parks.geojson', 'park-digital-information');
    await lookAt(opened, centre);
    const { x, y } = await screenPoint(opened.page, centre);
    await opened.page.mouse.click(x + 20, y);
    const card = opened.page.locator('feature-card article');
    await expect.poll(() => card.getAttribute('data-feature')).toBe('park-digital-information');
    const text = await card.innerText();
    expect(text).toContain('数字信息产业园');
    expect(text).toContain('Digital Information Industrial Park');
    expect(text).toMatch(/规划面积（方案）\s*4\.62 平方公里/);
    expect(text).toMatch(/2023 年园区产业规模\s*250 亿元/);
    expect(text).toMatch(/2023 年数字经济核心产业规模\s*200 亿元/);
    expect(text).toMatch(/2023 年园区制造业企业数字化赋能率\s*80%/);
    // The drawn footprint is measured with Turf in the page and matches the plan within 2 %.
    const drawn = Number(text.match(/示意范围面积（Turf 测地计算）\s*([\d.]+)/)?.[1]);
    expect(Math.abs(drawn - 4.62) / 4.62).toBeLessThan(0.02);
    expect(text).toContain('001 §三(三)2');
    expect(text).toContain('青府办发〔2022〕9号');
    expect(text).toContain('示意');
  });

  it('says "not stated" for a park whose area the plan does not give', async () => {
    const centre = centreOf('base-parks.geojson', 'park-beidou-remote-sensing');
    await lookAt(opened, centre, 12);
    const { x, y } = await screenPoint(opened.page, centre);
    await opened.page.mouse.click(x, y);
    const card = opened.page.locator('feature-card article');
    await expect.poll(() => card.getAttribute('data-feature')).toBe('park-beidou-remote-sensing');
    const text = await card.innerText();
    expect(text).toMatch(/规划面积（方案）\s*未说明/);
    expect(text).toMatch(/2023 年园区产业规模\s*80 亿元/);
    expect(text).toMatch(/数字化赋能率\s*未说明/);
    expect(text).not.toContain('示意范围面积');
  });

  it('closes the card with Esc', async () => {
    await opened.page.keyboard.press('Escape');
    await expect.poll(() => opened.page.locator('feature-card').count()).toBe(0);
  });

  it('logged no console error and sent no request to another origin', () => {
    expect(opened.errors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
  });
});

describe('keyboard and language', () => {
  it('selects a feature from the legend with the keyboard, and Esc returns focus to it', async () => {
    const opened = await openMap(browser, server.url);
    const { page } = opened;
    const button = page.locator('layer-legend button[data-feature="line17-09-qingpu-xincheng"]');
    await page.locator('layer-legend section[data-group="trunk"] details').nth(1).locator('summary').click();
    await button.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('feature-card article');
    await expect.poll(() => card.getAttribute('data-feature')).toBe('line17-09-qingpu-xincheng');
    expect(await card.innerText()).toContain('轨道交通 17 号线第 9 站');
    await expect.poll(() => page.evaluate(() => document.querySelector('app-shell')?.shadowRoot?.activeElement?.tagName)).toBe('FEATURE-CARD');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('feature-card').count()).toBe(0);
    const focused = await page.evaluate(() => {
      const legend = document.querySelector('app-shell')!.shadowRoot!.querySelector('layer-legend')!;
      return (legend.shadowRoot!.activeElement as HTMLElement | null)?.dataset.feature;
    });
    expect(focused).toBe('line17-09-qingpu-xincheng');
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('switches UI and map labels to English, and remembers the choice', async () => {
    const opened = await openMap(browser, server.url);
    const { page } = opened;
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('app-shell h1').innerText()).toBe('Yangtze River Delta Digital Trunk Line · Qingpu');
    const field = () =>
      page.evaluate(() => document.querySelector('app-shell')!.controller.map.getLayoutProperty('labels-base-parks-area', 'text-field'));
    expect(await field()).toEqual(['get', 'name_en']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('trunk-rendered').length > 0);
    expect(await page.locator('app-shell h1').innerText()).toBe('Yangtze River Delta Digital Trunk Line · Qingpu');
    expect(await field()).toEqual(['get', 'name_en']);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('hides a layer group when its legend toggle is unchecked', async () => {
    const opened = await openMap(browser, server.url);
    const { page } = opened;
    await waitForIdle(page);
    expect((await renderedIds(page, 'pillars-fill')).length).toBe(5);
    await page.getByRole('checkbox', { name: '显示支柱区域' }).uncheck();
    await waitForIdle(page);
    expect(await renderedIds(page, 'pillars-fill')).toEqual([]);
    expect(await page.locator('layer-legend section[data-group="pillars"] h3 .count').innerText()).toBe('5');
    await opened.context.close();
  });
});

describe('phones and failures', () => {
  it('shows the card as a bottom sheet at 360 px wide', async () => {
    const opened = await openMap(browser, server.url, { viewport: { width: 360, height: 740 } });
    const { page } = opened;
    const centre = centreOf('trunk-stations.geojson', 'line17-12-zhujiajiao');
    await lookAt(opened, centre, 12);
    const { x, y } = await screenPoint(page, centre);
    await page.mouse.click(x, y);
    const card = page.locator('feature-card');
    await expect.poll(() => card.locator('article').getAttribute('data-feature')).toBe('line17-12-zhujiajiao');
    const box = (await card.boundingBox())!;
    expect(Math.round(box.width)).toBe(360);
    expect(Math.round(box.y + box.height)).toBe(740);
    expect(box.height).toBeLessThan(740 * 0.6);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
    await opened.context.close();
  });

  it('keeps working and says what failed when a data file cannot be loaded', async () => {
    const opened = await openMap(browser, server.url, {
      route: async (page) => {
        await page.route('**/belts-*.geojson', (route) => route.fulfill({ status: 500, body: 'down' }));
      },
    });
    const { page } = opened;
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toContain('belts: HTTP 500');
    expect(await renderedIds(page, 'stations-line17')).toHaveLength(14);
    expect(await renderedIds(page, 'belts-band')).toEqual([]);
    await opened.context.close();
  });
});
