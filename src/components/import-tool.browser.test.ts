import { area, polygon } from '@turf/turf';
import { clear, createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawingsKey, storedDrawings } from '../data/drawings-db';
import { loadSavedImports } from '../import/saved-imports';
import type { Drawing } from '../data/drawing.types';
import { failOnUncaughtErrors, mount, text, unmountAll, expectTitleFocusThenEscapeCloses } from '../testing/dom';
import type { ImportTool } from './import-tool';
import './import-tool';

failOnUncaughtErrors();
// Each test starts with nothing imported in this browser.
beforeEach(() => clear(createStore('trunk-map-imports', 'imports')));
afterEach(unmountAll);

/** About 1.2 km × 1.1 km near 青浦新城, measured by Turf here. */
const RING = [[121.1, 31.15], [121.1125, 31.15], [121.1125, 31.16], [121.1, 31.16], [121.1, 31.15]];
const PARCEL = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '<b>地块</b>' }, geometry: { type: 'Polygon', coordinates: [RING] } }] };
const file = (name: string, content: string) => new File([content], name, { type: 'application/octet-stream' });

/** The map as the tool sees it: records how many features are kept each time it is asked to draw them. */
function mapStandIn(storageScope: string) {
  const shown: number[] = [];
  return { shown, showImported: async () => void shown.push((await loadSavedImports(storageScope)).reduce((sum, layer) => sum + layer.count, 0)) };
}

async function openTool(lang: 'zh' | 'en', storageScope = `component-test-${Date.now()}`) {
  const map = mapStandIn(storageScope);
  const tool = await mount('import-tool', { lang, map, storageScope });
  return { tool, map, storageScope };
}
const part = (tool: ImportTool, selector: string) => text(tool.shadowRoot!.querySelector(selector));

describe('<import-tool>', () => {
  const km2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 }).format(area(polygon([RING])) / 1e6);

  it('en: imports a polygon and says what came in, in which datum, with its Turf area, and keeps it in the list', async () => {
    const { tool, map } = await openTool('en');
    await tool.importFile(file('parcel.geojson', JSON.stringify(PARCEL)));
    expect(part(tool, '.outcome .summary')).toBe('parcel.geojson: 1 of 1 feature imported.');
    expect(part(tool, '.outcome .datum')).toBe('Came in as WGS-84; shown in WGS-84.');
    expect(part(tool, '.outcome')).toContain(`Area of the imported polygons: ${km2} km² (Turf, geodesic)`);
    expect(map.shown.at(-1)).toBe(1);
    expect(part(tool, '.kept li')).toMatch(/^parcel\.geojson: 1 feature, came in as WGS-84 /);
    // A name with markup in the file is text.
    expect(tool.shadowRoot!.querySelector('b')).toBeNull();
  });

  it('zh: a broken file is an error in Chinese, nothing is drawn, and the kept imports stay', async () => {
    const { tool, map } = await openTool('zh');
    await tool.importFile(file('parcel.geojson', JSON.stringify(PARCEL)));
    await tool.importFile(file('broken.geojson', '{"type": "FeatureCollection", "features": ['));
    expect(part(tool, '.outcome .summary')).toBe('broken.geojson：没有导入任何要素。之前导入的数据仍保留。');
    expect(part(tool, '.outcome li.error')).toMatch(/^错误[:：] ?文件不是有效的 JSON。/);
    expect(map.shown).toHaveLength(1);
    expect(part(tool, '.kept li')).toMatch(/^parcel\.geojson：1 个要素，原始坐标系为WGS-84/);
  });

  it('adds a kept import to the drawings of its map, each feature saying where it came from', async () => {
    const { tool, storageScope } = await openTool('en');
    await tool.importFile(file('parcel.geojson', JSON.stringify(PARCEL)));
    await tool.updateComplete;
    tool.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="to-drawings"]')!.click();
    await expect.poll(() => part(tool, '.handed-over')).toBe('1 drawing added from parcel.geojson: open Draw to link an area to a base park or export it.');
    // Once added, it cannot be added twice.
    const again = tool.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="to-drawings"]')!;
    expect([again.disabled, text(again)]).toEqual([true, 'parcel.geojson is in my drawings']);
    const [drawing] = await storedDrawings<Drawing>(drawingsKey(storageScope));
    expect(drawing.properties).toEqual({ mode: 'polygon', source_file: 'parcel.geojson', source_datum: 'WGS-84' });
    expect(drawing.geometry.coordinates).toEqual([RING]);
    // Another map's drawings are untouched.
    expect(await storedDrawings(drawingsKey(`${storageScope}-other`))).toEqual([]);
  });

  it('takes focus on its title and closes on Esc', async () => {
    const { tool } = await openTool('en');
    expectTitleFocusThenEscapeCloses(tool, 'import-title');
  });
});
