import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AppShell } from '../../src/app/app-shell';
import type { RuntimeConfig } from '../../src/app/basemap-config';
import type { MapController } from '../../src/map/map-controller';
import { CHROMIUM, CHROMIUM_ARGS, LLVMPIPE_CHROMIUM_ARGS } from '../chromium';
import { forgetSharedPagesOf, openSharedMap, releaseSharedPage } from './shared-pages';


/** Serves the production build (dist/) on a free localhost port. */
export async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

/** Chromium with WebGL switched off, as some locked-down or old machines have it. */
export function launchChromiumWithoutWebgl(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] });
}

/**
 * Chromium as every page of the e2e and render tiers gets it: WebGL and compositing through ANGLE, as
 * Chrome itself does, on Mesa's llvmpipe (test/chromium.ts). Headless Chromium's default GL path leaves
 * the map blank in screenshots wherever a scrolling panel (the phone's bottom sheet) overlaps the canvas.
 */
async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: LLVMPIPE_CHROMIUM_ARGS,
  });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests the page tried to send to any other origin (all are blocked). */
  foreignRequests: string[];
  /** Errors this test provokes on purpose: each must occur, and nothing else may. */
  expectedErrors: RegExp[];
  /** Console errors still being described. */
  pending: Promise<void>[];
}

/**
 * The window a test gets unless it asks for another: wide enough for the desktop layout (from
 * 900 px), and no bigger, because every frame is drawn in software and costs in proportion to its pixels.
 */
export const DESKTOP = { width: 1024, height: 640 };

/** A wider window, for tests written against positions on the map in CSS pixels. */
export const WIDE = { width: 1280, height: 800 };

/** Pages opened by the running test; checked and closed after it (kept, if shared), whatever it asserted. */
const openPages: OpenedPage[] = [];

/**
 * After every test that opened a page: the page logged no console error and threw no uncaught
 * exception (other than the ones the test provoked on purpose, each of which must have happened),
 * and sent no request to another origin. `test/e2e/setup.ts` registers it for every file, so that no
 * test can forget it.
 */
export async function checkTestPages(): Promise<void> {
  const pages = openPages.splice(0);
  const passed = new Set<OpenedPage>();
  try {
    for (const opened of pages) {
      // A round trip through the page delivers every console message and exception still in flight.
      await opened.page
        .evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
        .catch(() => undefined);
      await Promise.all(opened.pending);
      const unexpected = opened.errors.filter((error) => !opened.expectedErrors.some((pattern) => pattern.test(error)));
      expect(unexpected, 'console errors and uncaught exceptions').toEqual([]);
      const missing = opened.expectedErrors.filter((pattern) => !opened.errors.some((error) => pattern.test(error)));
      expect(missing.map(String), 'errors the test provoked but the page did not report').toEqual([]);
      expect(opened.foreignRequests, 'requests to another origin').toEqual([]);
      passed.add(opened);
    }
  } finally {
    // A shared page is kept for the next test only if this one found nothing wrong with it.
    const closing = pages.filter((opened) => !releaseSharedPage(opened, passed.has(opened)));
    await Promise.all(closing.map((opened) => opened.context.close()));
  }
}

export interface OpenMapOptions {
  viewport?: { width: number; height: number };
  route?: (page: Page) => Promise<void>;
  expectedErrors?: RegExp[];
  until?: (page: Page) => Promise<void>;
  /** Origins besides the page's that it may load from (the map's, for a host page embedding it). */
  allowedOrigins?: string[];
  /** A deployer's run-time config, set before the page's scripts run as a config.js would set it. */
  config?: RuntimeConfig;
  /** When navigation counts as done: 'commit' for a test that holds back the page's scripts. */
  waitUntil?: 'load' | 'commit';
  /**
   * The visitor's motion preference. Reduced unless a test is about motion: the map then jumps
   * instead of flying and shows labels without fading them, so it is still again ~0.4 s sooner after each move.
   */
  motion?: 'reduce' | 'no-preference';
  /**
   * May run on a page an earlier test of the file used, brought back to its opening state (see
   * `openSharedMap`): for tests that need no fresh load, history or storage of their own.
   */
  shared?: boolean;
}

/**
 * Opens the map in a fresh context with every request to another origin blocked, and waits until
 * every trunk layer has drawn (or, with `until`, for something else: a link to a close-up view
 * does not show the whole trunk). Only inside a test: every test gets its own context, closed and
 * checked for errors after it, unless it asks for a shared page.
 */
export async function openMap(browser: Browser, url: string, options: OpenMapOptions = {}): Promise<OpenedPage> {
  if (!expect.getState().currentTestName) throw new Error('openMap() belongs inside a test: tests share no page.');
  const opened = options.shared
    ? await openSharedMap(browser, url, options, (base) => {
        const { viewport, motion, config, allowedOrigins } = options;
        return openFreshMap(browser, base, { viewport, motion, config, allowedOrigins });
      })
    : await openFreshMap(browser, url, options);
  openPages.push(opened);
  return opened;
}

async function openFreshMap(browser: Browser, url: string, options: OpenMapOptions): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, reducedMotion: options.motion ?? 'reduce' });
  const page = await context.newPage();
  const opened: OpenedPage = { page, context, errors: [], foreignRequests: [], expectedErrors: options.expectedErrors ?? [], pending: [] };
  try {
    await watchPage(opened, url, options.allowedOrigins ?? []);
    await options.route?.(page);
    if (options.config) {
      await page.addInitScript((config) => {
        window.DIGITAL_TRUNK_MAP_CONFIG = config;
      }, options.config);
    }
    await page.addInitScript(defineMapShell);
    await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
    await (options.until ?? waitForTrunk)(page);
  } catch (error) {
    // Still checked and closed after the test, which fails with this error.
    openPages.push(opened);
    throw error;
  }
  return opened;
}

/** Records the page's console errors and uncaught exceptions, and blocks (and records) requests to other origins. */
async function watchPage(opened: OpenedPage, url: string, allowedOrigins: string[]): Promise<void> {
  const { page } = opened;
  const origins = new Set([new URL(url).origin, ...allowedOrigins]);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // console.error(error) reports only the (minified) class name as text: describe the error itself.
    const described = Promise.all(
      message.args().map((arg) =>
        arg.evaluate((value) => (value instanceof Error ? `${value.name}: ${value.message}` : null)).catch(() => null),
      ),
    ).then((errors) => {
      const described = errors.filter((e): e is string => e !== null);
      opened.errors.push(described.length ? described.join(' ') : message.text());
    });
    opened.pending.push(described);
  });
  page.on('pageerror', (error) => opened.errors.push(`uncaught: ${error.message}`));
  await page.route('**/*', (route) => {
    const requestUrl = route.request().url();
    if (requestUrl.startsWith('data:') || origins.has(new URL(requestUrl).origin)) return route.fallback();
    opened.foreignRequests.push(requestUrl);
    return route.abort('blockedbyclient');
  });
}

declare global {
  interface Window {
    /** The page's (first) map's shell, inside `<trunk-map>`'s shadow root: for tests only. */
    mapShell(): AppShell;
  }
}

/** Runs in the page before its scripts: the one place tests reach into `<trunk-map>`. */
function defineMapShell() {
  window.mapShell = () => document.querySelector('trunk-map')!.shadowRoot!.querySelector('app-shell')!;
}

/**
 * The trunk is drawn and the map is `ready` (its features known, as an embedding page waits for):
 * the trunk can draw before the feature index is built, and until then showing a feature does nothing.
 */
export async function waitForTrunk(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('trunk-rendered').length > 0 && (document.querySelector('trunk-map') as { ready?: boolean } | null)?.ready === true,
    undefined,
    { timeout: 30_000 },
  );
}

/** Ids of the features a map layer draws now, through the shell's MapController. */
export function renderedIds(page: Page, layerId: string): Promise<string[]> {
  return page.evaluate(
    (id) => (window.mapShell().controller as MapController).renderedFeatureIds(id),
    layerId,
  );
}

/** One feature drawn on screen now: the layer drawing it, its source and its id. */
export interface DrawnFeature {
  layer: string;
  source: string;
  id: string;
}

/** Every feature every layer of the style draws on screen now (optionally only inside a box of map pixels). */
export function drawnFeatures(page: Page, box?: [[number, number], [number, number]]): Promise<DrawnFeature[]> {
  return page.evaluate((box) => {
    const map = (window.mapShell().controller as MapController).map;
    const features = box ? map.queryRenderedFeatures(box) : map.queryRenderedFeatures();
    const seen = new Set<string>();
    const drawn: { layer: string; source: string; id: string }[] = [];
    for (const f of features) {
      const entry = { layer: f.layer.id, source: f.source, id: String(f.properties.id ?? f.id) };
      const key = `${entry.layer}|${entry.source}|${entry.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      drawn.push(entry);
    }
    return drawn;
  }, box);
}

/** A source of the live map: the ids of the features it loaded, or the URL it was given if it has no data. */
export interface LiveSource {
  ids: string[] | null;
  url: string | null;
}

/** The live map's layers (with their current layout and paint, as MapLibre serialises them) and sources. */
export function liveStyle(page: Page) {
  return page.evaluate(() => {
    const map = (window.mapShell().controller as MapController).map;
    const style = map.getStyle();
    const sources: Record<string, { ids: string[] | null; url: string | null }> = {};
    for (const [id, source] of Object.entries(style.sources)) {
      const data = 'data' in source ? (source.data as unknown) : undefined;
      const features = (data as { features?: { id?: unknown; properties?: { id?: unknown } }[] } | undefined)?.features;
      sources[id] = {
        ids: features ? features.map((f) => String(f.properties?.id ?? f.id)) : null,
        url: typeof data === 'string' ? data : null,
      };
    }
    return { layers: style.layers, sources };
  });
}

/** The visible part of the map, west, south, east, north. */
export function viewBounds(page: Page): Promise<[number, number, number, number]> {
  return page.evaluate(() => {
    const b = (window.mapShell().controller as MapController).map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number];
  });
}

/**
 * Waits until the map has drawn the latest change completely: every tile laid out again, every
 * label placed (MapLibre's idle after a fresh frame).
 */
export async function repaint(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window.mapShell().controller as MapController).map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Where a coordinate is on screen, in page pixels. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (ll) => (window.mapShell().controller as MapController).screenPointOf(ll),
    lngLat,
  );
  const box = (await page.locator('#map').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Waits until the map has loaded, wherever it looks, and finished moving and drawing. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('trunk-map')?.shadowRoot?.querySelector('app-shell')?.controller?.map);
  await waitForIdle(page);
}

/** Waits until the map has finished moving and drawing. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window.mapShell().controller as MapController).map;
        if (map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

/** Moves the map (no animation) and waits until it has drawn the new view. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([center, zoom]) =>
      new Promise<void>((resolve) => {
        const map = (window.mapShell().controller as MapController).map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: center as [number, number], zoom: zoom as number });
      }),
    [center, zoom] as const,
  );
}

/** The element that has focus, looking inside shadow roots: tag, id, class and data-feature. */
export function focusedElement(page: Page) {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const el = active as HTMLElement | null;
    return el && { tag: el.tagName, id: el.id, className: el.getAttribute('class') ?? '', feature: el.dataset.feature };
  });
}

/** The built site on a local port and a browser, for the tests of a file. */
export interface Site {
  browser: Browser;
  url: string;
}

let processBrowser: Promise<Browser> | undefined;
let processPreview: ReturnType<typeof startPreview> | undefined;

/**
 * One browser and one preview server for every file a test process runs: the e2e tier runs its files
 * one after another in one process (`isolate: false`), and each test still gets a context of its own.
 * Launching both took about 1 s of each file. Playwright and Vite end them with the process.
 */
export async function sharedBrowser(): Promise<Browser> {
  if (!processBrowser || !(await processBrowser.catch(() => undefined))?.isConnected()) processBrowser = launchChromium();
  return processBrowser;
}

async function sharedPreview(): Promise<{ url: string }> {
  processPreview ??= startPreview();
  return processPreview;
}

/**
 * The shared browser and preview server by the time any test of the file runs; with `launch`, a
 * browser of the file's own instead (another Chromium configuration), closed after its tests.
 */
export function useSite(launch?: () => Promise<Browser>): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.url = (await sharedPreview()).url;
    site.browser = await (launch ?? sharedBrowser)();
  });
  afterAll(async () => {
    if (!launch || !site.browser) return;
    forgetSharedPagesOf(site.browser);
    await site.browser.close();
  });
  return site;
}

/** On a phone, opens the header's menu, where Layers and the panel buttons wait; elsewhere does nothing. */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.locator('app-shell .menu-toggle');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
}
