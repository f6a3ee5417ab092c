import { booleanIntersects } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate';
import { LEGEND_GROUPS } from '../../src/layers/legend';
import type { MapController } from '../../src/map/map-controller';
import { lineAccuracyProblems, strokeOf, type LineDraw } from '../line-accuracy';
import { drawnGeoFiles, fileOfSource, geometryKind, intersectsView, pointsOn } from './geo-fixtures';
import {
  drawnFeatures,
  jumpTo,
  liveStyle,
  openMap,
  repaint,
  viewBounds,
  waitForIdle,
  type DrawnFeature, useSite } from './harness';

/*
 * What the map must draw comes from the data (geo/*.geojson read from disk), never from the style
 * or the legend: a layer dropped from the style, the legend and the click handler together still
 * leaves its features in geo/, so these tests notice.
 */

const site = useSite();

const files = drawnGeoFiles();
const idOf = (feature: Feature) => String(feature.properties!.id);

const QINGPU_BOUNDARY_ID = 'boundary-310118';

/** Layer types that draw each kind of geometry: a point is a dot; an area is filled and outlined. */
const DRAWN_AS = { Point: ['circle'], LineString: ['line'], Polygon: ['fill', 'line'] } as const;

/** Backdrops under everything: a click on them would swallow every click, so the legend reaches them. */
const NOT_CLICKABLE_KINDS = new Set(['boundary', 'water', 'sub_area']);

/** The opening view's features of each file, with the sources of the live style that load the file. */
async function openingView(page: Page) {
  await waitForIdle(page);
  const [view, style, drawn] = await Promise.all([viewBounds(page), liveStyle(page), drawnFeatures(page)]);
  const fileOf = fileOfSource(style.sources);
  const layers = new Map(style.layers.map((layer) => [layer.id, layer]));
  const inView = files.map(({ file, features }) => ({
    file,
    sources: [...fileOf].filter(([, f]) => f === file).map(([source]) => source),
    features: features.filter((feature) => intersectsView(feature, view)),
  }));
  const drawing = (sources: string[], feature: Feature): DrawnFeature[] =>
    drawn.filter((d) => sources.includes(d.source) && d.id === idOf(feature));
  return { inView, layers, drawing };
}

describe('the opening view draws the data', () => {
  it('draws every feature of every geo/ file in view as its geometry and accuracy ask: a dot; a line, dashed unless surveyed; an area filled and outlined', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    const { inView, layers, drawing } = await openingView(page);
    const problems: string[] = [];
    for (const { file, sources, features } of inView) {
      if (sources.length === 0) problems.push(`${file}: no source of the map loads it`);
      if (features.length === 0) problems.push(`${file}: nothing of it lies in the opening view`);
      for (const feature of features) {
        const types = new Set(drawing(sources, feature).map((d) => layers.get(d.layer)?.type));
        for (const type of DRAWN_AS[geometryKind(feature.geometry!)]) {
          if (!types.has(type)) problems.push(`${file} ${idOf(feature)} (${feature.geometry!.type}): no ${type} layer draws it`);
        }
      }
    }
    expect(problems, 'features not drawn as their geometry asks').toEqual([]);
    // The opening view frames the plan in Qingpu: every trunk line, station, pillar, park and belt there.
    const qingpu = files.find((f) => f.file === 'context-boundaries.geojson')!.features.find((f) => idOf(f) === QINGPU_BOUNDARY_ID)!;
    for (const file of ['trunk-lines.geojson', 'trunk-stations.geojson', 'pillars.geojson', 'base-parks.geojson', 'belts.geojson']) {
      const inQingpu = files.find((f) => f.file === file)!.features.filter((feature) => booleanIntersects(feature, qingpu));
      expect(inQingpu.length, file).toBeGreaterThan(0);
      const shown = inView.find((f) => f.file === file)!.features.map(idOf);
      expect(inQingpu.map(idOf).filter((id) => !shown.includes(id)), `${file}: in Qingpu but not in the opening view`).toEqual([]);
    }

    // The legend's key: solid is surveyed, dashed is an estimate. Every line drawn keeps to it.
    const key = page.locator('layer-legend .key');
    await expect.poll(() => key.innerText()).toContain(t('zh', 'Legend.solid'));
    expect(await key.innerText()).toContain(t('zh', 'Legend.dashed'));
    const lines = inView.flatMap(({ sources, features }) =>
      features.filter((f) => geometryKind(f.geometry!) === 'LineString').map((feature) => ({ sources, feature })),
    );
    expect(lines.map(({ feature }) => feature.properties!.accuracy)).toContain('surveyed');
    const draws: LineDraw[] = lines.flatMap(({ sources, feature }) =>
      drawing(sources, feature)
        .map((d) => layers.get(d.layer)!)
        .filter((layer) => layer.type === 'line')
        .map((layer) => ({ feature: idOf(feature), layer: layer.id, stroke: strokeOf(layer, feature.properties ?? {}) })),
    );
    const accuracies = lines.map(({ feature }) => ({ id: idOf(feature), accuracy: String(feature.properties!.accuracy) }));
    expect(lineAccuracyProblems(accuracies, draws), 'lines against the legend’s key').toEqual([]);
  });

  it('selects every line and area of the plan that a visitor clicks on', async () => {
    const { page } = await openMap(site.browser, site.url, { shared: true });
    const { inView } = await openingView(page);
    const targets = inView.flatMap(({ features }) =>
      features
        .filter((f) => geometryKind(f.geometry!) !== 'Point' && !NOT_CLICKABLE_KINDS.has(String(f.properties!.kind)))
        .map((f) => ({ id: idOf(f), line: geometryKind(f.geometry!) === 'LineString', points: pointsOn(f, 40) })),
    );
    expect(targets.length).toBeGreaterThan(0);
    // Clicks go to the map canvas as a visitor's would (the panels can be closed or the map moved):
    // inside an area, on a line or a few pixels beside it. Where smaller features cover a feature
    // at the opening zoom, it is tried again zoomed in.
    const missed = await page.evaluate(async (targets) => {
      const controller = window.mapShell().controller as MapController;
      const map = controller.map;
      let clicked: string | null | undefined;
      controller.onFeatureClicked((ref) => (clicked = ref?.id ?? null));
      const canvas = map.getCanvas();
      const clickAt = ({ x, y }: { x: number; y: number }) => {
        const rect = canvas.getBoundingClientRect();
        if (x < 0 || y < 0 || x > rect.width || y > rect.height) return undefined;
        clicked = undefined;
        const init = { bubbles: true, cancelable: true, clientX: rect.left + x, clientY: rect.top + y, button: 0 };
        for (const type of ['mousedown', 'mouseup', 'click']) canvas.dispatchEvent(new MouseEvent(type, init));
        return clicked;
      };
      const spots = (target: (typeof targets)[number]) =>
        target.points.flatMap((lngLat, i) => {
          const p = map.project(lngLat);
          if (!target.line) return [p];
          const a = map.project(target.points[Math.max(0, i - 1)]);
          const b = map.project(target.points[Math.min(target.points.length - 1, i + 1)]);
          const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
          const [nx, ny] = [-(b.y - a.y) / length, (b.x - a.x) / length];
          return [0, 4, -4, 7, -7].map((d) => ({ x: p.x + nx * d, y: p.y + ny * d }));
        });
      const hits = (target: (typeof targets)[number]) => spots(target).some((p) => clickAt(p) === target.id);
      const missed: string[] = [];
      for (const target of targets.filter((t) => !hits(t))) {
        let found = false;
        const step = Math.max(1, Math.floor(target.points.length / 2));
        for (let i = 0; i < target.points.length && !found; i += step) {
          await new Promise<void>((resolve) => {
            map.once('idle', () => resolve());
            map.jumpTo({ center: target.points[i], zoom: 13 });
          });
          found = hits(target);
        }
        if (!found) missed.push(target.id);
      }
      return missed;
    }, targets);
    expect(missed).toEqual([]);
  });
});

describe('legend toggles', () => {
  /** The features each legend item stands for, from geo/ (not from the layers it switches). */
  const items = LEGEND_GROUPS.flatMap((group) => group.items).map((item) => {
    const features = item.features.flatMap(({ source, where = {} }) =>
      files
        .filter(({ file }) => file === `${source}.geojson`)
        .flatMap(({ features }) => features)
        .filter((f) => Object.entries(where).every(([key, value]) => f.properties?.[key] === value))
        .map(idOf),
    );
    return { id: item.id, label: t('zh', item.labelKey), features: new Set(features) };
  });
  const ofItem = (item: (typeof items)[number], drawn: DrawnFeature[]) => drawn.filter((d) => item.features.has(d.id));
  const key = (d: DrawnFeature) => `${d.layer} ${d.id}`;

  it('hides everything of an item, fill, outline, dot and label, and brings it all back', async () => {
    // A small window, zoomed in enough for station, place and line labels, with something of every item in view.
    const { page } = await openMap(site.browser, site.url, { viewport: { width: 800, height: 500 }, shared: true });
    await jumpTo(page, [121.02, 31.1], 10.5);
    const before = await drawnFeatures(page);
    for (const item of items) {
      expect(item.features.size, `${item.id} stands for features of geo/`).toBeGreaterThan(0);
      expect(ofItem(item, before).length, `${item.id} draws something before it is unchecked`).toBeGreaterThan(0);
    }
    const counts = () => page.locator('layer-legend label[data-item] .count').allInnerTexts();
    const countsBefore = await counts();
    expect(countsBefore).toHaveLength(items.length);
    // A visitor's click on the first checkbox; the rest are clicked in the page, one round trip for all.
    const first = page.getByRole('checkbox', { name: t('zh', 'Legend.show', { name: items[0].label }), exact: true });
    await first.click();
    expect(await first.isChecked()).toBe(false);
    await repaint(page);
    expect(await itemLeft(page, [...items[0].features])).toEqual([]);
    await first.click();
    expect(await first.isChecked()).toBe(true);
    const problems = await toggleEachItem(page, items.map((item) => ({ id: item.id, features: [...item.features] })));
    expect(problems).toEqual([]);
    await repaint(page);
    expect((await drawnFeatures(page)).map(key).sort(), 'everything is drawn again').toEqual(before.map(key).sort());
    expect(await counts(), 'the legend still counts every feature').toEqual(countsBefore);
  });
});

/** What of these features any layer of the map still draws. */
function itemLeft(page: Page, featureIds: string[]) {
  return page.evaluate((featureIds) => {
    const map = (window.mapShell().controller as MapController).map;
    const ids = new Set(featureIds);
    const left = map
      .queryRenderedFeatures()
      .filter((f) => ids.has(String(f.properties.id ?? f.id)))
      .map((f) => `${f.layer.id} ${String(f.properties.id ?? f.id)}`);
    return [...new Set(left)];
  }, featureIds);
}

/**
 * Unchecks each legend item in turn (checking the one before back), and after each reports what of
 * the item's features any layer still draws, once the map has laid out every tile again. Ends with
 * every item checked.
 */
function toggleEachItem(page: Page, items: { id: string; features: string[] }[]): Promise<string[]> {
  return page.evaluate(async (items) => {
    const shell = window.mapShell();
    const map = (shell.controller as MapController).map;
    const legend = shell.shadowRoot!.querySelector('layer-legend')!;
    const input = (id: string) => legend.shadowRoot!.querySelector<HTMLInputElement>(`label[data-item="${id}"] input`);
    // Idle: every tile laid out again and every label placed (a label being placed is not yet hidden).
    const settled = () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    const problems: string[] = [];
    let previous: HTMLInputElement | null = null;
    for (const item of items) {
      const box = input(item.id);
      if (!box) {
        problems.push(`${item.id}: no checkbox`);
        continue;
      }
      if (!box.checked) problems.push(`${item.id}: not checked to start with`);
      box.click();
      previous?.click();
      await settled();
      if (box.checked) problems.push(`${item.id}: still checked after a click`);
      if (previous && !previous.checked) problems.push(`${item.id}: the item before did not come back`);
      const ids = new Set(item.features);
      const left = map
        .queryRenderedFeatures()
        .filter((f) => ids.has(String(f.properties.id ?? f.id)))
        .map((f) => `${f.layer.id} ${String(f.properties.id ?? f.id)}`);
      if (left.length) problems.push(`${item.id} unchecked, still drawn: ${[...new Set(left)].join(', ')}`);
      previous = box;
    }
    previous?.click();
    await settled();
    return problems;
  }, items);
}
