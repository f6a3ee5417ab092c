import type { FeatureIndex } from '../data/feature-index';
import { LEGEND_GROUPS } from '../layers/legend';
import type { MapController } from '../map/map-controller';
import { roundView, sameView, type MapView } from '../map/view';
import { DEFAULT_STATE, type AppState } from './app-state';
import type { AppStore } from './store';

/** What the binding asks of the map: MapController, or a stand-in in tests. */
export type BoundController = Pick<
  MapController,
  'ready' | 'setLanguage' | 'setLayersVisible' | 'select' | 'getView' | 'setView' | 'onViewChanged' | 'setBasemap' | 'onBasemapChanged'
>;

const LEGEND_ITEMS = LEGEND_GROUPS.flatMap((group) => group.items);

/**
 * Makes the map show the store's state and the store follow the map's view. Language, layers and
 * basemap apply once the style has loaded (the style is built with the opening ones, and the
 * offline basemap), the selection once `features` says which source each feature is in, the view
 * at once. When the map falls back from a basemap that failed, the state says offline again.
 */
export function bindMapToStore(store: AppStore, controller: BoundController, features: Promise<Pick<FeatureIndex, 'sourceOf'>>): void {
  let styleLoaded = false;
  let index: Pick<FeatureIndex, 'sourceOf'> | null = null;
  let applyingView = false;
  /** The opening view as drawn on this screen: moves that end there leave the state's view null. */
  let openingView: MapView | null = store.state.view ? null : roundView(controller.getView());

  const showLayers = (state: AppState, previous: AppState | null) => {
    if (!previous || state.lang !== previous.lang) controller.setLanguage(state.lang);
    for (const item of LEGEND_ITEMS) {
      const hidden = state.hidden.includes(item.id);
      if (!previous || hidden !== previous.hidden.includes(item.id)) controller.setLayersVisible(item.layers, !hidden);
    }
  };
  const showSelection = (id: string | null) => {
    const source = id === null ? undefined : index?.sourceOf(id);
    controller.select(id !== null && source ? { source, id } : null);
  };
  const showView = (view: MapView | null) => {
    // Moves the map only when the state says something else than what it shows (not after a drag).
    if (view && sameView(view, roundView(controller.getView()))) return;
    applyingView = true;
    try {
      controller.setView(view);
    } finally {
      applyingView = false;
    }
    if (!view) openingView = roundView(controller.getView());
  };

  store.subscribe((state, previous, { keys }) => {
    if (styleLoaded && (keys.includes('lang') || keys.includes('hidden'))) showLayers(state, previous);
    if (styleLoaded && keys.includes('basemap')) void controller.setBasemap(state.basemap);
    if (index && keys.includes('selected')) showSelection(state.selected);
    if (keys.includes('view')) showView(state.view);
  });
  controller.onViewChanged((moved) => {
    if (applyingView) return;
    const view = roundView(moved);
    const shown = store.state.view ?? openingView;
    if (!sameView(view, shown)) store.set({ view }, { history: 'replace' });
  });
  controller.onBasemapChanged(({ failed }) => {
    // Not a new history entry: Back should not return to a basemap that cannot be shown.
    if (failed) store.set({ basemap: DEFAULT_STATE.basemap }, { history: 'replace' });
  });
  void controller.ready.then(() => {
    styleLoaded = true;
    showLayers(store.state, null);
    void controller.setBasemap(store.state.basemap);
  });
  void Promise.all([features, controller.ready]).then(([loaded]) => {
    index = loaded;
    showSelection(store.state.selected);
  });
}
