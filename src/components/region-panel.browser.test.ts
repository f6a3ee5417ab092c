import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FeatureIndex } from '../data/feature-index';
import { REGION_BOUNDS, REGION_ITEMS } from '../region/region-items';
import { failOnUncaughtErrors, mount, recordEvents, text, unmountAll } from '../testing/dom';
import { loadRealIndex } from '../testing/real-data';
import './region-panel';

let index: FeatureIndex;
beforeAll(async () => {
  index = await loadRealIndex();
});
failOnUncaughtErrors();
afterEach(unmountAll);

async function openPanel(lang: 'zh' | 'en') {
  const bounds = recordEvents<{ bounds: number[] }>(document.body, 'bounds-requested');
  const chosen = recordEvents<{ featureId: string }>(document.body, 'feature-chosen');
  const closed = recordEvents(document.body, 'panel-closed');
  const panel = await mount('region-panel', { lang, index });
  // Each listed place shows its fact once seeds/ has loaded.
  await expect.poll(() => panel.shadowRoot!.querySelectorAll('li p:not(.source)').length).toBe(REGION_ITEMS.length);
  return { panel, bounds: bounds.events, chosen: chosen.events, closed: closed.events };
}

describe('<region-panel>', () => {
  for (const [lang, title, name, badge] of [
    ['zh', '干线在长三角', '苏州工业园区', '示意'],
    ['en', 'The trunk in the delta', 'Suzhou Industrial Park', 'Indicative'],
  ] as const) {
    it(`${lang}: asks the map for the delta, lists every place in ${lang} with its accuracy and source, and opens a card`, async () => {
      const { panel, bounds, chosen, closed } = await openPanel(lang);
      expect(bounds.map((e) => e.detail.bounds)).toEqual([[...REGION_BOUNDS]]);
      await expect.element(page.getByRole('dialog', { name: title })).toBeVisible();
      const rows = [...panel.shadowRoot!.querySelectorAll('li')];
      expect(rows.map((row) => row.dataset.feature)).toEqual(REGION_ITEMS.map((item) => item.featureId));
      const suzhou = rows.find((row) => row.dataset.feature === 'poi-suzhou-industrial-park')!;
      expect(text(suzhou)).toContain(name);
      expect(text(suzhou.querySelector('accuracy-badge')!.shadowRoot!.querySelector('span'))).toBe(badge);
      expect(text(suzhou.querySelector('.source'))).toMatch(/003 ¶1$/);
      await userEvent.click(page.getByRole('button', { name, exact: true }));
      expect(chosen.map((e) => e.detail)).toEqual([{ featureId: 'poi-suzhou-industrial-park' }]);
      panel.focusTitle();
      await userEvent.keyboard('{Escape}');
      expect(closed).toHaveLength(1);
    });
  }
});
