import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from './app-state';
import { AppStore, type StateChange } from './store';

const VIEW = { center: [121.112, 31.21592] as [number, number], zoom: 12.5, bearing: 0, pitch: 0 };

function recorded(store: AppStore) {
  const calls: { state: AppState; previous: AppState; change: StateChange }[] = [];
  const stop = store.subscribe((state, previous, change) => calls.push({ state, previous, change }));
  return { calls, stop };
}

describe('AppStore', () => {
  it('starts with the state it is given, frozen', () => {
    const store = new AppStore({ ...DEFAULT_STATE, lang: 'en', hidden: ['belts'], view: VIEW });
    expect(store.state).toEqual({ ...DEFAULT_STATE, lang: 'en', hidden: ['belts'], view: VIEW });
    expect(Object.isFrozen(store.state)).toBe(true);
    expect(Object.isFrozen(store.state.hidden)).toBe(true);
    expect(Object.isFrozen(store.state.view)).toBe(true);
    expect(Object.isFrozen(store.state.view!.center)).toBe(true);
    expect(() => (store.state.hidden as string[]).push('water')).toThrow(TypeError);
  });

  it('tells every listener the new state, the previous one, the fields that changed and the history mode', () => {
    const store = new AppStore(DEFAULT_STATE);
    const first = recorded(store);
    const second = recorded(store);
    const before = store.state;
    store.set({ selected: 'park-digital-information', lang: 'en' }, { history: 'push' });
    for (const { calls } of [first, second]) {
      expect(calls).toHaveLength(1);
      expect(calls[0].state).toBe(store.state);
      expect(calls[0].previous).toBe(before);
      expect(calls[0].change).toEqual({ keys: ['lang', 'selected'], history: 'push' });
    }
    expect(store.state.selected).toBe('park-digital-information');
    expect(before.selected).toBeNull();
  });

  it('notifies nobody for a patch that changes nothing, comparing lists and views by content', () => {
    const store = new AppStore({ ...DEFAULT_STATE, hidden: ['pillars', 'belts'], view: VIEW });
    const { calls } = recorded(store);
    const before = store.state;
    store.set({}, { history: 'push' });
    store.set({ lang: 'zh', selected: null, panel: undefined }, { history: 'push' });
    store.set({ hidden: ['belts', 'pillars', 'belts'] }, { history: 'replace' });
    store.set({ view: { ...VIEW, center: [...VIEW.center] } }, { history: 'replace' });
    expect(calls).toEqual([]);
    expect(store.state).toBe(before);
  });

  it('keeps hidden items in legend order, each once, and drops ids the legend does not have', () => {
    const store = new AppStore(DEFAULT_STATE);
    store.set({ hidden: ['water', 'g50', 'water', 'no-such-item'] }, { history: 'replace' });
    expect(store.state.hidden).toEqual(['g50', 'water']);
  });

  it('hides one more item next to those already hidden', () => {
    const store = new AppStore({ ...DEFAULT_STATE, hidden: ['g50'] });
    store.set({ hidden: ['g50', 'water'] }, { history: 'replace' });
    expect(store.state.hidden).toEqual(['g50', 'water']);
  });

  it('swaps which items are hidden, even when as many stay hidden (as set-layers does)', () => {
    const store = new AppStore({ ...DEFAULT_STATE, hidden: ['belts'] });
    const { calls } = recorded(store);
    store.set({ hidden: ['water'] }, { history: 'replace' });
    expect(store.state.hidden).toEqual(['water']);
    expect(calls.map((call) => call.change.keys)).toEqual([['hidden']]);
  });

  it('keeps the objects of unchanged fields, so a listener can compare them by identity', () => {
    const store = new AppStore({ ...DEFAULT_STATE, hidden: ['belts'], view: VIEW });
    const { hidden, view } = store.state;
    store.set({ lang: 'en' }, { history: 'replace' });
    expect(store.state.hidden).toBe(hidden);
    expect(store.state.view).toBe(view);
  });

  it('stops telling a listener once unsubscribed', () => {
    const store = new AppStore(DEFAULT_STATE);
    const { calls, stop } = recorded(store);
    store.set({ lang: 'en' }, { history: 'replace' });
    stop();
    store.set({ lang: 'zh' }, { history: 'replace' });
    expect(calls).toHaveLength(1);
  });

  it('delivers a change asked for by a listener after the current one, to everyone, in order', () => {
    const store = new AppStore(DEFAULT_STATE);
    const seen: string[] = [];
    store.subscribe((state, _previous, change) => {
      seen.push(`a:${change.keys.join()}:${state.selected}`);
      // As the shell does when a selected feature turns out not to exist.
      if (state.selected === 'no-such-feature') store.set({ selected: null }, { history: 'replace' });
    });
    store.subscribe((state, previous, change) => seen.push(`b:${change.keys.join()}:${previous.selected}->${state.selected}:${change.history}`));
    store.set({ selected: 'no-such-feature' }, { history: 'push' });
    expect(seen).toEqual([
      'a:selected:no-such-feature',
      'b:selected:null->no-such-feature:push',
      'a:selected:null',
      'b:selected:no-such-feature->null:replace',
    ]);
    expect(store.state.selected).toBeNull();
  });
});
