import { distance } from '@turf/turf';
import gcoord from 'gcoord';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../../src/app/basemap-config';
import { CJK, geoFeature } from './geo-fixtures';
import { WIDE, openMap, renderedIds, type OpenMapOptions, screenPoint, useSite, waitForIdle, waitForMap } from './harness';
import { pixelAt, startSilentServer, startTileServer, startVectorTileServer, type StandIn } from './tile-stand-ins';
import { vectorTile } from './vector-tile';

/*
 * Online basemaps against local stand-ins for the tile hosts: the real hosts are blocked like
 * every other origin. The stand-ins are set in the run-time config, as a deployer's config.js does.
 */

const site = useSite();

/** The stand-in AMap tiles: a colour our own map never draws. */
const TILE_COLOUR = [32, 200, 120] as const;

const STATION = 'line17-12-zhujiajiao';
const POINT_PARK = 'park-beidou-remote-sensing';
const pointOf = (file: string, id: string) => (geoFeature(file, id).geometry as GeoJSON.Point).coordinates as [number, number];
const toGcj02 = (wgs84: [number, number]) => gcoord.transform(wgs84, gcoord.WGS84, gcoord.GCJ02);
const metres = (a: readonly number[], b: readonly number[]) => distance([a[0], a[1]], [b[0], b[1]], { units: 'meters' });

/*
 * Tests that expect a basemap drawn give it longer than the 3 s a visitor's basemap gets, as a
 * deployer can: a test machine under load may take that long to decode tiles from a host that
 * answers at once. The fallback tests keep the 3 s.
 */
const PATIENT_MS = 30_000;
const amapUrls = (standIn: StandIn) => ({ amap: [`${standIn.origin}/{z}/{x}/{y}.png`] });
const osmUrls = (standIn: StandIn) => ({ osmTileJson: `${standIn.origin}/planet` });
const amapFrom = (standIn: StandIn): RuntimeConfig => ({ basemaps: { urls: amapUrls(standIn), drawTimeoutMs: PATIENT_MS } });
const osmFrom = (standIn: StandIn): RuntimeConfig => ({ basemaps: { urls: osmUrls(standIn), drawTimeoutMs: PATIENT_MS } });

/**
 * Opens the map with a deployer's run-time config that points basemaps at stand-ins, and waits
 * until it knows its features (before that, a click on one opens no card). A shared page is one an
 * earlier test opened with the same config, back on the offline basemap.
 */
async function openWithConfig(url: string, config: RuntimeConfig, standIns: StandIn[], options: Pick<OpenMapOptions, 'expectedErrors' | 'until' | 'shared'> = {}) {
  const opened = await openMap(site.browser, url, { viewport: WIDE, ...options, config, allowedOrigins: standIns.map((standIn) => standIn.origin) });
  await opened.page.waitForFunction(() => document.querySelector('trunk-map')?.ready, undefined, { timeout: 60_000 });
  return opened;
}

/** Each test loads the map and the basemap code and tiles, some twice: on a loaded machine that takes a while. */
const PER_TEST = { timeout: 120_000 };

/** How long to wait for what loads on demand (the basemap code, gcoord, tiles) on a loaded machine. */
const SLOW = { timeout: 20_000 };

/** Picks a basemap in the legend, as a visitor does. */
const chooseBasemap = (page: Page, name: string) => page.getByRole('radio', { name, exact: true }).check();
const noticeText = (page: Page) => page.locator('basemap-notice [role=status]').innerText();
const attribution = (page: Page) => page.locator('.maplibregl-ctrl-attrib-inner').innerText();
const linkedBasemap = (page: Page) => new URL(page.url()).searchParams.get('basemap');

/** Moves the map so that `drawn` (a position as drawn, in the basemap's datum) is in the middle. */
async function centreOn(page: Page, drawn: [number, number], zoom: number) {
  await page.evaluate(
    ([center, z]) =>
      new Promise<void>((resolve) => {
        const map = window.mapShell().controller!.map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: center as [number, number], zoom: z as number });
      }),
    [drawn, zoom] as const,
  );
}

/** Where a layer draws one point feature now: the coordinate MapLibre reports for what is on screen. */
function drawnPoint(page: Page, layer: string, id: string): Promise<[number, number]> {
  return page.evaluate(
    ([layerId, featureId]) => {
      const hit = window
        .mapShell()
        .controller!.map.queryRenderedFeatures({ layers: [layerId] })
        .find((f) => f.properties.id === featureId);
      if (!hit) throw new Error(`${featureId} is not drawn by ${layerId}`);
      return (hit.geometry as GeoJSON.Point).coordinates as [number, number];
    },
    [layer, id] as const,
  );
}

/** A point of the map, clear of panels, where none of our layers draws anything. */
function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const map = window.mapShell().controller!.map;
    for (let y = 120; y < 700; y += 20) {
      for (let x = 420; x < 880; x += 20) {
        if (map.queryRenderedFeatures([[x - 6, y - 6], [x + 6, y + 6]]).length === 0) return { x, y };
      }
    }
    throw new Error('no empty spot on the map');
  });
}

/** Layers of ours that draw geometry (not labels, not the background, not a basemap's) and draw nothing now. */
async function emptyCorridorLayers(page: Page): Promise<string[]> {
  const layers = await page.evaluate(() =>
    window
      .mapShell()
      .controller!.map.getStyle()
      .layers.filter((layer) => !['background', 'symbol', 'raster'].includes(layer.type) && !layer.id.startsWith('basemap-'))
      .map((layer) => layer.id),
  );
  const empty = [];
  for (const id of layers) if ((await renderedIds(page, id)).length === 0) empty.push(id);
  return empty;
}

describe('AMap (GCJ-02), from a local stand-in', PER_TEST, () => {
  let tiles: StandIn;
  beforeAll(async () => {
    tiles = await startTileServer(TILE_COLOUR);
  });
  afterAll(() => tiles.close());
  // What each test finds asked of the stand-in is what its own page asked.
  beforeEach(() => {
    tiles.requests.length = 0;
  });

  it('draws the AMap tiles under every layer of ours and says our layers were shifted to GCJ-02', async () => {
    const { page } = await openWithConfig(site.url, amapFrom(tiles), [tiles], { shared: true });
    await waitForIdle(page);
    expect(await pixelAt(page, await emptySpot(page))).not.toEqual(TILE_COLOUR);
    const mapBox = await page.locator('#map').boundingBox();
    await chooseBasemap(page, '高德地图');
    await expect.poll(() => noticeText(page), SLOW).toBe('底图：高德地图（GCJ-02），叠加图层已转换');
    // Reaching the picker at the foot of the legend scrolls the legend, never the map.
    expect(await page.locator('#map').boundingBox()).toEqual(mapBox);
    await waitForIdle(page);
    expect(tiles.requests.length).toBeGreaterThan(0);
    const spot = await emptySpot(page);
    // Raster tiles fade in: wait for the stand-in's colour itself.
    const offBy = async () => {
      const colour = await pixelAt(page, spot);
      return Math.max(...colour.map((channel, i) => Math.abs(channel - TILE_COLOUR[i])));
    };
    await expect.poll(offBy, SLOW).toBeLessThanOrEqual(2);
    expect(await attribution(page)).toContain('© 高德地图');
    expect(linkedBasemap(page)).toBe('amap');
    expect(await emptyCorridorLayers(page)).toEqual([]);
  });

  it('draws a Line 17 station where gcoord puts it in GCJ-02, within 1 m, and reports the view in WGS-84', async () => {
    const { page } = await openWithConfig(`${site.url}?basemap=amap`, amapFrom(tiles), [tiles], { shared: true });
    await expect.poll(() => noticeText(page), SLOW).toBe('底图：高德地图（GCJ-02），叠加图层已转换');
    const wgs84 = pointOf('trunk-stations.geojson', STATION);
    const expected = toGcj02(wgs84);
    // Zoom 14: tile coordinates resolve about 0.3 m, so the comparison is not limited by them.
    await centreOn(page, expected, 14);
    const drawn = await drawnPoint(page, 'stations-line17', STATION);
    expect(metres(drawn, expected)).toBeLessThan(1);
    expect(metres(drawn, wgs84), 'the shift itself').toBeGreaterThan(100);
    // The controller speaks WGS-84: its view, and where it says a true position is on screen.
    const view = await page.evaluate(() => window.mapShell().controller!.getView());
    expect(metres(view.center, wgs84)).toBeLessThan(1);
    const projected = await page.evaluate((ll) => window.mapShell().controller!.map.project(ll), expected);
    const placed = await page.evaluate((ll) => window.mapShell().controller!.screenPointOf(ll), wgs84);
    expect(Math.hypot(placed.x - projected.x, placed.y - projected.y)).toBeLessThan(0.5);
    // And on screen the station's white dot is there.
    const [r, g, b] = await pixelAt(page, await screenPoint(page, wgs84));
    expect(Math.min(r, g, b)).toBeGreaterThan(230);
  });

  it('opens the card of a park clicked where it is drawn over AMap', async () => {
    const { page } = await openWithConfig(`${site.url}?basemap=amap&lang=en`, amapFrom(tiles), [tiles], { shared: true });
    await expect.poll(() => noticeText(page), SLOW).toBe('Basemap: AMap (GCJ-02); our layers shifted to match');
    const wgs84 = pointOf('base-parks.geojson', POINT_PARK);
    await centreOn(page, toGcj02(wgs84), 14);
    const at = await screenPoint(page, wgs84);
    const unshifted = await page.evaluate((ll) => window.mapShell().controller!.map.project(ll), wgs84);
    // Precondition: at zoom 14 the shift moves the park's 7 px dot far from its WGS-84 position.
    const box = (await page.locator('#map').boundingBox())!;
    expect(Math.hypot(at.x - box.x - unshifted.x, at.y - box.y - unshifted.y)).toBeGreaterThan(40);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('feature-card section[data-feature]').getAttribute('data-feature')).toBe(POINT_PARK);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(POINT_PARK);
  });

  it('a permalink with basemap=amap reopens AMap on the same WGS-84 view; choosing offline takes it out of the link', async () => {
    const first = await openWithConfig(site.url, amapFrom(tiles), [tiles], { shared: true });
    await chooseBasemap(first.page, '高德地图');
    await expect.poll(() => noticeText(first.page), SLOW).toBe('底图：高德地图（GCJ-02），叠加图层已转换');
    const wgs84 = pointOf('trunk-stations.geojson', STATION);
    await centreOn(first.page, toGcj02(wgs84), 14);
    await expect.poll(() => new URL(first.page.url()).searchParams.get('view')).toMatch(/^121\.\d+,31\.\d+,14\.00$/);
    const link = first.page.url();
    expect(new URL(link).searchParams.get('basemap')).toBe('amap');
    // The link's view is the true (WGS-84) place, not the shifted one on screen.
    const [lng, lat] = new URL(link).searchParams.get('view')!.split(',').map(Number);
    expect(metres([lng, lat], wgs84)).toBeLessThan(1);

    // A close-up does not show the whole trunk: wait for the map instead.
    const { page } = await openWithConfig(link, amapFrom(tiles), [tiles], { until: waitForMap });
    await expect.poll(() => noticeText(page), SLOW).toBe('底图：高德地图（GCJ-02），叠加图层已转换');
    await expect.poll(() => page.getByRole('radio', { name: '高德地图' }).isChecked()).toBe(true);
    await waitForIdle(page);
    const centre = await page.evaluate(() => window.mapShell().controller!.map.getCenter().toArray());
    expect(metres(centre, toGcj02(wgs84))).toBeLessThan(1);
    expect(metres(await drawnPoint(page, 'stations-line17', STATION), toGcj02(wgs84))).toBeLessThan(1);
    expect(new URL(page.url()).searchParams.get('view')).toBe(new URL(link).searchParams.get('view'));

    await chooseBasemap(page, '离线底图（本图数据）');
    await expect.poll(() => noticeText(page), SLOW).toBe('');
    await waitForIdle(page);
    expect(linkedBasemap(page)).toBeNull();
    expect(await page.evaluate(() => window.mapShell().controller!.map.getSource('basemap-amap'))).toBeUndefined();
    // Back in WGS-84: the station is drawn at its true place, still in the middle.
    expect(metres(await drawnPoint(page, 'stations-line17', STATION), wgs84)).toBeLessThan(1);
    const back = await page.evaluate(() => window.mapShell().controller!.map.getCenter().toArray());
    expect(metres(back, wgs84)).toBeLessThan(1);
  });

  it('draws the Nearby rings and imported data where gcoord puts them, and back in WGS-84 offline', async () => {
    const { page } = await openWithConfig(`${site.url}?basemap=amap&lang=en&panel=nearby`, amapFrom(tiles), [tiles]);
    await expect.poll(() => noticeText(page), SLOW).toBe('Basemap: AMap (GCJ-02); our layers shifted to match');
    const wgs84 = pointOf('trunk-stations.geojson', STATION);
    /** How far from `centre` the vertices of the 500 m ring near it lie, as the map is handed them. */
    const ringRadii = (centre: [number, number]) =>
      page.evaluate(() => window.mapShell().controller!.map.getSource('analysis-overlay')?.serialize().data as GeoJSON.FeatureCollection | undefined).then((data) => {
        const ring = data?.features.find((f) => f.properties?.reach_m === 500);
        const vertices = ring ? (ring.geometry as GeoJSON.MultiPolygon).coordinates.flat(2) : [];
        return vertices.map((v) => metres(v, centre)).filter((m) => m < 800);
      });
    await expect.poll(async () => (await ringRadii(toGcj02(wgs84))).length, SLOW).toBeGreaterThan(16);
    for (const radius of await ringRadii(toGcj02(wgs84))) expect(radius).toBeCloseTo(500, -1);
    // And it is drawn there: the ring's outline passes 500 m north of the shifted station.
    await centreOn(page, toGcj02(wgs84), 14);
    const north = await page.evaluate(([lng, lat]) => window.mapShell().controller!.map.project([lng, lat + 500 / 111_320]), toGcj02(wgs84));
    const onOutline = await page.evaluate(({ x, y }) => window.mapShell().controller!.map.queryRenderedFeatures([[x - 4, y - 4], [x + 4, y + 4]], { layers: ['overlay-outline'] }).length, north);
    expect(onOutline).toBeGreaterThan(0);

    // A point imported in WGS-84 at the station is drawn where the station is, over AMap.
    await page.locator('app-shell button.panel-toggle[data-panel="import"]').click();
    const probe = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'probe' }, geometry: { type: 'Point', coordinates: wgs84 } }] };
    await page.locator('import-tool input[type="file"]').setInputFiles({ name: 'probe.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(probe)) });
    await expect.poll(() => page.locator('import-tool .outcome').innerText(), SLOW).toContain('probe.geojson: 1 of 1 feature imported.');
    // The map draws it once its tiles are cut, after the report shows.
    await expect.poll(() => page.evaluate(() => Boolean(window.mapShell().controller!.map.getLayer('imported-point'))), SLOW).toBe(true);
    await expect.poll(async () => metres(await drawnPoint(page, 'imported-point', 'probe'), toGcj02(wgs84)), SLOW).toBeLessThan(1);

    await chooseBasemap(page, 'Offline (our own layers)');
    await expect.poll(() => noticeText(page), SLOW).toBe('');
    await expect.poll(async () => metres(await drawnPoint(page, 'imported-point', 'probe'), wgs84), SLOW).toBeLessThan(1);
  });

  it('says that drawings are not shifted with AMap once the map shows one', async () => {
    const { page } = await openWithConfig(`${site.url}?basemap=amap&lang=en&panel=draw`, amapFrom(tiles), [tiles], { shared: true });
    await expect.poll(() => noticeText(page), SLOW).toBe('Basemap: AMap (GCJ-02); our layers shifted to match');
    await expect.poll(() => page.locator('draw-tool button[data-mode="point"]').isEnabled(), SLOW).toBe(true);
    await page.locator('draw-tool button[data-mode="point"]').click();
    await page.mouse.click(840, 600);
    const drawingsNote = 'Your drawings are not shifted to GCJ-02: over this basemap they show several hundred metres from where they are, and what you trace on it is off by as much. Draw over a WGS-84 basemap.';
    await expect.poll(() => noticeText(page), SLOW).toContain(drawingsNote);
    expect(await noticeText(page)).toContain('Basemap: AMap (GCJ-02); our layers shifted to match');
    await page.locator('draw-tool button[data-action="undo"]').click();
    await expect.poll(() => noticeText(page), SLOW).toBe('Basemap: AMap (GCJ-02); our layers shifted to match');
  });
});

describe('OpenStreetMap (vector), from a local stand-in', PER_TEST, () => {
  // Every tile holds the same roads: one whose ref lists G50, one whose ref only starts with it.
  const G50 = { ref: 'G50;S32', class: 'motorway' };
  const NOT_G50 = { ref: 'G501', class: 'motorway' };
  const across = (y: number): [number, number][] => [
    [0, y],
    [4096, y],
  ];
  let tiles: StandIn;
  beforeAll(async () => {
    tiles = await startVectorTileServer(
      vectorTile({
        // `road` is ours, not OpenMapTiles': it tells the test which motorway is which.
        transportation: [
          { properties: { class: 'motorway', road: 'g50' }, line: across(2048) },
          { properties: { class: 'motorway', road: 'g501' }, line: across(1024) },
        ],
        transportation_name: [
          { properties: G50, line: across(2048) },
          { properties: NOT_G50, line: across(1024) },
        ],
      }),
    );
  });
  afterAll(() => tiles.close());

  /** A point on a road drawn by `layer` with `property` = `value`, where none of our layers draws. */
  function clearPointOn(page: Page, layer: string, property: string, value: string): Promise<{ x: number; y: number }> {
    return page.evaluate(
      ([layerId, key, wanted]) => {
        const map = window.mapShell().controller!.map;
        // Our layers that show over the tiles: not the offline fills the basemap mutes, nor the 3 % sub-area tint.
        const invisible = ['background', 'boundaries-neighbour-fill', 'boundaries-focus-fill', 'water-fill', 'sub-areas-fill'];
        const ours = map.getStyle().layers.filter((l) => !l.id.startsWith('basemap-') && !invisible.includes(l.id)).map((l) => l.id);
        for (const road of map.queryRenderedFeatures({ layers: [layerId] }).filter((f) => f.properties[key] === wanted)) {
          const points = (road.geometry as GeoJSON.LineString).coordinates.map((p) => map.project(p as [number, number]));
          // Walk each segment on screen in 10 px steps.
          for (let i = 1; i < points.length; i++) {
            const [a, b] = [points[i - 1], points[i]];
            const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 10);
            for (let step = 0; step <= steps; step++) {
              const x = Math.round(a.x + ((b.x - a.x) * step) / steps);
              const y = Math.round(a.y + ((b.y - a.y) * step) / steps);
              if (x < 420 || x > 880 || y < 120 || y > 700) continue;
              if (map.queryRenderedFeatures([[x - 8, y - 8], [x + 8, y + 8]], { layers: ours }).length === 0) return { x, y };
            }
          }
        }
        throw new Error(`no clear point on ${wanted}`);
      },
      [layer, property, value] as const,
    );
  }
  const refsDrawnBy = (page: Page, layer: string) =>
    page.evaluate(
      (id) => [...new Set(window.mapShell().controller!.map.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties.ref))],
      layer,
    );

  it('<trunk-map basemap="osm"> highlights the real G50 from the tiles beside our schematic one, and says which is which', async () => {
    const { page } = await openWithConfig(site.url, osmFrom(tiles), [tiles]);
    await page.evaluate(() => document.querySelector('trunk-map')!.setAttribute('basemap', 'osm'));
    await expect
      .poll(() => page.locator('basemap-notice [role=status] p').allInnerTexts(), SLOW)
      .toEqual(['底图：OpenStreetMap 开放街道地图（WGS-84），叠加图层无需转换', 'OpenStreetMap 中 G50 的实际走向', '本图的 G50 示意线']);
    await expect.poll(() => page.getByRole('radio', { name: 'OpenStreetMap 开放街道地图' }).isChecked()).toBe(true);
    expect(linkedBasemap(page)).toBe('osm');
    await waitForIdle(page);
    expect(tiles.requests).toContain('/planet');
    expect(await refsDrawnBy(page, 'basemap-osm-g50')).toEqual([G50.ref]);
    expect(await renderedIds(page, 'trunk-g50')).toEqual(['trunk-g50']);
    // On screen: the G50 is orange, the other motorway only grey.
    const [r, g, b] = await pixelAt(page, await clearPointOn(page, 'basemap-osm-g50', 'ref', G50.ref));
    expect(r - g, `G50 drawn ${[r, g, b]}`).toBeGreaterThan(30);
    expect(r - b, `G50 drawn ${[r, g, b]}`).toBeGreaterThan(50);
    const other = await pixelAt(page, await clearPointOn(page, 'basemap-osm-roads-major', 'road', 'g501'));
    expect(Math.abs(other[0] - other[2]), `G501 drawn ${other}`).toBeLessThan(40);
    expect(await attribution(page)).toContain('© OpenStreetMap 贡献者');
    expect(await emptyCorridorLayers(page)).toEqual([]);
  });

  it('is chosen with the keyboard in both languages, the notice following the language', async () => {
    const amap = await startTileServer(TILE_COLOUR);
    try {
      const config = { basemaps: { urls: { ...osmUrls(tiles), ...amapUrls(amap) }, drawTimeoutMs: PATIENT_MS } };
      const { page } = await openWithConfig(site.url, config, [tiles, amap]);
      await page.getByRole('radio', { name: '离线底图（本图数据）' }).focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => noticeText(page), SLOW).toContain('底图：OpenStreetMap 开放街道地图（WGS-84）');
      expect(await page.getByRole('radio', { name: 'OpenStreetMap 开放街道地图' }).evaluate((radio) => radio.matches(':focus'))).toBe(true);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('radio', { name: 'OpenStreetMap', exact: true }).focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => noticeText(page), SLOW).toBe('Basemap: AMap (GCJ-02); our layers shifted to match');
      await expect.poll(() => page.getByRole('radio', { name: 'AMap' }).isChecked()).toBe(true);
      expect(linkedBasemap(page)).toBe('amap');
      const picker = await page.locator('basemap-picker fieldset').innerText();
      expect(picker).toContain('Basemap');
      expect(picker.match(CJK), 'CJK in the English picker').toBeNull();
      expect((await noticeText(page)).match(CJK)).toBeNull();
      await expect.poll(() => attribution(page), SLOW).toContain('© AutoNavi (AMap)');
      expect(await attribution(page)).not.toContain('高德');

      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => noticeText(page), SLOW).toBe('');
      expect(linkedBasemap(page)).toBeNull();
    } finally {
      await amap.close();
    }
  });
});

describe('falling back to the offline basemap', PER_TEST, () => {
  it('when the tile host never answers: back to offline, every layer of ours drawn and in WGS-84, the link saying offline', async () => {
    const silent = await startSilentServer();
    try {
      const { page } = await openWithConfig(site.url, { basemaps: { urls: amapUrls(silent) } }, [silent]);
      await waitForIdle(page);
      await chooseBasemap(page, '高德地图');
      await expect.poll(() => noticeText(page), SLOW).toBe('高德地图底图未能加载，已切回离线底图');
      expect(silent.requests.length, 'the stand-in was asked for tiles').toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('radio', { name: '离线底图（本图数据）' }).isChecked()).toBe(true);
      expect(linkedBasemap(page)).toBeNull();
      expect(await page.evaluate(() => document.querySelector('trunk-map')!.getAttribute('basemap'))).toBeNull();
      await waitForIdle(page);
      expect(await page.evaluate(() => window.mapShell().controller!.map.getSource('basemap-amap'))).toBeUndefined();
      expect(await emptyCorridorLayers(page)).toEqual([]);
      const wgs84 = pointOf('trunk-stations.geojson', STATION);
      await centreOn(page, wgs84, 14);
      expect(metres(await drawnPoint(page, 'stations-line17', STATION), wgs84)).toBeLessThan(1);
    } finally {
      await silent.close();
    }
  });

  it('when the OpenStreetMap TileJSON fails: back to offline, and the map says so', async () => {
    const broken = await startTileServer(TILE_COLOUR);
    try {
      // The stand-in answers 404 for /planet: Chromium itself logs the failed request.
      const { page } = await openWithConfig(site.url, { basemaps: { urls: osmUrls(broken) } }, [broken], { expectedErrors: [/Failed to load resource.*404/] });
      await chooseBasemap(page, 'OpenStreetMap 开放街道地图');
      await expect.poll(() => noticeText(page), SLOW).toBe('OpenStreetMap 开放街道地图底图未能加载，已切回离线底图');
      expect(broken.requests).toEqual(['/planet']);
      expect(linkedBasemap(page)).toBeNull();
      await waitForIdle(page);
      expect(await renderedIds(page, 'stations-line17')).toHaveLength(14);
      expect(await emptyCorridorLayers(page)).toEqual([]);
    } finally {
      await broken.close();
    }
  });
});
