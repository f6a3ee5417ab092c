import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon, buffer, circle, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapController } from '../../src/map/map-controller';
import { CJK } from '../../src/testing/real-data';
import { drawnGeoFiles, geoFeature } from './geo-fixtures';
import { openMap, useSite } from './harness';

const site = useSite();
/** Loading the worker and clipping take a while on a loaded machine: nothing here is timed. */
const patiently = { timeout: 45_000 };

type Props = { id: string; name_zh: string; name_en: string; kind: string; seq?: number; component?: string };
const features = (file: string) => drawnGeoFiles().find((f) => f.file === file)!.features as Feature<Point | Polygon, Props>[];
const line17Stations = () => features('trunk-stations.geojson').filter((f) => f.properties.kind === 'line17_station');
const parksAndPillars = () => [...features('base-parks.geojson'), ...features('pillars.geojson')];

interface Expected {
  id: string;
  name_en: string;
  name_zh: string;
  /** null for a park drawn as a point */
  insideKm2: number | null;
  insidePct: number | null;
}

/** What lies inside a buffer, computed here with Turf alone (its own union and intersection). */
function expectedInside(shape: Feature<Polygon | MultiPolygon>): Expected[] {
  return parksAndPillars().flatMap((f): Expected[] => {
    const { id, name_en, name_zh } = f.properties;
    if (f.geometry.type === 'Point') return booleanPointInPolygon(f.geometry.coordinates, shape) ? [{ id, name_en, name_zh, insideKm2: null, insidePct: null }] : [];
    const shared = intersect(featureCollection([shape, f as Feature<Polygon>]));
    if (!shared) return [];
    const insideKm2 = area(shared) / 1e6;
    return [{ id, name_en, name_zh, insideKm2, insidePct: (100 * insideKm2) / (area(f) / 1e6) }];
  });
}

const stationCatchment = (radiusM: number) =>
  union(featureCollection(line17Stations().map((s) => circle(s.geometry.coordinates as Position, radiusM / 1000, { steps: 64, units: 'kilometers' }))))!;

interface TableRow {
  id: string;
  name: string;
  cells: string[];
}

const tool = (page: Page) => page.locator('nearby-tool');
const tableRows = (page: Page): Promise<TableRow[]> =>
  tool(page)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        id: row.getAttribute('data-feature')!,
        name: row.querySelector('th')!.textContent!.trim(),
        cells: [...row.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      })),
    );
/** Waits for the first table row; if none comes, the failure says what the tool shows instead. */
async function tableShown(page: Page) {
  try {
    await tool(page).locator('tbody tr').first().waitFor({ timeout: patiently.timeout });
  } catch (error) {
    throw new Error(`no table row; the tool shows: ${await tool(page).innerText().catch(() => '(no tool)')}`, { cause: error });
  }
}
const number = (text: string) => Number(text.replace(/[,%]/g, ''));

/** The table agrees with the Turf computation: same parks and pillars, km² and % to the shown precision. */
function expectTableMatches(rows: TableRow[], expected: Expected[], lang: 'zh' | 'en') {
  expect(rows.map((r) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
  for (const row of rows) {
    const want = expected.find((e) => e.id === row.id)!;
    expect(row.name).toBe(lang === 'zh' ? want.name_zh : want.name_en);
    if (want.insideKm2 === null) {
      expect(row.cells.at(-1)).toBe(lang === 'zh' ? '点位在范围内（无面积）' : 'point inside (no area)');
      continue;
    }
    // Shown to 0.01 km² and 0.1 %; the two clipping libraries agree far closer than that.
    expect(Math.abs(number(row.cells[1]!) - want.insideKm2)).toBeLessThanOrEqual(0.006 + want.insideKm2 * 0.002);
    expect(Math.abs(number(row.cells[2]!) - want.insidePct!)).toBeLessThanOrEqual(0.06 + want.insidePct! * 0.002);
  }
}

const state = (page: Page) => page.evaluate(() => window.mapShell().store.state);
const overlayFeatures = (page: Page) =>
  page.evaluate(async () => {
    const source = (window.mapShell().controller as MapController).map.getSource<GeoJSONSource>('analysis-overlay');
    const data = source ? ((await source.getData()) as FeatureCollection<Geometry, { reach_m: number; tabled: boolean }>) : { features: [] };
    return data.features.map((f) => ({ type: f.geometry.type, reach: f.properties.reach_m, tabled: f.properties.tabled }));
  });

describe('the nearby tool', () => {
  it('en: opens from its button with 500/800/1000 m rings drawn, and tables what lies within 800 m of a Line 17 station as Turf computes it', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { shared: true });
    await page.getByRole('button', { name: 'Nearby', exact: true }).click();
    await expect.poll(() => tool(page).locator('caption').textContent(), patiently).toBe('Parks and pillars within 800 m of a Line 17 station');
    const expected = expectedInside(stationCatchment(800));
    expect(expected.length).toBeGreaterThan(0);
    expectTableMatches(await tableRows(page), expected, 'en');
    // The table says its figures come from indicative geometry.
    await expect.poll(() => tool(page).locator('.note').textContent(), patiently).toContain('indicative geometry');
    await expect.poll(async () => (await overlayFeatures(page)).map((f) => f.reach), patiently).toEqual([500, 800, 1000]);
    expect((await overlayFeatures(page)).filter((f) => f.tabled).every((f) => f.reach === 800)).toBe(true);
    const text = await tool(page).locator('section').innerText();
    expect(text.match(new RegExp(CJK.source, 'g')), 'Chinese characters in English mode').toBeNull();
    expect(new URL(page.url()).searchParams.get('panel')).toBe('nearby');
  });

  it('zh: names the parks and pillars in Chinese', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=zh&panel=nearby`, { shared: true });
    await expect.poll(() => tool(page).locator('caption').textContent(), patiently).toBe('17 号线站点 800 米范围内的园区和支柱');
    expectTableMatches(await tableRows(page), expectedInside(stationCatchment(800)), 'zh');
  });

  it('sorts by keyboard, saying how in aria-sort', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=nearby`, { shared: true });
    await expect.poll(async () => (await tableRows(page)).length, patiently).toBeGreaterThan(1);
    const byShare = (await tableRows(page)).map((r) => number(r.cells[2]!)).filter((n) => !Number.isNaN(n));
    expect(byShare).toEqual([...byShare].sort((a, b) => b - a));
    const nameButton = tool(page).locator('th button[data-sort="name"]');
    await nameButton.focus();
    await page.keyboard.press('Enter');
    const names = (await tableRows(page)).map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(await tool(page).locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Space');
    expect((await tableRows(page)).map((r) => r.name)).toEqual([...names].reverse());
    expect(await tool(page).locator('th:has(button[data-sort="name"])').getAttribute('aria-sort')).toBe('descending');
  });

  it('downloads the table as UTF-8 CSV with a byte order mark, Chinese in the name and the cells', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=zh&panel=nearby`, { shared: true });
    await tableShown(page);
    const rows = await tableRows(page);
    const [download] = await Promise.all([page.waitForEvent('download'), tool(page).locator('button.export').click()]);
    expect(download.suggestedFilename()).toBe('干线周边-17-号线站点-800-米范围内的园区和支柱.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('名称,类型,几何精度,示意面积（平方公里）,范围内面积（平方公里）,范围内占比');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(rows.map((r) => r.name));
    for (const [i, row] of rows.entries()) {
      const cells = lines[i + 1]!.split(',');
      expect(cells[2]).toBe('示意');
      // The file keeps a third decimal the table rounds away.
      if (row.cells.length === 3) expect(Math.abs(Number(cells[4]) - number(row.cells[1]!))).toBeLessThanOrEqual(0.0051);
    }
  });

  it('a new ring distance updates rings, table and link; a distance out of range is refused and nothing changes', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=nearby`, { shared: true });
    await tableShown(page);
    const ring = tool(page).locator('input[name="ring-1"]');
    await ring.fill('1500');
    await ring.press('Enter');
    await expect.poll(() => tool(page).locator('caption').textContent(), patiently).toBe('Parks and pillars within 1.5 km of a Line 17 station');
    expectTableMatches(await tableRows(page), expectedInside(stationCatchment(1500)), 'en');
    await expect.poll(() => new URL(page.url()).searchParams.get('near'), patiently).toBe('stations:500,1000,1500:1500');
    await expect.poll(async () => (await overlayFeatures(page)).map((f) => f.reach), patiently).toEqual([500, 1000, 1500]);

    const first = tool(page).locator('input[name="ring-0"]');
    await first.fill('20');
    await first.press('Enter');
    await expect.poll(() => tool(page).locator('#nearby-error').textContent(), patiently).toBe('Enter whole metres from 50 to 5000; the map keeps 500 m.');
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    expect(await first.inputValue()).toBe('20');
    expect((await state(page)).nearby.rings).toEqual([500, 1000, 1500]);
  });

  // Two pages and a Turf buffer of the whole track: longer than most on a loaded machine.
  it('a corridor band along Line 17 tables what lies within 2 km of its track, and its link reopens it', { timeout: 150_000 }, async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=nearby`, { shared: true });
    await tool(page).getByLabel('A trunk line (corridor band)').check();
    await tool(page).locator('select[name="corridor-of"]').selectOption('line17');
    await expect.poll(() => tool(page).locator('caption').textContent(), patiently).toBe('Parks and pillars within 2 km of Shanghai Metro Line 17');
    const track = geoFeature('trunk-lines.geojson', 'trunk-line17');
    const band = buffer(track, 2, { units: 'kilometers' }) as Feature<Polygon | MultiPolygon>;
    const expected = expectedInside(band);
    const rows = await tableRows(page);
    expectTableMatches(rows, expected, 'en');
    await expect.poll(() => new URL(page.url()).searchParams.get('near'), patiently).toBe('corridor:line17:2');

    const again = await openMap(site.browser, page.url());
    await expect.poll(() => tool(again.page).locator('caption').textContent(), patiently).toBe('Parks and pillars within 2 km of Shanghai Metro Line 17');
    expect((await tableRows(again.page)).map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it('a row in focus is highlighted on the map; Enter opens its card', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=nearby`, { shared: true });
    await tableShown(page);
    const row = tool(page).locator('tbody tr').first();
    const id = (await row.getAttribute('data-feature'))!;
    const source = id.startsWith('park-') ? 'base-parks' : 'pillars';
    const highlighted = () => page.evaluate(([source, id]) => (window.mapShell().controller as MapController).map.getFeatureState({ source, id }).highlighted ?? false, [source, id]);
    await row.focus();
    await expect.poll(highlighted, patiently).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(highlighted, patiently).toBe(false);
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await state(page)).selected, patiently).toBe(id);
  });

  it('closing the tool clears its shapes from the map', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=nearby`, { shared: true });
    await expect.poll(async () => (await overlayFeatures(page)).length, patiently).toBeGreaterThan(0);
    await tool(page).getByRole('button', { name: 'Close the nearby tool' }).click();
    await expect.poll(async () => (await overlayFeatures(page)).length, patiently).toBe(0);
    expect((await state(page)).panel).toBeNull();
  });
});
