import { describe, expect, it } from 'vitest';
import { readLanguage, saveLanguage } from './preferences';

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
});
