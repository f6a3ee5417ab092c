import { EMBED_CONFIG_FILE, loadEmbedConfig } from './embed/embed-config';
import { bridgeToParent } from './embed/iframe-bridge';
import './embed/trunk-map';

// The standalone page is one <trunk-map> filling the window, mirroring its state in the address
// bar. In an iframe (`?embed=1`) it is compact, shows the parts `controls=` names, and talks to an
// allowed parent page with postMessage.
const params = new URLSearchParams(location.search);
const map = document.createElement('trunk-map');
map.urlState = true;
if (params.get('embed') === '1') {
  map.embed = true;
  map.controls = params.get('controls') ?? 'lang,legend';
  void loadEmbedConfig(new URL(EMBED_CONFIG_FILE, document.baseURI).href).then((config) => bridgeToParent(map, config, window));
}
// The poster (index.html) has been covered by the map; it stays where the map cannot start.
map.addEventListener('ready', () => document.querySelector('.poster')?.remove(), { once: true });
document.body.append(map);
