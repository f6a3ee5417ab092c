import './page.css';
import './embed/trunk-map';

// The standalone page is one <trunk-map> filling the window, mirroring its state in the address
// bar. In an iframe (`?embed=1`) it is compact and shows the parts `controls=` names.
const params = new URLSearchParams(location.search);
const map = document.createElement('trunk-map');
map.urlState = true;
if (params.get('embed') === '1') {
  map.embed = true;
  map.controls = params.get('controls') ?? 'lang,legend';
}
document.body.append(map);
