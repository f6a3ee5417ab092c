import { featureFilter, latest, normalizePropertyExpression, type FilterSpecification, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EN } from '../../src/i18n/en';
import type { MapController } from '../../src/map/map-controller';
import { CJK, centreOf, drawnFeatureById, drawnGeoFiles, fileOfSource } from './geo-fixtures';
import {
  drawnFeatures,
  focusedElement,
  jumpTo,
  liveStyle,
  openMap,
  screenPoint,
  waitForIdle,
  waitForTrunk, useSite } from './harness';

const site = useSite();

const PARK = 'park-digital-information';
const card = (page: Page) => page.locator('feature-card section');

/** Clicks a base park (centred at a zoom where its footprint is large) and waits for its card. */
async function clickPark(page: Page, id: string, zoom = 12.5, offset = { x: 20, y: 0 }) {
  const centre = centreOf('base-parks.geojson', id);
  await jumpTo(page, centre, zoom);
  const { x, y } = await screenPoint(page, centre);
  await page.mouse.click(x + offset.x, y + offset.y);
  await expect.poll(() => card(page).getAttribute('data-feature')).toBe(id);
}

/** What each symbol layer of the live map writes for every feature of its source, from geo/ on disk. */
async function labelTexts(page: Page): Promise<{ layer: string; id: string; text: string; name_zh: string; name_en: string }[]> {
  const style = await liveStyle(page);
  const fileOf = fileOfSource(style.sources);
  const byFile = new Map(drawnGeoFiles().map(({ file, features }) => [file, features]));
  const symbols = style.layers.filter((l): l is Extract<LayerSpecification, { type: 'symbol' }> => l.type === 'symbol');
  expect(symbols.length, 'the map has labels').toBeGreaterThan(0);
  const spec = latest.layout_symbol['text-field'] as unknown as StylePropertySpecification;
  return symbols.flatMap((layer) => {
    const features = byFile.get(fileOf.get(layer.source) ?? '') ?? [];
    expect(features.length, `${layer.id} labels features of a geo/ file`).toBeGreaterThan(0);
    const filter = featureFilter(layer.filter as FilterSpecification | undefined, 'filter');
    const field = normalizePropertyExpression(layer.layout?.['text-field'] as never, 'layout.text-field', spec);
    return features
      .map((f) => ({ type: f.geometry!.type.replace('Multi', ''), properties: f.properties ?? {}, id: f.properties!.id }))
      .filter((f) => filter.filter({ zoom: 14 }, f as never))
      .map((f) => ({
        layer: layer.id,
        id: String(f.properties.id),
        text: String(field.evaluate({ zoom: 14 }, f as never)),
        name_zh: String(f.properties.name_zh),
        name_en: String(f.properties.name_en),
      }));
  });
}

describe('the map page, with every other origin blocked', () => {
  it('labels every feature in Chinese by default, with the one bundled font', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    await waitForIdle(page);
    const labels = await labelTexts(page);
    expect(labels.filter((l) => l.text !== l.name_zh)).toEqual([]);
    const symbolLayers = new Set((await liveStyle(page)).layers.filter((l) => l.type === 'symbol').map((l) => l.id));
    const drawn = await drawnFeatures(page);
    expect(drawn.filter((d) => symbolLayers.has(d.layer)).map((d) => d.id)).toContain('water-dianshan-lake');
    const fontRequests = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).length,
    );
    expect(fontRequests).toBe(1);
  });

  it('paints a base park green where it is, opens its card with the plan figures on a click, and Esc closes it', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    const centre = centreOf('base-parks.geojson', PARK);
    await jumpTo(page, centre, 12.5);
    const { x, y } = await screenPoint(page, centre);
    const map = (await page.locator('#map').boundingBox())!;
    // 40 px below centre: inside the ~100 px radius footprint, clear of its label. The park is drawn there.
    const there = await drawnFeatures(page, [
      [x - map.x - 2, y - map.y + 38],
      [x - map.x + 2, y - map.y + 42],
    ]);
    expect(there.map((d) => d.id)).toContain(PARK);
    const png = await page.screenshot({ clip: { x: x - 2, y: y + 40, width: 4, height: 4 } });
    const [r, g, b] = await page.evaluate(async (data) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return Array.from(ctx.getImageData(1, 1, 1, 1).data);
    }, Array.from(png));
    expect(g).toBeGreaterThan(r + 10);
    expect(g).toBeGreaterThan(b + 10);

    // A click on the park opens its card, with the focus on its title.
    await page.mouse.click(x + 20, y);
    await expect.poll(() => card(page).getAttribute('data-feature')).toBe(PARK);
    await expect.poll(() => focusedElement(page)).toMatchObject({ tag: 'H2', id: 'card-title' });
    const text = await card(page).innerText();
    expect(text).toContain('数字信息产业园');
    expect(text).toContain('Digital Information Industrial Park');
    expect(text).toMatch(/规划面积（方案）\s*4\.62 平方公里/);
    expect(text).toMatch(/2023 年目标[\s\S]*园区产业规模\s*250 亿元/);
    expect(text).toMatch(/数字经济核心产业规模\s*200 亿元/);
    expect(text).toMatch(/园区制造业企业数字化赋能率\s*80%/);
    // The drawn footprint is measured with Turf in the page and matches the plan within 2 %.
    const drawn = Number(text.match(/示意范围面积（Turf 测地计算）\s*([\d.]+)/)?.[1]);
    expect(Math.abs(drawn - 4.62) / 4.62).toBeLessThan(0.02);
    expect(text).toContain('001 §三(三)2');
    expect(text).toContain('青府办发〔2022〕9号');
    expect(text).toContain('示意');

    // Esc closes the open card and gives the focus back to the map that was clicked.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('feature-card').count()).toBe(0);
    expect(await focusedElement(page)).toMatchObject({ tag: 'CANVAS', className: expect.stringContaining('maplibregl-canvas') });
  });

  it('says "not stated" for a park whose area the plan does not give', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    await clickPark(page, 'park-beidou-remote-sensing', 12, { x: 0, y: 0 });
    const text = await card(page).innerText();
    expect(text).toMatch(/规划面积（方案）\s*未说明/);
    expect(text).toMatch(/2023 年目标[\s\S]*园区产业规模\s*80 亿元/);
    expect(text).toMatch(/数字化赋能率\s*未说明/);
    expect(text).not.toContain('示意范围面积');
  });
});

describe('keyboard and language', () => {
  it('selects a feature from the legend with the keyboard, and Esc returns focus to it', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    const button = page.locator('layer-legend button[data-feature="line17-09-qingpu-xincheng"]');
    await page.locator('layer-legend label[data-item="line17"] + details summary').click();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).getAttribute('data-feature')).toBe('line17-09-qingpu-xincheng');
    expect(await card(page).innerText()).toContain('轨道交通 17 号线第 9 站');
    await expect.poll(() => focusedElement(page)).toMatchObject({ tag: 'H2', id: 'card-title' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('feature-card').count()).toBe(0);
    expect(await focusedElement(page)).toMatchObject({ tag: 'BUTTON', feature: 'line17-09-qingpu-xincheng' });
  });

  it('switches the whole page and every map label to English, and remembers the choice', async () => {
    const { page } = await openMap(site.browser, site.url);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('app-shell h1').innerText()).toBe(EN['App.title']);
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', EN['App.title']]);

    // Every label the map draws, for every feature of its layer, is the English name.
    const notEnglish = (labels: Awaited<ReturnType<typeof labelTexts>>) =>
      labels.filter((l) => l.text !== l.name_en || CJK.test(l.text)).map((l) => `${l.layer} ${l.id}: ${l.text}`);
    expect(notEnglish(await labelTexts(page))).toEqual([]);

    // Every feature list of the legend, in English: every drawn feature is listed once, by its English name.
    await page.locator('layer-legend details').first().waitFor();
    await page.locator('layer-legend details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const listed = await page
      .locator('layer-legend li button[data-feature]')
      .evaluateAll((buttons) => buttons.map((b) => [(b as HTMLElement).dataset.feature!, b.textContent!.trim()]));
    const allIds = drawnGeoFiles().flatMap(({ features }) => features.map((f) => String(f.properties!.id)));
    expect(listed.map(([id]) => id).sort()).toEqual(allIds.sort());
    expect(listed.filter(([id, text]) => text !== drawnFeatureById(id).properties!.name_en)).toEqual([]);

    // The card: kind, title, summary, lists and figures in English, the Chinese name beside it.
    await page.locator(`layer-legend button[data-feature="${PARK}"]`).click();
    await expect.poll(() => card(page).getAttribute('data-feature')).toBe(PARK);
    const seed = parkSeed(PARK);
    const section = card(page);
    expect(await section.locator('.kind').textContent()).toBe(EN['Kind.base_park']);
    expect(await section.locator('h2').textContent()).toBe(seed.name_en);
    expect(await section.locator('.other').textContent()).toBe(seed.name_zh);
    expect(await section.locator('.other').getAttribute('lang')).toBe('zh-CN');
    const text = await section.innerText();
    expect(text).toMatch(new RegExp(`${escape(EN['Card.planSays'])}\\s*${escape(seed.summary_en)}`));
    expect(await section.locator('li').allTextContents()).toEqual([
      ...seed.focus_en,
      ...seed.firms.map((firm) => firm.en ?? firm.zh),
    ]);
    expect(text).toMatch(new RegExp(`${escape(EN['Figure.industryScale'])}\\s*25 bn yuan \\(250 亿元\\)`));
    expect(text).toMatch(new RegExp(`${escape(EN['Figure.digitalCoreScale'])}\\s*20 bn yuan \\(200 亿元\\)`));
    expect(text).toMatch(new RegExp(`${escape(EN['Figure.digitalizationRate'])}\\s*80%`));
    expect(text).toMatch(new RegExp(`${escape(EN['Card.plannedArea'])}\\s*4\\.62 km²`));
    expect(text).toMatch(new RegExp(`${escape(EN['Card.footprintArea'])}\\s*4\\.\\d+ km²`));

    // No Chinese anywhere on the page but where it is meant: text marked lang="zh-CN" (the other
    // name on the card, 中文 on the language switch), the plan's document number, the plan's own
    // unit after a converted figure ("(250 亿元)"), the plan's section numbers in a citation
    // ("001 §三(三)2"), and list items the plan's facts give in Chinese only (firms with no English name).
    const zhOnly = new Set([...seed.focus_zh.filter((_, i) => !seed.focus_en[i]), ...seed.firms.filter((f) => !f.en).map((f) => f.zh)]);
    const leftover = (await visibleTexts(page))
      .filter(({ lang }) => !lang.startsWith('zh'))
      .map(({ text }) => text)
      .filter((text) => !zhOnly.has(text))
      .map((text) =>
        DOC_NUMBERS.reduce((rest, number) => rest.replaceAll(number, ''), text)
          .replace(/\(\d[\d,.]* (亿元|万单)\)/g, '')
          .replace(/\b\d{3} §[一二三四五六七八九十]+(\([一二三四五六七八九十]+\))?\d*/g, ''),
      )
      .filter((text) => CJK.test(text));
    expect(leftover).toEqual([]);

    // Remembered: the next visit, from a link without a language, starts in English.
    await page.goto(site.url);
    await waitForTrunk(page);
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    expect(await page.locator('app-shell h1').innerText()).toBe(EN['App.title']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(notEnglish(await labelTexts(page))).toEqual([]);
  });
});

describe('the map controls', () => {
  it('stay in view and clickable beside an open card and the legend: zoom, scale, and credits in the visitor\'s language', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&sel=${PARK}`, { shared: true });
    await expect.poll(() => card(page).getAttribute('data-feature')).toBe(PARK);
    expect(await page.locator('layer-legend').isVisible()).toBe(true);
    // What a click at the middle of each control would reach, through the page's shadow roots.
    const reached = (selector: string) =>
      page.locator(selector).evaluate((control) => {
        const box = control.getBoundingClientRect();
        let hit: Element | null = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return hit === control || control.contains(hit);
      });
    for (const control of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib-inner']) {
      expect(await reached(control), `${control} uncovered`).toBe(true);
    }
    expect(await page.locator('.maplibregl-ctrl-scale').innerText()).toMatch(/^\d+\s?k?m$/);
    // The credits speak the visitor's language, and switch with it.
    const credits = page.locator('.maplibregl-ctrl-attrib-inner');
    expect(await credits.innerText()).toContain('Boundaries: DataV.GeoAtlas');
    expect(await credits.innerText()).toContain('© OpenStreetMap contributors');
    await page.locator('lang-switch button[data-lang="zh"]').click();
    await expect.poll(() => credits.innerText()).toContain('行政边界：DataV.GeoAtlas');
    expect(await credits.innerText()).toContain('© OpenStreetMap 贡献者');
    expect(await credits.innerText()).not.toMatch(/Boundaries|Lakes|Plan layers|contributors/);

    const zoom = () => page.evaluate(() => window.mapShell().controller!.map.getZoom());
    const before = await zoom();
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await waitForIdle(page);
    expect(await zoom()).toBeCloseTo(before + 1, 5);
  });
});

describe('phones and failures', () => {
  it('shows the card as a bottom sheet at 360 px wide', async () => {
    const { page } = await openMap(site.browser, site.url, { viewport: { width: 360, height: 740 }, shared: true });
    const centre = centreOf('trunk-stations.geojson', 'line17-12-zhujiajiao');
    await jumpTo(page, centre, 12);
    const { x, y } = await screenPoint(page, centre);
    await page.mouse.click(x, y);
    await expect.poll(() => card(page).getAttribute('data-feature')).toBe('line17-12-zhujiajiao');
    const box = (await page.locator('feature-card').boundingBox())!;
    expect(Math.round(box.width)).toBe(360);
    expect(Math.round(box.y + box.height)).toBe(740);
    expect(box.height).toBeLessThan(740 * 0.6);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
  });

  it('keeps working and says what failed when a data file cannot be loaded', async () => {
    const failing = '**/belts-*.geojson';
    const { page } = await openMap(site.browser, site.url, {
      route: async (page) => {
        await page.route(failing, (route) => route.fulfill({ status: 500, body: 'down' }));
      },
      // The browser reports the failed request, and MapLibre the source it could not load.
      expectedErrors: [/status of 500/, /AJAXError.*500/],
    });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.innerText()).toContain('belts: HTTP 500');
    await waitForIdle(page);
    const belts = new Set(drawnGeoFiles().find((f) => f.file === 'belts.geojson')!.features.map((f) => String(f.properties!.id)));
    const drawn = await drawnFeatures(page);
    // The rest of the map is drawn; no layer draws any belt.
    expect(drawn.filter((d) => d.source === 'trunk-stations').length).toBeGreaterThan(0);
    expect(drawn.filter((d) => belts.has(d.id))).toEqual([]);
    // The belts' layers are there and shown: once the file loads, they draw every belt.
    await page.unroute(failing);
    await page.evaluate(() => {
      const map = (window.mapShell().controller as MapController).map;
      const belts = map.getStyle().layers.filter((l) => 'source' in l && l.source === 'belts');
      if (belts.length === 0 || belts.some((l) => l.layout?.visibility === 'none')) throw new Error('belt layers missing or hidden');
      const source = map.getSource('belts') as unknown as { setData(url: string): void };
      const data = (map.getStyle().sources.belts as { data?: unknown }).data;
      const url = typeof data === 'string' ? data : performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/belts-[\w-]+\.geojson$/.test(n));
      if (!url) throw new Error('no URL for belts');
      source.setData(url);
    });
    await expect
      .poll(async () => new Set((await drawnFeatures(page)).filter((d) => belts.has(d.id)).map((d) => d.id)).size, { timeout: 10_000 })
      .toBe(belts.size);
  });
});

interface ParkSeed {
  id: string;
  name_zh: string;
  name_en: string;
  summary_en: string;
  focus_zh: string[];
  focus_en: (string | null)[];
  firms: { zh: string; en: string | null }[];
}

function parkSeed(id: string): ParkSeed {
  const { records } = JSON.parse(readFileSync('seeds/base-parks.json', 'utf8')) as { records: ParkSeed[] };
  return records.find((r) => r.id === id)!;
}

/** The document numbers seeds/sources.json gives (青府办发〔2022〕9号): shown as the plan writes them. */
const DOC_NUMBERS: string[] = (
  JSON.parse(readFileSync('seeds/sources.json', 'utf8')) as { documents: { doc_number: string | null }[] }
).documents.flatMap((d) => (d.doc_number ? [d.doc_number] : []));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every piece of text a visitor can see, through shadow roots, with the language it is marked as. */
function visibleTexts(page: Page): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; lang: string }[] = [];
    const walk = (node: Node, lang: string) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        const text = node.textContent!.trim();
        if (text && parent?.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) out.push({ text, lang });
        return;
      }
      const element = node instanceof Element ? node : null;
      if (element && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
      const own = element?.getAttribute('lang') ?? lang;
      if (element?.shadowRoot) walk(element.shadowRoot, own);
      for (const child of node.childNodes) walk(child, own);
    };
    walk(document.body, document.documentElement.lang);
    return out;
  });
}
