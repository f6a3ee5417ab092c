import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EN } from '../../src/i18n/en';
import { readCollection } from './geo-fixtures';
import { focusedElement, openMap, useSite, viewBounds, waitForIdle } from './harness';

const site = useSite();

const view = (page: Page) =>
  page.evaluate(() => {
    const map = window.mapShell().controller!.map;
    return { lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom(), moving: map.isMoving() };
  });
const announced = (page: Page) => page.locator('live-announcer [role="status"]').innerText();
const stations = readCollection('trunk-stations.geojson').features.filter((f) => f.properties!.kind === 'line17_station');

describe('the map on the keyboard', () => {
  it('takes focus; arrows pan, + zooms in, N and P select features in view, each announced', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { shared: true });
    await waitForIdle(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.focus();
    expect(await focusedElement(page)).toMatchObject({ tag: 'CANVAS' });

    const before = await view(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !window.mapShell().controller!.map.isMoving());
    expect((await view(page)).lng).toBeGreaterThan(before.lng);
    await page.keyboard.press('Equal');
    await page.waitForFunction(() => !window.mapShell().controller!.map.isMoving());
    expect((await view(page)).zoom).toBeGreaterThan(before.zoom);
    await waitForIdle(page);

    await page.keyboard.press('n');
    const card = page.locator('feature-card section[data-feature]');
    await expect.poll(() => card.count()).toBe(1);
    const first = await card.getAttribute('data-feature');
    const inView = await page.evaluate(() => window.mapShell().controller!.visibleFeatures().map((ref) => ref.id));
    expect(inView).toContain(first);
    expect(await focusedElement(page), 'focus stays on the map').toMatchObject({ tag: 'CANVAS' });
    const name = await card.locator('h2').innerText();
    await expect.poll(() => announced(page), { timeout: 10_000 }).toContain(`Selected: ${name}.`);

    await page.keyboard.press('n');
    await expect.poll(() => card.getAttribute('data-feature')).not.toBe(first);
    await page.keyboard.press('p');
    await expect.poll(() => card.getAttribute('data-feature')).toBe(first);
  });

  it('lists the features in view, every Line 17 station inside the view among them, and follows a move', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en&view=121.2,31.18,12`, { shared: true });
    await waitForIdle(page);
    await page.getByRole('button', { name: EN['InView.open'], exact: true }).click();
    const list = page.locator('features-in-view feature-list');
    await list.locator('button').first().waitFor();
    const listed = async () => list.locator('button[data-feature]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.feature!));

    const expectStationsOfView = async () => {
      const [west, south, east, north] = await viewBounds(page);
      // Stations well inside the view (their dots are drawn whole), from geo/ on disk.
      const margin = (east - west) * 0.03;
      const inside = stations
        .filter((f) => {
          const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates;
          return lng > west + margin && lng < east - margin && lat > south + margin && lat < north - margin;
        })
        .map((f) => f.properties!.id as string);
      expect(inside.length, 'the view shows some stations').toBeGreaterThan(0);
      await expect.poll(listed).toEqual(expect.arrayContaining(inside));
      const outside = stations.map((f) => f.properties!.id as string).filter((id) => !inside.includes(id));
      const shown = await listed();
      return { inside, shownOutside: outside.filter((id) => shown.includes(id)) };
    };
    const here = await expectStationsOfView();

    await page.evaluate(() => window.mapShell().controller!.map.jumpTo({ center: [121.05, 31.12], zoom: 12 }));
    await waitForIdle(page);
    const there = await expectStationsOfView();
    expect(there.inside).not.toEqual(here.inside);

    // Focusing a row highlights its feature on the map; Enter opens its card.
    const row = list.locator(`button[data-feature="${there.inside[0]}"]`);
    await row.focus();
    const hovered = await page.evaluate(
      (id) => window.mapShell().controller!.map.getFeatureState({ source: 'trunk-stations', id }).highlighted,
      there.inside[0],
    );
    expect(hovered).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('feature-card section').getAttribute('data-feature')).toBe(there.inside[0]);
  });

  it('jumps instead of flying when the visitor prefers reduced motion', async () => {
    const { page } = await openMap(site.browser, site.url, { motion: 'no-preference' });
    await waitForIdle(page);
    // From a view away from the park, so that showing it has to move the map.
    const showAndLook = () =>
      page.evaluate(() => {
        const map = window.mapShell().controller!.map;
        map.jumpTo({ center: [121.1, 31.1], zoom: 10 });
        window.mapShell().showFeature('park-cross-border-ecommerce');
        return map.isMoving();
      });
    // Precondition: without the preference the map flies.
    expect(await showAndLook()).toBe(true);
    await waitForIdle(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await showAndLook()).toBe(false);
  });
});
