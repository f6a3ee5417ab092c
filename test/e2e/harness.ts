import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves the production build (dist/) on a free localhost port. */
export async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests the page tried to send to any other origin (all are blocked). */
  foreignRequests: string[];
}

/**
 * Opens the map in a fresh context with every request to another origin blocked, and waits until
 * every trunk layer has drawn.
 */
export async function openMap(
  browser: Browser,
  url: string,
  options: { viewport?: { width: number; height: number }; route?: (page: Page) => Promise<void> } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const requestUrl = route.request().url();
    if (requestUrl.startsWith('data:') || new URL(requestUrl).origin === origin) return route.fallback();
    foreignRequests.push(requestUrl);
    return route.abort('blockedbyclient');
  });
  await options.route?.(page);
  await page.goto(url);
  await waitForTrunk(page);
  return { page, context, errors, foreignRequests };
}

export async function waitForTrunk(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('trunk-rendered').length > 0, undefined, {
    timeout: 30_000,
  });
}

/** Ids of the features a map layer draws now, through the shell's MapController. */
export function renderedIds(page: Page, layerId: string): Promise<string[]> {
  return page.evaluate((id) => document.querySelector('app-shell')!.controller.renderedFeatureIds(id), layerId);
}

/** Where a coordinate is on screen, in page pixels. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (ll) => document.querySelector('app-shell')!.controller.screenPointOf(ll),
    lngLat,
  );
  const box = (await page.locator('#map').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Waits until the map has finished moving and drawing. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = document.querySelector('app-shell')!.controller.map;
        if (map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}
