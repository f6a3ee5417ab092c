import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkCitations } from '../../src/data/validate/citations.ts';
import { parsePlanSections } from '../../src/data/validate/plan-sections.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { PLAN_PATH, firstFeature, fixture, fixtureText, reasons } from './fixtures.ts';

const plan = parsePlanSections(readFileSync(PLAN_PATH, 'utf8'));
const park = () => firstFeature('base-park-area-mismatch.geojson');
const station = () => fixture('line17-stations.geojson').features[2]!;
const withProps = (feature: Feature, props: Record<string, unknown>): Feature => ({ ...feature, properties: { ...feature.properties, ...props } });
const beltAt = (source: string, name_zh = '数字金融功能倍增带'): Feature => ({
  type: 'Feature',
  id: 'belt-digital-finance',
  geometry: { type: 'LineString', coordinates: [[121.2, 31.1], [121.3, 31.2]] },
  properties: { id: 'belt-digital-finance', kind: 'belt', name_zh, source },
});
const check = (features: Feature[], sections = plan) => checkCitations([{ file: 'x.geojson', features }], sections);

describe('citations', () => {
  it('accepts features citing the section of the plan that sets them out', () => {
    const track = fixture('line17-track.geojson').features[0]!;
    const subArea = withProps(park(), { kind: 'sub_area', name_zh: '青西片区', source: '001 §三' });
    const pillar = withProps(park(), { kind: 'pillar', name_zh: '新城 5F 数字之城', source: '001 §三(二)4' });
    const poi = withProps(firstFeature('good-water.geojson'), { kind: 'poi', source: '001 §四(三)3' });
    expect(check([park(), station(), track, subArea, pillar, beltAt('001 §三(四)3'), poi])).toEqual([]);
  });

  it('reports a station citing §三(二) instead of §三(一) as CITATION_WRONG_SECTION', () => {
    const problems = check([withProps(station(), { source: '001 §三(二)' })]);
    expect(reasons(problems)).toEqual([REASON.CITATION_WRONG_SECTION]);
    expect(problems[0]).toMatchObject({ featureId: 'line17-03-middle-jiasong-road' });
    expect(problems[0]!.message).toBe('cites §三(二) (五大支柱), but the plan sets out every line17_station in §三(一) (一条干线)');
  });

  it('reports a base park citing another park’s item, naming its own', () => {
    const problems = check([withProps(park(), { source: '001 §三(三)2' })]);
    expect(reasons(problems)).toEqual([REASON.CITATION_WRONG_SECTION]);
    expect(problems[0]!.message).toBe('cites §三(三)2 (数字信息产业园), but the plan sets out 智慧生物医药产业园 in §三(三)1');
    expect(reasons(check([beltAt('001 §三(二)3')]))).toEqual([REASON.CITATION_WRONG_SECTION]);
  });

  it('reports a section the plan does not have as CITATION_NOT_IN_PLAN', () => {
    expect(reasons(check([withProps(park(), { source: '001 §三(三)11' })]))).toEqual([REASON.CITATION_NOT_IN_PLAN]);
    const poi = withProps(firstFeature('good-water.geojson'), { kind: 'poi', source: '001 §六(一)' });
    const [problem] = check([poi]);
    expect(problem).toMatchObject({ reason: REASON.CITATION_NOT_IN_PLAN, message: 'cites §六(一), which the plan (001) does not have' });
  });

  it('reports a feature the plan’s list does not name, and a trunk line its section does not name', () => {
    const problems = check([beltAt('001 §三(四)3', '数字金融带')]);
    expect(reasons(problems)).toEqual([REASON.CITATION_WRONG_SECTION]);
    expect(problems[0]!.message).toMatch(/^no numbered item of §三\(四\) \(三条拓展带\) is headed 数字金融带/);
    const track = fixture('line17-track.geojson').features[0]!;
    const [unnamed] = check([withProps(track, { name_zh: '轨道交通 18 号线' })]);
    expect(unnamed).toMatchObject({ reason: REASON.CITATION_WRONG_SECTION, message: 'cites §三(一), which does not name 轨道交通 18 号线' });
  });

  it('says so when the plan lacks the section a kind of feature belongs in', () => {
    const partial = parsePlanSections('三、总体格局\n（二）五大支柱\n1. 水乡客厅\n');
    expect(check([withProps(station(), { source: '001 §三(二)' })], partial)[0]!.message).toBe(
      'cites §三(二) (五大支柱), but the plan sets out every line17_station in §三(一) (missing from the plan)',
    );
    expect(check([withProps(park(), { source: '001 §三(二)1' })], partial)[0]!.message).toMatch(/^no numbered item of §三\(三\) \(missing from the plan\) is headed 智慧生物医药产业园/);
  });

  it('takes the right item from the plan’s text, not from a table: parks listed in another order move the citation', () => {
    const reordered = parsePlanSections(fixtureText('mini-plan.txt')); // lists 数字信息产业园 first
    expect(check([park()], reordered)).toEqual([expect.objectContaining({ message: 'cites §三(三)1 (数字信息产业园), but the plan sets out 智慧生物医药产业园 in §三(三)2' })]);
    expect(check([withProps(park(), { source: '001 §三(三)2' })], reordered)).toEqual([]);
  });

  it('ignores other documents and datasets', () => {
    expect(check([withProps(firstFeature('good-water.geojson'), { source: '003 ¶3' }), firstFeature('good-water.geojson')])).toEqual([]);
    // Another document's section numbers are not the plan's: §九 is no section of 001.
    expect(check([withProps(park(), { source: '002 §九' })])).toEqual([]);
    expect(check([withProps(park(), { source: undefined }), withProps(park(), { source: 42 })])).toEqual([]);
  });
});
