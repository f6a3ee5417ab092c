import { readFile } from 'node:fs/promises';
import { area, centroid, polygon } from '@turf/turf';
import gcoord from 'gcoord';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { geoFeature } from './geo-fixtures';
import { WIDE, openMap, useSite, waitForTrunk } from './harness';
import { storeRaw, storedKeys, storedValue } from './idb';

const site = useSite();

/** Screen points of a quadrilateral in the strip of map between the open tool (left) and the card (right). */
const CORNERS: [number, number][] = [
  [790, 420],
  [895, 435],
  [885, 570],
  [800, 545],
];

const tool = (page: Page) => page.locator('draw-tool');
const entries = (page: Page, kind: string) => tool(page).locator(`li[data-kind="${kind}"]`);
const areaText = (page: Page) => entries(page, 'polygon').first().locator('dd[data-measure="area"]').innerText();

/** Where the page's map puts screen points (relative to the page), as lon/lat: the visitor's clicks. */
function clickedLngLats(page: Page, points: [number, number][]): Promise<[number, number][]> {
  return page.evaluate((pts) => {
    const map = window.mapShell().controller!.map;
    const box = map.getCanvas().getBoundingClientRect();
    return pts.map(([x, y]) => map.unproject([x - box.left, y - box.top]).toArray() as [number, number]);
  }, points);
}

/** The area of the clicked ring, in km², as Turf computes it on the test's side. */
async function clickedAreaKm2(page: Page): Promise<number> {
  const ring = await clickedLngLats(page, CORNERS);
  return area(polygon([[...ring, ring[0]]])) / 1e6;
}

/** The km² figure the tool shows first ("0.123 km² · 12.3 ha · 185 mu"), in English. */
const shownKm2 = (text: string) => Number(/^([\d.,]+) km²/.exec(text)![1].replace(/,/g, ''));

async function openTool(page: Page) {
  await page.locator('app-shell button.panel-toggle[data-panel="draw"]').click();
  // The first open loads terra-draw and the stored drawings.
  await expect.poll(() => tool(page).locator('button[data-mode="polygon"]').isEnabled(), { timeout: 20_000 }).toBe(true);
}

async function drawQuadrilateral(page: Page) {
  await tool(page).locator('button[data-mode="polygon"]').click();
  for (const [x, y] of CORNERS) await page.mouse.click(x, y);
  // Clicking the first vertex again closes the area.
  await page.mouse.click(...CORNERS[0]);
  await expect.poll(() => entries(page, 'polygon').count()).toBe(1);
  // Finished in either language: only then can its name be pressed to select it.
  await expect.poll(() => entries(page, 'polygon').first().locator('button.name').isEnabled()).toBe(true);
}

/** Saves what a tool button downloads: its suggested name and its content. */
async function download(page: Page, button: string): Promise<{ name: string; content: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), tool(page).locator(`button[data-export="${button}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), content: await readFile(path) };
}

// Each test draws with the mouse and waits for the map more than once: more time than one page load.
describe('the drawing tool', { timeout: 150_000 }, () => {
  it('measures an area drawn by clicking the map, live and when closed, as Turf does from the clicked points', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { viewport: WIDE });
    await openTool(page);
    await tool(page).locator('button[data-mode="polygon"]').click();
    for (const [x, y] of CORNERS.slice(0, 3)) await page.mouse.click(x, y);
    // While drawing, the area of the vertices so far (and the pointer) shows at once.
    await expect.poll(() => entries(page, 'polygon').first().innerText()).toContain('being drawn');
    expect(await areaText(page)).toMatch(/^[\d.,]+ (km²|m²) · [\d.,]+ ha · [\d.,]+ mu$/);
    await page.mouse.click(...CORNERS[3]);
    await page.mouse.click(...CORNERS[0]);
    await expect.poll(() => entries(page, 'polygon').first().innerText()).not.toContain('being drawn');

    const expectedKm2 = await clickedAreaKm2(page);
    const text = await areaText(page);
    expect(Math.abs(shownKm2(text) - expectedKm2)).toBeLessThanOrEqual(0.0005 + expectedKm2 * 1e-4);
    // 1 km² = 100 ha = 1,500 mu.
    const [, ha, mu] = text.split(' · ').map((part) => Number(part.replace(/[^\d.]/g, '')));
    expect(ha).toBeCloseTo(expectedKm2 * 100, 1);
    expect(Math.abs(mu - expectedKm2 * 1500)).toBeLessThanOrEqual(0.5 + expectedKm2 * 0.15);
    // No card opened: while drawing, clicks draw instead of choosing plan features.
    expect(await page.locator('feature-card [data-feature]').count()).toBe(0);
  });

  it('shows the same area in Chinese, in 平方公里, 公顷 and 亩', async () => {
    const { page } = await openMap(site.browser, site.url, { viewport: WIDE });
    await openTool(page);
    await drawQuadrilateral(page);
    const expectedKm2 = await clickedAreaKm2(page);
    const text = await areaText(page);
    expect(text).toMatch(/^[\d.,]+ 平方公里 · [\d.,]+ 公顷 · [\d.,]+ 亩$/);
    expect(Number(text.split(' ')[0])).toBeCloseTo(expectedKm2, 2);
    expect(await tool(page).locator('h2').innerText()).toBe('绘图与测量');
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Ctrl+Shift+Z, deletes with Delete, and keeps drawings across a reload', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { viewport: WIDE });
    await openTool(page);
    await drawQuadrilateral(page);
    const drawn = await areaText(page);

    await page.keyboard.press('Control+z');
    await expect.poll(() => entries(page, 'polygon').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => entries(page, 'polygon').count()).toBe(1);
    await tool(page).locator('button[data-action="undo"]').click();
    await expect.poll(() => entries(page, 'polygon').count()).toBe(0);
    await tool(page).locator('button[data-action="redo"]').click();
    await expect.poll(() => entries(page, 'polygon').count()).toBe(1);
    expect(await areaText(page)).toBe(drawn);

    // A point as well, then a reload: both come back from this browser's storage, the tool open from the link.
    await tool(page).locator('button[data-mode="point"]').click();
    await page.mouse.click(840, 650);
    await expect.poll(() => entries(page, 'point').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('panel')).toBe('draw');
    await page.reload();
    await waitForTrunk(page);
    await expect.poll(() => entries(page, 'polygon').count(), { timeout: 20_000 }).toBe(1);
    expect(await entries(page, 'point').count()).toBe(1);
    expect(await areaText(page)).toBe(drawn);

    // Select the area from the list, then Delete removes it (and only it).
    await entries(page, 'polygon').first().locator('button.name').click();
    await expect.poll(() => entries(page, 'polygon').first().locator('button.name').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Delete');
    await expect.poll(() => entries(page, 'polygon').count()).toBe(0);
    expect(await entries(page, 'point').count()).toBe(1);
  });

  it('links an area to a base park: the park’s card shows the traced area and its difference from the plan', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { viewport: WIDE });
    await openTool(page);
    await drawQuadrilateral(page);
    const tracedKm2 = await clickedAreaKm2(page);
    await entries(page, 'polygon').first().locator('select').selectOption('park-smart-biomedicine');

    const card = page.locator('feature-card [data-feature="park-smart-biomedicine"]');
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    const planned = geoFeature('base-parks.geojson', 'park-smart-biomedicine').properties!.planned_area_km2 as number;
    expect(planned).toBe(3.65);
    await expect.poll(() => card.locator('dd[data-traced="area"]').count()).toBe(1);
    // Shown to 0.001 km²: within one unit of that last digit (a value near a rounding boundary may round either way).
    const shownKm2 = Number((await card.locator('dd[data-traced="area"]').innerText()).replace(' km²', ''));
    expect(Math.abs(shownKm2 - tracedKm2)).toBeLessThan(0.001);
    const expectedPct = ((tracedKm2 - planned) / planned) * 100;
    const difference = card.locator('dd[data-traced="difference"]');
    const magnitude = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(Math.abs(expectedPct));
    expect(await difference.innerText()).toBe(`${expectedPct < 0 ? '−' : '+'}${magnitude} %`);
    // At the opening zoom the quadrilateral covers far more than the park: flagged as more than 5 % off.
    expect(Math.abs(expectedPct)).toBeGreaterThan(5);
    expect(await difference.getAttribute('class')).toBe('flagged');
    expect(await card.innerText()).toContain('more than 5 % off the plan');

    // The link is kept with the drawing: after a reload the card still shows the traced area.
    await page.goto(`${site.url}?lang=en&sel=park-smart-biomedicine`);
    await waitForTrunk(page);
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('Traced against planned');
  });

  it('exports the drawings as GeoJSON, KML and CSV, a traced park for geo/, and the view as a PNG, under Chinese file names', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { viewport: WIDE });
    await openTool(page);
    await drawQuadrilateral(page);
    const ring = await clickedLngLats(page, CORNERS);

    const geojson = await download(page, 'geojson');
    expect(geojson.name).toMatch(/^长三角数字干线-绘图-\d{4}-\d{2}-\d{2}\.geojson$/);
    const collection = JSON.parse(geojson.content.toString('utf8')) as FeatureCollection<Polygon>;
    expect(collection.features).toHaveLength(1);
    const [exported] = collection.features;
    expect(exported.properties).toMatchObject({ mode: 'polygon' });
    expect(exported.properties!.area_m2 / 1e6).toBeCloseTo(area(polygon([[...ring, ring[0]]])) / 1e6, 3);
    const vertices = exported.geometry.coordinates[0];
    expect(vertices).toHaveLength(5);
    // The vertices are where the visitor clicked (terra-draw keeps 7 decimals).
    for (const corner of ring) expect(vertices.some(([lng, lat]) => Math.abs(lng - corner[0]) < 1e-6 && Math.abs(lat - corner[1]) < 1e-6)).toBe(true);

    const kml = await download(page, 'kml');
    expect(kml.name).toMatch(/^长三角数字干线-绘图-.*\.kml$/);
    expect(kml.content.toString('utf8')).toContain('<Polygon>');
    const csv = await download(page, 'csv');
    expect(csv.content.toString('utf8').split('\n')[0]).toBe('id,kind,position,lon,lat,wkt,length_m,area_m2,area_mu,park_id,source_file,source_datum,converted_with');
    expect(csv.content.toString('utf8')).toContain('"POLYGON ((');

    await entries(page, 'polygon').first().locator('select').selectOption('park-smart-biomedicine');
    const geo = await download(page, 'geo');
    expect(geo.name).toMatch(/^长三角数字干线-智慧生物医药产业园-geo-.*\.geojson$/);
    const park = JSON.parse(geo.content.toString('utf8'));
    expect(park).toMatchObject({ id: 'park-smart-biomedicine', properties: { id: 'park-smart-biomedicine', kind: 'base_park', accuracy: 'approximate' } });
    expect(park.properties.geometry_source).toMatch(/^Traced by hand on the offline basemap on \d{4}-\d{2}-\d{2}: /);

    const png = await download(page, 'png');
    expect(png.name).toMatch(/^长三角数字干线-地图-.*\.png$/);
    expect(png.content.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.content.readUInt32BE(16), png.content.readUInt32BE(20)];
    // The whole map, with the legend and attribution under it.
    expect(width).toBe(WIDE.width);
    expect(height).toBeGreaterThan(WIDE.height);
  });

  it('reports stored drawings and a kept plan image it cannot read, keeps them aside, and still draws and saves', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { viewport: WIDE });
    // The standalone page keeps its drawings under its path.
    await storeRaw(page, 'trunk-map:drawings:/', '{"not": "drawings"');
    await openTool(page);
    const alert = tool(page).locator('[role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toMatch(/^Drawings could not be saved or read: the stored drawings are not in a form this map reads; kept as “trunk-map:drawings:\/:unreadable:/);
    await drawQuadrilateral(page);
    // A plan image kept as a data: URL, which this map does not read, is met as the map starts: the
    // page says so at once, with the Draw tool closed, in the visitor's language.
    await storeRaw(page, 'trunk-map:plan-image:/', { format: 'trunk-map-plan-image/1', bytes: 'data:image/png;base64,iVBORw0KGgo=' });
    await page.goto(`${site.url}?lang=en`);
    await waitForTrunk(page);
    const notice = page.locator('app-shell .errors[role="alert"] .kept-plan-image');
    await expect
      .poll(() => notice.innerText(), { timeout: 20_000 })
      .toMatch(/^The plan image kept in this browser could not be shown; it is set aside as “trunk-map:plan-image:\/:unreadable:[^”]+”\. Choose the image again under Draw to lay it over the map\.$/);
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await expect.poll(() => notice.innerText()).toMatch(/^本浏览器中保存的规划图无法显示，已另存为“trunk-map:plan-image:\/:unreadable:[^”]+”。请在“绘图”中重新选择图片叠加到地图上。$/);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    // The Draw tool says it from then on.
    await openTool(page);
    expect(await notice.count()).toBe(0);
    await expect.poll(() => entries(page, 'polygon').count(), { timeout: 20_000 }).toBe(1);
    expect((await storedKeys(page)).filter((key) => key.startsWith('trunk-map:drawings:/:unreadable:'))).toHaveLength(1);
    await tool(page).locator('details.plan-image summary').click();
    await expect
      .poll(() => tool(page).locator('plan-image-control [role="alert"]').innerText(), { timeout: 20_000 })
      .toMatch(/^The plan image kept in this browser could not be shown; it is set aside as “trunk-map:plan-image:\/:unreadable:[^”]+”\. Choose the image again to lay it over the map\.$/);
    const keys = await storedKeys(page);
    expect(keys).not.toContain('trunk-map:plan-image:/');
    expect(keys.filter((key) => key.startsWith('trunk-map:plan-image:/:unreadable:'))).toHaveLength(1);
    expect(await page.evaluate(() => window.mapShell().controller!.map.getSource('plan-image'))).toBeUndefined();
  });

  it('reads the drawings every map shared before each had its own key: shows those it can, reports one terra-draw refuses, and keeps it stored', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { viewport: WIDE });
    const good = { type: 'Feature', id: 'a4d4b1d2-0000-4000-8000-000000000001', geometry: { type: 'Point', coordinates: [121.1, 31.15] }, properties: { mode: 'point' } };
    const bad = { type: 'Feature', id: 'a4d4b1d2-0000-4000-8000-000000000002', geometry: { type: 'Polygon', coordinates: [[[121.1, 31.15], [121.2, 31.15], [121.1, 31.15]]] }, properties: { mode: 'polygon' } };
    await storeRaw(page, 'trunk-map:drawings', { format: 'trunk-map-drawings/1', features: [good, bad] });
    await openTool(page);
    await expect.poll(() => entries(page, 'point').count()).toBe(1);
    expect(await entries(page, 'polygon').count()).toBe(0);
    expect(await tool(page).locator('[role="alert"]').innerText()).toMatch(/^1 stored drawing could not be shown \(.+\); it stays stored\.$/);
    // A new drawing is saved beside both.
    await drawQuadrilateral(page);
    await page.reload();
    await waitForTrunk(page);
    await expect.poll(() => entries(page, 'polygon').count(), { timeout: 20_000 }).toBe(1);
    expect(await entries(page, 'point').count()).toBe(1);
    expect(await tool(page).locator('[role="alert"]').innerText()).toContain('1 stored drawing could not be shown');
    // Saved under the page's own key now, all three; what was shared is left as it was.
    const own = (await storedValue(page, 'trunk-map:drawings:/')) as { features: { id: string }[] };
    expect(own.features.map((f) => f.id)).toEqual(expect.arrayContaining([good.id, bad.id]));
    expect(own.features).toHaveLength(3);
    expect(((await storedValue(page, 'trunk-map:drawings')) as { features: unknown[] }).features).toHaveLength(2);
  });

  it('takes an imported AMap (GCJ-02) polygon into the drawings: linked to a park, its card shows the difference; exports say what it came in', async () => {
    // A square of about the park's planned area around its drawn centre, as AMap would give it.
    const park = geoFeature('base-parks.geojson', 'park-smart-biomedicine');
    const [lng, lat] = centroid(park).geometry.coordinates;
    const half = 0.0095;
    const wgs84Ring: Position[] = [[lng - half, lat - half], [lng + half, lat - half], [lng + half, lat + half], [lng - half, lat + half], [lng - half, lat - half]];
    const gcj02Ring = wgs84Ring.map((p) => gcoord.transform<[number, number]>([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02));
    const file = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '地块' }, geometry: { type: 'Polygon', coordinates: [gcj02Ring] } }] };
    // What the map should hold: the file's ring converted back with gcoord, as the test computes it.
    const converted = gcj02Ring.map((p) => gcoord.transform<[number, number]>(p, gcoord.GCJ02, gcoord.WGS84));
    const expectedKm2 = area(polygon([converted])) / 1e6;

    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=import`, { viewport: WIDE });
    const importTool = page.locator('import-tool');
    await importTool.locator('select').selectOption('GCJ02');
    await importTool.locator('input[type="file"]').setInputFiles({ name: 'parcel.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => importTool.locator('.outcome').innerText(), { timeout: 30_000 }).toContain('parcel.geojson: 1 of 1 feature imported.');
    await importTool.getByRole('button', { name: 'Add parcel.geojson to my drawings' }).click();
    await expect.poll(() => importTool.locator('.handed-over').innerText()).toBe('1 drawing added from parcel.geojson: open Draw to link an area to a base park or export it.');

    await openTool(page);
    await expect.poll(() => entries(page, 'polygon').count(), { timeout: 20_000 }).toBe(1);
    const entry = entries(page, 'polygon').first();
    expect(await entry.locator('.source').innerText()).toBe('Imported from parcel.geojson: came in as GCJ-02, converted to WGS-84 with gcoord.');
    expect(shownKm2(await areaText(page))).toBeCloseTo(expectedKm2, 3);

    await entry.locator('select').selectOption('park-smart-biomedicine');
    const card = page.locator('feature-card [data-feature="park-smart-biomedicine"]');
    await expect.poll(() => card.locator('dd[data-traced="difference"]').count(), { timeout: 20_000 }).toBe(1);
    const planned = park.properties!.planned_area_km2 as number;
    const expectedPct = ((expectedKm2 - planned) / planned) * 100;
    const magnitude = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(Math.abs(expectedPct));
    expect(await card.locator('dd[data-traced="difference"]').innerText()).toBe(`${expectedPct < 0 ? '−' : '+'}${magnitude} %`);
    expect(Number((await card.locator('dd[data-traced="area"]').innerText()).replace(' km²', ''))).toBeCloseTo(expectedKm2, 3);

    const geojson = JSON.parse((await download(page, 'geojson')).content.toString('utf8')) as FeatureCollection<Polygon>;
    expect(geojson.features).toHaveLength(1);
    const [exported] = geojson.features;
    expect(exported.properties).toMatchObject({ mode: 'polygon', park_id: 'park-smart-biomedicine', source_file: 'parcel.geojson', source_datum: 'GCJ-02', converted_with: 'gcoord' });
    // Exported in WGS-84: where gcoord puts the file's corners, to the drawing's 7 decimals.
    exported.geometry.coordinates[0].forEach(([x, y], i) => {
      expect(Math.abs(x - converted[i][0])).toBeLessThan(1e-6);
      expect(Math.abs(y - converted[i][1])).toBeLessThan(1e-6);
    });
    const csv = (await download(page, 'csv')).content.toString('utf8').split('\n');
    expect(csv[0]).toBe('id,kind,position,lon,lat,wkt,length_m,area_m2,area_mu,park_id,source_file,source_datum,converted_with');
    expect(csv[1]).toMatch(/,park-smart-biomedicine,parcel\.geojson,GCJ-02,gcoord$/);
    expect((await download(page, 'kml')).content.toString('utf8')).toMatch(/<Data name="source_datum"><value>GCJ-02<\/value><\/Data>/);
    // As the park's geo/ feature, it says it was imported, from what, rather than traced.
    const geo = JSON.parse((await download(page, 'geo')).content.toString('utf8'));
    expect(geo.properties.geometry_source).toMatch(/^Imported from parcel\.geojson \(GCJ-02, converted to WGS-84 with gcoord\) on \d{4}-\d{2}-\d{2}: /);
  });
});
