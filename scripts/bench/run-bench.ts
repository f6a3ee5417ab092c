/**
 * `npm run bench`: how much slower the app draws its trunk than a bare MapLibre page drawing the
 * same style, and how much JavaScript the first paint costs next to MapLibre itself.
 *
 * Builds the shipped app (single page, measured for size and timing) and a BENCH=1 build that adds
 * scripts/bench/bare.html, serves both with `vite preview`, and loads the two pages alternately in
 * headless Chromium, a fresh browser context per load. Prints readable lines, then one JSON line.
 *
 * Poster: when the page's static picture of the corridor is painted (Element Timing), against the
 * bare page's time to render, same rounds.
 *
 * Embedding: `<trunk-map>`'s first-load JS (embed/trunk-map.js and what it imports statically)
 * against MapLibre's, and its time to the trunk inside a page on another origin (a tiny host
 * server, loaded in the same rounds) against the standalone page's.
 *
 * `npm run bench -- --sizes` builds the shipped app only and prints its JS sizes (no browser).
 *
 * Planner tools: the import of a 50,000-polygon file (scripts/bench/import-bench.ts) and a change of
 * catchment ring (scripts/bench/catchment-bench.ts), in a browser of their own that composites on its
 * GPU (PLANNER_CHROMIUM_ARGS says why). `--only import` builds the shipped app alone and measures
 * just these. The JSON line is also written to .bench/results.json.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { TRUNK_RENDERED_MARK } from '../../src/map/render-mark';
import { ANGLE_CHROMIUM_ARGS } from '../../test/chromium';
import { measureCatchment } from './catchment-bench';
import { benchImportFile, measureImportLongestTask, measureImportRatio } from './import-bench';

const ROOT = resolve(import.meta.dirname, '../..');
const APP_OUT = join(ROOT, '.bench/dist-app');
const BENCH_OUT = join(ROOT, '.bench/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/**
 * The planner keys time the page's main thread. Headless Chromium's defaults draw WebGL on
 * SwiftShader but composite the page in software, and software compositing copies each WebGL frame
 * back with a synchronous ReadPixels inside the main thread's commit: the thread then waits out the
 * whole frame of the GPU process (150–1,350 ms here, traced as Commit → GLES2::ReadPixels →
 * CommandBufferHelper::Finish), whatever the page does. A browser with a GPU does not take that
 * path: it composites on the GPU and hands WebGL frames over as textures (and Chrome is withdrawing,
 * from M139, the SwiftShader fallback a browser without one would draw WebGL with). ANGLE_CHROMIUM_ARGS
 * (the render tests' flags) composite on the same SwiftShader renderer the way a GPU does, so
 * these keys time the page's own work and not the copy. The trunk's render ratio keeps the
 * defaults: it compares two pages drawn alike.
 */
const PLANNER_CHROMIUM_ARGS = ANGLE_CHROMIUM_ARGS;
const VIEWPORT = { width: 1280, height: 800 };
const ROUNDS = 7;
const WARMUP_ROUNDS = 1;
const RENDER_TIMEOUT_MS = 30_000;
const TARGET_RENDER_RATIO = 1.15;
const TARGET_IMPORT_RATIO = 2;
const TARGET_IMPORT_TASK_MS = 50;
const TARGET_JS_RATIO = 1.3;
const TARGET_EMBED_JS_RATIO = 1.15;
const TARGET_EMBED_RENDER_RATIO = 1.1;
const TARGET_POSTER_RATIO = 0.3;
const TARGET_CATCHMENT_MS = 16;
const RESULTS = join(ROOT, '.bench/results.json');
/** `--only import`: the planner tools' keys alone. */
const ONLY_PLANNER = process.argv.join(' ').includes('--only import');

type PageKind = 'bare' | 'ours' | 'host';

interface LoadTiming {
  /** The `trunk-rendered` mark: ms from navigation start. */
  renderedMs: number;
  /** Navigation timing, for the readable lines. */
  domContentLoadedMs: number;
  /** When the map's worker script finished downloading, if it did. */
  workerFetchedMs: number | null;
  /** When the page's poster (an `<img elementtiming="poster">`) was painted, if it has one. */
  posterMs: number | null;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round1 = (n: number) => Math.round(n * 10) / 10;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

async function buildSite(outDir: string, bench: boolean): Promise<void> {
  // vite.config.ts reads BENCH when each build loads it.
  if (bench) process.env.BENCH = '1';
  else delete process.env.BENCH;
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.BENCH;
  }
}

/** The JS files an HTML page loads before first paint: module scripts and module preloads. */
function firstLoadScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const urls: string[] = [];
  for (const tag of tags) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
    if (tag.startsWith('<script') && attr('type') === 'module' && attr('src')) urls.push(attr('src')!);
    if (tag.startsWith('<link') && attr('rel') === 'modulepreload' && attr('href')) urls.push(attr('href')!);
  }
  return urls.map((url) => resolve(join(htmlFile, '..'), url));
}

/** A module and every module it imports statically (what loads before it runs), not import(). */
function staticModuleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    staticModuleGraph(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

function measureSizes(outDir: string) {
  const firstLoad = firstLoadScripts(join(outDir, 'index.html'));
  if (firstLoad.length === 0) throw new Error(`no module scripts found in ${outDir}/index.html`);
  const assets = readdirSync(join(outDir, 'assets')).map((f) => join(outDir, 'assets', f));
  const workers = assets.filter((f) => /maplibre-gl-worker.*\.m?js$/.test(f));
  if (workers.length !== 1) throw new Error(`expected one MapLibre worker asset, found ${workers.length}`);

  // maplibre-gl.mjs imports no shared chunk in this version; count one if a later version does.
  const maplibreDir = join(ROOT, 'node_modules/maplibre-gl/dist');
  const maplibreMain = join(maplibreDir, 'maplibre-gl.mjs');
  const maplibreFiles = [maplibreMain];
  const imported = readFileSync(maplibreMain, 'utf8').match(/\bfrom\s*["'`]\.\/(maplibre-gl-shared[^"'`]*)["'`]/);
  if (imported) maplibreFiles.push(join(maplibreDir, imported[1]));

  const first = firstLoad.reduce((sum, f) => sum + gzipBytes(f), 0);
  const maplibre = maplibreFiles.reduce((sum, f) => sum + gzipBytes(f), 0);
  const embedFiles = [...staticModuleGraph(join(outDir, 'embed/trunk-map.js'))];
  const embed = embedFiles.reduce((sum, f) => sum + gzipBytes(f), 0);
  return {
    embedFiles: embedFiles.map((f) => f.slice(outDir.length + 1)),
    embed_js_gzip_bytes: embed,
    embed_js_ratio: round3(embed / maplibre),
    firstLoadFiles: firstLoad.map((f) => f.slice(outDir.length + 1)),
    maplibreFiles: maplibreFiles.map((f) => f.slice(ROOT.length + 1)),
    first_load_js_gzip_bytes: first,
    maplibre_gzip_bytes: maplibre,
    first_load_js_ratio: round3(first / maplibre),
    worker_gzip_bytes: gzipBytes(workers[0]),
    data_bytes: assets.filter((f) => f.endsWith('.geojson')).reduce((sum, f) => sum + statSync(f).size, 0),
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error('no free port'))));
    });
  });
}

async function serve(outDir: string): Promise<{ server: PreviewServer; origin: string }> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** A page on its own origin that embeds `<trunk-map>` from `mapOrigin`, filling the window like the page. */
function serveHost(mapOrigin: string): Promise<{ server: Server; url: string }> {
  const html = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Bench: host</title>
<style>html, body { margin: 0; height: 100%; } trunk-map { position: absolute; inset: 0; height: auto; }</style>
<script type="module" src="${mapOrigin}/embed/trunk-map.js"></script></head><body><trunk-map></trunk-map></body></html>`;
  return new Promise((done) => {
    const server = createHttpServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    });
  });
}

async function loadOnce(browser: Browser, url: string): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url, { waitUntil: 'commit', timeout: RENDER_TIMEOUT_MS });
    try {
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, TRUNK_RENDERED_MARK, {
        timeout: RENDER_TIMEOUT_MS,
        polling: 50,
      });
    } catch {
      const detail = errors.length ? ` Page errors: ${errors.slice(0, 3).join(' | ')}` : '';
      throw new Error(`${url} never set the '${TRUNK_RENDERED_MARK}' mark within ${RENDER_TIMEOUT_MS / 1000} s.${detail}`);
    }
    // Element Timing entries reach only an observer; `buffered` hands it those already recorded.
    const posterMs = await page.evaluate(
      () =>
        new Promise<number | null>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier: string }).identifier === 'poster');
            resolve(entry ? (entry as PerformanceEntry & { renderTime: number }).renderTime : null);
          }).observe({ type: 'element', buffered: true });
          // A page without a poster has no entry to deliver.
          setTimeout(() => resolve(null), 500);
        }),
    );
    const timing = await page.evaluate((mark) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const worker = performance
        .getEntriesByType('resource')
        .find((e) => e.name.includes('maplibre-gl-worker')) as PerformanceResourceTiming | undefined;
      return {
        renderedMs: performance.getEntriesByName(mark)[0].startTime,
        domContentLoadedMs: nav.domContentLoadedEventEnd,
        workerFetchedMs: worker ? worker.responseEnd : null,
      };
    }, TRUNK_RENDERED_MARK);
    return { ...timing, posterMs };
  } finally {
    await context.close();
  }
}

/** The shipped build's JS sizes alone: quick enough to check after every change to what loads first. */
async function printSizes(): Promise<void> {
  await buildSite(APP_OUT, false);
  const { embedFiles, firstLoadFiles, maplibreFiles, ...sizes } = measureSizes(APP_OUT);
  console.log(`first-load JS: ${firstLoadFiles.join(', ')}; <trunk-map>: ${embedFiles.join(', ')}; maplibre-gl: ${maplibreFiles.join(', ')}`);
  console.log(JSON.stringify({ ...sizes, target_first_load_js_ratio: TARGET_JS_RATIO, target_embed_js_ratio: TARGET_EMBED_JS_RATIO }));
}

type ImportTimes = Awaited<ReturnType<typeof measureImportRatio>>;

/**
 * The import ratio, timed first, before builds and browsers fill this process's heap: the page
 * imports in a fresh worker, and a heap full of build output slows whichever side collects more.
 */
async function timeImport(importText: string): Promise<ImportTimes> {
  const importTimes = await measureImportRatio(importText);
  console.log(`import of ${(importText.length / 1e6).toFixed(1)} MB, 50,000 polygons: ${importTimes.import_ms} ms; JSON.parse + Turf area ${importTimes.turf_area_ms} ms → ratio ${importTimes.import_ratio} (target ≤ ${TARGET_IMPORT_RATIO})`);
  return importTimes;
}

/** The import and nearby keys, measured in the shipped page at `pageUrl` (GPU compositing), with readable lines. */
async function measurePlanner(pageUrl: string, importText: string, importTimes: ImportTimes) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: PLANNER_CHROMIUM_ARGS });
  try {
    const importLongestTask = await measureImportLongestTask(browser, pageUrl, importText);
    console.log(`longest main-thread task while importing it in the page: ${importLongestTask} ms (target ≤ ${TARGET_IMPORT_TASK_MS})`);
    const catchment = await measureCatchment(browser, pageUrl);
    console.log(`catchment ring change to result on screen: median ${catchment.catchment_ms} ms of ${catchment.catchment_ms_each.join(', ')} (target ≤ ${TARGET_CATCHMENT_MS})`);
    return {
      import_ratio: importTimes.import_ratio,
      import_ms: importTimes.import_ms,
      import_turf_area_ms: importTimes.turf_area_ms,
      import_longest_task_ms: importLongestTask,
      ...catchment,
      planner_chromium_args: PLANNER_CHROMIUM_ARGS.filter((arg) => !CHROMIUM_ARGS.includes(arg)),
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
  }
}

/** Prints the results as one JSON line and keeps them in .bench/results.json. */
function report(results: Record<string, unknown>): void {
  const line = JSON.stringify(results);
  console.log(line);
  writeFileSync(RESULTS, `${line}\n`);
}

async function benchPlannerOnly(importText: string, importTimes: ImportTimes): Promise<void> {
  const started = performance.now();
  await buildSite(APP_OUT, false);
  const app = await serve(APP_OUT);
  try {
    const results = await measurePlanner(`${app.origin}/index.html`, importText, importTimes);
    console.log(`total ${Math.round((performance.now() - started) / 1000)} s`);
    report(results);
  } finally {
    await app.server.close();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--sizes')) return printSizes();
  const importText = benchImportFile();
  const importTimes = await timeImport(importText);
  if (ONLY_PLANNER) return benchPlannerOnly(importText, importTimes);
  const started = performance.now();
  await buildSite(APP_OUT, false);
  await buildSite(BENCH_OUT, true);
  if (existsSync(join(APP_OUT, 'scripts/bench/bare.html'))) throw new Error('the normal build must not contain the bare page');
  if (!existsSync(join(BENCH_OUT, 'scripts/bench/bare.html'))) throw new Error('BENCH=1 build is missing the bare page');
  console.log(`built ${APP_OUT} (shipped app) and ${BENCH_OUT} (adds the bare page) in ${Math.round(performance.now() - started)} ms`);

  // Sizes from the shipped build: the bench build splits the app's entry to share chunks with the bare page.
  const sizes = measureSizes(APP_OUT);
  console.log(`first-load JS (${sizes.firstLoadFiles.join(', ')}): ${sizes.first_load_js_gzip_bytes} B gzip`);
  console.log(`maplibre-gl (${sizes.maplibreFiles.join(', ')}): ${sizes.maplibre_gzip_bytes} B gzip → ratio ${sizes.first_load_js_ratio}`);
  console.log(`worker ${sizes.worker_gzip_bytes} B gzip; geojson data ${sizes.data_bytes} B raw`);
  console.log(`<trunk-map> first-load JS (${sizes.embedFiles.join(', ')}): ${sizes.embed_js_gzip_bytes} B gzip → ratio ${sizes.embed_js_ratio} (target ≤ ${TARGET_EMBED_JS_RATIO})`);

  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  let host: Server | undefined;
  try {
    // Ours is timed as shipped; the bare page comes from the bench build. Both servers are vite preview.
    const app = await serve(APP_OUT);
    servers.push(app.server);
    const bench = await serve(BENCH_OUT);
    servers.push(bench.server);
    const hosted = await serveHost(app.origin);
    host = hosted.server;
    const urls: Record<PageKind, string> = {
      ours: `${app.origin}/index.html`,
      bare: `${bench.origin}/scripts/bench/bare.html`,
      host: hosted.url,
    };

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const chromiumVersion = browser.version();
    console.log(`chromium ${chromiumVersion}, viewport ${VIEWPORT.width}x${VIEWPORT.height}`);

    const timings: Record<PageKind, LoadTiming[]> = { bare: [], ours: [], host: [] };
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      const order: PageKind[] = round % 2 === 0 ? ['bare', 'ours', 'host'] : ['host', 'ours', 'bare'];
      const line: string[] = [];
      for (const kind of order) {
        const timing = await loadOnce(browser, urls[kind]);
        if (round >= WARMUP_ROUNDS) timings[kind].push(timing);
        line.push(`${kind} ${Math.round(timing.renderedMs)} ms (DCL ${Math.round(timing.domContentLoadedMs)})`);
      }
      console.log(`${round < WARMUP_ROUNDS ? 'warm-up' : `round ${round - WARMUP_ROUNDS + 1}`}: ${line.join(', ')}`);
    }

    const oursMs = median(timings.ours.map((t) => t.renderedMs));
    const bareMs = median(timings.bare.map((t) => t.renderedMs));
    const ratio = oursMs / bareMs;
    // Each round loads both pages back to back, so the per-round ratio shrugs off machine-wide drift.
    const pairedRatio = median(timings.ours.map((t, i) => t.renderedMs / timings.bare[i].renderedMs));
    const hostMs = median(timings.host.map((t) => t.renderedMs));
    const embedRatio = hostMs / oursMs;
    const posterTimes = timings.ours.map((t) => t.posterMs).filter((v): v is number => v !== null);
    if (posterTimes.length !== timings.ours.length) throw new Error('the page painted no poster in some loads');
    const posterMs = median(posterTimes);
    const posterRatio = posterMs / bareMs;
    const medianOf = (kind: PageKind, pick: (t: LoadTiming) => number | null) =>
      round1(median(timings[kind].map(pick).filter((v): v is number => v !== null)));
    console.log(
      `median trunk-rendered: ours ${round1(oursMs)} ms, bare ${round1(bareMs)} ms → ratio ${round3(ratio)} (target ≤ ${TARGET_RENDER_RATIO}); median per-round ratio ${round3(pairedRatio)}`,
    );
    console.log(
      `median DOMContentLoaded: ours ${medianOf('ours', (t) => t.domContentLoadedMs)} ms, bare ${medianOf('bare', (t) => t.domContentLoadedMs)} ms; ` +
        `worker fetched: ours ${medianOf('ours', (t) => t.workerFetchedMs)} ms, bare ${medianOf('bare', (t) => t.workerFetchedMs)} ms`,
    );
    console.log(`median poster painted: ${round1(posterMs)} ms → ratio to the bare page's trunk ${round3(posterRatio)} (target ≤ ${TARGET_POSTER_RATIO})`);
    console.log(`median trunk-rendered in a host page: ${round1(hostMs)} ms → ratio to the page ${round3(embedRatio)} (target ≤ ${TARGET_EMBED_RENDER_RATIO})`);
    const planner = await measurePlanner(urls.ours, importText, importTimes);
    console.log(`first-load JS ratio ${sizes.first_load_js_ratio} (target ≤ ${TARGET_JS_RATIO}); total ${Math.round((performance.now() - started) / 1000)} s`);

    report({
      render_ratio: round3(ratio),
      ours_ms_median: round1(oursMs),
      bare_ms_median: round1(bareMs),
      render_ratio_paired_median: round3(pairedRatio),
      runs: ROUNDS,
      warmup_runs: WARMUP_ROUNDS,
      ours_ms: timings.ours.map((t) => round1(t.renderedMs)),
      bare_ms: timings.bare.map((t) => round1(t.renderedMs)),
      first_load_js_gzip_bytes: sizes.first_load_js_gzip_bytes,
      maplibre_gzip_bytes: sizes.maplibre_gzip_bytes,
      first_load_js_ratio: sizes.first_load_js_ratio,
      worker_gzip_bytes: sizes.worker_gzip_bytes,
      data_bytes: sizes.data_bytes,
      embed_js_gzip_bytes: sizes.embed_js_gzip_bytes,
      embed_js_ratio: sizes.embed_js_ratio,
      embed_render_ratio: round3(embedRatio),
      host_ms_median: round1(hostMs),
      host_ms: timings.host.map((t) => round1(t.renderedMs)),
      poster_ratio: round3(posterRatio),
      poster_ms_median: round1(posterMs),
      ...planner,
      bench_viewport: `${VIEWPORT.width}x${VIEWPORT.height}@1x`,
      chromium: chromiumVersion,
    });
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    await new Promise((done) => (host ? host.close(done) : done(undefined)));
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
