import type { Lang } from '../i18n/translate';
import { BASEMAP_IDS, type BasemapId } from '../layers/basemaps';
import { LEGEND_GROUPS } from '../layers/legend';
import { sameView, type MapView } from '../map/view';
import type { PlanPhase } from './plan-phase';
import { DEFAULT_NEARBY, sameNearby, type NearbyState } from './nearby-state';

/** Panels and tools whose open state is part of the app state (and so of links). */
export const PANEL_IDS = ['tour', 'region', 'targets', 'programmes', 'nearby', 'chainage', 'share', 'in-view', 'import', 'draw'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export { PLAN_PHASES, type PlanPhase } from './plan-phase';

/** Every legend item id, in legend order. */
export const LEGEND_ITEM_IDS: readonly string[] = LEGEND_GROUPS.flatMap((group) => group.items.map((item) => item.id));

/** Everything a link can reproduce. Snapshots are frozen; change them through the store. */
export interface AppState {
  readonly lang: Lang;
  /** Legend item ids switched off, in legend order. */
  readonly hidden: readonly string[];
  /** Id of the feature whose card is open. */
  readonly selected: string | null;
  /** Where the map looks; null is the opening view (the whole trunk, fitted to the screen). */
  readonly view: MapView | null;
  readonly basemap: BasemapId;
  readonly panel: PanelId | null;
  /** The story tour's current step, from 0 (shown while the tour panel is open). */
  readonly tourStep: number;
  /** Which year's targets the dashboard and the cards show. */
  readonly phase: PlanPhase;
  /** The nearby tool's buffer (used while it is open). */
  readonly nearby: NearbyState;
}

export const DEFAULT_STATE: AppState = {
  lang: 'zh',
  hidden: [],
  selected: null,
  view: null,
  basemap: BASEMAP_IDS[0],
  panel: null,
  tourStep: 0,
  // The plan runs 2022~2023: its targets are mostly for 2023.
  phase: 2023,
  nearby: DEFAULT_NEARBY,
};

/** Hidden items as the state keeps them: known legend ids, each once, in legend order. */
export function normalizeHidden(ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return LEGEND_ITEM_IDS.filter((id) => wanted.has(id));
}

/** Whether two values of one state field are the same (arrays and views by content). */
export function sameField<K extends keyof AppState>(key: K, a: AppState[K], b: AppState[K]): boolean {
  if (key === 'hidden') {
    const [x, y] = [a as AppState['hidden'], b as AppState['hidden']];
    return x.length === y.length && x.every((id, i) => id === y[i]);
  }
  if (key === 'view') return sameView(a as MapView | null, b as MapView | null);
  if (key === 'nearby') return sameNearby(a as NearbyState, b as NearbyState);
  return a === b;
}
