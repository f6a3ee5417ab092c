import { afterEach, describe, expect, it } from 'vitest';
import { failOnUncaughtErrors, mount, text, unmountAll } from '../testing/dom';
import type { BasemapStatus } from './basemap-status.types';
import './basemap-notice';

failOnUncaughtErrors();
afterEach(unmountAll);

const AMAP: BasemapStatus = { shown: 'amap', datumLabel: 'GCJ-02', shifted: true, failed: null };
const OSM: BasemapStatus = { shown: 'osm', datumLabel: 'WGS-84', shifted: false, failed: null };
const TIANDITU: BasemapStatus = { shown: 'tianditu', datumLabel: 'CGCS2000 ≈ WGS-84', shifted: false, failed: null };
const FELL_BACK: BasemapStatus = { shown: 'offline', datumLabel: 'WGS-84', shifted: false, failed: 'amap' };

async function notice(status: BasemapStatus | undefined, lang: 'zh' | 'en', drawingsShown = false) {
  const element = await mount('basemap-notice', { lang, drawingsShown, ...(status && { status }) });
  const region = element.shadowRoot!.querySelector('[role=status]')!;
  return { region, lines: [...region.querySelectorAll('p')].map(text), box: region.getBoundingClientRect() };
}

describe('<basemap-notice>', () => {
  it('is an empty, invisible live region over the offline basemap', async () => {
    const { region, lines, box } = await notice(undefined, 'zh');
    expect(region).not.toBeNull();
    expect(lines).toEqual([]);
    expect(box.height).toBe(0);
  });

  it('says the basemap is GCJ-02 and our layers were shifted', async () => {
    expect((await notice(AMAP, 'zh')).lines).toEqual(['底图：高德地图（GCJ-02），叠加图层已转换']);
    expect((await notice(AMAP, 'en')).lines).toEqual(['Basemap: AMap (GCJ-02); our layers shifted to match']);
  });

  it('says a WGS-84 basemap needs no shift', async () => {
    expect((await notice(TIANDITU, 'zh')).lines).toEqual(['底图：天地图（CGCS2000 ≈ WGS-84），叠加图层无需转换']);
    expect((await notice(TIANDITU, 'en')).lines).toEqual(['Basemap: Tianditu (CGCS2000 ≈ WGS-84); our layers need no shift']);
  });

  it('tells the real G50 from ours on OpenStreetMap, each with its swatch', async () => {
    const { region, lines } = await notice(OSM, 'en');
    expect(lines).toEqual([
      'Basemap: OpenStreetMap (WGS-84); our layers need no shift',
      'The real G50 in OpenStreetMap',
      'Our schematic G50',
    ]);
    expect(region.querySelectorAll('p .swatch.real-g50')).toHaveLength(1);
    expect(region.querySelectorAll('p .swatch.schematic-g50')).toHaveLength(1);
    expect((await notice(OSM, 'zh')).lines.slice(1)).toEqual(['OpenStreetMap 中 G50 的实际走向', '本图的 G50 示意线']);
  });

  it('says which basemap failed after a fallback', async () => {
    const { lines, box } = await notice(FELL_BACK, 'zh');
    expect(lines).toEqual(['高德地图底图未能加载，已切回离线底图']);
    expect(box.height).toBeGreaterThan(0);
    expect((await notice(FELL_BACK, 'en')).lines).toEqual(['The AMap basemap did not load; back to the offline map']);
  });

  it('says that drawings are not shifted over a GCJ-02 basemap, only while the map shows some', async () => {
    expect((await notice(AMAP, 'en', true)).lines).toEqual([
      'Basemap: AMap (GCJ-02); our layers shifted to match',
      'Your drawings are not shifted to GCJ-02: over this basemap they show several hundred metres from where they are, and what you trace on it is off by as much. Draw over a WGS-84 basemap.',
    ]);
    expect((await notice(AMAP, 'zh', true)).lines[1]).toBe('你的绘图未转换为 GCJ-02：在此底图上显示的位置偏离实际数百米，在其上描绘的形状也会偏差同样距离。请在 WGS-84 底图上绘图。');
    // Over a WGS-84 basemap drawings sit where they are: nothing to say.
    expect((await notice(TIANDITU, 'en', true)).lines).toHaveLength(1);
    expect((await notice(undefined, 'en', true)).lines).toEqual([]);
  });
});
