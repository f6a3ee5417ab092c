import { describe, expect, it } from 'vitest';
import { ALL_EN as EN, ALL_ZH as ZH } from './all-messages';
import { EN as FIRST_LOAD_EN } from './en';
import { formatFigure, t, tCount } from './translate';

describe('t', () => {
  it('fills placeholders in both languages', () => {
    expect(t('en', 'Card.estError', { metres: 300 })).toBe('error up to about 300 m');
    expect(t('zh', 'Card.estError', { metres: 300 })).toBe('误差约 300 米以内');
  });

  it('keeps the panels’ strings out of the first-load table, bar their buttons’ labels: they load with the panel', () => {
    const panelKey = /^(Draw|Nearby|Chainage|Targets|Programmes|Tour|Region|Share|InView|Import|Problem|Datum|Severity|PlanImage)\./;
    expect(Object.keys(FIRST_LOAD_EN).filter((key) => panelKey.test(key) && !key.endsWith('.open'))).toEqual([]);
    expect(Object.keys(EN).filter((key) => panelKey.test(key)).length).toBeGreaterThan(160);
  });

  it('has exactly the same keys in both languages', () => {
    expect(Object.keys(EN).length).toBeGreaterThan(50);
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(EN).sort());
  });

  it('has a non-empty string for every key in both languages, with the same placeholders', () => {
    for (const key of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(EN[key].trim(), `en ${key}`).not.toBe('');
      expect(ZH[key].trim(), `zh ${key}`).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ZH[key]), key).toEqual(names(EN[key]));
    }
  });

  it('writes English without Chinese characters, except where it quotes the plan or names the language', () => {
    /** Han ideographs, CJK punctuation (〔〕、。) and full-width forms (（），：). */
    const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
    /** The plan's document number, quoted as the plan writes it. */
    const QUOTES = ['青府办发〔2022〕9号'];
    /** The language switch names Chinese in Chinese, as language menus do. */
    const NATIVE_NAME: Partial<Record<keyof typeof EN, string>> = { 'Lang.zh': '中文' };
    expect(CJK.test('青府办发〔2022〕9号（亿元）')).toBe(true);
    expect(CJK.test('Action plan – 4.62 km² · 20 %…')).toBe(false);
    for (const [key, text] of Object.entries(EN) as [keyof typeof EN, string][]) {
      if (NATIVE_NAME[key] !== undefined) {
        expect(text, key).toBe(NATIVE_NAME[key]);
        continue;
      }
      const unquoted = QUOTES.reduce((s, quote) => s.replaceAll(quote, ''), text);
      expect(unquoted.match(CJK)?.[0], `en ${key}: ${text}`).toBeUndefined();
    }
    expect(EN['App.subtitle']).toContain(QUOTES[0]);
  });

  it('writes Chinese in Chinese: every zh string with letters has Chinese characters, bar the name of English', () => {
    for (const [key, text] of Object.entries(ZH)) {
      if (key === 'Lang.en' || !/[A-Za-z]{3}/.test(text.replace(/\{\w+\}/g, ''))) continue;
      expect(text, `zh ${key}`).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(ZH['Lang.en']).toBe('English');
  });

  it('writes plan figures as the plan does in zh, and converts 亿元 and 万 in en without losing the original', () => {
    expect(formatFigure('zh', 200, 'Unit.yiYuan')).toBe('200 亿元');
    expect(formatFigure('en', 200, 'Unit.yiYuan')).toBe('20 bn yuan (200 亿元)');
    expect(formatFigure('en', 650, 'Unit.wanOrders')).toBe('6.5 million orders (650 万单)');
    expect(formatFigure('en', 4.62, 'Unit.km2')).toBe('4.62 km²');
    expect(formatFigure('zh', 80, 'Unit.pct')).toBe('80%');
  });
});

describe('tCount', () => {
  it('says 1 drawing and 2 drawings in English, and the one Chinese form for every count', () => {
    const detail = { detail: 'invalid' };
    expect(tCount('en', 'Draw.rejected', 1, detail)).toBe('1 stored drawing could not be shown (invalid); it stays stored.');
    expect(tCount('en', 'Draw.rejected', 2, detail)).toBe('2 stored drawings could not be shown (invalid); they stay stored.');
    expect(tCount('en', 'Draw.rejected', 0, detail)).toMatch(/^0 stored drawings /);
    expect(tCount('en', 'Import.keptEntry', 1, { name: 'a.kml', datum: 'WGS-84' })).toBe('a.kml: 1 feature, came in as WGS-84');
    expect(tCount('en', 'Import.summary', 1, { name: 'a.kml', importable: 1 })).toBe('a.kml: 1 of 1 feature imported.');
    expect(tCount('en', 'Import.moreProblems', 1)).toMatch(/^… and 1 more problem \(/);
    expect(tCount('en', 'Legend.featureCount', 12_000)).toBe('12,000 features');
    for (const count of [1, 2]) expect(tCount('zh', 'Draw.rejected', count, detail)).toBe(`${count} 个已保存的绘图无法显示（invalid），仍保存在本机。`);
  });

  it('has a singular form for every English message that counts things with a plural noun', () => {
    // "{count} features", "{count} stored drawings", "of {count} features": each needs "… feature" beside it.
    const countsPlural = /\{count\} (\w+ )?(feature|drawing|result|problem)s\b/;
    const missing = Object.keys(EN).filter((key) => countsPlural.test(EN[key as keyof typeof EN]) && !(`${key}.one` in EN));
    expect(Object.keys(EN).filter((key) => countsPlural.test(EN[key as keyof typeof EN])).length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
    for (const key of Object.keys(EN).filter((k) => k.endsWith('.one'))) expect(EN[key as keyof typeof EN], key).not.toMatch(countsPlural);
  });
});
