// Benchmark baseline: the same style, data, font, viewport and worker setup as the app, drawn by a
// plain MapLibre map with no app shell, Lit components, legend or card. Built only when BENCH=1.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { readLanguage } from '../../src/app/preferences';
import { LABEL_FONT_FILE } from '../../src/layers/labels.layer';
import { buildStyle } from '../../src/layers/style';
import { TRUNK_BOUNDS } from '../../src/map/map-controller';
import { markWhenRendered } from '../../src/map/render-mark';

setWorkerUrl(workerUrl);

const fileUrls = import.meta.glob<string>('../../geo/*.geojson', { query: '?url', import: 'default', eager: true });
const dataUrl = (file: string) => new URL(fileUrls[`../../geo/${file}`], document.baseURI).href;
// This page sits two folders below the site root, where the app's index.html and public/ files are.
const siteRoot = new URL('../../', document.baseURI);

const map = new MapLibreMap({
  container: document.getElementById('map')!,
  style: buildStyle({ dataUrl, fontUrl: new URL(LABEL_FONT_FILE, siteRoot).href, lang: readLanguage() }),
  bounds: TRUNK_BOUNDS,
  fitBoundsOptions: { padding: 24 },
});
markWhenRendered(map);
