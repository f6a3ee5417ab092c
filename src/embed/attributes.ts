import { DEFAULT_STATE, LEGEND_ITEM_IDS, PANEL_IDS, normalizeHidden, type AppState } from '../app/app-state';
import { URL_PARAM, parseUrlState } from '../app/url-state';

/** Parts of the UI an embedder can show, in the order the `controls` attribute lists them. */
export const CONTROL_IDS = ['title', 'search', 'lang', 'legend', ...PANEL_IDS] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

/** The `<trunk-map>` attributes that carry app state. */
export interface StateAttributes {
  lang: string | null;
  selected: string | null;
  layers: string | null;
  view: string | null;
  basemap: string | null;
}

/**
 * The state the attributes describe. Each value goes through the link parser (url-state.ts), so an
 * attribute accepts exactly what a link does and a bad value falls back to its default silently.
 * `layers` lists the visible legend items; absent means all.
 */
export function stateFromAttributes(attributes: StateAttributes, fallbackLang: AppState['lang']): AppState {
  const query = new URLSearchParams();
  const put = (name: string, value: string | null) => value !== null && query.set(name, value);
  put(URL_PARAM.lang, attributes.lang);
  put(URL_PARAM.selected, attributes.selected);
  put(URL_PARAM.view, attributes.view);
  put(URL_PARAM.basemap, attributes.basemap);
  const parsed = parseUrlState(query.toString(), fallbackLang);
  return { ...parsed, hidden: hiddenFromLayers(attributes.layers), panel: DEFAULT_STATE.panel };
}

/** `layers` (visible item ids) → hidden item ids; unknown ids are ignored. */
export function hiddenFromLayers(layers: string | null): string[] {
  if (layers === null) return [];
  const visible = new Set(layers.split(',').map((id) => id.trim()));
  return normalizeHidden(LEGEND_ITEM_IDS.filter((id) => !visible.has(id)));
}

/** Hidden item ids → the `layers` value; null when everything shows. */
export function layersFromHidden(hidden: readonly string[]): string | null {
  return hidden.length ? LEGEND_ITEM_IDS.filter((id) => !hidden.includes(id)).join(',') : null;
}

/** `controls` → the parts to show: all when absent, none for `none`, unknown names ignored. */
export function parseControls(value: string | null): ReadonlySet<ControlId> {
  if (value === null) return new Set(CONTROL_IDS);
  const named = new Set(value.split(',').map((id) => id.trim()));
  return new Set(CONTROL_IDS.filter((id) => named.has(id)));
}
