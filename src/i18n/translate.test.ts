import { describe, expect, it } from 'vitest';
import { EN } from './en';
import { formatFigure, t } from './translate';
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

  it('writes plan figures as the plan does in zh, and converts 亿元 and 万 in en without losing the original', () => {
    expect(formatFigure('zh', 200, 'Unit.yiYuan')).toBe('200 亿元');
    expect(formatFigure('en', 200, 'Unit.yiYuan')).toBe('20 bn yuan (200 亿元)');
    expect(formatFigure('en', 650, 'Unit.wanOrders')).toBe('6.5 million orders (650 万单)');
    expect(formatFigure('en', 4.62, 'Unit.km2')).toBe('4.62 km²');
    expect(formatFigure('zh', 80, 'Unit.pct')).toBe('80%');
  });
});
