import { setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './page.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { bindMapToStore } from './app/map-binding';
import { readLanguage, saveLanguageChanges } from './app/preferences';
import { AppStore } from './app/store';
import { parseUrlState } from './app/url-state';
import { syncUrlWithStore } from './app/url-sync';
import { FeatureIndex, loadLayerFile } from './data/feature-index';
import { LABEL_FONT_FILE } from './layers/labels.layer';
import { withItemsHidden } from './layers/legend';
import { SOURCE_FILE } from './layers/sources';
import { buildStyle } from './layers/style';
import { MapController } from './map/map-controller';
import './app/app-shell';

// Composition root: the state comes from the link, the map starts first (it is what the visitor
// waits for) in that state, then the shell.
setWorkerUrl(workerUrl);

const fileUrls = import.meta.glob<string>('../geo/*.geojson', { query: '?url', import: 'default', eager: true });
const dataUrl = (file: string) => new URL(fileUrls[`../geo/${file}`], document.baseURI).href;

// A link's language wins over the saved one; Back and Forward read their entry the same way.
const readState = (search: string) => parseUrlState(search, readLanguage());
const store = new AppStore(readState(location.search));
const initial = store.state;

const controller = new MapController(
  document.getElementById('map')!,
  withItemsHidden(buildStyle({ dataUrl, fontUrl: new URL(LABEL_FONT_FILE, document.baseURI).href, lang: initial.lang }), initial.hidden),
  {
    // On wide screens the legend covers the left side: keep the trunk clear of it.
    fitPadding: matchMedia('(min-width: 900px)').matches ? { top: 24, bottom: 24, right: 24, left: 370 } : undefined,
    view: initial.view,
  },
);

// The legend's lists load once the map has its data, so they do not compete with first paint.
const loaded = controller.ready.then(() =>
  Promise.all(Object.entries(SOURCE_FILE).map(([source, file]) => loadLayerFile(source, dataUrl(file)))),
);
const index = loaded.then((results) => new FeatureIndex(results));

bindMapToStore(store, controller, index);
syncUrlWithStore(store, window, readState);
saveLanguageChanges(store);

const shell = document.createElement('app-shell');
shell.store = store;
shell.controller = controller;
document.body.append(shell);

void Promise.all([loaded, index]).then(([results, features]) => {
  const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
  shell.setFeatureIndex(features, errors);
});
