import { createExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { along, booleanPointInPolygon, distance, length, lineString } from '@turf/turf';
import type { Feature, LineString, Point, Polygon, Position } from 'geojson';
import { setWorkerUrl, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FeatureIndex, PlanFeature } from '../data/feature-index';
import type { Lang } from '../i18n/translate';
import { LABEL_FONT_FILE } from '../layers/labels.layer';
import { LEGEND_GROUPS, SELECTABLE_LAYERS, withItemsHidden } from '../layers/legend';
import { AREA_LAYER } from '../layers/plan-areas.layer';
import { CONTEXT_LAYER } from '../layers/context.layer';
import { SOURCE } from '../layers/sources';
import { buildStyle } from '../layers/style';
import { TRUNK_LAYER } from '../layers/trunk.layer';
import { addDocumentStyles, failOnUncaughtErrors } from '../testing/dom';
import { CJK, geoUrl, loadRealIndex, realFeature } from '../testing/real-data';
import { MapController, TRUNK_BOUNDS, type FeatureRef } from './map-controller';
import type { MapView } from './view';

// As src/main.ts: MapLibre's worker comes from our own origin.
setWorkerUrl(workerUrl);

const WIDTH = 800;
const HEIGHT = 600;
const FONT_URL = new URL(`/${LABEL_FONT_FILE}`, location.origin).href;

let index: FeatureIndex;
let controller: MapController;
let map: MapLibreMap;
let container: HTMLDivElement;
let removeStyles: () => void;
const mapErrors: unknown[] = [];

/** Resolves after the map has drawn everything it has to draw (sources loaded, no transition). */
function settled(): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

const TEXT_FIELD = (latest as unknown as { layout_symbol: Record<string, StylePropertySpecification> }).layout_symbol['text-field'];

/** The label a symbol layer writes for a feature, by evaluating the layer's current text-field. */
function labelText(layerId: string, feature: PlanFeature): string {
  const parsed = createExpression(map.getLayoutProperty(layerId, 'text-field'), `layers.${layerId}.layout.text-field`, TEXT_FIELD);
  if (parsed.result !== 'success') throw new Error(`${layerId}: text-field does not parse`);
  const value = parsed.value.evaluate({ zoom: map.getZoom() }, { type: 'Point', id: feature.properties.id, properties: feature.properties as never });
  return String(value);
}

/** The style's own symbol layers, as the map holds them (not a list kept elsewhere). */
const symbolLayers = () => map.getStyle().layers.filter((layer) => layer.type === 'symbol') as { id: string; source: string }[];

/** Ids of the features drawn on screen by the given layers (all layers if none given). */
function drawnIds(layers?: string[]): Set<string> {
  return new Set(map.queryRenderedFeatures(layers ? { layers } : undefined).map((f) => String(f.id)));
}

/** Every feature the map holds, with its source. */
function everyFeature(): FeatureRef[] {
  return Object.values(SOURCE).flatMap((source) => index.list([{ source }]).map((f) => ({ source, id: f.properties.id })));
}
const selected = () => everyFeature().filter((ref) => map.getFeatureState(ref).selected === true);

/** Clicks the map canvas where a user would, at a point in CSS pixels of the map. */
async function clickMapAt(at: { x: number; y: number }) {
  await userEvent.click(map.getCanvas(), { position: { x: Math.round(at.x), y: Math.round(at.y) } });
}

/** What the map's pick would choose from around a point: the selectable layers drawn there. */
function selectableLayersAt(at: { x: number; y: number }, tolerance = 6): string[] {
  const box: [[number, number], [number, number]] = [
    [at.x - tolerance, at.y - tolerance],
    [at.x + tolerance, at.y + tolerance],
  ];
  return [...new Set(map.queryRenderedFeatures(box, { layers: SELECTABLE_LAYERS }).map((f) => f.layer.id))];
}

beforeAll(async () => {
  await page.viewport(1000, 800);
  removeStyles = addDocumentStyles(`#map-under-test { position: relative; width: ${WIDTH}px; height: ${HEIGHT}px; }`);
  index = await loadRealIndex();
  // Precondition: the bundled label font is served, as the app serves it.
  const font = await fetch(FONT_URL);
  expect(font.ok, FONT_URL).toBe(true);

  container = document.createElement('div');
  container.id = 'map-under-test';
  document.body.append(container);
  controller = new MapController(container, buildStyle({ dataUrl: geoUrl, fontUrl: FONT_URL, lang: 'zh' }));
  map = controller.map;
  map.on('error', (event) => mapErrors.push(event.error));
  await controller.ready;
  await settled();
}, 120_000);

afterAll(() => {
  controller?.destroy();
  container?.remove();
  removeStyles?.();
});

failOnUncaughtErrors();
beforeEach(() => {
  mapErrors.length = 0;
});
afterEach(() => {
  expect(mapErrors, 'errors reported by the map').toEqual([]);
});

describe('MapController on a real MapLibre map', { timeout: 60_000 }, () => {
  it('is ready with every source loaded and the trunk on screen', () => {
    expect(map.loaded()).toBe(true);
    for (const source of Object.values(SOURCE)) expect(map.isSourceLoaded(source), source).toBe(true);
    const trunk = drawnIds(Object.values(TRUNK_LAYER));
    expect(trunk).toContain('trunk-line17');
    expect(trunk).toContain('trunk-g50');
    expect(trunk).toContain('trunk-dz-line');
    // The initial view holds Qingpu's part of the trunk.
    const bounds = map.getBounds();
    const [[w, s], [e, n]] = TRUNK_BOUNDS as [[number, number], [number, number]];
    expect(bounds.getWest()).toBeLessThanOrEqual(w);
    expect(bounds.getEast()).toBeGreaterThanOrEqual(e);
    expect(bounds.getSouth()).toBeLessThanOrEqual(s);
    expect(bounds.getNorth()).toBeGreaterThanOrEqual(n);
  });

  describe('setLanguage', () => {
    const expectLabelsIn = (lang: Lang) => {
      const layers = symbolLayers();
      expect(layers.length).toBeGreaterThan(0);
      for (const layer of layers) {
        const features = index.list([{ source: layer.source }]);
        expect(features.length, `${layer.id} labels ${layer.source}`).toBeGreaterThan(0);
        for (const feature of features) {
          const shown = labelText(layer.id, feature);
          const p = feature.properties;
          expect(shown, `${layer.id}: ${p.id}`).toBe(lang === 'zh' ? p.name_zh : p.name_en);
          if (lang === 'en') expect(shown, `${layer.id}: ${p.id}`).not.toMatch(CJK);
        }
      }
    };

    it('starts with the Chinese labels the style was built with', () => {
      expectLabelsIn('zh');
    });

    it("switches every symbol layer of the style to English, then back to Chinese", async () => {
      const labelsBefore = drawnIds(symbolLayers().map((l) => l.id)).size;
      expect(labelsBefore).toBeGreaterThan(0);

      controller.setLanguage('en');
      await settled();
      expectLabelsIn('en');
      // The labels are still drawn after the switch.
      expect(drawnIds(symbolLayers().map((l) => l.id)).size).toBeGreaterThan(0);

      controller.setLanguage('zh');
      await settled();
      expectLabelsIn('zh');
    });
  });

  describe('setLayersVisible, for every legend item', () => {
    /** Land under the boundary lines: the basemap stays when the lines are hidden. */
    const BASEMAP_FILLS = new Set<string>([CONTEXT_LAYER.neighbourFill, CONTEXT_LAYER.focusFill]);

    for (const item of LEGEND_GROUPS.flatMap((group) => group.items)) {
      it(`${item.id}: hiding its layers leaves none of its features drawn; showing brings them back`, async () => {
        const ids = new Set(index.list(item.features).map((f) => f.properties.id));
        expect(ids.size).toBeGreaterThan(0);
        const before = drawnIds(item.layers);
        expect(before.size, 'drawn at the start').toBeGreaterThan(0);

        controller.setLayersVisible(item.layers, false);
        await settled();
        for (const layer of item.layers) expect(map.getLayoutProperty(layer, 'visibility'), layer).toBe('none');
        const stillDrawn = map
          .queryRenderedFeatures()
          .filter((f) => ids.has(String(f.id)) && !BASEMAP_FILLS.has(f.layer.id))
          .map((f) => `${f.layer.id}: ${f.id}`);
        expect(stillDrawn, 'features of a hidden item still drawn').toEqual([]);

        controller.setLayersVisible(item.layers, true);
        await settled();
        for (const layer of item.layers) expect(map.getLayoutProperty(layer, 'visibility'), layer).toBe('visible');
        expect(drawnIds(item.layers)).toEqual(before);
      });
    }

    it('showing layers already shown lays out no tile again (every page load shows them all)', async () => {
      await settled();
      const reloaded: string[] = [];
      const onData = (event: { sourceId?: string; tile?: unknown }) => {
        if (event.tile) reloaded.push(String(event.sourceId));
      };
      map.on('sourcedata', onData);
      controller.setLayersVisible(map.getStyle().layers.map((layer) => layer.id), true);
      await settled();
      map.off('sourcedata', onData);
      expect(reloaded).toEqual([]);
    });

    it('ignores a layer id the style does not have', async () => {
      controller.setLayersVisible(['no-such-layer'], false);
      await settled();
      expect(map.getLayer('no-such-layer')).toBeUndefined();
    });
  });

  describe('select', () => {
    afterEach(() => controller.select(null));

    it('marks exactly one feature selected and clears the one before', () => {
      expect(selected()).toEqual([]);
      const park = { source: SOURCE.baseParks, id: 'park-digital-information' };
      const station = { source: SOURCE.stations, id: 'line17-09-qingpu-xincheng' };

      controller.select(park);
      expect(selected()).toEqual([park]);

      controller.select(station);
      expect(selected()).toEqual([station]);
      expect(map.getFeatureState(park).selected).toBe(false);

      controller.select(null);
      expect(selected()).toEqual([]);
    });

    it('the selected station drawn on screen carries the state the style highlights', async () => {
      const station = { source: SOURCE.stations, id: 'line17-09-qingpu-xincheng' };
      controller.select(station);
      await settled();
      const drawn = map.queryRenderedFeatures({ layers: [TRUNK_LAYER.line17Stations] }).find((f) => String(f.id) === station.id);
      expect(drawn?.state).toMatchObject({ selected: true });
    });
  });

  describe('highlight', () => {
    afterEach(() => controller.highlight(null));
    const highlighted = () => everyFeature().filter((ref) => map.getFeatureState(ref).highlighted === true);

    it('highlights exactly one feature, apart from the selection, and clears the one before', async () => {
      const park = { source: SOURCE.baseParks, id: 'park-digital-information' };
      const other = { source: SOURCE.baseParks, id: 'park-smart-low-carbon' };
      controller.select(other);
      controller.highlight(park);
      expect(highlighted()).toEqual([park]);
      expect(controller.highlighted).toEqual(park);
      controller.highlight(other);
      expect(highlighted()).toEqual([other]);
      expect(selected()).toEqual([other]);
      controller.highlight(null);
      expect(highlighted()).toEqual([]);
      expect(controller.highlighted).toBeNull();
      expect(selected()).toEqual([other]);
      controller.select(null);
    });

    it('the highlighted park drawn on screen carries the state the style paints', async () => {
      const park = { source: SOURCE.baseParks, id: 'park-digital-information' };
      controller.highlight(park);
      await settled();
      const drawn = map.queryRenderedFeatures({ layers: [AREA_LAYER.parkFill] }).find((f) => String(f.id) === park.id);
      expect(drawn?.state).toMatchObject({ highlighted: true });
      const fill = map.getPaintProperty(AREA_LAYER.parkFill, 'fill-opacity');
      expect(JSON.stringify(fill)).toContain('highlighted');
    });
  });

  describe('a click on the map', () => {
    let picks: (FeatureRef | null)[];
    beforeAll(() => {
      controller.onFeatureClicked((ref) => picks.push(ref));
    });
    beforeEach(() => {
      picks = [];
    });
    /** Area layers a click falls through to when nothing smaller is there. */
    const AREA_FILLS = new Set<string>([AREA_LAYER.parkFill, AREA_LAYER.pillarFill, AREA_LAYER.beltBand]);

    /** A spot on screen, clear of the edges, whose selectable layers (with a margin) satisfy `test`. */
    function findSpot(test: (layers: string[]) => boolean): { x: number; y: number } | null {
      for (let y = 30; y < HEIGHT - 30; y += 20) {
        for (let x = 30; x < WIDTH - 30; x += 20) {
          if (test(selectableLayersAt({ x, y }, 12))) return { x, y };
        }
      }
      return null;
    }

    it('on a Line 17 station picks the station, not the line under it', async () => {
      const station = await realFeature('line17-09-qingpu-xincheng');
      const at = (station.geometry as Point).coordinates as [number, number];
      map.jumpTo({ center: at, zoom: 13 });
      await settled();
      const where = controller.screenPointOf(at);
      // Precondition: the station is drawn on top of the line there.
      expect(selectableLayersAt(where)).toEqual(expect.arrayContaining([TRUNK_LAYER.line17Stations, TRUNK_LAYER.line17]));

      await clickMapAt(where);
      expect(picks).toEqual([{ source: SOURCE.stations, id: 'line17-09-qingpu-xincheng' }]);
    });

    it('on Line 17 where it crosses a park footprint picks the line drawn on top, inside the park the park', async () => {
      const park = (await realFeature('park-zhujiajiao-green-digital')) as unknown as Feature<Polygon>;
      const line = await realFeature('trunk-line17');
      const stations = index.list([{ source: SOURCE.stations }]).map((f) => (f.geometry as { coordinates: Position }).coordinates);
      // The point of the line inside the park farthest from any station.
      const inside = (line.geometry as { coordinates: Position[][] }).coordinates
        .map((coords) => lineString(coords) as Feature<LineString>)
        .flatMap((part) => Array.from({ length: Math.floor(length(part) / 0.05) }, (_, i) => along(part, i * 0.05)))
        .filter((p) => booleanPointInPolygon(p, park));
      expect(inside.length, 'Line 17 crosses the park').toBeGreaterThan(0);
      const farthest = (p: Position) => Math.min(...stations.map((s) => distance(p, s)));
      const onLine = inside.map((p) => p.geometry.coordinates).sort((a, b) => farthest(b) - farthest(a))[0] as [number, number];
      expect(farthest(onLine), 'km to the nearest station').toBeGreaterThan(0.3);

      map.jumpTo({ center: onLine, zoom: 14 });
      await settled();
      const where = controller.screenPointOf(onLine);
      // Precondition: both the park and the line are drawn there, the line over the park.
      expect(selectableLayersAt(where)).toEqual(expect.arrayContaining([AREA_LAYER.parkFill, TRUNK_LAYER.line17]));
      const order = map.getStyle().layers.map((l) => l.id);
      expect(order.indexOf(TRUNK_LAYER.line17)).toBeGreaterThan(order.indexOf(AREA_LAYER.parkFill));

      await clickMapAt(where);
      expect(picks).toEqual([{ source: SOURCE.trunkLines, id: 'trunk-line17' }]);

      // Away from the line, still inside the park: the park.
      const parkOnly = findSpot((layers) => layers.includes(AREA_LAYER.parkFill) && layers.every((id) => AREA_FILLS.has(id)));
      expect(parkOnly, 'a spot of the park away from the line').not.toBeNull();
      picks = [];
      await clickMapAt(parkOnly!);
      expect(picks).toEqual([{ source: SOURCE.baseParks, id: 'park-zhujiajiao-green-digital' }]);
    });

    it('on nothing selectable reports null', async () => {
      map.jumpTo({ center: [120.75, 31.25], zoom: 12 });
      await settled();
      const empty = findSpot((layers) => layers.length === 0);
      expect(empty, 'an empty spot on the map').not.toBeNull();
      await clickMapAt(empty!);
      expect(picks).toEqual([null]);
    });
  });

  describe('the view', () => {
    const PARK_VIEW: MapView = { center: [121.112, 31.21592], zoom: 12.5, bearing: 10, pitch: 20 };

    it('getView() is where the map looks; setView() jumps there and reports it once', async () => {
      const reported: MapView[] = [];
      controller.onViewChanged((view) => reported.push(view));
      controller.setView(PARK_VIEW);
      const view = controller.getView();
      expect(view.center[0]).toBeCloseTo(121.112, 9);
      expect(view.center[1]).toBeCloseTo(31.21592, 9);
      expect(view).toMatchObject({ zoom: 12.5, bearing: 10, pitch: 20 });
      expect(reported).toEqual([view]);
      await settled();
    });

    it('setView(null) returns to the opening view: the whole trunk, north up, not tilted', async () => {
      controller.setView(PARK_VIEW);
      controller.setView(null);
      await settled();
      const bounds = map.getBounds();
      const [[w, s], [e, n]] = TRUNK_BOUNDS as [[number, number], [number, number]];
      expect(bounds.getWest()).toBeLessThanOrEqual(w);
      expect(bounds.getEast()).toBeGreaterThanOrEqual(e);
      expect(bounds.getSouth()).toBeLessThanOrEqual(s);
      expect(bounds.getNorth()).toBeGreaterThanOrEqual(n);
      expect(controller.getView()).toMatchObject({ bearing: 0, pitch: 0 });
    });

    it('a map given a view opens there, never at the whole trunk, with hidden legend items not drawn', async () => {
      const other = document.createElement('div');
      other.id = 'second-map-under-test';
      document.body.append(other);
      const remove = addDocumentStyles(`#second-map-under-test { position: relative; width: ${WIDTH}px; height: ${HEIGHT}px; }`);
      const style = withItemsHidden(buildStyle({ dataUrl: geoUrl, fontUrl: FONT_URL, lang: 'zh' }), ['park-footprints']);
      const second = new MapController(other, style, { view: PARK_VIEW });
      try {
        const first = second.getView();
        expect(first.center[0]).toBeCloseTo(121.112, 9);
        expect(first).toMatchObject({ zoom: 12.5, bearing: 10, pitch: 20 });
        await second.ready;
        expect(second.getView()).toEqual(first);
        expect(second.renderedFeatureIds(AREA_LAYER.parkFill)).toEqual([]);
        // Shown, the park in the middle of this view is drawn.
        second.setLayersVisible([AREA_LAYER.parkFill], true);
        await new Promise((resolve) => second.map.once('idle', resolve));
        expect(second.renderedFeatureIds(AREA_LAYER.parkFill)).toContain('park-digital-information');
      } finally {
        second.destroy();
        other.remove();
        remove();
      }
    });
  });
});
