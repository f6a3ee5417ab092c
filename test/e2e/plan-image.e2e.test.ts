import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe';
import { cspViolations, serveUnderCsp } from './csp';
import { WIDE, openMap, useSite, waitForIdle, waitForMap } from './harness';
import { storedKeys, storedValue } from './idb';
import { pixelAt } from './tile-stand-ins';

const site = useSite();

/** A colour our map never draws: where it shows, the plan image is drawn. */
const MAGENTA = [255, 0, 255] as const;

/** A small plan image: 32 × 32 pixels of MAGENTA, as a PNG file's bytes. */
function planPng(): Buffer {
  const png = new PNG({ width: 32, height: 32 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...MAGENTA, 255], i);
  return PNG.sync.write(png);
}

const control = (page: Page) => page.locator('plan-image-control');
const isMagenta = (colour: readonly number[]) => colour.every((channel, i) => Math.abs(channel - MAGENTA[i]) <= 3);

/** The corners the tool shows, as [lon, lat] numbers. */
const shownCorners = (page: Page) =>
  control(page)
    .locator('fieldset')
    .evaluateAll((sets) => sets.map((set) => [...set.querySelectorAll('input')].map((input) => Number((input as HTMLInputElement).value))));

/** Where the map places a point of its container (CSS pixels), as lon/lat. */
const lngLatAt = (page: Page, x: number, y: number) =>
  page.evaluate(([px, py]) => window.mapShell().controller!.map.unproject([px, py]).toArray() as [number, number], [x, y]);

/** Where the standalone page keeps its plan image (its storage scope is the page's path). */
const KEPT_KEY = 'trunk-map:plan-image:/';
/** The corners and opacity kept in this browser, the corners to the tool's 6 decimals. */
const keptPlacement = (page: Page) =>
  storedValue(page, KEPT_KEY).then((value) => {
    const kept = value as { corners: number[][]; opacity: number } | undefined;
    return kept && { corners: kept.corners.map((corner) => corner.map((degrees) => Number(degrees.toFixed(6)))), opacity: kept.opacity };
  });

/** The plan image the map draws once what it keeps is restored: its corners as drawn, or null. */
const drawnPlanImage = (page: Page) =>
  page.evaluate(async () => {
    const controller = window.mapShell().controller!;
    await controller.planImage();
    const source = controller.map.getSource('plan-image') as unknown as { coordinates: number[][] } | undefined;
    return source ? source.coordinates : null;
  });

/** Screen points (page pixels) at fractions of the map's width and height. */
async function mapPoints(page: Page, fractions: [number, number][]) {
  const box = (await page.locator('#map').boundingBox())!;
  return fractions.map(([fx, fy]) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy }));
}

describe('the plan image in the Draw tool', () => {
  it('lays a PNG over the middle of the view, fades it, moves its corners by handle and by typing, keeps it across a reload until removed, under the strict CSP', { timeout: 150_000 }, async () => {
    // Labels hidden, so that none lies over the pixels read.
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=draw&hide=places,park-points,pillars,line17,dz-line,g50`, {
      viewport: WIDE,
      route: serveUnderCsp(site.url, 'header'),
      until: waitForMap,
    });
    // Folded away until wanted, so the tool leaves the map in view.
    await page.locator('draw-tool details.plan-image summary').click();
    await expect.poll(() => control(page).locator('input[type="file"]').isEnabled(), { timeout: 20_000 }).toBe(true);
    await control(page).locator('input[type="file"]').setInputFiles({ name: 'plan.png', mimeType: 'image/png', buffer: planPng() });
    await expect.poll(() => control(page).locator('fieldset').count(), { timeout: 20_000 }).toBe(4);

    // A box over the middle half of the map: corners where the map has its quarter points.
    const box = (await page.locator('#map').boundingBox())!;
    const quarter = [[0.25, 0.25], [0.75, 0.25], [0.75, 0.75], [0.25, 0.75]] as const;
    const expected = await Promise.all(quarter.map(([fx, fy]) => lngLatAt(page, box.width * fx, box.height * fy)));
    const corners = await shownCorners(page);
    corners.forEach(([lon, lat], i) => {
      expect(Math.abs(lon - expected[i][0])).toBeLessThan(2e-6);
      expect(Math.abs(lat - expected[i][1])).toBeLessThan(2e-6);
    });
    expect(await control(page).locator('output').innerText()).toBe('60 %');
    // The controls pass axe-core.
    await expectNoSeriousAxeViolations(page);

    // Opaque: the image covers the box and nothing outside it. Invisible at 0. (The tool covers the map's left middle.)
    await control(page).locator('input[type="range"]').fill('100');
    await expect.poll(() => control(page).locator('output').innerText()).toBe('100 %');
    await waitForIdle(page);
    const inside = await mapPoints(page, [[0.65, 0.3], [0.7, 0.5], [0.72, 0.72], [0.62, 0.6]]);
    const outside = await mapPoints(page, [[0.8, 0.5], [0.7, 0.2], [0.7, 0.8], [0.9, 0.3]]);
    await expect.poll(async () => (await Promise.all(inside.map((p) => pixelAt(page, p)))).filter(isMagenta).length, { timeout: 10_000 }).toBe(4);
    expect((await Promise.all(outside.map((p) => pixelAt(page, p)))).filter(isMagenta)).toEqual([]);
    await control(page).locator('input[type="range"]').fill('0');
    await waitForIdle(page);
    expect((await Promise.all(inside.map((p) => pixelAt(page, p)))).filter(isMagenta)).toEqual([]);
    await control(page).locator('input[type="range"]').fill('100');

    // Dragging the top-right handle moves that corner to where it is dropped.
    // The handle is drawn on the map at the corner, where the pointer grabs it.
    const topRight = (await shownCorners(page))[1];
    const handleAt = await page.evaluate((corner) => {
      const map = window.mapShell().controller!.map;
      const point = map.project(corner as [number, number]);
      return { point: [point.x, point.y], drawn: map.queryRenderedFeatures(point, { layers: ['plan-image-handles'] }).map((f) => f.properties.corner) };
    }, topRight);
    expect(handleAt.drawn).toEqual([1]);
    const from = { x: box.x + handleAt.point[0], y: box.y + handleAt.point[1] };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y - 40, { steps: 8 });
    await page.mouse.up();
    const dropped = await lngLatAt(page, from.x + 60 - box.x, from.y - 40 - box.y);
    await expect.poll(async () => Math.abs((await shownCorners(page))[1][0] - dropped[0])).toBeLessThan(0.0002);
    expect(Math.abs((await shownCorners(page))[1][1] - dropped[1])).toBeLessThan(0.0002);
    await waitForIdle(page);
    // The image now reaches where the handle went: just inside the new corner, outside the old box.
    expect(await pixelAt(page, { x: from.x + 30, y: from.y - 10 })).toEqual([...MAGENTA]);

    // Typing a corner moves it too: the bottom-right corner further east.
    const eastern = expected[2][0] + 0.01;
    const lonInput = control(page).locator('fieldset[data-corner="2"] input[data-axis="0"]');
    await lonInput.fill(eastern.toFixed(6));
    await lonInput.press('Enter');
    await lonInput.blur();
    const placed = await page.evaluate(() => (window.mapShell().controller!.map.getSource('plan-image') as unknown as { coordinates: number[][] }).coordinates);
    expect(placed[2][0]).toBeCloseTo(eastern, 6);

    // Kept in this browser: a reload with the Draw tool closed lays it over the map again, with its
    // corners and opacity, without loading the tool.
    const kept = await shownCorners(page);
    await expect.poll(() => keptPlacement(page)).toEqual({ corners: kept, opacity: 1 });
    const withoutTool = new URL(page.url());
    withoutTool.searchParams.delete('panel');
    await page.goto(withoutTool.href);
    await waitForMap(page);
    const restored = await drawnPlanImage(page);
    restored!.forEach(([lon, lat], i) => {
      expect(lon).toBeCloseTo(kept[i][0], 6);
      expect(lat).toBeCloseTo(kept[i][1], 6);
    });
    await waitForIdle(page);
    await expect.poll(async () => (await Promise.all(inside.map((p) => pixelAt(page, p)))).filter(isMagenta).length, { timeout: 10_000 }).toBe(4);
    expect((await Promise.all(outside.slice(2).map((p) => pixelAt(page, p)))).filter(isMagenta)).toEqual([]);
    expect(await page.evaluate(() => customElements.get('draw-tool'))).toBeUndefined();

    // The tool, opened, shows it as kept, and Remove forgets it: reloaded, the map draws none.
    await page.locator('button.panel-toggle[data-panel="draw"]').click();
    await page.locator('draw-tool details.plan-image summary').click();
    await expect.poll(() => shownCorners(page), { timeout: 20_000 }).toEqual(kept);
    expect(await control(page).locator('output').innerText()).toBe('100 %');
    await control(page).locator('button[data-action="remove-image"]').click();
    expect(await page.evaluate(() => window.mapShell().controller!.map.getSource('plan-image'))).toBeUndefined();
    await expect.poll(() => storedKeys(page)).not.toContain(KEPT_KEY);
    expect(await cspViolations(page)).toEqual([]);
    // With nothing kept, the map starts without loading the plan image's code.
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.goto(withoutTool.href);
    await waitForMap(page);
    // Asked again once the map's own look-up has answered: IndexedDB answers in order.
    await page.evaluate(() => window.mapShell().controller!.showKeptPlanImage());
    expect(scripts.filter((path) => /\/plan-image-db-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(scripts.filter((path) => /\/(kept-)?plan-image-(?!db-)[\w-]+\.js$/.test(path))).toEqual([]);
    expect(await drawnPlanImage(page)).toBeNull();
    expect(await cspViolations(page)).toEqual([]);
  });
});
