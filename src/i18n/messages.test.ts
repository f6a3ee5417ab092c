import { describe, expect, it } from 'vitest';
import { ALL_EN as EN } from './all-messages';
import { LANGS, t, type MessageKey } from './translate';

const KEYS = Object.keys(EN) as MessageKey[];

describe('UI strings', () => {
  it('has a non-empty English string for every key', () => {
    expect(KEYS.filter((key) => EN[key].trim() === '')).toEqual([]);
  });

  it('offers both languages, each named in itself whichever language the page is in', () => {
    expect([...LANGS].sort()).toEqual(['en', 'zh']);
    for (const lang of LANGS) {
      expect(t(lang, 'Lang.zh')).toBe('中文');
      expect(t(lang, 'Lang.en')).toBe('English');
    }
  });

  it('gives the page title in each language with the plan it maps', () => {
    expect(t('zh', 'App.title')).toContain('长三角数字干线');
    expect(t('en', 'App.title')).toContain('Digital Trunk Line');
    for (const lang of LANGS) expect(t(lang, 'App.subtitle')).toContain('青府办发〔2022〕9号');
  });

  it('fills a placeholder with 0, and leaves one it has no value for visible', () => {
    expect(t('en', 'Card.estError', { metres: 0 })).toBe('error up to about 0 m');
    expect(t('en', 'Card.station', { seq: 3 })).toBe('Station 3 of {line}');
  });
});
