import { FEATURE_ID_PATTERN } from '../data/schemas/feature-id';
import { LANGS, type Lang } from '../i18n/translate';
import { BASEMAP_IDS, type BasemapId } from '../layers/basemaps';
import { coordinateDecimals, isValidView, roundView, type MapView } from '../map/view';
import { TOUR_STEP_COUNT } from '../tour/tour-length';
import { formatNearby, parseNearby } from './nearby-state';
import { DEFAULT_STATE, PANEL_IDS, PLAN_PHASES, normalizeHidden, type AppState, type PanelId, type PlanPhase } from './app-state';

/**
 * The app state in a link's query, short and readable:
 * `?lang=en&sel=park-digital-information&view=121.11200,31.21592,12.50&hide=belts,pillars&panel=share`.
 * Only fields that differ from DEFAULT_STATE are written. Reading is total: whatever a link holds,
 * each field is either a validated value or its default, never an error.
 */
export const URL_PARAM = {
  lang: 'lang',
  selected: 'sel',
  view: 'view',
  hidden: 'hide',
  basemap: 'basemap',
  panel: 'panel',
  tourStep: 'step',
  phase: 'phase',
  nearby: 'near',
} as const satisfies Record<keyof AppState, string>;

const OWN_PARAMS: ReadonlySet<string> = new Set(Object.values(URL_PARAM));

/** Longer values are not ours (the longest real one, every legend item hidden, is about 120). */
const MAX_VALUE_LENGTH = 256;
const MAX_FEATURE_ID_LENGTH = 64;
/** Plain decimals only: no exponent, hex, Infinity or NaN. */
const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

/** `center,zoom[,bearing,pitch]` → a rounded view this map can show, or null. */
export function parseView(value: string): MapView | null {
  const parts = value.split(',');
  if (parts.length !== 3 && parts.length !== 5) return null;
  if (!parts.every((part) => DECIMAL.test(part))) return null;
  const [lng, lat, zoom, bearing = 0, pitch = 0] = parts.map(Number);
  const view = roundView({ center: [lng, lat], zoom, bearing, pitch });
  return isValidView(view) ? view : null;
}

/** `lng,lat,zoom`, with `,bearing,pitch` only when the map is turned or tilted. */
export function formatView(view: MapView): string {
  const rounded = roundView(view);
  const decimals = coordinateDecimals(rounded.zoom);
  const [lng, lat] = rounded.center;
  const core = `${lng.toFixed(decimals)},${lat.toFixed(decimals)},${rounded.zoom.toFixed(2)}`;
  return rounded.bearing === 0 && rounded.pitch === 0 ? core : `${core},${rounded.bearing},${rounded.pitch}`;
}

/** `step=N` counts tour steps from 1, as the tour shows them; the state counts from 0. */
function parseTourStep(value: string | null): number {
  const step = value !== null && /^\d{1,2}$/.test(value) ? Number(value) : 0;
  return step >= 1 && step <= TOUR_STEP_COUNT ? step - 1 : DEFAULT_STATE.tourStep;
}

/** `phase=2022`: one of the plan's target years, written as the year. */
function parsePhase(value: string | null): PlanPhase {
  return PLAN_PHASES.find((year) => String(year) === value) ?? DEFAULT_STATE.phase;
}

function parseSelected(value: string | null): string | null {
  return value !== null && value.length <= MAX_FEATURE_ID_LENGTH && FEATURE_ID_PATTERN.test(value) ? value : null;
}

/**
 * The state a query string describes. `fallbackLang` is the language when the link names none
 * (the visitor's saved choice). Selected ids are checked for form only; whether the feature exists
 * is known once the data has loaded.
 */
export function parseUrlState(search: string, fallbackLang: Lang): AppState {
  const params = new URLSearchParams(search);
  // The first of repeated parameters counts; oversized values are ignored as a whole.
  const get = (name: string) => {
    const value = params.get(name);
    return value !== null && value.length <= MAX_VALUE_LENGTH ? value : null;
  };
  const view = get(URL_PARAM.view);
  const hidden = get(URL_PARAM.hidden);
  return {
    lang: oneOf(LANGS, get(URL_PARAM.lang)) ?? fallbackLang,
    hidden: hidden ? normalizeHidden(hidden.split(',')) : [],
    selected: parseSelected(get(URL_PARAM.selected)),
    view: view ? parseView(view) : null,
    basemap: oneOf<BasemapId>(BASEMAP_IDS, get(URL_PARAM.basemap)) ?? DEFAULT_STATE.basemap,
    panel: oneOf<PanelId>(PANEL_IDS, get(URL_PARAM.panel)),
    tourStep: parseTourStep(get(URL_PARAM.tourStep)),
    phase: parsePhase(get(URL_PARAM.phase)),
    nearby: parseNearby(get(URL_PARAM.nearby)),
  };
}

/** The query for a state, without `?`: only fields that differ from the default; '' for none. */
export function formatUrlState(state: AppState): string {
  const params: [string, string | null][] = [
    [URL_PARAM.lang, state.lang === DEFAULT_STATE.lang ? null : state.lang],
    [URL_PARAM.selected, state.selected],
    [URL_PARAM.view, state.view && formatView(state.view)],
    [URL_PARAM.hidden, state.hidden.length ? state.hidden.join(',') : null],
    [URL_PARAM.basemap, state.basemap === DEFAULT_STATE.basemap ? null : state.basemap],
    [URL_PARAM.panel, state.panel],
    [URL_PARAM.tourStep, state.tourStep === DEFAULT_STATE.tourStep ? null : String(state.tourStep + 1)],
    [URL_PARAM.phase, state.phase === DEFAULT_STATE.phase ? null : String(state.phase)],
    [URL_PARAM.nearby, formatNearby(state.nearby)],
  ];
  // Values are validated ids and plain numbers, so they need no escaping (and commas stay readable).
  return params.flatMap(([name, value]) => (value === null ? [] : [`${name}=${value}`])).join('&');
}

function paramName(pair: string): string {
  const raw = pair.split('=')[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * `href` with the state's parameters in place of any it had. Parameters that are not ours (such
 * as `embed`) are kept as they were, and so is the hash.
 */
export function withUrlState(href: string, state: AppState): string {
  const url = new URL(href);
  const others = url.search.slice(1).split('&').filter((pair) => pair !== '' && !OWN_PARAMS.has(paramName(pair)));
  const query = [...others, formatUrlState(state)].filter(Boolean).join('&');
  url.search = query;
  return url.href;
}
