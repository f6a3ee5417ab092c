import { setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './page.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { readLanguage } from './app/preferences';
import { FeatureIndex, loadLayerFile } from './data/feature-index';
import { t } from './i18n/translate';
import { LABEL_FONT_FILE } from './layers/labels.layer';
import { SOURCE_FILE } from './layers/sources';
import { buildStyle } from './layers/style';
import { MapController } from './map/map-controller';
import './app/app-shell';

// Composition root: the map starts first (it is what the visitor waits for), then the shell.
setWorkerUrl(workerUrl);

const fileUrls = import.meta.glob<string>('../geo/*.geojson', { query: '?url', import: 'default', eager: true });
const dataUrl = (file: string) => new URL(fileUrls[`../geo/${file}`], document.baseURI).href;

const lang = readLanguage();
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = t(lang, 'App.title');

const controller = new MapController(
  document.getElementById('map')!,
  buildStyle({ dataUrl, fontUrl: new URL(LABEL_FONT_FILE, document.baseURI).href, lang }),
  // On wide screens the legend covers the left side: keep the trunk clear of it.
  { fitPadding: matchMedia('(min-width: 900px)').matches ? { top: 24, bottom: 24, right: 24, left: 370 } : undefined },
);

const shell = document.createElement('app-shell');
shell.lang = lang;
shell.controller = controller;
document.body.append(shell);

// The legend's lists load once the map has its data, so they do not compete with first paint.
void controller.ready
  .then(() => Promise.all(Object.entries(SOURCE_FILE).map(([source, file]) => loadLayerFile(source, dataUrl(file)))))
  .then((results) => {
    const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
    shell.setFeatureIndex(new FeatureIndex(results), errors);
  });
