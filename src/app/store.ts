import { normalizeHidden, sameField, type AppState } from './app-state';

/**
 * How a change goes into the browser history: 'push' adds an entry (Back returns to the state
 * before), 'replace' rewrites the current one, 'none' leaves the URL alone (the change came from it).
 */
export type HistoryMode = 'push' | 'replace' | 'none';

export interface StateChange {
  /** Fields whose value changed, in AppState order. */
  readonly keys: readonly (keyof AppState)[];
  readonly history: HistoryMode;
}

export type StateListener = (state: AppState, previous: AppState, change: StateChange) => void;

const FIELDS: readonly (keyof AppState)[] = ['lang', 'hidden', 'selected', 'view', 'basemap', 'panel', 'tourStep', 'phase', 'nearby'];

function freeze(state: AppState): AppState {
  const view = state.view && Object.freeze({ ...state.view, center: Object.freeze([...state.view.center]) as [number, number] });
  const nearby = Object.freeze({ ...state.nearby, rings: Object.freeze([...state.nearby.rings]) });
  return Object.freeze({ ...state, hidden: Object.freeze(normalizeHidden(state.hidden)), view, nearby });
}

/**
 * The one owner of the app state. Components, the map binding and the URL sync read snapshots and
 * ask for changes; every listener hears about every change, in order.
 */
export class AppStore {
  private current: AppState;
  private readonly listeners = new Set<StateListener>();
  private readonly pending: [Partial<AppState>, HistoryMode][] = [];
  private notifying = false;

  constructor(initial: AppState) {
    this.current = freeze(initial);
  }

  /** The current state: a frozen snapshot, replaced (never mutated) by each change. */
  get state(): AppState {
    return this.current;
  }

  /**
   * Changes some fields. A patch that changes nothing notifies nobody. A change asked for while
   * listeners are being told about another waits its turn, so every listener sees changes in order.
   */
  set(patch: Partial<AppState>, options: { history: HistoryMode }): void {
    this.pending.push([patch, options.history]);
    if (this.notifying) return;
    this.notifying = true;
    try {
      for (let next = this.pending.shift(); next; next = this.pending.shift()) this.apply(...next);
    } finally {
      this.notifying = false;
      this.pending.length = 0;
    }
  }

  /** Calls `listener` after each change; returns the function that stops it. */
  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(patch: Partial<AppState>, history: HistoryMode): void {
    const previous = this.current;
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const candidate = freeze({ ...previous, ...given });
    const keys = FIELDS.filter((key) => !sameField(key, previous[key], candidate[key]));
    if (keys.length === 0) return;
    // Unchanged fields keep their previous objects, so listeners can compare by identity.
    this.current = Object.freeze({ ...previous, ...Object.fromEntries(keys.map((key) => [key, candidate[key]])) });
    const change: StateChange = { keys, history };
    for (const listener of [...this.listeners]) listener(this.current, previous, change);
  }
}
