import type { FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import type { MapView } from '../map/view';
import { loadRealIndex, realFeature } from '../testing/real-data';
import { failOnUncaughtErrors, mount, recordEvents, text, textNotMarkedChinese, unmountAll } from '../testing/dom';
import type { ChainageTool } from './chainage-tool';
import './chainage-tool';

failOnUncaughtErrors();
afterEach(unmountAll);

const FIRST_STATION = 'line17-01-hongqiao-railway-station';

/** The map as the tool sees it: its centre, a pick it hands on when told, and what it is asked to draw. */
function mapStandIn(center: [number, number]) {
  const overlays: (FeatureCollection | null)[] = [];
  const picks = { listener: null as ((lngLat: [number, number]) => void) | null, cancelled: 0 };
  return {
    overlays,
    picks,
    getView: (): MapView => ({ center, zoom: 12, bearing: 0, pitch: 0 }),
    showOverlay: (shapes: FeatureCollection | null) => void overlays.push(shapes),
    pickPosition: (listener: (lngLat: [number, number]) => void) => {
      picks.listener = listener;
      return () => void picks.cancelled++;
    },
  };
}

async function openTool(lang: 'zh' | 'en', center: [number, number]) {
  const controller = mapStandIn(center);
  const tool = await mount('chainage-tool', { lang, index: await loadRealIndex(), controller });
  return { tool, controller };
}
const part = (tool: ChainageTool, selector: string) => text(tool.shadowRoot!.querySelector(selector));
const button = (tool: ChainageTool, selector: string) => tool.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;

describe('<chainage-tool>', () => {
  it('en: at the first Line 17 station, measures about 0 km along the trunk, that station 0 m away, in km and m', async () => {
    const station = await realFeature(FIRST_STATION);
    const position = (station.geometry as GeoJSON.Point).coordinates as [number, number];
    const { tool, controller } = await openTool('en', position);
    button(tool, 'button.centre').click();
    await expect.poll(() => part(tool, 'dd.station'), { timeout: 20_000 }).toBe(`${station.properties.name_en} · 0 m`);
    expect(part(tool, 'dd.along')).toMatch(/^0(\.0\d)? km \(measured on the track of .+, \d+ m from it\)$/);
    expect(part(tool, 'dd.point')).toBe(`${position[0].toFixed(5)}° E, ${position[1].toFixed(5)}° N`);
    expect(part(tool, 'dd.trunk')).toMatch(/^\d+ m to /);
    expect([...tool.shadowRoot!.querySelectorAll('dt')].map(text)).toEqual([
      'Point (WGS-84)',
      `Along the trunk from ${station.properties.name_en}`,
      'Nearest Line 17 station',
      'Distance to the trunk',
    ]);
    // The point and its links to the track and the station are drawn.
    expect(controller.overlays.at(-1)!.features.map((f) => f.geometry.type)).toEqual(['LineString', 'LineString', 'Point']);
    expect(textNotMarkedChinese(tool.shadowRoot!.querySelector('section')!)).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('zh: a point picked on the map, measured in 公里 and 米 with Chinese names', async () => {
    const station = await realFeature(FIRST_STATION);
    const { tool, controller } = await openTool('zh', [121.1, 31.15]);
    button(tool, 'button.pick').click();
    await tool.updateComplete;
    expect(button(tool, 'button.pick').getAttribute('aria-pressed')).toBe('true');
    controller.picks.listener!((station.geometry as GeoJSON.Point).coordinates as [number, number]);
    await expect.poll(() => part(tool, 'dd.station'), { timeout: 20_000 }).toBe(`${station.properties.name_zh} · 0 米`);
    expect(part(tool, 'dd.along')).toMatch(/^0(\.0\d)? 公里/);
    expect(button(tool, 'button.pick').getAttribute('aria-pressed')).toBe('false');
  });

  it('Esc first stops picking, then closes the tool', async () => {
    const { tool, controller } = await openTool('en', [121.1, 31.15]);
    const closed = recordEvents(document, 'panel-closed');
    button(tool, 'button.pick').click();
    await tool.updateComplete;
    const esc = () => button(tool, 'button.pick').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    esc();
    await tool.updateComplete;
    expect(controller.picks.cancelled).toBe(1);
    expect(button(tool, 'button.pick').getAttribute('aria-pressed')).toBe('false');
    expect(closed.events).toHaveLength(0);
    esc();
    expect(closed.events).toHaveLength(1);
    closed.stop();
  });
});
