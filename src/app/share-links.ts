import type { ShareTexts } from '../components/share-panel';
import { t } from '../i18n/translate';
import { DEFAULT_STATE, LEGEND_ITEM_IDS, type AppState } from './app-state';
import { formatUrlState, formatView } from './url-state';

/** For an HTML attribute value in double quotes. */
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What the Share panel offers for a state: the link that reopens it, an `<iframe>` showing it in
 * embed mode, and the `<trunk-map>` web component's script and element with the state as
 * attributes. `pageUrl` is the map page (its query and hash are dropped). The open panel is left
 * out: whoever opens a shared link wants the map, not the panel.
 */
export function shareLinks(state: AppState, pageUrl: string): ShareTexts {
  const page = new URL(pageUrl);
  page.search = '';
  page.hash = '';
  const query = formatUrlState({ ...state, panel: null });
  const link = query ? `${page.href}?${query}` : page.href;
  const embedSrc = `${page.href}?${['embed=1', query].filter(Boolean).join('&')}`;
  const iframe = `<iframe src="${escapeAttribute(embedSrc)}" title="${escapeAttribute(t(state.lang, 'App.title'))}" width="800" height="600" loading="lazy" allowfullscreen></iframe>`;

  // `layers` lists what is shown; all are shown when it is absent.
  const attributes: [string, string | null][] = [
    ['lang', state.lang],
    ['selected', state.selected],
    ['layers', state.hidden.length ? LEGEND_ITEM_IDS.filter((id) => !state.hidden.includes(id)).join(',') : null],
    ['view', state.view && formatView(state.view)],
    ['basemap', state.basemap === DEFAULT_STATE.basemap ? null : state.basemap],
  ];
  const script = new URL('embed/trunk-map.js', page).href;
  const element = attributes.flatMap(([name, value]) => (value === null ? [] : [` ${name}="${escapeAttribute(value)}"`])).join('');
  const component = `<script type="module" src="${escapeAttribute(script)}"></script>\n<trunk-map${element}></trunk-map>`;
  return { link, iframe, component };
}
