import { area, polygon } from '@turf/turf';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusedElement, openMap, useSite, waitForIdle, waitForTrunk } from './harness';
import { storedValue } from './idb';

const site = useSite();

const tool = (page: Page) => page.locator('draw-tool');
const entries = (page: Page, kind: string) => tool(page).locator(`li[data-kind="${kind}"]`);
const areaText = (page: Page) => entries(page, 'polygon').first().locator('dd[data-measure="area"]').innerText();

// One page load and one reload; each arrow step waits for the map to come to rest.
describe('drawing with the keyboard', { timeout: 150_000 }, () => {
  it('draws an area by keyboard alone: a cross on open map, arrows to move, Enter for each vertex, announced in Chinese, measured as Turf does, kept after a reload', async () => {
    const { page } = await openMap(site.browser, site.url);
    await waitForIdle(page);
    /** Where the map puts the cross's middle (page pixels), as lon/lat: where the visitor sees the next vertex go. */
    const underCross = (x: number, y: number) =>
      page.evaluate(([px, py]) => {
        const map = window.mapShell().controller!.map;
        const box = map.getCanvas().getBoundingClientRect();
        return map.unproject([px - box.left, py - box.top]).toArray() as [number, number];
      }, [x, y] as const);
    /** The element on top at a page point, inside the shell: the map's canvas if nothing covers it. */
    const topAt = (x: number, y: number) => page.evaluate(([px, py]) => window.mapShell().shadowRoot!.elementFromPoint(px, py)?.tagName, [x, y] as const);
    const settled = () => page.waitForFunction(() => !window.mapShell().controller!.map.isMoving());
    const announced = () => tool(page).locator('live-announcer [role="status"]').innerText();
    // The standalone page keeps its drawings under its path.
    const storedCount = async () => ((await storedValue(page, 'trunk-map:drawings:/')) as { features: unknown[] }).features.length;

    // The tool and its Area mode, chosen with Enter on their buttons.
    await page.locator('app-shell button.panel-toggle[data-panel="draw"]').focus();
    await page.keyboard.press('Enter');
    const polygonMode = tool(page).locator('button[data-mode="polygon"]');
    await expect.poll(() => polygonMode.isEnabled(), { timeout: 20_000 }).toBe(true);
    await polygonMode.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => polygonMode.getAttribute('aria-pressed')).toBe('true');
    expect(await tool(page).locator('.keyboard-help summary').innerText()).toBe('用键盘绘制');

    const canvas = page.locator('canvas.maplibregl-canvas');
    const crosshair = page.locator('map-crosshair');
    expect(await crosshair.isVisible()).toBe(false);
    await canvas.focus();
    // The cross is for the eye only, on open map: the tool covers the map's centre, so it stands beside the tool.
    await expect.poll(() => crosshair.isVisible()).toBe(true);
    expect(await crosshair.getAttribute('aria-hidden')).toBe('true');
    const [cross, map, panel] = [(await crosshair.boundingBox())!, (await canvas.boundingBox())!, (await tool(page).locator('section').boundingBox())!];
    const [crossX, crossY] = [cross.x + cross.width / 2, cross.y + cross.height / 2];
    expect(await topAt(crossX, crossY)).toBe('CANVAS');
    expect(crossX).toBeGreaterThan(panel.x + panel.width);
    expect(crossX).toBeLessThan(map.x + map.width);

    // A vertex, then two arrow steps and a vertex, round a quadrilateral.
    const ring: [number, number][] = [];
    for (const steps of [[], ['ArrowRight', 'ArrowRight'], ['ArrowDown', 'ArrowDown'], ['ArrowLeft']]) {
      for (const key of steps) {
        await page.keyboard.press(key);
        await settled();
      }
      ring.push(await underCross(crossX, crossY));
      await page.keyboard.press('Enter');
    }
    // The shape so far is drawn on the map: its four vertices.
    const sketchVertices = () => page.evaluate(() => window.mapShell().controller!.map.queryRenderedFeatures({ layers: ['keyboard-sketch-vertex'] }).length);
    await expect.poll(() => sketchVertices()).toBe(4);
    await expect.poll(() => announced()).toMatch(/^已放置第 4 个顶点。 面积 [\d.,]+ (平方米|平方公里)，[\d.,]+ 公顷，[\d.,]+ 亩。$/);
    // Enter again where the last vertex is closes the area.
    await page.keyboard.press('Enter');
    await expect.poll(() => entries(page, 'polygon').count()).toBe(1);
    await expect.poll(() => entries(page, 'polygon').first().innerText()).not.toContain('绘制中');
    await expect.poll(() => announced()).toMatch(/^面已完成：面积 /);
    expect(await focusedElement(page), 'focus stays on the map').toMatchObject({ tag: 'CANVAS' });
    await expect.poll(() => sketchVertices()).toBe(0);

    const expectedKm2 = area(polygon([[...ring, ring[0]]])) / 1e6;
    const text = await areaText(page);
    expect(text).toMatch(/^[\d.,]+ 平方公里 · [\d.,]+ 公顷 · [\d.,]+ 亩$/);
    const [km2, , mu] = text.split(' · ').map((part) => Number(part.replace(/[^\d.]/g, '')));
    expect(Math.abs(km2 - expectedKm2)).toBeLessThanOrEqual(0.0005 + expectedKm2 * 1e-4);
    // 1 平方公里 = 1,500 亩.
    expect(Math.abs(mu - expectedKm2 * 1500)).toBeLessThanOrEqual(0.5 + expectedKm2 * 0.15);
    expect(await announced()).toContain(text.split(' · ')[0]);
    // Undone and redone like any drawing.
    await page.keyboard.press('Control+z');
    await expect.poll(() => entries(page, 'polygon').count()).toBe(0);
    await expect.poll(() => storedCount()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => entries(page, 'polygon').count()).toBe(1);

    // Kept in this browser like a drawing made with the mouse, once the redo is written.
    await expect.poll(() => storedCount()).toBe(1);
    await page.reload();
    await waitForTrunk(page);
    await expect.poll(() => entries(page, 'polygon').count(), { timeout: 20_000 }).toBe(1);
    expect(await areaText(page)).toBe(text);
  });
});
