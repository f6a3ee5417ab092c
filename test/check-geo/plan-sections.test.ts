import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childrenOf, collapse, parseCitation, parsePlanSections } from '../../src/data/validate/plan-sections.ts';
import { PLAN_PATH, fixtureText } from './fixtures.ts';

describe('parsePlanSections on a small plan with the real plan’s mixed heading marks', () => {
  // Parsed inside each test, not when the file is collected, so that mutation testing sees which tests read it.
  const parse = () => parsePlanSections(fixtureText('mini-plan.txt'));
  const text = (key: string) => collapse(parse().get(key)?.text ?? '');

  it('keys every heading as citations write it, and nothing else', () => {
    const sections = parse();
    expect([...sections.keys()]).toEqual([
      '一', '二', '二 表', '三', '三(一)', '三(二)', '三(二)1', '三(三)', '三(三)1', '三(三)2', '三(四)', '三(四)1',
      '四', '四(一)', '四(一)1', '四(一)1(1)', '五', '五(一)', '附件2',
    ]);
  });

  it('names each section by its heading, without the heading marks, up to the first 。', () => {
    const sections = parse();
    expect(sections.get('三')?.name).toBe('总体格局');
    expect(sections.get('三(四)')?.name).toBe('三条拓展带');
    expect(sections.get('三(三)1')?.name).toBe('数字信息产业园');
    expect(sections.get('三(三)2')?.name).toBe('智慧生物医药产业园'); // "2．" with a full-width point
    expect(sections.get('四(一)1(1)')?.name).toBe('方向和目标');
  });

  it('cuts a section at the next heading of its level, keeping its subsections and page-broken lines', () => {
    expect(text('三(二)1')).toBe('1.水乡客厅。围绕绿色示范，跨页续行的正文。');
    expect(text('三(三)1')).not.toContain('智慧生物医药产业园');
    expect(text('三(三)2')).toContain('1.2平方公里');
    expect(text('三')).toContain('数字农业引领示范带');
    expect(text('三')).not.toContain('专项行动计划');
    expect(text('二 表')).toContain('数字经济规模亿元2000');
    expect(text('二')).toContain(text('二 表'));
  });

  it('ends part 五 at the list of annexes, and does not number the annex list or the covering notice', () => {
    const sections = parse();
    expect(text('五(一)')).toBe('###**（一）加强党的集中统一领导**统筹推进。');
    expect(sections.has('五(一)2')).toBe(false);
    expect(text('附件2')).toContain('华为技术有限公司');
  });

  it('lists the items of a section', () => {
    const sections = parse();
    expect(childrenOf(sections, '三(三)').map((s) => [s.key, s.name])).toEqual([
      ['三(三)1', '数字信息产业园'],
      ['三(三)2', '智慧生物医药产业园'],
    ]);
    expect(childrenOf(sections, '九')).toEqual([]);
  });
});

describe('parsePlanSections on the committed plan', () => {
  const parse = () => parsePlanSections(readFileSync(PLAN_PATH, 'utf8'));
  const names = (key: string) => childrenOf(parse(), key).map((s) => collapse(s.name));

  it('finds the one trunk, five pillars, ten base parks and three belts under 三, in plan order', () => {
    const sections = parse();
    expect(collapse(sections.get('三(一)')!.text)).toContain('G50智慧高速公路、轨道交通17号线、上海示范区线（沪苏嘉线）');
    expect(names('三(二)')).toEqual(['虹桥中央商务区', '水乡客厅', '西岑科创中心', '新城5F数字之城', '智能化国家物流枢纽']);
    expect(names('三(三)')).toHaveLength(10);
    expect(names('三(三)')[7]).toBe('市西软件信息园（长三角软件信息园）');
    expect(names('三(四)')).toEqual(['数字农业引领示范带', '数字文旅创新体验带', '数字金融功能倍增带']);
  });

  it('finds the twelve programmes of 四 and the five measures of 五', () => {
    const sections = parse();
    expect(['四(一)', '四(二)', '四(三)'].flatMap(names)).toHaveLength(12);
    expect(names('四(二)')[0]).toBe('灯塔100计划');
    expect(names('五')).toHaveLength(5);
    expect(sections.has('五(五)2')).toBe(false);
  });

  it('has the table of 二 and the partner annex', () => {
    const sections = parse();
    expect(collapse(sections.get('二 表')!.text)).toMatch(/^表长三角数字干线青浦片区发展目标/);
    expect(collapse(sections.get('附件2')!.text)).toContain('52上海崧源私募基金管理有限公司');
  });

  it('keeps each park’s figures in its own section', () => {
    const sections = parse();
    expect(collapse(sections.get('三(三)6')!.text)).toContain('500亩');
    expect(collapse(sections.get('三(三)1')!.text)).not.toContain('500亩');
  });
});

describe('parseCitation', () => {
  it('splits a citation into document and section', () => {
    expect(parseCitation('001 §三(三)2')).toEqual({ doc: '001', section: '三(三)2' });
    expect(parseCitation('001 §二 表')).toEqual({ doc: '001', section: '二 表' });
    expect(parseCitation('GSHHG 2.3.7')).toBeNull();
  });
});

describe('parsePlanSections on the edge cases of the plan’s layout', () => {
  const plan = [
    '一、指导思想',
    '正文提到下表 所列指标，参见附件 2 与附件：名单，应做到（1）节约，共 3. 个方面。',
    '二、发展目标 ',
    '表 发展目标',
    '（一）第一节',
    '（一）重复的编号',
    '1. 事项',
    '（10）第十目',
    '附件 2 另行印发。',
    '名单列于附件 2',
    '附件 2 ',
    '名单',
    '1. 某公司',
  ].join('\n');
  const parse = () => parsePlanSections(plan);

  it('does not take a reference to a table, an annex or an item in running text for a heading', () => {
    const sections = parse();
    expect([...sections.keys()]).toEqual(['一', '二', '二 表', '二(一)', '二(一)1', '二(一)1(10)', '附件2']);
    expect(collapse(sections.get('一')!.text)).toContain('共3.个方面。');
  });

  it('names a section without the spaces around its heading, and the table by its title', () => {
    const sections = parse();
    expect(sections.get('二')!.name).toBe('发展目标');
    expect(sections.get('二 表')!.name).toBe('发展目标');
    expect(sections.get('二(一)1(10)')!.name).toBe('第十目');
  });

  it('keeps the first of two headings with the same number', () => {
    expect(parse().get('二(一)')!.name).toBe('第一节');
  });

  it('starts the annex only at its own heading line', () => {
    const sections = parse();
    expect(collapse(sections.get('二(一)1(10)')!.text)).toBe('（10）第十目附件2另行印发。名单列于附件2');
    expect(sections.get('附件2')).toMatchObject({ name: '附件2', level: 1 });
    expect(collapse(sections.get('附件2')!.text)).toBe('附件2名单1.某公司');
  });
});

describe('parseCitation on what is not a citation', () => {
  it('needs the three-digit document number at the start and the section on the same line', () => {
    expect(parseCitation('1001 §三')).toBeNull();
    expect(parseCitation('001 §三\n(一)')).toBeNull();
  });
});
