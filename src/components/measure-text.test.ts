import { describe, expect, it } from 'vitest';
import { areaTexts, lengthText, signedPercent } from './measure-text';

describe('lengthText', () => {
  it('gives metres under 1 km and km from 1 km, in each language', () => {
    expect(lengthText('en', 849.6)).toBe('850 m');
    expect(lengthText('zh', 849.6)).toBe('850 米');
    expect(lengthText('en', 1234.5)).toBe('1.23 km');
    expect(lengthText('zh', 12_345)).toBe('12.35 公里');
  });
});

describe('areaTexts', () => {
  it('gives a park-sized area in km², 公顷 and 亩', () => {
    expect(areaTexts('zh', 3_650_000)).toEqual(['3.65 平方公里', '365 公顷', '5,475 亩']);
    expect(areaTexts('en', 3_650_000)).toEqual(['3.65 km²', '365 ha', '5,475 mu']);
  });

  it('gives a small area in m², and one 亩 as 666.67 m²', () => {
    expect(areaTexts('en', 666.67)).toEqual(['667 m²', '0.07 ha', '1 mu']);
    expect(areaTexts('zh', 20_000)).toEqual(['20,000 平方米', '2 公顷', '30 亩']);
  });
});

describe('signedPercent', () => {
  it('signs the difference', () => {
    expect(signedPercent('en', 7.345)).toBe('+7.3 %');
    expect(signedPercent('zh', -2)).toBe('−2 %');
    expect(signedPercent('en', 0)).toBe('±0 %');
  });
});
