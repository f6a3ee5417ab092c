import { describe, expect, it } from 'vitest';
import { EN } from './en';
import { t } from './translate';
import { ZH } from './zh';

describe('t', () => {
  it('fills placeholders in both languages', () => {
    expect(t('en', 'Card.estError', { metres: 300 })).toBe('error up to about 300 m');
    expect(t('zh', 'Card.estError', { metres: 300 })).toBe('误差约 300 米以内');
  });

  it('has a non-empty string for every key in both languages, with the same placeholders', () => {
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(ZH[key].trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ZH[key]), key).toEqual(names(EN[key]));
    }
  });
});
