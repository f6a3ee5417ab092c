import { copyFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureSelectedDetail } from '../../src/embed/events';
import type { TrunkMap } from '../../src/embed/trunk-map';
import { cspViolations, hostCsp, recordCspViolations } from './csp';
import { openMap, sharedBrowser, startPreview } from './harness';

/**
 * The map embedded by a page on another origin, under that page's strict CSP: as `<trunk-map>`
 * elements and as an iframe driven with postMessage. The host server answers on 127.0.0.1 (the
 * origin embed-config.json allows) and on localhost (an origin it does not).
 */
const PARK = { id: 'park-digital-information', kind: 'base_park', name_zh: '数字信息产业园', name_en: 'Digital Information Industrial Park' };
/** The centre of the park's drawn circle (geo/base-parks.geojson). */
const PARK_VIEW = '121.11200,31.20500,13.00';
const CONFIG = 'dist/embed-config.json';
const CONFIG_BACKUP = 'dist/embed-config.json.orig';

let browser: Browser;
let map: Awaited<ReturnType<typeof startPreview>>;
let host: Server;
let hostPort: number;
const mapOrigin = () => new URL(map.url).origin;
const allowedHost = () => `http://127.0.0.1:${hostPort}`;
const otherHost = () => `http://localhost:${hostPort}`;

function hostPages(): Record<string, string> {
  const script = `<script type="module" src="${mapOrigin()}/embed/trunk-map.js"></script>`;
  return {
    '/component.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${script}</head>
<body><trunk-map id="first" lang="en" selected="${PARK.id}"></trunk-map><trunk-map id="second"></trunk-map></body></html>`,
    '/iframe.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><iframe src="${mapOrigin()}/?embed=1&amp;controls=legend" title="Map" width="800" height="500"></iframe></body></html>`,
  };
}

beforeAll(async () => {
  hostPort = await new Promise<number>((resolve) => {
    host = createServer((request, response) => {
      const page = hostPages()[new URL(request.url ?? '/', 'http://x').pathname];
      if (!page) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': hostCsp(mapOrigin()) }).end(page);
    }).listen(0, '127.0.0.1', () => resolve((host.address() as AddressInfo).port));
  });
  // The deployer's allowlist, the file dist/ ships: it names the allowed host before the map is served.
  if (!existsSync(CONFIG_BACKUP)) copyFileSync(CONFIG, CONFIG_BACKUP);
  writeFileSync(CONFIG, JSON.stringify({ allowedOrigins: [`http://127.0.0.1:${hostPort}`] }));
  map = await startPreview();
  browser = await sharedBrowser();
});
afterAll(async () => {
  await map?.close();
  await new Promise((resolve) => host?.close(resolve));
  if (existsSync(CONFIG_BACKUP)) renameSync(CONFIG_BACKUP, CONFIG);
});

declare global {
  interface Window {
    /** Ids of the `<trunk-map>` elements that fired `ready`, in order. */
    readyEvents: string[];
    /** Every message this page received, with its origin. */
    frameMessages: { origin: string; data: unknown }[];
  }
}

/** Records CSP violations and `ready` events from before the page's first script. */
async function watchHost(page: Page): Promise<void> {
  await recordCspViolations(page);
  await page.addInitScript(() => {
    window.readyEvents = [];
    document.addEventListener('ready', (e) => window.readyEvents.push((e.target as Element).id));
    // What an iframe of the map tells this page, from the first message on.
    window.frameMessages = [];
    addEventListener('message', (e) => window.frameMessages.push({ origin: e.origin, data: e.data }));
  });
}

/** Opens a host page (the harness checks it for errors and foreign requests after the test). */
async function openHost(url: string, until: (page: Page) => Promise<void>) {
  // localhost answers on the same server as 127.0.0.1, so both names are the host's.
  return openMap(browser, url, { viewport: { width: 1280, height: 1000 }, allowedOrigins: [mapOrigin(), otherHost(), allowedHost()], route: watchHost, until });
}

async function trunkRendered(target: Page | Frame, count: number): Promise<void> {
  await target.waitForFunction((n) => performance.getEntriesByName('trunk-rendered').length >= n, count, { timeout: 60_000 });
}

/** The id of the feature whose card an element shows, or null. */
const cardOf = (page: Page, element: string) =>
  page.evaluate((selector) => {
    const shell = document.querySelector(selector)!.shadowRoot!.querySelector('app-shell')!;
    return shell.shadowRoot!.querySelector('feature-card')?.shadowRoot?.querySelector('section')?.dataset.feature ?? null;
  }, element);

describe('<trunk-map> on a page of another origin', () => {
  it('draws twice under the host CSP, reads its attributes, and each element keeps its own state', async () => {
    const { page } = await openHost(`${allowedHost()}/component.html`, (p) => trunkRendered(p, 2));
    expect(await cspViolations(page)).toEqual([]);
    // Each element fires `ready` once, after which its `ready` property is true.
    await page.waitForFunction(() => window.readyEvents.length === 2);
    expect((await page.evaluate(() => window.readyEvents)).sort()).toEqual(['first', 'second']);
    expect(await page.evaluate(() => [...document.querySelectorAll('trunk-map')].map((el) => el.ready))).toEqual([true, true]);
    // Both maps have drawn every label they show, and the visitor downloaded the label font once.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('trunk-map')].every((el) => el.shadowRoot!.querySelector('app-shell')!.controller!.map.loaded()),
    );
    const fontDownloads = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2')).length);
    expect(fontDownloads).toBe(1);

    // lang and selected: the first shows the park's card in English; the second is untouched.
    await expect.poll(() => cardOf(page, '#first')).toBe(PARK.id);
    expect(await page.locator('#first h1').innerText()).toBe('Yangtze River Delta Digital Trunk Line · Qingpu');
    expect(await page.locator('#second h1').innerText()).toBe('长三角数字干线 · 青浦');
    expect(await cardOf(page, '#second')).toBeNull();
    expect(await page.evaluate(() => document.title)).toBe('Host');
    expect(page.url()).toBe(`${allowedHost()}/component.html`);

    // Changing an attribute live; a bad value falls back silently.
    await page.evaluate(() => document.querySelector('#second')!.setAttribute('lang', 'en'));
    await expect.poll(() => page.locator('#second h1').innerText()).toBe('Yangtze River Delta Digital Trunk Line · Qingpu');
    await page.evaluate(() => document.querySelector('#second')!.setAttribute('lang', 'fr'));
    expect(await page.evaluate(() => document.querySelector('#second')!.getAttribute('lang'))).toBe('en');

    // select() opens a card in that element only, reflected in `selected`, and fires feature-selected.
    const detail = await page.evaluate(
      (id) =>
        new Promise<FeatureSelectedDetail>((resolve) => {
          const second = document.querySelector<TrunkMap>('#second')!;
          document.addEventListener('feature-selected', (e) => resolve((e as CustomEvent<FeatureSelectedDetail>).detail), { once: true });
          second.select(id);
        }),
      'park-smart-low-carbon',
    );
    expect(detail).toMatchObject({ id: 'park-smart-low-carbon', kind: 'base_park' });
    await expect.poll(() => cardOf(page, '#second')).toBe('park-smart-low-carbon');
    expect(await cardOf(page, '#first')).toBe(PARK.id);
    expect(await page.evaluate(() => document.querySelector('#second')!.getAttribute('selected'))).toBe('park-smart-low-carbon');

    // setLayers() hides the rest in that element's map only, and `layers` says what shows.
    const pillarsShown = (selector: string) =>
      page.evaluate((sel) => {
        const shell = document.querySelector(sel)!.shadowRoot!.querySelector('app-shell')!;
        return shell.controller!.map.getLayoutProperty('pillars-fill', 'visibility') !== 'none';
      }, selector);
    expect([await pillarsShown('#first'), await pillarsShown('#second')]).toEqual([true, true]);
    await page.evaluate(() => document.querySelector<TrunkMap>('#second')!.setLayers(['line17', 'nonsense']));
    await expect.poll(() => page.evaluate(() => document.querySelector('#second')!.getAttribute('layers'))).toBe('line17');
    expect([await pillarsShown('#first'), await pillarsShown('#second')]).toEqual([true, false]);

    // flyTo() moves only that element's map, and it says where with view-changed.
    const firstView = () => page.evaluate(() => document.querySelector('#first')!.getAttribute('view'));
    const firstBefore = await firstView();
    const moved = await page.evaluate(
      (id) =>
        new Promise<string>((resolve) => {
          const second = document.querySelector<TrunkMap>('#second')!;
          second.addEventListener('view-changed', (e) => resolve(e.detail.view), { once: true });
          second.flyTo(id);
        }),
      PARK.id,
    );
    const [lng, lat] = moved.split(',').map(Number);
    expect(Math.abs(lng - 121.112) + Math.abs(lat - 31.205)).toBeLessThan(0.02);
    expect(await firstView()).toBe(firstBefore);
    expect(page.url()).toBe(`${allowedHost()}/component.html`);
  });

  it('frees its map when removed from the page, and starts again in the same state when put back', async () => {
    const { page } = await openHost(`${allowedHost()}/component.html`, (p) => trunkRendered(p, 2));
    await page.waitForFunction(() => document.querySelector<TrunkMap>('#second')!.ready);
    await page.evaluate((id) => document.querySelector<TrunkMap>('#second')!.select(id), PARK.id);
    await expect.poll(() => cardOf(page, '#second')).toBe(PARK.id);
    const lost = await page.evaluate(async () => {
      const second = document.querySelector<TrunkMap>('#second')!;
      const canvas = second.shadowRoot!.querySelector('app-shell')!.controller!.map.getCanvas();
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const parent = second.parentElement!;
      second.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const removed = { contextLost: gl?.isContextLost() ?? null, shellGone: second.shadowRoot!.querySelector('app-shell') === null };
      parent.append(second);
      return removed;
    });
    expect(lost).toEqual({ contextLost: true, shellGone: true });
    await page.waitForFunction(() => document.querySelector<TrunkMap>('#second')!.ready);
    await expect.poll(() => cardOf(page, '#second')).toBe(PARK.id);
    expect(await page.evaluate(() => window.readyEvents.filter((id) => id === 'second').length)).toBe(2);
  });

  it('fires feature-selected with the feature when the visitor clicks it on the map', async () => {
    const { page } = await openHost(`${allowedHost()}/component.html`, (p) => trunkRendered(p, 2));
    await page.waitForFunction(() => document.querySelector<TrunkMap>('#second')!.ready);
    await page.evaluate(
      (view) =>
        new Promise<void>((resolve) => {
          const second = document.querySelector<TrunkMap>('#second')!;
          second.addEventListener('view-changed', () => resolve(), { once: true });
          second.setAttribute('view', view);
        }),
      PARK_VIEW,
    );
    const heard = page.evaluate(
      () => new Promise<FeatureSelectedDetail>((resolve) => document.querySelector<TrunkMap>('#second')!.addEventListener('feature-selected', (e) => resolve(e.detail), { once: true })),
    );
    const box = (await page.locator('#second').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await heard).toEqual(PARK);
    await expect.poll(() => cardOf(page, '#second')).toBe(PARK.id);
  });
});

describe('the map in an iframe of another origin', () => {
  const frameOf = async (page: Page) => {
    const frame = page.frames().find((f) => f.url().startsWith(mapOrigin()));
    if (!frame) throw new Error('no map frame');
    return frame;
  };
  const openFrame = (origin: string) =>
    openHost(`${origin}/iframe.html`, async (p) => {
      await p.waitForFunction(() => document.querySelector('iframe'));
      await trunkRendered(await frameOf(p), 1);
    });
  const frameCard = (frame: Frame) =>
    frame.evaluate(() => document.querySelector('trunk-map')!.shadowRoot!.querySelector('app-shell')!.shadowRoot!.querySelector('feature-card')?.shadowRoot?.querySelector('section')?.dataset.feature ?? null);
  const post = (page: Page, message: unknown) =>
    page.evaluate(([m, origin]) => document.querySelector('iframe')!.contentWindow!.postMessage(m, origin as string), [message, mapOrigin()] as const);

  it('is compact, links to the full map, and obeys a select message from the allowed host', async () => {
    const { page } = await openFrame(allowedHost());
    const frame = await frameOf(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(await frame.locator('lang-switch').count()).toBe(0);
    expect(await frame.locator('.legend-toggle').count()).toBe(1);
    // Wheel zoom needs ctrl/⌘ and touch two fingers, so the host page scrolls past the map.
    expect(await frame.evaluate(() => document.querySelector('trunk-map')!.shadowRoot!.querySelector('app-shell')!.controller!.map.cooperativeGestures.isEnabled())).toBe(true);
    const heard = page.evaluate(
      () => new Promise<unknown>((resolve) => addEventListener('message', (e) => e.data?.type === 'feature-selected' && resolve(e.data))),
    );
    // A host sends its messages once the map says it is ready for them.
    await page.waitForFunction(() => window.frameMessages.some((m) => (m.data as { type?: string })?.type === 'ready'));
    const readies = (await page.evaluate(() => window.frameMessages)).filter((m) => (m.data as { type?: string })?.type === 'ready');
    expect(readies).toEqual([{ origin: mapOrigin(), data: { type: 'ready' } }]);
    await post(page, { type: 'select', id: PARK.id });
    await expect.poll(() => frameCard(frame)).toBe(PARK.id);
    expect(await heard).toEqual({ type: 'feature-selected', ...PARK });
    await post(page, { type: 'set-lang', lang: 'en' });
    await post(page, { type: 'set-layers', layers: ['line17', 'pillars'] });
    const attribute = (name: string) => frame.evaluate((n) => document.querySelector('trunk-map')!.getAttribute(n), name);
    await expect.poll(() => attribute('layers')).toBe('line17,pillars');
    expect(await attribute('lang')).toBe('en');
    expect(await frame.locator('.legend-toggle').innerText()).toBe('Layers');
    const link = frame.locator('a.full-map');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    // The same state on the full page: no embed parameters.
    const href = new URL((await link.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe(`${mapOrigin()}/`);
    expect([href.searchParams.get('lang'), href.searchParams.get('sel'), href.searchParams.get('embed'), href.searchParams.get('controls')]).toEqual(['en', PARK.id, null, null]);
    expect(href.searchParams.get('hide')?.split(',')).not.toContain('line17');
  });

  it('ignores messages from an origin the config does not allow, and hostile ones', async () => {
    const { page } = await openFrame(otherHost());
    const frame = await frameOf(page);
    await frame.waitForFunction(() => document.querySelector('trunk-map')!.ready);
    for (const message of [{ type: 'select', id: PARK.id }, { type: 'select', id: '<img src=x onerror=alert(1)>' }, '<script>alert(1)</script>']) {
      await post(page, message);
    }
    // A round trip through the frame after the messages: they have all been delivered by now.
    await frame.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await frameCard(frame)).toBeNull();
  });
});
