import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './app-state';
import { AppStore } from './store';
import { parseUrlState } from './url-state';
import { syncUrlWithStore, type UrlEnvironment } from './url-sync';

/** A browser tab's history and address bar, without a browser: Back and Forward fire popstate. */
function fakeTab(start: string) {
  const entries = [start];
  let at = 0;
  const listeners = new Map<string, Set<() => void>>();
  const env: UrlEnvironment = {
    location: {
      get href() {
        return entries[at];
      },
      get search() {
        return new URL(entries[at]).search;
      },
    },
    history: {
      pushState: (_data, _unused, url) => {
        entries.splice(at + 1, entries.length, String(url));
        at += 1;
      },
      replaceState: (_data, _unused, url) => {
        entries[at] = String(url);
      },
    },
    addEventListener: (type, listener) => void listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    removeEventListener: (type, listener) => void listeners.get(type)?.delete(listener),
  };
  const go = (delta: number) => {
    at += delta;
    // The browser fires popstate, and only popstate, on Back and Forward.
    for (const listener of listeners.get('popstate') ?? []) listener();
  };
  return { env, entries, url: () => entries[at], back: () => go(-1), forward: () => go(1) };
}

const PAGE = 'https://example.org/map/';
const VIEW = { center: [121.112, 31.21592] as [number, number], zoom: 12.5, bearing: 0, pitch: 0 };

function setUp(start = PAGE) {
  const tab = fakeTab(start);
  const store = new AppStore(parseUrlState(new URL(start).search, 'zh'));
  const stop = syncUrlWithStore(store, tab.env, (search) => parseUrlState(search, 'zh'));
  return { tab, store, stop };
}

describe('syncUrlWithStore', () => {
  it('adds a history entry for each selection, and Back and Forward step through them', () => {
    const { tab, store } = setUp();
    store.set({ selected: 'park-digital-information' }, { history: 'push' });
    store.set({ selected: 'line17-09-qingpu-xincheng' }, { history: 'push' });
    expect(tab.entries).toEqual([PAGE, `${PAGE}?sel=park-digital-information`, `${PAGE}?sel=line17-09-qingpu-xincheng`]);

    tab.back();
    expect(store.state.selected).toBe('park-digital-information');
    tab.back();
    expect(store.state.selected).toBeNull();
    tab.forward();
    expect(store.state.selected).toBe('park-digital-information');
    // Going back and forth rewrote no entry.
    expect(tab.entries).toHaveLength(3);
    expect(tab.url()).toBe(`${PAGE}?sel=park-digital-information`);
  });

  it('rewrites the current entry for language, layers, view, basemap and panel', () => {
    const { tab, store } = setUp();
    store.set({ lang: 'en' }, { history: 'replace' });
    store.set({ hidden: ['belts', 'pillars'] }, { history: 'replace' });
    store.set({ view: VIEW }, { history: 'replace' });
    store.set({ panel: 'share' }, { history: 'replace' });
    expect(tab.entries).toEqual([`${PAGE}?lang=en&view=121.11200,31.21592,12.50&hide=pillars,belts&panel=share`]);
  });

  it('Back restores the whole state of the entry, view included', () => {
    const { tab, store } = setUp(`${PAGE}?view=121.11200,31.21592,12.50`);
    store.set({ selected: 'park-digital-information' }, { history: 'push' });
    store.set({ view: { ...VIEW, zoom: 13 } }, { history: 'replace' });
    tab.back();
    expect(store.state).toEqual({ ...DEFAULT_STATE, view: VIEW });
    tab.forward();
    expect(store.state).toEqual({ ...DEFAULT_STATE, selected: 'park-digital-information', view: { ...VIEW, zoom: 13 } });
  });

  it('keeps parameters that are not the state, and the hash', () => {
    const { tab, store } = setUp(`${PAGE}?embed=1#about`);
    store.set({ selected: 'g50-x' }, { history: 'push' });
    expect(tab.url()).toBe(`${PAGE}?embed=1&sel=g50-x#about`);
  });

  it('writes nothing for a change that came from the URL, and adds no entry when the URL stays the same', () => {
    const { tab, store } = setUp();
    store.set({ selected: 'park-digital-information' }, { history: 'none' });
    expect(tab.entries).toEqual([PAGE]);
    store.set({ selected: null }, { history: 'none' });
    // A change the link does not carry (a view back to the opening one) leaves the address alone.
    store.set({ view: null }, { history: 'push' });
    expect(tab.entries).toEqual([PAGE]);
  });

  it('adds no entry for a move finer than the link keeps, so Back goes to the entry before', () => {
    const { tab, store } = setUp();
    store.set({ selected: 'park-digital-information' }, { history: 'push' });
    store.set({ view: VIEW }, { history: 'push' });
    // The link keeps 5 decimals of a degree (about 1 m): a finer move leaves the address as it is.
    store.set({ view: { ...VIEW, center: [VIEW.center[0] + 1e-7, VIEW.center[1]] } }, { history: 'push' });
    expect(tab.entries).toHaveLength(3);
    tab.back();
    expect(store.state.selected).toBe('park-digital-information');
    expect(store.state.view).toBeNull();
  });

  it('steps Back twice and Forward again without the steps adding entries of their own', () => {
    const { tab, store } = setUp();
    store.set({ selected: 'park-digital-information' }, { history: 'push' });
    store.set({ selected: 'line17-09-qingpu-xincheng' }, { history: 'push' });
    tab.back();
    tab.back();
    tab.forward();
    tab.forward();
    expect(store.state.selected).toBe('line17-09-qingpu-xincheng');
    expect(tab.entries).toEqual([PAGE, `${PAGE}?sel=park-digital-information`, `${PAGE}?sel=line17-09-qingpu-xincheng`]);
  });

  it('reads a hostile entry as the default state', () => {
    const hostile = `${PAGE}?sel=<img src=x onerror=alert(1)>&view=NaN,1e999&lang=__proto__&hide=<script>`;
    const { tab, store } = setUp(hostile);
    expect(store.state).toEqual(DEFAULT_STATE);
    store.set({ selected: 'park-digital-information' }, { history: 'push' });
    tab.back();
    expect(store.state).toEqual(DEFAULT_STATE);
    // Back shows the entry's address as it was; only the visitor's own changes rewrite it.
    expect(tab.url()).toBe(hostile);
  });

  it('stops writing and listening once stopped', () => {
    const { tab, store, stop } = setUp();
    store.set({ selected: 'park-digital-information' }, { history: 'push' });
    stop();
    store.set({ lang: 'en' }, { history: 'replace' });
    tab.back();
    expect(tab.entries).toEqual([PAGE, `${PAGE}?sel=park-digital-information`]);
    expect(store.state.selected).toBe('park-digital-information');
  });
});
