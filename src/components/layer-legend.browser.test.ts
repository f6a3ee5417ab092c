import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { legendGroupViews } from '../app/app-shell';
import type { PlanFeature } from '../data/feature-index';
import type { Lang } from '../i18n/translate';
import { SOURCE_FILE } from '../layers/sources';
import { failOnUncaughtErrors, mount, recordEvents, text, unmountAll } from '../testing/dom';
import { CJK, featuresOf, loadRealIndex } from '../testing/real-data';
import type { LayerLegend, LegendGroupView } from './layer-legend';
import './layer-legend';

failOnUncaughtErrors();
afterEach(unmountAll);

let groups: LegendGroupView[];
/** Every feature the map draws, by id. */
const drawn = new Map<string, PlanFeature>();
beforeAll(async () => {
  groups = legendGroupViews(await loadRealIndex(), []);
  for (const source of Object.keys(SOURCE_FILE)) for (const f of await featuresOf(source)) drawn.set(f.properties.id, f);
});

/** The plan's structure as the legend must show it: group title, then each item's label and count. */
const EXPECTED: Record<Lang, [string, [string, number][]][]> = {
  zh: [
    ['一条干线', [['G50 智慧高速公路', 1], ['轨道交通 17 号线及车站', 15], ['上海示范区线及车站', 9]]],
    ['五大支柱', [['支柱区域', 5]]],
    ['十个基座', [['有规划面积的园区', 5], ['未说明面积的园区', 5]]],
    ['三条拓展带', [['拓展带', 3]]],
    ['一城两翼', [['片区', 3]]],
    ['背景', [['区县界线', 8], ['湖泊', 2], ['镇街与地点', 19], ['东西向数据大通道', 1]]],
  ],
  en: [
    ['One trunk line', [['G50 Smart Expressway', 1], ['Metro Line 17 and stations', 15], ['Demonstration Zone Line and stations', 9]]],
    ['Five pillars', [['Pillar areas', 5]]],
    ['Ten base parks', [['Parks with a planned area', 5], ['Parks with no stated area', 5]]],
    ['Three expansion belts', [['Belts', 3]]],
    ['One city, two wings', [['Sub-areas', 3]]],
    ['Context', [['District boundaries', 8], ['Lakes', 2], ['Towns and places', 19], ['East–west data corridor', 1]]],
  ],
};

/** The legend as a reader sees it. */
function read(legend: LayerLegend) {
  const root = legend.shadowRoot!;
  return {
    title: text(root.querySelector('h2')),
    groups: [...root.querySelectorAll('section')].map((section) => {
      const heading = section.querySelector('h3')!;
      return {
        title: text(heading).replace(/\s*\d+$/, ''),
        count: Number(text(heading.querySelector('.count'))),
        items: [...section.querySelectorAll('label')].map((label) => ({
          label: text(label.querySelector('span:not(.swatch):not(.count)')),
          count: Number(text(label.querySelector('.count'))),
        })),
      };
    }),
    features: [...root.querySelectorAll<HTMLButtonElement>('li button')].map((button) => ({
      id: button.dataset.feature!,
      name: (button.textContent ?? '').trim(),
      button,
    })),
  };
}

describe('<layer-legend> with the real features, grouped as app-shell groups them', () => {
  for (const lang of ['zh', 'en'] as const) {
    describe(lang, () => {
      it('shows the plan’s groups and items in this language, with their counts', async () => {
        const view = read(await mount('layer-legend', { groups, lang }));
        expect(view.title).toBe(lang === 'zh' ? '图层' : 'Layers');
        expect(view.groups.map((g) => [g.title, g.items.map((i) => [i.label, i.count])])).toEqual(EXPECTED[lang]);
        for (const group of view.groups) {
          expect(group.count, group.title).toBe(group.items.reduce((sum, item) => sum + item.count, 0));
        }
        if (lang === 'en') {
          for (const group of view.groups) {
            expect(group.title).not.toMatch(CJK);
            for (const item of group.items) expect(item.label).not.toMatch(CJK);
          }
        }
      });

      it('lists every drawn feature exactly once, by its name in this language', async () => {
        const view = read(await mount('layer-legend', { groups, lang }));
        expect(view.features.map((f) => f.id).sort()).toEqual([...drawn.keys()].sort());
        for (const { id, name } of view.features) {
          const p = drawn.get(id)!.properties;
          expect(name, id).toBe(lang === 'zh' ? p.name_zh : p.name_en);
          if (lang === 'en') expect(name, id).not.toMatch(CJK);
        }
      });

      it('names each checkbox after its item', async () => {
        await mount('layer-legend', { groups, lang });
        const name = lang === 'zh' ? '显示湖泊' : 'Show Lakes';
        await expect.element(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
      });

      it('names each feature list for what it holds, one name per list', async () => {
        const legend = await mount('layer-legend', { groups, lang });
        // As screen readers name them: the item's name (visually hidden) and the count.
        const names = [...legend.shadowRoot!.querySelectorAll('summary')].map((summary) => summary.textContent);
        const expected = EXPECTED[lang].flatMap(([, items]) =>
          items.map(([label, count]) =>
            lang === 'zh' ? `${label}：${count} 个要素` : `${label}: ${count} ${count === 1 ? 'feature' : 'features'}`,
          ),
        );
        expect(names).toEqual(expected);
        expect(names).toContain(lang === 'zh' ? '有规划面积的园区：5 个要素' : 'Parks with a planned area: 5 features');
      });

      it('explains solid and dashed geometry, with a solid and a dashed sample', async () => {
        const legend = await mount('layer-legend', { groups, lang });
        const key = legend.shadowRoot!.querySelector('.key')!;
        const [solid, dashed] = [...key.querySelectorAll('p')];
        expect(text(key.querySelector('strong'))).toBe(lang === 'zh' ? '几何位置有多准确？' : 'How exact is the geometry?');
        expect(text(solid)).toBe(lang === 'zh' ? '实线：实测（OpenStreetMap，约 ±20 米）' : 'Solid: surveyed (OpenStreetMap, about ±20 m)');
        expect(text(dashed)).toMatch(lang === 'zh' ? /^虚线：近似、示意/ : /^Dashed: approximate, indicative or schematic/);
        expect(getComputedStyle(solid.querySelector('.swatch')!).borderTopStyle).toBe('solid');
        expect(getComputedStyle(dashed.querySelector('.swatch')!).borderTopStyle).toBe('dashed');
      });
    });
  }

  it('draws the surveyed Line 17 solid and the schematic G50 and Demonstration Zone Line dashed', async () => {
    const legend = await mount('layer-legend', { groups, lang: 'en' });
    const swatch = (itemId: string) => getComputedStyle(legend.shadowRoot!.querySelector(`label[data-item="${itemId}"] .swatch`)!);
    expect(swatch('line17').borderTopStyle).toBe('solid');
    expect(swatch('g50').borderTopStyle).toBe('dashed');
    expect(swatch('dz-line').borderTopStyle).toBe('dashed');
    // Each swatch takes its item's colour.
    expect(swatch('line17').borderTopColor).not.toBe(swatch('g50').borderTopColor);
  });

  it('fires layer-toggled {itemId, visible} when a checkbox is unchecked and checked again', async () => {
    await mount('layer-legend', { groups, lang: 'en' });
    const checkbox = page.getByRole('checkbox', { name: 'Show Metro Line 17 and stations' });
    await expect.element(checkbox).toBeChecked();
    const recorded = recordEvents(document, 'layer-toggled');
    await userEvent.click(checkbox);
    await userEvent.click(checkbox);
    recorded.stop();
    expect(recorded.events).toEqual([
      { detail: { itemId: 'line17', visible: false }, bubbles: true, composed: true },
      { detail: { itemId: 'line17', visible: true }, bubbles: true, composed: true },
    ]);
  });

  it('shows an item hidden when its view says so', async () => {
    const hidden = groups.map((g) => ({ ...g, items: g.items.map((i) => ({ ...i, visible: i.id !== 'water' })) }));
    await mount('layer-legend', { groups: hidden, lang: 'zh' });
    await expect.element(page.getByRole('checkbox', { name: '显示湖泊' })).not.toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: '显示片区' })).toBeChecked();
  });

  for (const [lang, features, name] of [
    ['zh', '有规划面积的园区：5 个要素', '数字信息产业园'],
    ['en', 'Parks with a planned area: 5 features', 'Digital Information Industrial Park'],
  ] as const) {
    it(`${lang}: fires feature-chosen {featureId} when a feature is activated with Enter`, async () => {
      const legend = await mount('layer-legend', { groups, lang });
      const item = legend.shadowRoot!.querySelector('label[data-item="park-footprints"] + details') as HTMLDetailsElement;
      await userEvent.click(item.querySelector('summary')!);
      expect(item.open).toBe(true);
      const button = page.getByRole('button', { name, exact: true });
      await expect.element(button).toBeVisible();
      expect(item.querySelector('summary')!.textContent).toBe(features);

      const recorded = recordEvents(document, 'feature-chosen');
      (button.element() as HTMLButtonElement).focus();
      await userEvent.keyboard('{Enter}');
      recorded.stop();
      expect(recorded.events).toEqual([{ detail: { featureId: 'park-digital-information' }, bubbles: true, composed: true }]);
    });
  }

  it('renders no feature list for an item without features, and counts 0', async () => {
    const empty = groups.map((g) => ({ ...g, items: g.items.map((i) => (i.id === 'water' ? { ...i, features: [] } : i)) }));
    const legend = await mount('layer-legend', { groups: empty, lang: 'en' });
    const label = legend.shadowRoot!.querySelector('label[data-item="water"]')!;
    expect(text(label.querySelector('.count'))).toBe('0');
    expect(label.nextElementSibling?.tagName).not.toBe('DETAILS');
  });
});
