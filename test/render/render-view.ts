import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { centroid } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { openHeaderMenu, openMap, repaint, screenPoint, waitForIdle, type OpenedPage } from '../e2e/harness';

/** One fixed view of the page, as `views/<name>/view.json` describes it. */
export interface RenderView {
  /** Page size in CSS pixels. */
  viewport: { width: number; height: number };
  lang: 'zh' | 'en';
  /** Where the map looks; the opening view when absent. */
  center?: [number, number];
  zoom?: number;
  /** Legend items (ids of LEGEND_GROUPS items) unchecked through the legend. */
  hidden?: string[];
  /** A feature clicked on the map, so that its card is open. */
  selected?: string;
  /** A panel (id in src/app/panels.ts) opened with its header button, then these keys pressed in it. */
  panel?: string;
  keys?: string[];
  /** A query typed into the header's search, its results left open. */
  search?: string;
  /** What shows once the panel or the results hold what the view is about (a selector, into shadow roots). */
  ready?: string;
  /** false: Chromium without WebGL, where the page lists the features instead of drawing a map. */
  webgl?: boolean;
}

export const VIEWS_DIR = join(import.meta.dirname, 'views');

export function listViews(): { name: string; view: RenderView }[] {
  return readdirSync(VIEWS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      view: JSON.parse(readFileSync(join(VIEWS_DIR, entry.name, 'view.json'), 'utf8')) as RenderView,
    }));
}

/** Where to click to select a feature: a point feature itself, else its centroid. */
function clickTarget(id: string): [number, number] {
  for (const file of readdirSync('geo').filter((f) => f.endsWith('.geojson'))) {
    const collection = JSON.parse(readFileSync(join('geo', file), 'utf8')) as FeatureCollection;
    const feature = collection.features.find((f: Feature) => f.properties?.id === id);
    if (feature) return centroid(feature).geometry.coordinates as [number, number];
  }
  throw new Error(`no feature ${id} in geo/`);
}

/**
 * Opens the page (or takes a shared one back to its opening state) and gets to the view as a
 * visitor would: language chosen with the switch, layers
 * unchecked in the legend, the feature clicked on the map, the panel opened and used by keyboard. Resolves with the
 * page once the map is idle and the card, if any, is shown.
 */
export async function renderView(browser: Browser, url: string, view: RenderView): Promise<OpenedPage> {
  const mapless = view.webgl === false;
  if (mapless && (view.center || view.zoom !== undefined || view.selected || view.hidden?.length)) throw new Error('a view without WebGL has no map to move, click or layer');
  const opened = await openMap(
    browser,
    url,
    // Without a map the page is ready when its list of features shows. With one, views of a size
    // take turns on one page, brought back to its opening state before each (test/e2e/shared-pages.ts).
    mapless
      ? { viewport: view.viewport, until: (page: Page) => page.locator('feature-list button[data-feature]').first().waitFor() }
      : { viewport: view.viewport, shared: true },
  );
  const { page } = opened;
  if (!mapless) await waitForIdle(page);
  // The page opens in Chinese; English is chosen with the switch, as a visitor does.
  if (view.lang === 'en') await page.locator('lang-switch button[data-lang="en"]').click();
  if (view.hidden?.length) {
    const legend = page.locator('layer-legend');
    if (await legend.isHidden()) {
      await openHeaderMenu(page);
      await page.locator('app-shell .legend-toggle').click();
    }
    for (const item of view.hidden) await legend.locator(`label[data-item="${item}"] input`).uncheck();
  }
  if (view.center || view.zoom !== undefined) {
    await page.evaluate(
      ({ center, zoom }) =>
        new Promise<void>((resolve) => {
          const map = window.mapShell().controller!.map;
          map.once('idle', () => resolve());
          map.jumpTo({ ...(center && { center }), ...(zoom !== undefined && { zoom }) });
        }),
      { center: view.center, zoom: view.zoom },
    );
  }
  if (view.selected) {
    const { x, y } = await screenPoint(page, clickTarget(view.selected));
    await page.mouse.click(x, y);
    const card = page.locator('feature-card section[data-feature]');
    await card.waitFor();
    const shown = await card.getAttribute('data-feature');
    if (shown !== view.selected) throw new Error(`clicking ${view.selected} opened ${shown}`);
  }
  if (view.panel) {
    await openHeaderMenu(page);
    await page.locator(`app-shell .panel-toggle[data-panel="${view.panel}"]`).click();
    await page.locator('app-shell .panel-slot > *').waitFor();
    for (const key of view.keys ?? []) await page.keyboard.press(key);
  }
  if (view.search !== undefined) {
    await page.locator('search-box input').click();
    await page.keyboard.type(view.search);
  }
  if (view.ready) await page.locator(view.ready).first().waitFor();
  if (view.panel && !mapless) {
    // Whatever the keys set going (a flight to a tour step) has ended, and its labels have settled.
    await page.waitForFunction(() => !window.mapShell().controller!.map.isMoving());
    await repaint(page);
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A frame drawn after every change above, then idle: `loaded()` can say yes before the map has
  // even started on a change of language, and the labels would be missing from the picture.
  if (!mapless) await repaint(page);
  return opened;
}
