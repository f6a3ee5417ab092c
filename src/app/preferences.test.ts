import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './app-state';
import { readLanguage, saveLanguage, saveLanguageChanges } from './preferences';
import { AppStore } from './store';

describe('language preference', () => {
  it('defaults to Chinese and reads back what was saved', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readLanguage(storage)).toBe('zh');
    saveLanguage('en', storage);
    expect(readLanguage(storage)).toBe('en');
  });

  it('ignores a tampered value and survives storage that refuses writes', () => {
    expect(readLanguage({ getItem: () => '<script>' })).toBe('zh');
    expect(() => saveLanguage('en', { setItem: () => { throw new DOMException('quota'); } })).not.toThrow();
  });

  it('opens in Chinese, and keeps a chosen language for the visit, where there is no storage at all', () => {
    // Node has no localStorage, as a browser that blocks it gives none: the defaults find none here.
    expect(globalThis.localStorage).toBeUndefined();
    expect(readLanguage()).toBe('zh');
    expect(() => saveLanguage('en')).not.toThrow();
  });

  it('saves each change of language, and nothing else', () => {
    const saved: string[] = [];
    const store = new AppStore({ ...DEFAULT_STATE, lang: 'en' });
    saveLanguageChanges(store, { setItem: (_key, value) => void saved.push(value) });
    store.set({ selected: 'park-digital-information' }, { history: 'push' });
    store.set({ lang: 'zh' }, { history: 'replace' });
    store.set({ lang: 'en' }, { history: 'none' });
    expect(saved).toEqual(['zh', 'en']);
  });
});
