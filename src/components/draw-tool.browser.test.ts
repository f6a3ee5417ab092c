import { area, length, lineString, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { drawingsKey, saveDrawings, storedDrawings } from '../data/drawings-db';
import type { DrawMode, Drawing, DrawingSurface, RejectedDrawing } from '../data/drawing.types';
import { featuresOf } from '../testing/real-data';
import { failOnUncaughtErrors, mount, recordEvents, text, textNotMarkedChinese, unmountAll, expectTitleFocusThenEscapeCloses } from '../testing/dom';
import type { DrawTool, LinkablePark } from './draw-tool';
import './draw-tool';

failOnUncaughtErrors();
afterEach(unmountAll);
afterEach(() => document.querySelectorAll('[data-map-stand-in]').forEach((e) => e.remove()));

/**
 * The map's drawing layer as the tool works it, without terra-draw: holds what it is given,
 * refuses the ids it is told to (as terra-draw refuses a feature it cannot hold).
 */
class SurfaceStandIn implements DrawingSurface {
  mode: DrawMode = 'static';
  private held: Drawing[] = [];
  private selected: string | null = null;
  private readonly listeners = new Set<() => void>();
  constructor(private readonly refused: Record<string, string> = {}) {}
  setMode(mode: DrawMode) {
    this.mode = mode;
    this.notify();
  }
  drawings() {
    return structuredClone(this.held);
  }
  add(drawings: readonly Drawing[]): RejectedDrawing[] {
    this.held.push(...structuredClone(drawings.filter((d) => !(d.id in this.refused))));
    this.notify();
    return drawings.filter((d) => d.id in this.refused).map((d) => ({ id: d.id, reason: this.refused[d.id] }));
  }
  selectedId() {
    return this.selected;
  }
  select(id: string) {
    this.selected = id;
    this.notify();
  }
  remove(id: string) {
    this.held = this.held.filter((d) => d.id !== id);
    this.notify();
  }
  linkPark(id: string, parkId: string | null) {
    const drawing = this.held.find((d) => d.id === id)!;
    if (parkId) drawing.properties.park_id = parkId;
    else delete drawing.properties.park_id;
    this.notify();
  }
  canUndo = () => false;
  canRedo = () => false;
  undo() {}
  redo() {}
  /** The map's centre, moved by the test as arrow keys would move the map. */
  centreAt: Position = [0, 0];
  /** Stands for the map's canvas: keys pressed on it are the map's. */
  readonly mapElement = Object.assign(document.createElement('div'), { tabIndex: 0 });
  /** The vertices the map shows of a shape being drawn with the keyboard. */
  sketch: readonly Position[] = [];
  private ids = 0;
  centre() {
    return this.centreAt;
  }
  keepClearOf() {}
  samePlace(a: Position, b: Position) {
    return a[0] === b[0] && a[1] === b[1];
  }
  isMap(target: EventTarget | undefined) {
    return target === this.mapElement;
  }
  focusMap() {
    this.mapElement.focus();
  }
  newId() {
    return `drawn-${++this.ids}`;
  }
  showSketch(vertices: readonly Position[]) {
    this.sketch = vertices;
  }
  onChange(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  private notify() {
    for (const listener of this.listeners) listener();
  }
}

/** About 1.2 km × 1.1 km near 青浦新城: measured by Turf here, independently of the tool. */
const RING = [[121.1, 31.15], [121.1125, 31.15], [121.1125, 31.16], [121.1, 31.16], [121.1, 31.15]];
const AREA: Drawing = { type: 'Feature', id: 'area-1', geometry: { type: 'Polygon', coordinates: [RING] }, properties: { mode: 'polygon' } };
const IMPORTED: Drawing = {
  type: 'Feature',
  id: 'line-1',
  geometry: { type: 'LineString', coordinates: [[121.1, 31.15], [121.11, 31.15]] },
  properties: { mode: 'linestring', source_file: 'route.kml', source_datum: 'GCJ-02', converted_with: 'gcoord' },
};
const REFUSED: Drawing = { type: 'Feature', id: 'refused-1', geometry: { type: 'Point', coordinates: [121.1, 31.15] }, properties: { mode: 'point' } };

let scopes = 0;
/** Mounts the tool over stored drawings of its own (a fresh storage scope per test). */
async function openTool(lang: 'zh' | 'en', stored: Drawing[]) {
  const storageScope = `component-test-${Date.now()}-${++scopes}`;
  await saveDrawings(drawingsKey(storageScope), stored);
  const surface = new SurfaceStandIn({ [REFUSED.id]: 'Feature is invalid' });
  const parks = (await featuresOf('base-parks')) as unknown as LinkablePark[];
  const tool = await mount('draw-tool', { lang, storageScope, surface: Promise.resolve(surface), parks });
  await expect.poll(() => tool.shadowRoot!.querySelectorAll('li[data-drawing]').length).toBe(stored.length - 1);
  return { tool, surface, storageScope };
}
const entry = (tool: DrawTool, id: string) => tool.shadowRoot!.querySelector(`li[data-drawing="${id}"]`)!;
const km2Of = (shown: string) => Number(/^([\d.,]+)/.exec(shown)![1].replace(/,/g, ''));

describe('<draw-tool>', () => {
  const expectedKm2 = area(polygon([RING])) / 1e6;

  it('en: lists the stored drawings with their measures in km², ha and mu, where an imported one came from, and the one it could not show (singular)', async () => {
    const { tool } = await openTool('en', [AREA, IMPORTED, REFUSED]);
    const areaText = text(entry(tool, 'area-1').querySelector('dd[data-measure="area"]'));
    expect(areaText).toMatch(/^[\d.,]+ km² · [\d.,]+ ha · [\d.,]+ mu$/);
    expect(km2Of(areaText)).toBeCloseTo(expectedKm2, 3);
    expect(text(entry(tool, 'area-1').querySelector('.name'))).toBe('Area 1');
    expect(text(entry(tool, 'line-1').querySelector('.source'))).toBe('Imported from route.kml: came in as GCJ-02, converted to WGS-84 with gcoord.');
    expect(text(entry(tool, 'area-1').querySelector('.source'))).toBe('');
    const alerts = [...tool.shadowRoot!.querySelectorAll('[role="alert"]')].map(text);
    expect(alerts).toEqual(['1 stored drawing could not be shown (Feature is invalid); it stays stored.']);
    expect(textNotMarkedChinese(tool.shadowRoot!.querySelector('section')!)).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('zh: the same area in 平方公里, 公顷 and 亩, the source and the refusal in Chinese', async () => {
    const { tool } = await openTool('zh', [AREA, IMPORTED, REFUSED]);
    const areaText = text(entry(tool, 'area-1').querySelector('dd[data-measure="area"]'));
    expect(areaText).toMatch(/^[\d.,]+ 平方公里 · [\d.,]+ 公顷 · [\d.,]+ 亩$/);
    expect(km2Of(areaText)).toBeCloseTo(expectedKm2, 3);
    expect(text(entry(tool, 'line-1').querySelector('.source'))).toBe('导入自 route.kml：原为 GCJ-02，已用 gcoord 转换为 WGS-84。');
    expect([...tool.shadowRoot!.querySelectorAll('[role="alert"]')].map(text)).toEqual(['1 个已保存的绘图无法显示（Feature is invalid），仍保存在本机。']);
  });

  it('links an area to a base park: saves the link, then sends drawings-changed and feature-shown for the park', async () => {
    const { tool, storageScope } = await openTool('en', [AREA, REFUSED]);
    const changed = recordEvents(document, 'drawings-changed');
    const shown = recordEvents<{ featureId: string }>(document, 'feature-shown');
    const select = entry(tool, 'area-1').querySelector('select')!;
    select.value = 'park-smart-biomedicine';
    select.dispatchEvent(new Event('change'));
    await expect.poll(() => shown.events.length).toBe(1);
    expect(shown.events[0]).toEqual({ detail: { featureId: 'park-smart-biomedicine' }, bubbles: true, composed: true });
    expect(changed.events).toHaveLength(1);
    const saved = await storedDrawings<Drawing>(drawingsKey(storageScope));
    expect(saved.find((d) => d.id === 'area-1')?.properties.park_id).toBe('park-smart-biomedicine');
    // The drawing the map refused is kept in store beside it.
    expect(saved.map((d) => d.id).sort()).toEqual(['area-1', 'refused-1']);
    changed.stop();
    shown.stop();
  });

  it('offers its modes only once the stored drawings are on the map, so a shape begun at once is not reset to select', async () => {
    const storageScope = `component-test-${Date.now()}-${++scopes}`;
    await saveDrawings(drawingsKey(storageScope), [AREA]);
    const surface = new SurfaceStandIn();
    const tool = await mount('draw-tool', { lang: 'en', storageScope, surface: Promise.resolve(surface), parks: [] });
    const polygonButton = () => tool.shadowRoot!.querySelector<HTMLButtonElement>('button[data-mode="polygon"]')!;
    // A render while the stored drawings are still being read (the shell re-renders the tool as the map moves).
    tool.requestUpdate();
    await tool.updateComplete;
    const restored = surface.drawings().length === 1;
    expect(polygonButton().disabled, 'a mode offered before the stored drawings are on the map').toBe(!restored);
    await expect.poll(() => polygonButton().disabled).toBe(false);
    expect(surface.drawings().map((d) => d.id)).toEqual(['area-1']);
    expect(surface.mode).toBe('select');
    polygonButton().click();
    expect(surface.mode).toBe('polygon');
    await expect.poll(() => polygonButton().getAttribute('aria-pressed')).toBe('true');
  });

  it('stores a shape finished as the page is hidden or closed, when it draws no further frame', async () => {
    const { surface, storageScope } = await openTool('en', [AREA, REFUSED]);
    const finished: Drawing = { type: 'Feature', id: 'point-9', geometry: { type: 'Point', coordinates: [121.11, 31.155] }, properties: { mode: 'point' } };
    // A hidden or closing page runs no animation frame callback: hold them all back.
    const held: FrameRequestCallback[] = [];
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => held.push(callback);
    try {
      surface.add([finished]);
      await expect.poll(async () => (await storedDrawings<Drawing>(drawingsKey(storageScope))).map((d) => d.id).sort()).toEqual(['area-1', 'point-9', 'refused-1']);
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
  });

  it('takes focus on its title when opened, and closes on Esc', async () => {
    const { tool } = await openTool('en', [AREA, REFUSED]);
    expectTitleFocusThenEscapeCloses(tool, 'draw-title');
  });

  describe('drawing with the keyboard at the map\'s centre', () => {
    /** Opens the tool with nothing stored, a shape mode on and the stand-in map focused. */
    async function onFocusedMap(lang: 'zh' | 'en', mode: 'point' | 'polygon' | 'linestring') {
      const { tool, surface, storageScope } = await openTool(lang, [REFUSED]);
      // Opened, the tool puts the map in select mode: the shape mode is chosen after.
      await expect.poll(() => surface.mode).toBe('select');
      surface.setMode(mode);
      surface.mapElement.setAttribute('data-map-stand-in', '');
      document.body.append(surface.mapElement);
      surface.mapElement.focus();
      return { tool, surface, storageScope };
    }
    const press = (surface: SurfaceStandIn, key: string) => surface.mapElement.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    const announced = (tool: DrawTool) => text(tool.shadowRoot!.querySelector('live-announcer')!.shadowRoot!.querySelector('[role="status"]'));
    const placeAt = (surface: SurfaceStandIn, at: Position) => {
      surface.centreAt = at;
      press(surface, 'Enter');
    };

    it('en: Enter places vertices, Backspace takes the last back, Enter on the first vertex closes the area; each step and the area are announced', async () => {
      const { tool, surface, storageScope } = await onFocusedMap('en', 'polygon');
      expect(text(tool.shadowRoot!.querySelector('.keyboard-help summary'))).toBe('Drawing with the keyboard');
      expect(tool.shadowRoot!.querySelector('.keyboard-hint')!.textContent).toMatch(/^Choose Point, Line or Area, then move focus to the map\. .*Enter or Space puts a vertex at the cross, Backspace removes the last one/);
      for (const corner of RING.slice(0, 3)) placeAt(surface, corner);
      await expect.poll(() => announced(tool)).toMatch(/^Vertex 3 placed\. Area [\d.,]+ (m²|km²), [\d.,]+ ha, [\d.,]+ mu\.$/);
      expect(surface.sketch).toEqual(RING.slice(0, 3));
      expect(text(entry(tool, 'keyboard-sketch'))).toContain('being drawn');
      // A vertex too many, taken back; Space places one as Enter does.
      placeAt(surface, [121.2, 31.2]);
      press(surface, 'Backspace');
      expect(surface.sketch).toEqual(RING.slice(0, 3));
      surface.centreAt = RING[3];
      press(surface, ' ');
      expect(surface.sketch).toHaveLength(4);
      // Back on the first vertex, Enter closes the area and hands it to the map.
      placeAt(surface, RING[0]);
      await expect.poll(() => surface.drawings().filter((d) => d.properties.mode === 'polygon')).toHaveLength(1);
      const drawn = surface.drawings().find((d) => d.properties.mode === 'polygon')!;
      expect(drawn.geometry).toEqual({ type: 'Polygon', coordinates: [RING] });
      expect(surface.sketch).toEqual([]);
      await expect.poll(() => announced(tool)).toMatch(/^Area finished: [\d.,]+ km², [\d.,]+ ha, [\d.,]+ mu, perimeter [\d.,]+ km\.$/);
      expect(km2Of(announced(tool).replace('Area finished: ', ''))).toBeCloseTo(expectedKm2, 3);
      // Saved as any drawing is.
      await expect.poll(async () => (await storedDrawings<Drawing>(drawingsKey(storageScope))).map((d) => d.id)).toContain(drawn.id);
      expect(textNotMarkedChinese(tool.shadowRoot!.querySelector('section')!)).not.toMatch(/[\u4e00-\u9fff]/u);
    });

    it('en: Enter in Point mode puts a point at the centre at once and says where', async () => {
      const { tool, surface } = await onFocusedMap('en', 'point');
      placeAt(surface, [121.123456789, 31.15]);
      await expect.poll(() => surface.drawings().filter((d) => d.properties.mode === 'point')).toHaveLength(1);
      expect(surface.drawings()[0].geometry).toEqual({ type: 'Point', coordinates: [121.1234568, 31.15] });
      await expect.poll(() => announced(tool)).toBe('Point placed at longitude 121.123457, latitude 31.150000.');
    });

    it('zh: a line ends with Enter again at its last vertex or with 完成, its length announced in Chinese; Esc cancels', async () => {
      const { tool, surface } = await onFocusedMap('zh', 'linestring');
      expect(text(tool.shadowRoot!.querySelector('.keyboard-help summary'))).toBe('用键盘绘制');
      expect(tool.shadowRoot!.querySelector('.keyboard-hint')!.textContent).toMatch(/^选择点、线或面，再把焦点移到地图上。/);
      const line = [[121.1, 31.15], [121.12, 31.15]];
      for (const vertex of line) placeAt(surface, vertex);
      const km = length(lineString(line), { units: 'kilometers' });
      await expect.poll(() => announced(tool)).toMatch(/^已放置第 2 个顶点。 长度 [\d.]+ 公里。$/);
      expect(Number(/长度 ([\d.]+)/.exec(announced(tool))![1])).toBeCloseTo(km, 2);
      placeAt(surface, line[1]);
      await expect.poll(() => surface.drawings().filter((d) => d.properties.mode === 'linestring')).toHaveLength(1);
      expect(surface.drawings().find((d) => d.properties.mode === 'linestring')!.geometry).toEqual({ type: 'LineString', coordinates: line });
      await expect.poll(() => announced(tool)).toMatch(/^线已完成：长度 [\d.]+ 公里。$/);

      // A second line: Esc cancels it; a third ends with the Finish button, focus back on the map.
      placeAt(surface, [121.12, 31.15]);
      expect(press(surface, 'Escape'), 'Esc is spent on the shape (an open card stays open)').toBe(false);
      expect(surface.sketch).toEqual([]);
      await expect.poll(() => announced(tool)).toBe('已取消该图形。');
      placeAt(surface, [121.12, 31.15]);
      placeAt(surface, [121.13, 31.16]);
      await expect.poll(() => tool.shadowRoot!.querySelector('button[data-action="finish"]')).not.toBeNull();
      tool.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="finish"]')!.click();
      expect(surface.drawings().filter((d) => d.properties.mode === 'linestring')).toHaveLength(2);
      expect(document.activeElement).toBe(surface.mapElement);
    });
  });
});
