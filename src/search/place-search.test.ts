import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../data/feature-index';
import { SOURCE_FILE } from '../layers/sources';
import { PlaceSearch, RESULT_LIMIT } from './place-search';
import { searchEntries, type SearchEntry } from './search-entries';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const records = <T>(file: string): T[] => read<{ records: T[] }>(`seeds/${file}`).records;

/** The drawn features and the seeds, read from the files independently of the app's loaders. */
const features = Object.values(SOURCE_FILE).flatMap((file) => read<FeatureCollection>(`geo/${file}`).features) as PlanFeature[];
const partnersFile = read<{ source: { section: string }; records: [] }>('seeds/partners.json');
const entries = searchEntries(features, {
  baseParks: records('base-parks.json'),
  pillars: records('pillars.json'),
  programmes: records('programmes.json'),
  partners: partnersFile.records,
  partnersSection: partnersFile.source.section,
});
const search = new PlaceSearch(entries);
const names = (found: SearchEntry[]) => found.map((entry) => entry.name.zh);

describe('searchEntries', () => {
  it('lists every named drawn feature, the named firms, the 52 partners and the 12 programmes', () => {
    const count = (kind: string) => entries.filter((entry) => entry.kind === kind).length;
    expect(entries.filter((entry) => entry.featureId !== null && entry.kind !== 'firm' && entry.kind !== 'partner')).toHaveLength(features.length);
    expect(count('town')).toBe(11);
    expect(count('partner')).toBe(52);
    expect(count('programme')).toBe(12);
    // 16 firms in park sections (三(三)), 4 in pillar sections (三(二)).
    expect(count('firm')).toBe(20);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
  });

  it('leads a firm to the park whose section names it', () => {
    const firm = entries.find((entry) => entry.kind === 'firm' && entry.name.zh === '华测导航')!;
    expect(firm).toMatchObject({ featureId: 'park-digital-information', namedBy: { zh: '数字信息产业园', en: 'Digital Information Industrial Park' } });
  });

  it('leads a partner to the park or pillar that names it, else names the programme or the partner list', () => {
    const partner = (zh: string) => entries.find((entry) => entry.kind === 'partner' && entry.name.zh === zh)!;
    expect(partner('华为技术有限公司')).toMatchObject({ featureId: 'pillar-xicen-innovation-centre', section: null, namedBy: { zh: '西岑科创中心' } });
    expect(partner('上海极有网络科技有限公司')).toMatchObject({ featureId: 'park-digital-information' });
    expect(partner('百联集团股份有限公司')).toMatchObject({ featureId: null, section: '四(二)1', namedBy: { zh: '灯塔 100 计划', en: 'Lighthouse 100 Plan' } });
    expect(partner('上海崧源私募基金管理有限公司')).toMatchObject({ featureId: null, section: '附件2', namedBy: null });
  });
});

describe('PlaceSearch', () => {
  it('finds by full pinyin: xicen → 西岑', () => {
    const found = search.search('xicen');
    expect(names(found).slice(0, 3)).toEqual(expect.arrayContaining(['西岑', '西岑站']));
    expect(names(found)).toContain('西岑科创中心');
    expect(found.every((entry) => entry.name.zh.includes('西岑') || /xicen/i.test(entry.name.en ?? ''))).toBe(true);
  });

  it('finds by initials: xc → 西岑, zjj → 朱家角', () => {
    expect(names(search.search('xc'))).toContain('西岑');
    const zjj = names(search.search('zjj'));
    expect(zjj.slice(0, 4).sort()).toEqual(['朱家角', '朱家角站（推定）', '朱家角绿色数智创新园', '朱家角镇'].sort());
  });

  it('accepts either reading of a polyphone', () => {
    // 重 reads zhong in most words and chong in 重固; 角 reads jiao in 朱家角, jue elsewhere.
    expect(names(search.search('chonggu'))[0]).toBe('重固镇');
    expect(names(search.search('zhujiajiao'))).toContain('朱家角镇');
  });

  it('folds traditional characters to simplified: 數字信息 → 数字信息产业园', () => {
    expect(names(search.search('數字信息'))[0]).toBe('数字信息产业园');
    expect(names(search.search('西岑科創'))).toEqual(['西岑科创中心']);
  });

  it('finds Chinese within names, a name that starts with the text first', () => {
    expect(names(search.search('青浦新城'))[0]).toBe('青浦新城');
    expect(names(search.search('华为'))).toEqual(expect.arrayContaining(['华为技术有限公司', '华为青浦研发中心', '华为青浦研发中心（练秋湖研发中心）']));
  });

  it('finds English with typos and unfinished words', () => {
    expect(search.search('digtal informaton')[0]).toMatchObject({ featureId: 'park-digital-information', kind: 'base_park' });
    expect(search.search('zhujiaj')[0]!.name.zh.startsWith('朱家角')).toBe(true);
    expect(search.search('lighthous')[0]).toMatchObject({ kind: 'programme', name: { en: 'Lighthouse 100 Plan' } });
    expect(search.search('Hongqiao Central')[0]).toMatchObject({ featureId: 'pillar-hongqiao-cbd' });
  });

  it('finds a firm by its English name and leads to its park', () => {
    expect(search.search('CHC Navigation')[0]).toMatchObject({ kind: 'firm', featureId: 'park-digital-information' });
  });

  it('reads letters typed full-width, as a Chinese keyboard may give them: ｘｉｃｅｎ → 西岑', () => {
    expect(names(search.search('ｘｉｃｅｎ')).slice(0, 3)).toContain('西岑');
  });

  it('ignores spaces typed in Chinese or between syllables, and spaces within a name', () => {
    expect(names(search.search('朱家 角'))).toContain('朱家角镇');
    expect(names(search.search('xi cen')).slice(0, 3)).toContain('西岑');
    expect(names(search.search("xi'cen")).slice(0, 3)).toContain('西岑');
    expect(names(search.search('灯塔100计划'))).toEqual(['灯塔 100 计划']);
  });

  it('finds nothing for blank or unknown text, and never more than the limit', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('qqqqqq')).toEqual([]);
    expect(search.search('park').length).toBe(RESULT_LIMIT);
  });
});

describe('PlaceSearch: the order of results', () => {
  const entry = (zh: string, en: string | null = null): SearchEntry => ({ key: zh, kind: 'town', name: { zh, en } as SearchEntry['name'], featureId: zh, namedBy: null, section: null });

  it('puts a name that starts with the text before one that has it inside, in Chinese and in pinyin', () => {
    const places = new PlaceSearch([entry('老朱家角'), entry('朱家角绿色数智创新园')]);
    expect(names(places.search('朱家角'))).toEqual(['朱家角绿色数智创新园', '老朱家角']);
    expect(names(places.search('zhujiajiao'))).toEqual(['朱家角绿色数智创新园', '老朱家角']);
  });

  it('puts the closer of two names that start with the text first, in Chinese and in pinyin', () => {
    const places = new PlaceSearch([entry('朱家角绿色数智创新园'), entry('朱家角')]);
    expect(names(places.search('朱家角'))).toEqual(['朱家角', '朱家角绿色数智创新园']);
    expect(names(places.search('zjj'))).toEqual(['朱家角', '朱家角绿色数智创新园']);
  });

  it('keeps the order of the entries among results that fit as well', () => {
    const places = new PlaceSearch(['甲站', '乙站', '丙站', '丁站'].map((zh) => entry(zh)));
    expect(names(places.search('站'))).toEqual(['甲站', '乙站', '丙站', '丁站']);
  });

  it('finds English with a typo or an unfinished word', () => {
    const others = Array.from({ length: 10 }, (_, i) => entry(`园区${i}`, `Park ${i}`));
    const places = new PlaceSearch([...others, entry('数字信息产业园', 'Digital Information Industrial Park')]);
    expect(names(places.search('digtal informaton'))[0]).toBe('数字信息产业园');
    expect(names(places.search('informat'))).toEqual(['数字信息产业园']);
  });

  it('matches initials only on characters side by side: xc is 西岑, not 西部创新', () => {
    const places = new PlaceSearch([entry('西部创新'), entry('西岑')]);
    expect(names(places.search('xc'))).toEqual(['西岑']);
  });

  it('puts a Chinese name read in pinyin, even inside the name, before a name matched in English only', () => {
    const others = Array.from({ length: 30 }, (_, i) => entry(`园区${i}`, `Park ${i}`));
    const places = new PlaceSearch([entry('数字园区', 'Xicen Digital Park'), entry('老西岑'), ...others]);
    expect(names(places.search('xicen'))).toEqual(['老西岑', '数字园区']);
  });
});
