import { describe, expect, it } from 'vitest';
import { figureIn, numberIn } from './seed-units';

const yiYuan = { zh: '亿元', en: '100 million yuan' };

describe('figureIn', () => {
  it('keeps the plan’s figure and unit in Chinese', () => {
    expect(figureIn('zh', 1600, yiYuan)).toEqual({ figure: '1,600 亿元', plan: null });
    expect(figureIn('zh', 80, { zh: '%', en: '%' })).toEqual({ figure: '80%', plan: null });
  });

  it('converts 亿 and 万 units for English readers, keeping the plan’s own figure', () => {
    expect(figureIn('en', 1600, yiYuan)).toEqual({ figure: '160 bn yuan', plan: '1,600 亿元' });
    expect(figureIn('en', 650, { zh: '万单', en: '10,000 orders' })).toEqual({ figure: '6.5 million orders', plan: '650 万单' });
    expect(figureIn('en', 8, { zh: '万条', en: '10,000 records' })).toEqual({ figure: '80 thousand records', plan: '8 万条' });
    expect(figureIn('en', 3, { zh: '万人', en: '10,000 people' })).toEqual({ figure: '30 thousand people', plan: '3 万人' });
    expect(figureIn('en', 630, { zh: '万元', en: '10,000 yuan' })).toEqual({ figure: '6.3 million yuan', plan: '630 万元' });
  });

  it('uses the seed’s English unit where no conversion is needed', () => {
    expect(figureIn('en', 91.1, { zh: '平方公里', en: 'km²' })).toEqual({ figure: '91.1 km²', plan: null });
    expect(figureIn('en', 85, { zh: 'Mbps', en: 'Mbps' })).toEqual({ figure: '85 Mbps', plan: null });
    expect(figureIn('en', 50, { zh: '个', en: 'units' })).toEqual({ figure: '50 units', plan: null });
  });

  it('does not show floating-point noise', () => {
    expect(numberIn('en', 1600, yiYuan)).toBe('160');
    expect(numberIn('en', 780, yiYuan)).toBe('78');
  });
});
