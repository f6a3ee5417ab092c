import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapController } from '../../src/map/map-controller';
import { CJK } from '../../src/testing/real-data';
import { geoFeature } from './geo-fixtures';
import { jumpTo, openMap, screenPoint, useSite } from './harness';

const site = useSite();
/** Loading the worker takes a while on a loaded machine: nothing here is timed. */
const patiently = { timeout: 45_000 };

const stationAt = (id: string) => (geoFeature('trunk-stations.geojson', id) as Feature<Point>).geometry.coordinates as [number, number];
const HONGQIAO = stationAt('line17-01-hongqiao-railway-station');
const ZHAOXIANG = stationAt('line17-07-zhaoxiang');
const tool = (page: Page) => page.locator('chainage-tool');
const field = (page: Page, name: string) => tool(page).locator(`dd.${name}`).innerText();
/** "12.34 km" or "850 m" (or 公里/米) in metres. */
const metres = (text: string) => {
  const match = /(-?[\d,.]+)\s*(km|m|公里|米)/.exec(text);
  if (!match) throw new Error(`no distance in ${JSON.stringify(text)}`);
  return Number(match[1]!.replace(/,/g, '')) * (match[2] === 'km' || match[2] === '公里' ? 1000 : 1);
};
const overlayTypes = (page: Page) =>
  page.evaluate(async () => {
    const source = (window.mapShell().controller as MapController).map.getSource<GeoJSONSource>('analysis-overlay');
    const data = source ? ((await source.getData()) as FeatureCollection) : { features: [] };
    return data.features.map((f) => f.geometry.type).sort();
  });

describe('chainage', () => {
  it('en: at the map centre on 赵巷 station, says how far along the trunk it is, its station and its distance to the trunk', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { shared: true });
    await page.getByRole('button', { name: 'Chainage', exact: true }).click();
    await jumpTo(page, ZHAOXIANG, 13);
    await tool(page).getByRole('button', { name: 'Measure at the map centre' }).click();
    await expect.poll(() => tool(page).locator('dl').count(), patiently).toBe(1);
    const along = await field(page, 'along');
    expect(along).toMatch(/^[\d.]+ km \(measured on the track of Shanghai Metro Line 17, \d+ m from it\)$/);
    // Along the track is at least the straight line from the first station, and not much more here.
    const straight = distance(HONGQIAO, ZHAOXIANG, { units: 'meters' });
    expect(metres(along)).toBeGreaterThanOrEqual(straight - 30);
    expect(metres(along)).toBeLessThan(straight * 1.2);
    expect(await field(page, 'station')).toMatch(/^Zhaoxiang · \d+ m$/);
    expect(metres(await field(page, 'station'))).toBeLessThan(5);
    // A surveyed station lies within 30 m of the surveyed track (check:geo).
    expect(await field(page, 'trunk')).toMatch(/^\d+ m to Shanghai Metro Line 17$/);
    expect(metres(await field(page, 'trunk'))).toBeLessThanOrEqual(30);
    expect(await tool(page).locator('dt').first().innerText()).toBe('Point (WGS-84)');
    expect(await tool(page).locator('dt').nth(1).innerText()).toBe('Along the trunk from Hongqiao Railway Station');
    expect((await tool(page).locator('section').innerText()).match(new RegExp(CJK.source, 'g'))).toBeNull();
    await expect.poll(() => overlayTypes(page), patiently).toEqual(['LineString', 'LineString', 'Point']);
  });

  it('zh: a point picked on the map, on a station, measures there and opens no card; 虹桥火车站 is 0 km', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=zh&panel=chainage`, { shared: true });
    await jumpTo(page, HONGQIAO, 14);
    await tool(page).getByRole('button', { name: '在地图上点选' }).click();
    await expect.poll(() => tool(page).locator('[aria-live]').innerText()).toContain('请点击地图上要量算的位置');
    const { x, y } = await screenPoint(page, HONGQIAO);
    await page.mouse.click(x, y);
    await expect.poll(() => tool(page).locator('dl').count(), patiently).toBe(1);
    expect(await field(page, 'station')).toMatch(/^虹桥火车站 · \d+ 米$/);
    // One pixel at zoom 14 is under 10 m here.
    expect(metres(await field(page, 'station'))).toBeLessThan(20);
    expect(Math.abs(metres(await field(page, 'along')))).toBeLessThan(50);
    expect(await field(page, 'along')).toContain('公里');
    expect(await tool(page).locator('dt').nth(1).innerText()).toBe('自虹桥火车站沿干线');
    expect(await page.evaluate(() => window.mapShell().store.state.selected)).toBeNull();
    expect(await page.locator('feature-card').count()).toBe(0);
  });

  it('Esc stops picking, and a later click chooses features again; Esc once more closes the tool and clears the map', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=chainage`, { shared: true });
    // The station east of the centre, clear of the panel.
    await jumpTo(page, [ZHAOXIANG[0] - 0.04, ZHAOXIANG[1]], 13);
    await tool(page).getByRole('button', { name: 'Measure at the map centre' }).click();
    await expect.poll(() => overlayTypes(page), patiently).toHaveLength(3);
    const pick = tool(page).getByRole('button', { name: 'Pick a point on the map' });
    await pick.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => tool(page).getByRole('button', { name: 'Pick a point on the map' }).getAttribute('aria-pressed')).toBe('false');
    const { x, y } = await screenPoint(page, ZHAOXIANG);
    await page.mouse.click(x, y);
    await expect.poll(() => page.evaluate(() => window.mapShell().store.state.selected)).toBe('line17-07-zhaoxiang');
    // The card opens with focus on its title; the visitor then goes back to the tool.
    const card = page.locator('feature-card section[data-feature]');
    await expect.poll(() => card.getAttribute('data-feature')).toBe('line17-07-zhaoxiang');
    await expect.poll(() => page.evaluate(() => window.mapShell().shadowRoot!.activeElement?.tagName)).toBe('FEATURE-CARD');
    await tool(page).locator('h2').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => tool(page).count()).toBe(0);
    await expect.poll(() => overlayTypes(page)).toEqual([]);
    expect(await card.getAttribute('data-feature')).toBe('line17-07-zhaoxiang');
  });
});
