import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { overlapCsv, overlapCsvName } from './overlap-csv';
import type { OverlapRow } from './overlap';

const circlePark: OverlapRow = {
  id: 'park-a', name_zh: '数字信息产业园', name_en: 'Digital Information Industrial Park', kind: 'base_park', accuracy: 'indicative',
  areaKm2: 4.62, insideKm2: 1.23456, insidePct: 26.72,
};
const pointPark: OverlapRow = { ...circlePark, id: 'park-b', name_zh: '跨境电商产业园', name_en: 'Cross-Border E-Commerce Industrial Park', areaKm2: null, insideKm2: null, insidePct: null };
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;

describe('the overlap table as CSV', () => {
  it('starts with a byte order mark, so Excel reads the Chinese', () => {
    expect(overlapCsv([circlePark], 'zh').startsWith('\uFEFF')).toBe(true);
  });

  it('in Chinese: headers, names, kind, accuracy, plain numbers; a point says it has no area', () => {
    expect(parse(overlapCsv([circlePark, pointPark], 'zh'))).toEqual([
      ['名称', '类型', '几何精度', '示意面积（平方公里）', '范围内面积（平方公里）', '范围内占比'],
      ['数字信息产业园', '基座园区', '示意', '4.620', '1.235', '26.7'],
      ['跨境电商产业园', '基座园区', '示意', '未说明', '点位在范围内（无面积）', '点位在范围内（无面积）'],
    ]);
  });

  it('in English, with no Chinese character', () => {
    const csv = overlapCsv([circlePark, pointPark], 'en');
    expect(parse(csv)[1]).toEqual(['Digital Information Industrial Park', 'Base park', 'Indicative', '4.620', '1.235', '26.7']);
    expect(csv).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  });

  it('keeps a name with commas and quotes whole, and never lets a spreadsheet run one as a formula', () => {
    const hostile = { ...circlePark, name_en: '=HYPERLINK("http://x", "a, b")' };
    const [, row] = parse(overlapCsv([hostile], 'en'));
    expect(row![0]).toBe(`'=HYPERLINK("http://x", "a, b")`);
  });

  it('names the file after the buffer, keeping Chinese', () => {
    expect(overlapCsvName('zh', '站点 800 米')).toBe('干线周边-站点-800-米.csv');
    expect(overlapCsvName('en', 'stations 800 m')).toBe('trunk-nearby-stations-800-m.csv');
  });
});
