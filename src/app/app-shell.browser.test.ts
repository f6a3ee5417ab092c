import { bbox } from '@turf/turf';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { BasemapStatus } from '../components/basemap-status.types';
import type { FeatureCard } from '../components/feature-card';
import type { InViewController } from '../components/features-in-view';
import type { FeatureIndex } from '../data/feature-index';
import type { Lang } from '../i18n/translate';
import { LEGEND_GROUPS } from '../layers/legend';
import { buildStyle } from '../layers/style';
import type { FeatureRef } from '../map/map-controller';
import type { MapView } from '../map/view';
import { failOnUncaughtErrors, text } from '../testing/dom';
import { CJK, loadRealIndex, realFeature } from '../testing/real-data';
import { deepActiveElement } from '../util/deep-active-element';
import { DEFAULT_STATE, type AppState } from './app-state';
import type { AppShell, ShellController } from './app-shell';
import './app-shell';
import { AppStore, type HistoryMode } from './store';

/** A map controller that records what the shell asks of it; no map. */
function stubController() {
  const calls: unknown[][] = [];
  const listeners: ((ref: FeatureRef | null) => void)[] = [];
  const basemapListeners: ((status: BasemapStatus) => void)[] = [];
  const moveListeners: ((view: MapView) => void)[] = [];
  let visible: FeatureRef[] = [];
  const visibleListeners: ((refs: FeatureRef[]) => void)[] = [];
  const canvas = document.createElement('canvas');
  canvas.tabIndex = 0;
  canvas.setAttribute('aria-label', 'Map');
  // The list of features in view also asks the map for them, and to highlight one.
  const controller: ShellController & InViewController = {
    map: { getCanvas: () => canvas },
    onFeatureClicked: (listener) => {
      calls.push(['onFeatureClicked']);
      listeners.push(listener);
    },
    showBounds: (bounds, padding, options) => calls.push(['showBounds', bounds, padding, options]),
    basemapIds: ['offline', 'osm', 'amap'],
    onBasemapChanged: (listener) => void basemapListeners.push(listener),
    onViewChanged: (listener) => moveListeners.push(listener),
    visibleFeatures: () => visible,
    onVisibleFeaturesChanged: (listener) => {
      visibleListeners.push(listener);
      listener(visible);
      return () => visibleListeners.splice(visibleListeners.indexOf(listener), 1);
    },
    highlight: (ref) => calls.push(['highlight', ref]),
  };
  /** What a click on the map reports: the feature picked, or null for none. */
  const clickMap = (ref: FeatureRef | null) => listeners.forEach((listener) => listener(ref));
  /** What the map reports after showing a basemap or falling back from one. */
  const reportBasemap = (status: BasemapStatus) => basemapListeners.forEach((listener) => listener(status));
  /** The map comes to rest showing these features. */
  const moveTo = (refs: FeatureRef[]) => {
    visible = refs;
    moveListeners.forEach((listener) => listener({ center: [121, 31], zoom: 10, bearing: 0, pitch: 0 }));
    visibleListeners.forEach((listener) => listener(refs));
  };
  return { controller, calls, canvas, clickMap, reportBasemap, moveTo };
}

let index: FeatureIndex;
let stub: ReturnType<typeof stubController>;
let shell: AppShell<ShellController>;
let store: AppStore;
/** Every change the shell asked the store for (or a test made), with its history mode. */
let changes: { patch: Partial<AppState>; history: HistoryMode }[];

beforeAll(async () => {
  // Wide enough for the desktop layout, where the legend starts open.
  await page.viewport(1280, 800);
  index = await loadRealIndex();
});

failOnUncaughtErrors();

/** Mounts the shell on a store in `state` (a link's state), then hands it the data, as main.ts does. */
async function mountShell(lang: Lang = 'zh', errors: string[] = [], state: Partial<AppState> = {}, map: 'stub' | 'none' = 'stub') {
  stub = stubController();
  document.body.append(stub.canvas);
  store = new AppStore({ ...DEFAULT_STATE, lang, ...state });
  changes = [];
  store.subscribe((next, _previous, change) =>
    changes.push({ patch: Object.fromEntries(change.keys.map((key) => [key, next[key]])), history: change.history }),
  );
  shell = document.createElement('app-shell') as unknown as AppShell<ShellController>;
  shell.store = store;
  shell.controller = map === 'stub' ? stub.controller : null;
  document.body.append(shell);
  await shell.updateComplete;
  shell.setFeatureIndex(index, errors);
  await shell.updateComplete;
  return shell;
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  shell?.remove();
  stub?.canvas.remove();
  document.documentElement.lang = 'en';
});

const shadow = () => shell.shadowRoot!;
const legend = () => shadow().querySelector('layer-legend')!;
const card = () => shadow().querySelector<FeatureCard>('feature-card');
const cardTitle = () => text(card()?.shadowRoot?.querySelector('h2'));
const callsOf = (name: string) => stub.calls.filter(([method]) => method === name);
const nameOf = (id: string, lang: Lang) => index.get(id)!.properties[lang === 'zh' ? 'name_zh' : 'name_en'];
const legendGroupTitles = () =>
  [...legend().shadowRoot!.querySelectorAll('section h3')].map((h) => text(h).replace(/\s*\d+$/, ''));

/** Opens the feature list of a legend item and returns the button of one feature in it. */
async function legendFeatureButton(itemId: string, featureName: string) {
  const details = legend().shadowRoot!.querySelector(`label[data-item="${itemId}"] + details`) as HTMLDetailsElement;
  if (!details.open) await userEvent.click(details.querySelector('summary')!);
  const button = page.getByRole('button', { name: featureName, exact: true });
  await expect.element(button).toBeVisible();
  return button.element() as HTMLButtonElement;
}

/** Chooses a feature in the legend from the keyboard, as a keyboard user would. */
async function chooseWithKeyboard(itemId: string, featureName: string) {
  const button = await legendFeatureButton(itemId, featureName);
  button.focus();
  await userEvent.keyboard('{Enter}');
  return button;
}

describe('<app-shell> with a stub map controller', () => {
  it('shows only the parts its controls name, and leaves the page alone when it does not title it', async () => {
    await mountShell('en');
    shell.titlesDocument = false;
    shell.controls = new Set(['legend']);
    store.set({ lang: 'zh' }, { history: 'replace' });
    await shell.updateComplete;
    expect(shadow().querySelector('h1')).toBeNull();
    expect(shadow().querySelector('lang-switch')).toBeNull();
    expect(shadow().querySelector('.panel-toggle')).toBeNull();
    expect(shadow().querySelector('search-box')).toBeNull();
    expect(shadow().querySelector('.legend-toggle')).not.toBeNull();
    // The page keeps the language and title it had (English, from mounting) though the map is in Chinese.
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Yangtze River Delta Digital Trunk Line · Qingpu');
    shell.controls = new Set();
    await shell.updateComplete;
    expect(shadow().querySelector('header')).toBeNull();
  });

  it('shows the title and the legend in Chinese, no card, and listens to map clicks', async () => {
    await mountShell('zh');
    await expect.element(page.getByRole('heading', { level: 1, name: '长三角数字干线 · 青浦' })).toBeVisible();
    await expect.element(page.getByRole('combobox', { name: '搜索' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: '图层', exact: true })).toHaveAttribute('aria-expanded', 'true');
    expect(legend().hidden).toBe(false);
    expect(legendGroupTitles()).toEqual(['一条干线', '五大支柱', '十个基座', '三条拓展带', '一城两翼', '背景']);
    expect(card()).toBeNull();
    expect(callsOf('onFeatureClicked')).toHaveLength(1);
  });

  it('hides and shows the legend with its button', async () => {
    await mountShell('en');
    const toggle = page.getByRole('button', { name: 'Layers', exact: true });
    await userEvent.click(toggle);
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(legend().hidden).toBe(true);
    await userEvent.click(toggle);
    expect(legend().hidden).toBe(false);
  });

  it('switches to English: puts it in the state, and re-renders title, legend and page language', async () => {
    await mountShell('zh');
    expect(text(legend().shadowRoot!.querySelector('h2'))).toBe('图层');
    await userEvent.click(page.getByRole('button', { name: 'English' }));

    expect(changes).toEqual([{ patch: { lang: 'en' }, history: 'replace' }]);
    await expect.element(page.getByRole('heading', { level: 1, name: 'Yangtze River Delta Digital Trunk Line · Qingpu' })).toBeVisible();
    expect(text(legend().shadowRoot!.querySelector('h2'))).toBe('Layers');
    expect(legendGroupTitles()).toEqual(['One trunk line', 'Five pillars', 'Ten base parks', 'Three expansion belts', 'One city, two wings', 'Context']);
    const names = [...legend().shadowRoot!.querySelectorAll('li button')].map((b) => (b.textContent ?? '').trim());
    expect(names).toContain('Digital Information Industrial Park');
    for (const name of names) expect(name).not.toMatch(CJK);
    await expect.element(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Yangtze River Delta Digital Trunk Line · Qingpu');

    await userEvent.click(page.getByRole('button', { name: '中文' }));
    expect(changes.at(-1)).toEqual({ patch: { lang: 'zh' }, history: 'replace' });
    expect(legendGroupTitles()[0]).toBe('一条干线');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('unchecking a legend item puts it in the hidden items (whose layers exist), checking it takes it out', async () => {
    await mountShell('en');
    const styleLayers = new Set(buildStyle({ dataUrl: (f) => f, fontUrl: 'font', lang: 'en' }).layers.map((l) => l.id));
    for (const item of LEGEND_GROUPS.flatMap((g) => g.items)) {
      expect(item.layers.length, item.id).toBeGreaterThan(0);
      for (const layer of item.layers) expect(styleLayers, `${item.id} hides ${layer}`).toContain(layer);
      const label = text(legend().shadowRoot!.querySelector(`label[data-item="${item.id}"]`)!.querySelector('span:not(.swatch):not(.count)'));
      const checkbox = page.getByRole('checkbox', { name: `Show ${label}`, exact: true });
      await expect.element(checkbox).toBeChecked();

      await userEvent.click(checkbox);
      expect(changes.at(-1), item.id).toEqual({ patch: { hidden: [item.id] }, history: 'replace' });
      await expect.element(checkbox).not.toBeChecked();
      await userEvent.click(checkbox);
      expect(changes.at(-1), item.id).toEqual({ patch: { hidden: [] }, history: 'replace' });
      await expect.element(checkbox).toBeChecked();
    }
  });

  it('keeps an unchecked item unchecked across a language change', async () => {
    await mountShell('zh');
    await userEvent.click(page.getByRole('checkbox', { name: '显示湖泊' }));
    await userEvent.click(page.getByRole('button', { name: 'English' }));
    await expect.element(page.getByRole('checkbox', { name: 'Show Lakes' })).not.toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Show Sub-areas' })).toBeChecked();
  });

  it('choosing a feature in the legend selects it (a new history entry), flies to it, opens its card and moves focus into it', async () => {
    await mountShell('zh');
    const feature = await realFeature('park-digital-information');
    await chooseWithKeyboard('park-footprints', '数字信息产业园');

    await expect.element(page.getByRole('dialog', { name: '数字信息产业园' })).toBeVisible();
    expect(changes).toEqual([{ patch: { selected: 'park-digital-information' }, history: 'push' }]);
    const [[, bounds, padding, options]] = callsOf('showBounds') as [string, number[], Record<string, number>, unknown][];
    expect(bounds).toEqual(bbox(feature));
    expect(options).toEqual({ animate: true });
    // Wide layout: the left padding keeps the feature clear of the open legend.
    expect(padding.left).toBeGreaterThan(padding.top);

    const body = card()!.shadowRoot!;
    expect(text(body.querySelector('.kind'))).toBe('基座园区');
    expect([...body.querySelectorAll('dd')].map(text)).toEqual(expect.arrayContaining(['250 亿元', '200 亿元', '80%', '4.62 平方公里']));
    await expect.poll(() => deepActiveElement()?.id).toBe('card-title');
    expect(text(deepActiveElement())).toBe('数字信息产业园');
  });

  it('Esc closes the card, clears the selection (a new history entry) and returns focus to the legend entry', async () => {
    await mountShell('en');
    const button = await chooseWithKeyboard('park-points', 'BeiDou and High-Resolution Remote Sensing Digital Industrial Park');
    await expect.element(page.getByRole('dialog', { name: 'BeiDou and High-Resolution Remote Sensing Digital Industrial Park' })).toBeVisible();
    await expect.poll(() => deepActiveElement()?.id).toBe('card-title');

    await userEvent.keyboard('{Escape}');
    await expect.poll(card).toBeNull();
    expect(changes.at(-1)).toEqual({ patch: { selected: null }, history: 'push' });
    expect(deepActiveElement()).toBe(button);
  });

  it('the close button closes the card and returns focus to the legend entry', async () => {
    await mountShell('en');
    const button = await chooseWithKeyboard('pillars', 'Xicen Science and Innovation Centre');
    await expect.element(page.getByRole('dialog', { name: 'Xicen Science and Innovation Centre' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Close', exact: true }));
    await expect.poll(card).toBeNull();
    expect(changes.at(-1)).toEqual({ patch: { selected: null }, history: 'push' });
    expect(deepActiveElement()).toBe(button);
  });

  it('Esc without a card does nothing', async () => {
    await mountShell('zh');
    await userEvent.keyboard('{Escape}');
    expect(changes).toEqual([]);
    expect(card()).toBeNull();
  });

  it('a click on the map opens the card of the feature picked, without moving the map', async () => {
    await mountShell('zh');
    stub.clickMap({ source: 'trunk-stations', id: 'line17-09-qingpu-xincheng' });
    await expect.element(page.getByRole('dialog', { name: '青浦新城' })).toBeVisible();
    expect(changes).toEqual([{ patch: { selected: 'line17-09-qingpu-xincheng' }, history: 'push' }]);
    expect(callsOf('showBounds')).toEqual([]);
    expect(text(card()!.shadowRoot!.querySelector('p.meta'))).toBe('轨道交通 17 号线第 9 站');

    // A click on nothing closes the card; focus stays on the map.
    stub.clickMap(null);
    await expect.poll(card).toBeNull();
    expect(changes.at(-1)).toEqual({ patch: { selected: null }, history: 'push' });
    expect(deepActiveElement()).toBe(stub.canvas);
  });

  it('choosing another feature replaces the card', async () => {
    await mountShell('en');
    stub.clickMap({ source: 'pillars', id: 'pillar-hongqiao-cbd' });
    await expect.element(page.getByRole('dialog', { name: 'Hongqiao Central Business District' })).toBeVisible();
    stub.clickMap({ source: 'belts', id: 'belt-digital-finance' });
    await expect.element(page.getByRole('dialog', { name: 'Digital Finance Function Multiplier Belt' })).toBeVisible();
    expect(shadow().querySelectorAll('feature-card')).toHaveLength(1);
    expect(store.state.selected).toBe('belt-digital-finance');
  });

  it('an open card follows a language change', async () => {
    await mountShell('zh');
    await chooseWithKeyboard('park-footprints', '数字信息产业园');
    await expect.element(page.getByRole('dialog', { name: '数字信息产业园' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'English' }));
    await expect.element(page.getByRole('dialog', { name: 'Digital Information Industrial Park' })).toBeVisible();
    expect(cardTitle()).toBe('Digital Information Industrial Park');
    expect([...card()!.shadowRoot!.querySelectorAll('dd')].map(text)).toContain('25 bn yuan (250 亿元)');
  });

  it('a click on a feature the index does not know closes the card instead of failing', async () => {
    await mountShell('en');
    stub.clickMap({ source: 'pillars', id: 'pillar-hongqiao-cbd' });
    await expect.element(page.getByRole('dialog')).toBeVisible();
    stub.clickMap({ source: 'pillars', id: 'no-such-feature' });
    await expect.poll(card).toBeNull();
    expect(store.state.selected).toBeNull();
    expect(changes.at(-1)).toEqual({ patch: { selected: null }, history: 'push' });
  });

  for (const [lang, message] of [
    ['zh', '部分地图数据未能加载：pillars: HTTP 404。地图其余部分仍可使用。'],
    ['en', 'Some map data could not be loaded: pillars: HTTP 404. The rest of the map still works.'],
  ] as const) {
    it(`${lang}: reports a layer that failed to load`, async () => {
      await mountShell(lang, ['pillars: HTTP 404']);
      await expect.element(page.getByRole('alert')).toHaveTextContent(message);
    });
  }
});

describe('<app-shell> basemaps', () => {
  const notice = () => text(shell.shadowRoot!.querySelector('basemap-notice')!.shadowRoot!.querySelector('[role=status]'));

  it('offers the basemaps of the map controller at the end of the legend, and puts the one chosen in the state', async () => {
    await mountShell('en');
    const picker = shell.shadowRoot!.querySelector('layer-legend basemap-picker')!;
    expect(picker, 'the picker sits in the legend').not.toBeNull();
    expect([...picker.shadowRoot!.querySelectorAll('label')].map(text)).toEqual(['Offline (our own layers)', 'OpenStreetMap', 'AMap']);
    await expect.element(page.getByRole('radio', { name: 'Offline (our own layers)' })).toBeChecked();
    await userEvent.click(page.getByRole('radio', { name: 'AMap' }));
    expect(changes).toEqual([{ patch: { basemap: 'amap' }, history: 'replace' }]);
    // Nothing is said about the basemap until the map reports what it shows.
    expect(notice()).toBe('');
    stub.reportBasemap({ shown: 'amap', datumLabel: 'GCJ-02', shifted: true, failed: null });
    await expect.poll(notice).toBe('Basemap: AMap (GCJ-02); our layers shifted to match');
  });

  it('checks the basemap of a link, and offline again after a fallback, saying why', async () => {
    await mountShell('zh', [], { basemap: 'amap' });
    await expect.element(page.getByRole('radio', { name: '高德地图' })).toBeChecked();
    stub.reportBasemap({ shown: 'offline', datumLabel: 'WGS-84', shifted: false, failed: 'amap' });
    // The map binding puts offline back into the state.
    store.set({ basemap: 'offline' }, { history: 'replace' });
    await expect.poll(notice).toBe('高德地图底图未能加载，已切回离线底图');
    await expect.element(page.getByRole('radio', { name: '离线底图（本图数据）' })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: '高德地图' })).not.toBeChecked();
  });
});

describe('<app-shell> shows the state it is given (a link, Back or Forward)', () => {
  it('opens in the linked language, with the linked layers unchecked and the linked card open, without taking focus', async () => {
    const view = { center: [121.13, 31.2] as [number, number], zoom: 11.5, bearing: 0, pitch: 0 };
    await mountShell('en', [], { hidden: ['belts', 'water'], selected: 'park-digital-information', view });
    await expect.element(page.getByRole('heading', { level: 1, name: 'Yangtze River Delta Digital Trunk Line · Qingpu' })).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: 'Show Belts' })).not.toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Show Lakes' })).not.toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Show Pillar areas' })).toBeChecked();
    await expect.element(page.getByRole('dialog', { name: 'Digital Information Industrial Park' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    // The link has a view: the map is not moved to the feature.
    expect(callsOf('showBounds')).toEqual([]);
    expect(deepActiveElement()?.id).not.toBe('card-title');
    expect(changes).toEqual([]);
  });

  it('a link with a feature but no view opens on that feature, without a flight', async () => {
    await mountShell('zh', [], { selected: 'line17-09-qingpu-xincheng' });
    await expect.element(page.getByRole('dialog', { name: '青浦新城' })).toBeVisible();
    const feature = await realFeature('line17-09-qingpu-xincheng');
    expect(callsOf('showBounds')).toEqual([['showBounds', bbox(feature), expect.any(Object), { animate: false }]]);
  });

  it('a link naming a feature the data does not have opens no card, and drops it without a new history entry', async () => {
    await mountShell('zh', [], { selected: 'no-such-feature' });
    expect(card()).toBeNull();
    expect(changes).toEqual([{ patch: { selected: null }, history: 'replace' }]);
    expect(callsOf('showBounds')).toEqual([]);
  });

  it('follows changes of the state made elsewhere: card, language and layers', async () => {
    await mountShell('zh');
    store.set({ selected: 'pillar-hongqiao-cbd' }, { history: 'none' });
    await expect.element(page.getByRole('dialog', { name: '虹桥中央商务区' })).toBeVisible();
    store.set({ selected: 'belt-digital-finance', lang: 'en', hidden: ['pillars'] }, { history: 'none' });
    await expect.element(page.getByRole('dialog', { name: 'Digital Finance Function Multiplier Belt' })).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: 'Show Pillar areas' })).not.toBeChecked();
    store.set({ selected: null }, { history: 'none' });
    await expect.poll(card).toBeNull();
    // Nothing the shell did went back into the state.
    expect(changes.every(({ history }) => history === 'none')).toBe(true);
  });
});

describe('<app-shell> Share', () => {
  const shareButton = (name: string) => page.getByRole('button', { name, exact: true });
  const panel = () => shadow().querySelector('share-panel');

  for (const [lang, name, title] of [
    ['zh', '分享', '分享此视图'],
    ['en', 'Share', 'Share this view'],
  ] as const) {
    it(`${lang}: the ${name} button opens the panel (in the state), with focus on its title, and closes it again`, async () => {
      await mountShell(lang);
      await expect.element(shareButton(name)).toHaveAttribute('aria-expanded', 'false');
      expect(panel()).toBeNull();
      await userEvent.click(shareButton(name));
      await expect.element(page.getByRole('dialog', { name: title })).toBeVisible();
      expect(changes).toEqual([{ patch: { panel: 'share' }, history: 'replace' }]);
      await expect.element(shareButton(name)).toHaveAttribute('aria-expanded', 'true');
      await expect.poll(() => deepActiveElement()?.id).toBe('share-title');

      await userEvent.click(shareButton(name));
      await expect.poll(panel).toBeNull();
      expect(changes.at(-1)).toEqual({ patch: { panel: null }, history: 'replace' });
      expect(deepActiveElement()).toBe(shareButton(name).element());
    });
  }

  it('shows the link to the current state and follows changes of it', async () => {
    await mountShell('en', [], { hidden: ['belts'] });
    await userEvent.click(shareButton('Share'));
    const link = page.getByRole('textbox', { name: 'Link' });
    await expect.element(link).toBeVisible();
    const page0 = `${location.origin}${location.pathname}`;
    expect((link.element() as HTMLTextAreaElement).value).toBe(`${page0}?lang=en&hide=belts`);
    stub.clickMap({ source: 'base-parks', id: 'park-digital-information' });
    await expect.poll(() => (link.element() as HTMLTextAreaElement).value).toBe(`${page0}?lang=en&sel=park-digital-information&hide=belts`);
  });

  it('Esc in the panel closes the panel only, and focus returns to the Share button', async () => {
    await mountShell('en');
    stub.clickMap({ source: 'pillars', id: 'pillar-hongqiao-cbd' });
    await expect.element(page.getByRole('dialog', { name: 'Hongqiao Central Business District' })).toBeVisible();
    await expect.poll(() => deepActiveElement()?.id).toBe('card-title');
    await userEvent.click(shareButton('Share'));
    await expect.poll(() => deepActiveElement()?.id).toBe('share-title');
    await userEvent.keyboard('{Escape}');
    await expect.poll(panel).toBeNull();
    expect(deepActiveElement()).toBe(shareButton('Share').element());
    expect(card()).not.toBeNull();
    expect(store.state).toMatchObject({ panel: null, selected: 'pillar-hongqiao-cbd' });
  });

  it('a link with the panel open shows it, without taking focus', async () => {
    await mountShell('zh', [], { panel: 'share' });
    await expect.element(page.getByRole('dialog', { name: '分享此视图' })).toBeVisible();
    expect(deepActiveElement()?.id).not.toBe('share-title');
  });
});

describe('<app-shell> panels send changes up', () => {
  const openPanel = async () => {
    await mountShell('en', [], { panel: 'share' });
    await expect.element(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
    return shadow().querySelector('share-panel')!;
  };
  const send = (from: Element, type: string, detail: unknown) =>
    from.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

  it('a state-change event from the open panel becomes that store change, with its history mode', async () => {
    const panel = await openPanel();
    send(panel, 'state-change', { patch: { hidden: ['belts'] }, history: 'push' });
    expect(changes.at(-1)).toEqual({ patch: { hidden: ['belts'] }, history: 'push' });
    await expect.element(page.getByRole('checkbox', { name: 'Show Belts', exact: true })).not.toBeChecked();
  });

  it('a feature-chosen event from the open panel opens that card and shows the feature', async () => {
    const panel = await openPanel();
    send(panel, 'feature-chosen', { featureId: 'park-digital-information' });
    await expect.element(page.getByRole('dialog', { name: 'Digital Information Industrial Park' })).toBeVisible();
    expect(stub.calls.at(-1)?.[0]).toBe('showBounds');
  });
});

describe('<app-shell> for keyboards and screen readers', () => {
  const STATION = { source: 'trunk-stations', id: 'line17-09-qingpu-xincheng' };
  const PARK = { source: 'base-parks', id: 'park-digital-information' };
  const PARK_2 = { source: 'base-parks', id: 'park-smart-biomedicine' };
  const announced = () => text(shadow().querySelector('live-announcer')?.shadowRoot?.querySelector('[role="status"][aria-live="polite"]'));

  it('N and P on the focused map select the next and previous feature in view, in the legend order, focus staying on the map', async () => {
    await mountShell('en');
    stub.moveTo([PARK, STATION]);
    stub.canvas.focus();
    await userEvent.keyboard('n');
    // Stations come before parks in the legend.
    expect(store.state.selected).toBe(STATION.id);
    await expect.element(page.getByRole('dialog', { name: nameOf(STATION.id, 'en') })).toBeVisible();
    expect(deepActiveElement()).toBe(stub.canvas);
    await userEvent.keyboard('n');
    expect(store.state.selected).toBe(PARK.id);
    await userEvent.keyboard('n');
    expect(store.state.selected).toBe(STATION.id);
    await userEvent.keyboard('p');
    expect(store.state.selected).toBe(PARK.id);
    expect(changes.at(-1)).toEqual({ patch: { selected: PARK.id }, history: 'push' });
    await expect.element(page.getByRole('dialog', { name: nameOf(PARK.id, 'en') })).toBeVisible();
    expect(deepActiveElement()).toBe(stub.canvas);
    // Esc closes the card and leaves focus on the map.
    await userEvent.keyboard('{Escape}');
    expect(store.state.selected).toBeNull();
    expect(deepActiveElement()).toBe(stub.canvas);
  });

  it('N elsewhere than on the map selects nothing; N with nothing in view selects nothing', async () => {
    await mountShell('en');
    stub.moveTo([PARK]);
    const button = await legendFeatureButton('park-footprints', 'Digital Information Industrial Park');
    button.focus();
    await userEvent.keyboard('n');
    stub.moveTo([]);
    stub.canvas.focus();
    await userEvent.keyboard('n');
    expect(store.state.selected).toBeNull();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: announces politely what was selected and, after a move, how many of the ten base parks are in view`, async () => {
      await mountShell(lang);
      stub.clickMap(PARK);
      const selected = lang === 'zh' ? '已选择：数字信息产业园。' : 'Selected: Digital Information Industrial Park.';
      await expect.poll(announced, { timeout: 5000 }).toBe(selected);
      stub.moveTo([PARK, PARK_2, STATION]);
      const moved = lang === 'zh' ? '地图已移动：视野内有 2 个基座园区（共 10 个）。' : 'Map moved: 2 of 10 base parks in view.';
      await expect.poll(announced, { timeout: 5000 }).toBe(moved);
      // A selection that moves the map is read once, as one sentence after the other.
      stub.clickMap(STATION);
      stub.moveTo([STATION]);
      const both = lang === 'zh' ? '已选择：青浦新城。 地图已移动：视野内有 0 个基座园区（共 10 个）。' : 'Selected: Qingpu Xincheng. Map moved: 0 of 10 base parks in view.';
      await expect.poll(announced, { timeout: 5000 }).toBe(both);
    });
  }

  it('the list of features in view follows the map, highlights the focused one and opens the chosen one', async () => {
    await mountShell('en', [], { panel: 'in-view' });
    const panel = page.getByRole('dialog', { name: 'Features in view' });
    await expect.element(panel).toBeVisible();
    await expect.element(panel).toHaveTextContent('No feature of the plan is in view');
    stub.moveTo([PARK, STATION]);
    const list = () => shadow().querySelector('features-in-view')!.shadowRoot!.querySelector('feature-list')!;
    await expect.poll(() => [...(list()?.shadowRoot?.querySelectorAll('button') ?? [])].map(text)).toEqual([
      nameOf(STATION.id, 'en'),
      nameOf(PARK.id, 'en'),
    ]);
    const [first, second] = list().shadowRoot!.querySelectorAll('button');
    first.focus();
    expect(callsOf('highlight').at(-1)).toEqual(['highlight', STATION]);
    await userEvent.keyboard('{ArrowDown}');
    expect(deepActiveElement()).toBe(second);
    expect(callsOf('highlight').at(-1)).toEqual(['highlight', PARK]);
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('dialog', { name: nameOf(PARK.id, 'en') })).toBeVisible();
    expect(store.state.selected).toBe(PARK.id);
  });
});

describe('<app-shell> without a map', () => {
  for (const [lang, sentence] of [
    ['zh', '此浏览器无法绘制地图（WebGL 已关闭或不可用），因此在此列出全部要素。'],
    ['en', 'This browser cannot draw the map (WebGL is off or missing), so every feature is listed here instead.'],
  ] as const) {
    it(`${lang}: says so, lists every feature of the legend, and opens the card of the one chosen`, async () => {
      await mountShell(lang, [], {}, 'none');
      const fallback = shadow().querySelector('.fallback')!;
      expect(text(fallback.querySelector('p'))).toBe(sentence);
      expect(shadow().querySelector('layer-legend')).toBeNull();
      const list = fallback.querySelector('feature-list')!;
      await list.updateComplete;
      const ids = [...list.shadowRoot!.querySelectorAll<HTMLElement>('button[data-feature]')].map((b) => b.dataset.feature);
      const every = LEGEND_GROUPS.flatMap((g) => g.items.flatMap((item) => index.list(item.features).map((f) => f.properties.id)));
      expect(ids).toEqual([...new Set(every)]);
      const button = list.shadowRoot!.querySelector<HTMLButtonElement>('button[data-feature="park-digital-information"]')!;
      button.focus();
      await userEvent.keyboard('{Enter}');
      await expect.element(page.getByRole('dialog', { name: nameOf('park-digital-information', lang) })).toBeVisible();
      expect(deepActiveElement()?.id).toBe('card-title');
      await userEvent.keyboard('{Escape}');
      await expect.poll(card).toBeNull();
      expect(deepActiveElement()).toBe(button);
    });
  }

  it('offers no list of the features in view, which needs a map', async () => {
    await mountShell('en', [], {}, 'none');
    expect(page.getByRole('button', { name: 'List', exact: true }).elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: 'Share', exact: true }).elements()).toHaveLength(1);
  });
});
