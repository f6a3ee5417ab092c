import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, cspViolations, recordCspViolations } from './csp';
import { DESKTOP, openMap, sharedBrowser } from './harness';
import { NGINX, startNginx, type RunningNginx } from './nginx';

const hasNginx = existsSync(NGINX);
if (!hasNginx) console.warn(`SKIPPED the nginx tests: no ${NGINX}. apt-get install -y nginx (.ci/run does).`);

/** The one built file whose name matches, e.g. the hashed main bundle. */
function built(pattern: RegExp): string {
  const names = readdirSync('dist/assets').filter((name) => pattern.test(name));
  if (names.length !== 1) throw new Error(`expected one dist/assets file like ${pattern}, found ${names.length}`);
  return `assets/${names[0]}`;
}

describe.skipIf(!hasNginx)('the built site behind nginx with deploy/', () => {
  let site: RunningNginx;
  let browser: Browser;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, site.url), { headers });

  beforeAll(async () => {
    if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
    site = await startNginx();
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    await site?.stop();
  });

  it('takes the configuration without a warning', () => {
    expect(site.configTest).toContain('test is successful');
    expect(site.configTest).not.toMatch(/\[(warn|error|crit|alert|emerg)\]/);
  });

  it('shows the map: the trunk draws, with no CSP violation and no page error', async () => {
    const opened = await openMap(browser, site.url, { route: recordCspViolations });
    const box = (await opened.page.locator('#map').boundingBox())!;
    expect([box.width, box.height]).toEqual([DESKTOP.width, DESKTOP.height]);
    expect(await cspViolations(opened.page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
    await opened.context.close();
  });

  it('sends the strict CSP with frame-ancestors, nosniff and a referrer policy with the HTML', async () => {
    for (const path of ['', 'index.html']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(`${STRICT_CSP}; frame-ancestors 'self' https://www.shqp.gov.cn`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('caches hashed assets for good and lets other origins load them', async () => {
    const response = await get(built(/^index-[\w-]{8}\.js$/));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('compresses scripts and GeoJSON with gzip only when asked', async () => {
    for (const path of [built(/^index-[\w-]{8}\.js$/), built(/^pillars-[\w-]{8}\.geojson$/)]) {
      const gzipped = await get(path, { 'accept-encoding': 'gzip' });
      expect(gzipped.headers.get('content-encoding')).toBe('gzip');
      expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
      // fetch unzips: the same bytes as the file.
      expect((await gzipped.arrayBuffer()).byteLength).toBe(statSync(`dist/${path}`).size);
      const plain = await get(path, { 'accept-encoding': 'identity' });
      expect(plain.headers.get('content-encoding')).toBeNull();
    }
  });

  it('serves GeoJSON, the label font and the worker module with their media types', async () => {
    const types = {
      [built(/^pillars-[\w-]{8}\.geojson$/)]: 'application/geo+json',
      'fonts/labels-noto-sans-sc.woff2': 'font/woff2',
      [built(/^maplibre-gl-worker-[\w-]{8}\.mjs$/)]: 'text/javascript',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });
});
