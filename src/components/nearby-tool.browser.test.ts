import type { FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_NEARBY } from '../app/nearby-state';
import type { FeatureRef } from '../map/map-controller';
import { loadRealIndex } from '../testing/real-data';
import { failOnUncaughtErrors, mount, recordEvents, text, textNotMarkedChinese, unmountAll, expectTitleFocusThenEscapeCloses } from '../testing/dom';
import type { NearbyTool } from './nearby-tool';
import './nearby-tool';

failOnUncaughtErrors();
afterEach(unmountAll);

/** The map as the tool sees it: records what it is asked to draw and highlight. */
function mapStandIn() {
  const overlays: (FeatureCollection | null)[] = [];
  const highlighted: (FeatureRef | null)[] = [];
  return { overlays, highlighted, showOverlay: (shapes: FeatureCollection | null) => void overlays.push(shapes), highlight: (ref: FeatureRef | null) => void highlighted.push(ref) };
}

async function openTool(lang: 'zh' | 'en') {
  const controller = mapStandIn();
  const tool = await mount('nearby-tool', { lang, settings: DEFAULT_NEARBY, index: await loadRealIndex(), controller });
  // Rings are computed in the worker: the table comes when they are.
  await expect.poll(() => tool.shadowRoot!.querySelectorAll('tbody tr').length, { timeout: 20_000 }).toBeGreaterThan(0);
  return { tool, controller };
}
const part = (tool: NearbyTool, selector: string) => text(tool.shadowRoot!.querySelector(selector));
const rows = (tool: NearbyTool) => [...tool.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];

describe('<nearby-tool>', () => {
  it('en: draws the three default rings and tables what lies within 800 m, with km² and %, counted', async () => {
    const { tool, controller } = await openTool('en');
    const shapes = controller.overlays.at(-1)!;
    expect(shapes.features.map((f) => f.properties!.reach_m)).toEqual([500, 800, 1000]);
    expect(shapes.features.filter((f) => f.properties!.tabled).map((f) => f.properties!.reach_m)).toEqual([800]);
    expect(part(tool, 'caption')).toBe('Parks and pillars within 800 m of a Line 17 station');
    expect([...tool.shadowRoot!.querySelectorAll('thead th')].map(text)).toEqual(['Name', 'Type', 'Inside (km²)', 'Share inside']);
    for (const row of rows(tool)) {
      const cells = [...row.querySelectorAll('td.numeric')].map(text);
      expect(cells.length === 1 ? cells[0] : cells[1]).toMatch(cells.length === 1 ? /^point inside \(no area\)$/ : /^\d+(\.\d)?%$/);
    }
    expect(part(tool, '.actions p')).toBe(`${rows(tool).length} found.`);
    expect(textNotMarkedChinese(tool.shadowRoot!.querySelector('section')!)).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('zh: the same table in Chinese, the distance in 米', async () => {
    const { tool } = await openTool('zh');
    expect(part(tool, 'caption')).toBe('17 号线站点 800 米范围内的园区和支柱');
    expect(part(tool, '.actions p')).toBe(`共 ${rows(tool).length} 项。`);
  });

  it('refuses a ring it cannot draw, next to the field, and sends no change; a good one goes up as a state change', async () => {
    const { tool } = await openTool('en');
    const changes = recordEvents<{ patch: { nearby: { rings: number[] } }; history: string }>(document, 'state-change');
    const ring = tool.shadowRoot!.querySelector<HTMLInputElement>('input[name="ring-0"]')!;
    ring.value = '5';
    ring.dispatchEvent(new Event('change'));
    await tool.updateComplete;
    expect(part(tool, '#nearby-error')).toBe('Enter whole metres from 50 to 5000; the map keeps 500 m.');
    expect(ring.getAttribute('aria-invalid')).toBe('true');
    expect(changes.events).toEqual([]);
    ring.value = '600';
    ring.dispatchEvent(new Event('change'));
    await tool.updateComplete;
    expect(part(tool, '#nearby-error')).toBe('');
    // Sent once the new result is shown.
    await expect.poll(() => changes.events.length).toBe(1);
    expect(changes.events[0].detail.history).toBe('replace');
    expect(changes.events[0].detail.patch.nearby.rings).toEqual([600, 800, 1000]);
    changes.stop();
  });

  it('highlights a row’s feature on the map while it has focus, opens it on Enter, and closes on Esc', async () => {
    const { tool, controller } = await openTool('en');
    const [row] = rows(tool);
    const id = row.dataset.feature!;
    row.focus();
    expect(controller.highlighted.at(-1)).toEqual({ source: (await loadRealIndex()).sourceOf(id), id });
    const chosen = recordEvents<{ featureId: string }>(document, 'feature-chosen');
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(chosen.events.map((e) => e.detail)).toEqual([{ featureId: id }]);
    chosen.stop();
    expectTitleFocusThenEscapeCloses(tool, 'nearby-title');
    // Closed, it takes its shapes off the map.
    tool.remove();
    expect(controller.overlays.at(-1)).toBeNull();
    expect(controller.highlighted.at(-1)).toBeNull();
  });
});
