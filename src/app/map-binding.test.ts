import { describe, expect, it } from 'vitest';
import type { BasemapStatus } from '../components/basemap-status.types';
import type { BasemapId } from '../layers/basemaps';
import { LEGEND_GROUPS } from '../layers/legend';
import type { FeatureRef } from '../map/map-controller';
import type { MapView } from '../map/view';
import { DEFAULT_STATE, type AppState } from './app-state';
import { bindMapToStore, type BoundController } from './map-binding';
import { AppStore, type HistoryMode } from './store';

const OPENING: MapView = { center: [121.0251234567, 31.0612345678], zoom: 9.634567, bearing: 0, pitch: 0 };
const PARK: MapView = { center: [121.112, 31.21592], zoom: 12.5, bearing: 0, pitch: 0 };
const ITEMS = LEGEND_GROUPS.flatMap((group) => group.items);
const layersOf = (id: string) => ITEMS.find((item) => item.id === id)!.layers;

/** A map that records what it is asked, jumps where it is told and reports moveend as MapLibre does. */
function fakeMap(startView: MapView = OPENING) {
  const calls: unknown[][] = [];
  let view = startView;
  const moveListeners: ((view: MapView) => void)[] = [];
  const basemapListeners: ((status: BasemapStatus) => void)[] = [];
  /** Basemaps asked for, kept apart from `calls`: the binding asks for one each time the style loads. */
  const basemaps: BasemapId[] = [];
  let loadStyle!: () => void;
  const moved = (to: MapView) => {
    view = to;
    for (const listener of moveListeners) listener(to);
  };
  const controller: BoundController = {
    ready: new Promise<void>((resolve) => (loadStyle = resolve)),
    setLanguage: (lang) => calls.push(['setLanguage', lang]),
    setLayersVisible: (ids, visible) => calls.push(['setLayersVisible', ids, visible]),
    select: (ref: FeatureRef | null) => calls.push(['select', ref]),
    getView: () => view,
    // A jump ends with a moveend, synchronously, as in MapLibre.
    setView: (to) => {
      calls.push(['setView', to]);
      moved(to ?? OPENING);
    },
    onViewChanged: (listener) => void moveListeners.push(listener),
    setBasemap: async (id) => void basemaps.push(id),
    onBasemapChanged: (listener) => void basemapListeners.push(listener),
  };
  /** What the map reports after showing a basemap, or falling back from one. */
  const reportBasemap = (status: BasemapStatus) => basemapListeners.forEach((listener) => listener(status));
  return { controller, calls, basemaps, reportBasemap, loadStyle: () => loadStyle(), userMoves: moved };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const INDEX = { sourceOf: (id: string) => ({ 'park-digital-information': 'base-parks', 'pillar-hongqiao-cbd': 'pillars' })[id] };

function setUp(initial: Partial<AppState> = {}, startView?: MapView) {
  const store = new AppStore({ ...DEFAULT_STATE, ...initial });
  const map = fakeMap(startView);
  let loadIndex!: () => void;
  bindMapToStore(store, map.controller, new Promise((resolve) => (loadIndex = () => resolve(INDEX))));
  const history: HistoryMode[] = [];
  store.subscribe((_state, _previous, change) => history.push(change.history));
  return { store, ...map, history, loadIndex: () => loadIndex() };
}

describe('bindMapToStore', () => {
  it('shows the language and layers once the style has loaded, then only what changes', async () => {
    const { store, calls, loadStyle } = setUp({ lang: 'en', hidden: ['belts'] });
    store.set({ hidden: ['belts', 'water'] }, { history: 'replace' });
    expect(calls).toEqual([]);

    loadStyle();
    await settle();
    expect(calls[0]).toEqual(['setLanguage', 'en']);
    expect(calls.slice(1)).toEqual(ITEMS.map((item) => ['setLayersVisible', item.layers, !['belts', 'water'].includes(item.id)]));

    calls.length = 0;
    store.set({ hidden: ['water'] }, { history: 'replace' });
    expect(calls).toEqual([['setLayersVisible', layersOf('belts'), true]]);
    calls.length = 0;
    store.set({ lang: 'zh' }, { history: 'replace' });
    expect(calls).toEqual([['setLanguage', 'zh']]);
  });

  it('highlights the selection once the data says where each feature is', async () => {
    const { store, calls, loadStyle, loadIndex } = setUp({ selected: 'park-digital-information' });
    loadStyle();
    await settle();
    expect(calls.filter(([name]) => name === 'select')).toEqual([]);
    loadIndex();
    await settle();
    expect(calls.at(-1)).toEqual(['select', { source: 'base-parks', id: 'park-digital-information' }]);
    store.set({ selected: 'pillar-hongqiao-cbd' }, { history: 'push' });
    expect(calls.at(-1)).toEqual(['select', { source: 'pillars', id: 'pillar-hongqiao-cbd' }]);
    store.set({ selected: 'no-such-feature' }, { history: 'push' });
    expect(calls.at(-1)).toEqual(['select', null]);
    store.set({ selected: null }, { history: 'push' });
    expect(calls.at(-1)).toEqual(['select', null]);
  });

  it('puts where the visitor moved the map into the state, rounded, replacing the history entry', () => {
    const { store, userMoves, calls, history } = setUp();
    userMoves({ center: [121.1120012345, 31.2159198765], zoom: 12.501, bearing: -0.01, pitch: 0 });
    expect(store.state.view).toEqual(PARK);
    expect(history).toEqual(['replace']);
    // The map is already there: it is not moved again.
    expect(calls).toEqual([]);
  });

  it('leaves the view null while the map shows the opening view (a resize ends a "move" there)', () => {
    const { store, userMoves, history } = setUp();
    userMoves({ ...OPENING, center: [OPENING.center[0] + 1e-9, OPENING.center[1]] });
    expect(store.state.view).toBeNull();
    expect(history).toEqual([]);
  });

  it('moves the map to a view the state gets from elsewhere (Back, Forward), without echoing it back', () => {
    const { store, calls, history } = setUp();
    store.set({ view: PARK }, { history: 'none' });
    expect(calls).toEqual([['setView', PARK]]);
    expect(history).toEqual(['none']);

    // Back to an entry without a view: the opening view, which a later moveend keeps null.
    store.set({ view: null }, { history: 'none' });
    expect(calls.at(-1)).toEqual(['setView', null]);
    expect(store.state.view).toBeNull();
    expect(history).toEqual(['none', 'none']);
  });

  it('opens where the link says: a later move back to it changes nothing', () => {
    const { store, userMoves, history } = setUp({ view: PARK }, PARK);
    const linked = store.state;
    userMoves(PARK);
    expect(store.state).toBe(linked);
    expect(history).toEqual([]);
    userMoves(OPENING);
    expect(history).toEqual(['replace']);
    expect(store.state.view?.zoom).toBe(9.63);
  });

  it('shows the linked basemap once the style has loaded, then each one chosen', async () => {
    const { store, basemaps, loadStyle } = setUp({ basemap: 'amap' });
    store.set({ basemap: 'osm' }, { history: 'replace' });
    expect(basemaps).toEqual([]);
    loadStyle();
    await settle();
    expect(basemaps).toEqual(['osm']);
    store.set({ basemap: 'offline' }, { history: 'replace' });
    expect(basemaps).toEqual(['osm', 'offline']);
  });

  it('puts offline back into the state when the map falls back, replacing the history entry', async () => {
    const { store, history, reportBasemap, loadStyle } = setUp({ basemap: 'amap' });
    loadStyle();
    await settle();
    reportBasemap({ shown: 'amap', datumLabel: 'GCJ-02', shifted: true, failed: null });
    expect(store.state.basemap).toBe('amap');
    reportBasemap({ shown: 'offline', datumLabel: 'WGS-84', shifted: false, failed: 'amap' });
    expect(store.state.basemap).toBe('offline');
    expect(history).toEqual(['replace']);
  });
});
