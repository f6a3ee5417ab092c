import type { AppState } from './app-state';
import type { AppStore } from './store';
import { withUrlState } from './url-state';

/** What the URL sync needs of the page: `window` in the app, a fake in tests. */
export interface UrlEnvironment {
  readonly location: { readonly href: string; readonly search: string };
  readonly history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/**
 * Keeps the address bar showing the state: a change asked for with history 'push' adds an entry,
 * 'replace' rewrites the current one. Back and Forward put the state of their entry (read with
 * `readState`) back into the store with history 'none'. Returns the function that stops syncing.
 */
export function syncUrlWithStore(store: AppStore, env: UrlEnvironment, readState: (search: string) => AppState): () => void {
  const unsubscribe = store.subscribe((state, _previous, change) => {
    if (change.history === 'none') return;
    const url = withUrlState(env.location.href, state);
    if (url === env.location.href) return;
    if (change.history === 'push') env.history.pushState(null, '', url);
    else env.history.replaceState(null, '', url);
  });
  const onPopState = () => store.set(readState(env.location.search), { history: 'none' });
  env.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    env.removeEventListener('popstate', onPopState);
  };
}
