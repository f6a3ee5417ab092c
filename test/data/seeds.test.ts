import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  BASE_PARK_IDS,
  BELT_IDS,
  BaseParksFileSchema,
  BeltsFileSchema,
  ContextFileSchema,
  IndicatorsFileSchema,
  PILLAR_IDS,
  PROGRAMME_IDS,
  PartnersFileSchema,
  PillarsFileSchema,
  ProgrammesFileSchema,
  SUB_AREA_IDS,
  SourcesFileSchema,
  SubAreasFileSchema,
  TRUNK_IDS,
  TrunkFileSchema,
  formatSeedSource,
  type SeedSource,
} from '../../src/data/schemas/seeds.schema';
import { parsePlanSections, type PlanSection } from '../../src/data/validate/plan-sections';

const seedsUrl = new URL('../../seeds/', import.meta.url);
const readText = (name: string): string => readFileSync(new URL(name, seedsUrl), 'utf8');
const load = <S extends z.ZodType>(schema: S, name: string): z.infer<S> => schema.parse(JSON.parse(readText(name)));

/** Remove every whitespace character (the plan breaks lines mid-sentence and spaces out numbers). */
const collapse = (s: string): string => s.replace(/\s+/gu, '');

const planRaw = readText('documents/001-action-plan.txt');
const plan = collapse(planRaw);
/** The plan's sections, read from its own headings (三 / （三） / 1. / （1）, 二 表, 附件2). */
const planSections = parsePlanSections(planRaw);
/** The section of the plan a source names; fails the test if the plan has no such section. */
function planSection(source: SeedSource, what: string): PlanSection {
  const section = planSections.get(source.section);
  expect(section, `${what}: the plan has no section ${source.section}`).toBeDefined();
  return section!;
}

const sources = load(SourcesFileSchema, 'sources.json');
const trunk = load(TrunkFileSchema, 'trunk.json');
const pillars = load(PillarsFileSchema, 'pillars.json');
const parks = load(BaseParksFileSchema, 'base-parks.json');
const belts = load(BeltsFileSchema, 'belts.json');
const subAreas = load(SubAreasFileSchema, 'sub-areas.json');
const indicators = load(IndicatorsFileSchema, 'indicators.json');
const programmes = load(ProgrammesFileSchema, 'programmes.json');
const partners = load(PartnersFileSchema, 'partners.json');
const context = load(ContextFileSchema, 'context.json');

interface Sourced {
  id?: string;
  seq?: number;
  source: SeedSource;
  evidence: string[];
  extra_evidence?: { source: SeedSource; evidence: string[] }[];
}

const sourcedSets: [string, Sourced[]][] = [
  ['trunk', trunk.records],
  ['pillars', pillars.records],
  ['base-parks', parks.records],
  ['belts', belts.records],
  ['sub-areas', subAreas.records],
  ['indicators', indicators.records],
  ['programmes', programmes.records],
  ['context', context.records],
];

/** Every (source, snippet) pair of a record, including extra evidence. */
function evidenceOf(r: Sourced): { source: SeedSource; snippet: string }[] {
  const groups = [{ source: r.source, evidence: r.evidence }, ...(r.extra_evidence ?? [])];
  return groups.flatMap((g) => g.evidence.map((snippet) => ({ source: g.source, snippet })));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `n` occurs in `haystack` as a whole number (3 is not found in 30, 3.4 not in 3.45). */
function containsNumber(haystack: string, n: number): boolean {
  return new RegExp(`(?<![\\d.])${escapeRe(String(n))}(?!\\.?\\d)`).test(haystack);
}

/**
 * The plan-001 evidence of a record, joined. Whitespace is kept (not collapsed) so that
 * table cells such as "1600 2000 4000" stay separate numbers.
 */
const planEvidence = (r: Sourced): string =>
  evidenceOf(r)
    .filter((e) => e.source.doc === '001')
    .map((e) => e.snippet)
    .join(' | ');

const label = (r: Sourced): string => `${r.id ?? `#${r.seq}`} (${formatSeedSource(r.source)})`;

/* ================================================================== */

describe('the committed plan text', () => {
  it('is the action plan 青府办发〔2022〕9号 with its partner annex', () => {
    expect(planRaw).toContain('青府办发〔2022〕9号');
    expect(planRaw).toContain('2022年2月15日');
    expect(planRaw).toContain('长三角数字干线合伙人名单（第一批）');
    expect(plan).toContain('2022年2月16日印发');
  });
});

describe('sources.json', () => {
  it('lists documents 000–004 with the plan as the only official one', () => {
    expect(sources.documents.map((d) => d.id)).toEqual(['000', '001', '002', '003', '004']);
    const official = sources.documents.filter((d) => d.kind === 'official');
    expect(official.map((d) => d.id)).toEqual(['001']);
    const plan001 = official[0]!;
    expect(plan001.doc_number).toBe('青府办发〔2022〕9号');
    expect(plan001.date).toBe('2022-02-15');
    expect(plan001.issuer_zh).toBe('青浦区人民政府办公室');
    for (const d of sources.documents.filter((x) => x.kind === 'news')) expect(d.doc_number).toBeNull();
  });

  it('records publication dates of the articles (002: event date, explained)', () => {
    const byId = Object.fromEntries(sources.documents.map((d) => [d.id, d]));
    expect(byId['000']!.date).toBe('2021-03-31');
    expect(byId['002']!.date).toBe('2021-04-07');
    expect(byId['002']!.date_note).toBeTruthy();
    expect(byId['003']!.date).toBe('2018-07-05');
    expect(byId['004']!.date).toBe('2022-08-20');
  });
});

describe('ids, counts and order', () => {
  it('has the expected number of records', () => {
    expect(trunk.records).toHaveLength(3);
    expect(pillars.records).toHaveLength(5);
    expect(parks.records).toHaveLength(10);
    expect(belts.records).toHaveLength(3);
    expect(subAreas.records).toHaveLength(3);
    expect(indicators.records).toHaveLength(10);
    expect(programmes.records).toHaveLength(12);
    expect(partners.records).toHaveLength(52);
  });

  it('keeps the plan order and fixed ids', () => {
    expect(trunk.records.map((r) => r.id)).toEqual([...TRUNK_IDS]);
    expect(pillars.records.map((r) => r.id)).toEqual([...PILLAR_IDS]);
    expect(parks.records.map((r) => r.id)).toEqual([...BASE_PARK_IDS]);
    expect(belts.records.map((r) => r.id)).toEqual([...BELT_IDS]);
    expect(subAreas.records.map((r) => r.id)).toEqual([...SUB_AREA_IDS]);
    expect(programmes.records.map((r) => r.id)).toEqual([...PROGRAMME_IDS]);
    const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    expect(trunk.records.map((r) => r.seq)).toEqual(oneToN(3));
    expect(pillars.records.map((r) => r.seq)).toEqual(oneToN(5));
    expect(parks.records.map((r) => r.seq)).toEqual(oneToN(10));
    expect(belts.records.map((r) => r.seq)).toEqual(oneToN(3));
    expect(indicators.records.map((r) => r.seq)).toEqual(oneToN(10));
    expect(partners.records.map((r) => r.seq)).toEqual(oneToN(52));
    for (const layer of ['platform', 'application', 'foundation'] as const) {
      expect(programmes.records.filter((p) => p.layer === layer).map((p) => p.seq)).toEqual([1, 2, 3, 4]);
    }
  });

  it('uses every id only once across all seeds files', () => {
    const ids = [
      ...trunk.records,
      ...pillars.records,
      ...parks.records,
      ...belts.records,
      ...subAreas.records,
      ...indicators.records,
      ...programmes.records,
      ...context.records,
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(partners.records.map((p) => p.name_zh)).size).toBe(52);
  });
});

describe('sources and evidence', () => {
  const docIds = new Set(sources.documents.map((d) => d.id));
  const kindOf = new Map(sources.documents.map((d) => [d.id, d.kind]));

  it.each(sourcedSets)('%s: every source names a listed document with a fitting section', (_name, records) => {
    for (const r of records) {
      for (const { source } of evidenceOf(r)) {
        expect(docIds.has(source.doc), label(r)).toBe(true);
        const isParagraph = source.section.startsWith('¶');
        expect(isParagraph, `${label(r)}: ${source.section}`).toBe(kindOf.get(source.doc) === 'news');
      }
    }
    expect(docIds.has(partners.source.doc)).toBe(true);
    expect(partners.source).toEqual({ doc: '001', section: '附件2' });
  });

  it.each(sourcedSets)('%s: every snippet of doc 001 is in the section of the plan it cites; news snippets stay short', (_name, records) => {
    let checked = 0;
    for (const r of records) {
      for (const { source, snippet } of evidenceOf(r)) {
        if (source.doc === '001') {
          const section = planSection(source, label(r));
          expect(collapse(section.text).includes(collapse(snippet)), `${label(r)}: «${snippet}» is not in §${source.section} (${section.name})`).toBe(true);
          checked += 1;
        } else {
          expect(snippet.length, `${label(r)}: «${snippet}»`).toBeLessThanOrEqual(30);
        }
      }
    }
    if (records.some((r) => r.source.doc === '001')) expect(checked).toBeGreaterThan(0);
  });

  it('a snippet in the wrong section is caught, though it is in the plan', () => {
    const snippet = '规划面积 3.65 平方公里'; // 智慧生物医药产业园, §三(三)1
    expect(plan).toContain(collapse(snippet));
    expect(collapse(planSection({ doc: '001', section: '三(三)1' }, 'park 1').text)).toContain(collapse(snippet));
    expect(collapse(planSection({ doc: '001', section: '三(三)2' }, 'park 2').text)).not.toContain(collapse(snippet));
  });

  it('the partner list cites an annex the plan has', () => {
    expect(collapse(planSection(partners.source, 'partners').text)).toContain(collapse(partners.records[0]!.name_zh));
  });

  it('cites doc 001 as the primary source of every plan record', () => {
    const planSets = sourcedSets.filter(([name]) => name !== 'context');
    for (const [, records] of planSets) for (const r of records) expect(r.source.doc, label(r)).toBe('001');
  });

  it('sections point at the right parts of the plan', () => {
    expect(trunk.records.every((r) => r.source.section === '三(一)')).toBe(true);
    pillars.records.forEach((r) => expect(r.source.section).toBe(`三(二)${r.seq}`));
    parks.records.forEach((r) => expect(r.source.section).toBe(`三(三)${r.seq}`));
    belts.records.forEach((r) => expect(r.source.section).toBe(`三(四)${r.seq}`));
    subAreas.records.forEach((r) => expect(r.source.section).toBe('三'));
    indicators.records.forEach((r) => expect(r.source.section).toBe('二 表'));
    const layerNo = { platform: '一', application: '二', foundation: '三' } as const;
    programmes.records.forEach((p) => expect(p.source.section).toBe(`四(${layerNo[p.layer]})${p.seq}`));
    expect(formatSeedSource(parks.records[0]!.source)).toBe('001 §三(三)1');
  });
});

describe('names are written as the plan writes them', () => {
  const inPlan = (s: string) => plan.includes(collapse(s));

  it('trunk, pillar, park, belt, sub-area and programme names occur in the plan', () => {
    const names = [
      ...trunk.records.map((r) => r.name_zh),
      ...pillars.records.map((r) => r.name_zh),
      ...parks.records.map((r) => r.name_zh),
      ...belts.records.map((r) => r.name_zh),
      ...subAreas.records.flatMap((r) => [r.name_zh, r.role_zh, r.relies_on_zh]),
      ...programmes.records.map((r) => r.name_zh),
    ];
    for (const n of names) expect(inPlan(n), n).toBe(true);
  });

  it('the cited sections of pillars, parks, belts and programmes are headed with their names', () => {
    for (const r of [...pillars.records, ...parks.records, ...belts.records, ...programmes.records]) {
      expect(collapse(planSection(r.source, r.id).name), r.id).toBe(collapse(r.name_zh));
    }
  });

  it('platforms, firms, places and task headings occur in the plan', () => {
    const strings = [
      ...pillars.records.flatMap((p) => [...p.platforms_zh, ...p.firms_zh]),
      ...parks.records.flatMap((p) => p.firms.map((f) => f.zh)),
      ...parks.records.flatMap((p) => (p.pilot_zone && p.pilot_zone.name_zh ? [p.pilot_zone.name_zh] : [])),
      ...belts.records.flatMap((b) => b.named_places_zh),
      ...programmes.records.flatMap((p) => p.tasks_zh.map((t) => `——${t}。`)),
    ];
    for (const s of strings) expect(inPlan(s), s).toBe(true);
  });

  it('spot-checks exact names', () => {
    expect(trunk.records.map((r) => collapse(r.name_zh))).toEqual(['G50智慧高速公路', '轨道交通17号线', '上海示范区线（沪苏嘉线）']);
    expect(pillars.records.map((r) => collapse(r.name_zh))).toEqual([
      '虹桥中央商务区',
      '水乡客厅',
      '西岑科创中心',
      '新城5F数字之城',
      '智能化国家物流枢纽',
    ]);
    expect(parks.records[7]!.name_zh).toBe('市西软件信息园（长三角软件信息园）');
    expect(pillars.records[0]!.platforms_zh).toEqual(['北斗西虹桥基地', '国家会展中心', '徐泾产业社区']);
    expect(pillars.records[0]!.firms_zh).toEqual(['美的集团国际总部', '安踏全球零售总部', '中核集团上海总部']);
    expect(pillars.records[2]!.firms_zh).toContain('华为青浦研发中心');
    expect(pillars.records[4]!.platforms_zh).toContain('物流信息互通共享技术及应用国家工程实验室');
    expect(belts.records[1]!.named_places_zh).toContain('长三角数字广告产业园');
    expect(subAreas.records.map((a) => a.role_zh)).toEqual(['数字两业融合发展区', '数字五型经济示范田', '数字科技研发创新片']);
    expect(subAreas.records[0]!.relies_on_zh).toBe('青浦工业园区及中央商务区');
    expect(programmes.records.map((p) => collapse(p.name_zh))).toEqual([
      '区域联动共赢计划',
      '功能引领赋能计划',
      '行业转型升级计划',
      '园区提标改造计划',
      '灯塔100计划',
      '凤凰100计划',
      '梧桐100计划',
      '链接100计划',
      '信息基础设施建设计划',
      '数字人才培养引进计划',
      '数字城市建设改造计划',
      '公共数据资源开放计划',
    ]);
  });

  it('every alias of a trunk component is backed by an evidence snippet', () => {
    for (const r of trunk.records) {
      const all = evidenceOf(r).map((e) => collapse(e.snippet));
      for (const aka of r.aka_zh) expect(all.some((s) => s.includes(collapse(aka))), `${r.id}: ${aka}`).toBe(true);
    }
    expect(trunk.records[0]!.aka_zh).toContain('沪渝高速');
  });

  it('parallel zh/en lists line up', () => {
    for (const p of pillars.records) {
      expect(p.focus_en).toHaveLength(p.focus_zh.length);
      expect(p.firms_en).toHaveLength(p.firms_zh.length);
    }
    for (const p of [...parks.records, ...belts.records]) expect(p.focus_en).toHaveLength(p.focus_zh.length);
    for (const p of programmes.records) {
      expect(p.goals_en).toHaveLength(p.goals_zh.length);
      expect(p.tasks_en).toHaveLength(p.tasks_zh.length);
    }
  });
});

describe('no figure without evidence', () => {
  function parkNumbers(p: (typeof parks.records)[number]): number[] {
    const t = p.targets_2023;
    return [
      p.planned_area_km2,
      p.pilot_zone?.area_km2 ?? null,
      p.pilot_zone?.area_mu ?? null,
      t.industry_scale_yi_yuan,
      t.digital_core_scale_yi_yuan,
      t.digitalization_rate_pct,
      t.digital_trade_sales_yi_yuan,
      t.cross_border_ecommerce_orders_wan,
    ].filter((n): n is number => n !== null);
  }

  it('base parks', () => {
    for (const p of parks.records) {
      const ev = planEvidence(p);
      for (const n of parkNumbers(p)) expect(containsNumber(ev, n), `${p.id}: ${n}`).toBe(true);
    }
  });

  it('indicators', () => {
    for (const r of indicators.records) {
      const ev = planEvidence(r);
      for (const n of [r.target_2022, r.target_2023, r.target_2027]) {
        if (n !== null) expect(containsNumber(ev, n), `${r.id}: ${n}`).toBe(true);
      }
      if (r.target_2027 === null) expect(ev, r.id).toContain('—');
    }
  });

  it('programme targets', () => {
    for (const p of programmes.records) {
      const ev = planEvidence(p);
      for (const t of p.targets) {
        for (const n of [t.value, t.value_max ?? null]) {
          if (n !== null) expect(containsNumber(ev, n), `${p.id}: ${t.metric_en} = ${n}`).toBe(true);
        }
        if (t.year === 2027) expect(ev, p.id).toContain('2027');
      }
    }
  });

  it('context facts (plan figures must be in plan evidence)', () => {
    for (const c of context.records) {
      if (c.value === null) continue;
      const ev = c.evidence.join(' | ');
      expect(containsNumber(ev, c.value), `${c.id}: ${c.value}`).toBe(true);
    }
  });
});

describe('every figure is stated with its unit', () => {
  /** How the documents write the unit of a figure whose field name ends so. */
  const UNIT_OF_FIELD: [RegExp, string][] = [
    [/_km2$/, '平方公里'],
    [/_mu$/, '亩'],
    [/_yi_yuan$/, '亿元'],
    [/_pct$/, '%'],
    [/_wan$/, '万'],
  ];
  /** Traditional forms of unit characters in the Hong Kong news article (003). */
  const SIMPLIFIED: Record<string, string> = { 億: '亿', 萬: '万', 畝: '亩', 個: '个', 項: '项', 條: '条', 單: '单' };
  const simplify = (s: string) => s.replace(/[億萬畝個項條單]/gu, (ch) => SIMPLIFIED[ch]!);

  interface UnitFigure {
    path: string;
    value: number;
    valueMax?: number | null;
    unit: string;
  }

  /**
   * The figures of a record that carry a unit: a number whose field name ends in a unit
   * (`planned_area_km2`, `area_mu`, `…_yi_yuan`, `…_pct`, `…_wan`), or a `value` (and `value_max`)
   * beside a `unit_zh` (programme targets, context facts). Evidence and sources are not figures.
   */
  function unitFigures(node: unknown, path = ''): UnitFigure[] {
    if (Array.isArray(node)) return node.flatMap((x, i) => unitFigures(x, `${path}[${i}]`));
    if (typeof node !== 'object' || node === null) return [];
    const o = node as Record<string, unknown>;
    const found: UnitFigure[] = [];
    if (typeof o.value === 'number' && typeof o.unit_zh === 'string') {
      found.push({ path: `${path}.value`, value: o.value, valueMax: o.value_max as number | null | undefined, unit: o.unit_zh });
    }
    for (const [key, v] of Object.entries(o)) {
      if (key === 'evidence' || key === 'extra_evidence' || key === 'source') continue;
      const unit = UNIT_OF_FIELD.find(([suffix]) => suffix.test(key))?.[1];
      if (typeof v === 'number' && unit) found.push({ path: `${path}.${key}`, value: v, unit });
      else found.push(...unitFigures(v, `${path}.${key}`));
    }
    return found;
  }

  /** Whether the evidence shows the figure immediately followed by its unit ("500 亩", "500~1500亩"). */
  function statedWithUnit(evidence: string, f: UnitFigure): boolean {
    const number = f.valueMax != null ? `${escapeRe(String(f.value))}[~～]${escapeRe(String(f.valueMax))}` : escapeRe(String(f.value));
    return new RegExp(`(?<![\\d.])${number}${escapeRe(f.unit)}`, 'u').test(simplify(collapse(evidence)));
  }

  /** The figures of a record that its evidence does not state with their unit. */
  const unstated = (r: Sourced) => {
    const evidence = evidenceOf(r).map((e) => e.snippet).join('|');
    return unitFigures(r).filter((f) => !statedWithUnit(evidence, f)).map((f) => `${r.id}${f.path} = ${f.value} ${f.unit}`);
  };

  it.each(sourcedSets)('%s: the evidence shows every figure followed by its unit', (_name, records) => {
    expect(records.flatMap(unstated)).toEqual([]);
  });

  it('finds every figure of the base parks, the programmes and the context facts', () => {
    const parkFigures = parks.records.flatMap((p) => unitFigures(p));
    const stated = parks.records.flatMap((p) => [
      p.planned_area_km2,
      p.pilot_zone?.area_km2 ?? null,
      p.pilot_zone?.area_mu ?? null,
      ...Object.values(p.targets_2023).filter((v) => typeof v === 'number'),
    ]).filter((n) => n !== null);
    expect(parkFigures).toHaveLength(stated.length);
    expect(programmes.records.flatMap((p) => unitFigures(p))).toHaveLength(programmes.records.flatMap((p) => p.targets).length);
    expect(context.records.flatMap((c) => unitFigures(c))).toHaveLength(context.records.filter((c) => c.value !== null).length);
  });

  it('fails a figure stored under the wrong unit: 500 亩 as area_km2, 650 万单 as 亿元, 91.1 km² in 亩', () => {
    const zhujiajiao = structuredClone(parks.records.find((p) => p.id === 'park-zhujiajiao-green-digital')!);
    expect(unstated(zhujiajiao)).toEqual([]);
    zhujiajiao.pilot_zone = { ...zhujiajiao.pilot_zone!, area_km2: zhujiajiao.pilot_zone!.area_mu, area_mu: null };
    expect(unstated(zhujiajiao)).toEqual(['park-zhujiajiao-green-digital.pilot_zone.area_km2 = 500 平方公里']);

    const ecommerce = structuredClone(parks.records.find((p) => p.id === 'park-cross-border-ecommerce')!);
    const { cross_border_ecommerce_orders_wan: orders, ...rest } = ecommerce.targets_2023;
    const swapped = { ...ecommerce, targets_2023: { ...rest, cross_border_ecommerce_orders_wan: null, digital_trade_sales_yi_yuan: orders } };
    expect(unstated(swapped)).toEqual(['park-cross-border-ecommerce.targets_2023.digital_trade_sales_yi_yuan = 650 亿元']);

    const area = structuredClone(context.records.find((c) => c.id === 'ctx-new-city-area')!);
    area.unit_zh = '亩';
    expect(unstated(area)).toEqual(['ctx-new-city-area.value = 91.1 亩']);
  });
});

describe('context figures keep their qualifier', () => {
  /** How the documents qualify a figure just before it: 近 170, 约 120, 超过 50. */
  const QUALIFIERS: [RegExp, 'about' | 'nearly' | 'over'][] = [
    [/近$/u, 'nearly'],
    [/约$/u, 'about'],
    [/(?:超过|超)$/u, 'over'],
  ];
  const WORDS = { nearly: ['近', 'nearly'], about: ['约', 'about'], over: ['超过', 'more than'] } as const;

  /** The qualifier the evidence puts before the figure followed by its unit, or null. */
  function statedQualifier(c: (typeof context.records)[number]): string | null {
    const evidence = collapse(c.evidence.join('|')).replace(/約/gu, '约').replace(/億/gu, '亿');
    const at = new RegExp(`(?<![\\d.])${escapeRe(String(c.value))}${escapeRe(c.unit_zh!)}`, 'u').exec(evidence);
    expect(at, `${c.id}: ${c.value} ${c.unit_zh} in its evidence`).not.toBeNull();
    const before = evidence.slice(0, at!.index);
    return QUALIFIERS.find(([pattern]) => pattern.test(before))?.[1] ?? null;
  }
  /** What is wrong with a fact's qualifier: in the data, and in both sentences that state it. */
  function misqualified(c: (typeof context.records)[number]): string[] {
    if (c.value === null) return [];
    const stated = statedQualifier(c);
    const problems: string[] = [];
    if ((c.qualifier ?? null) !== stated) problems.push(`${c.id}: qualifier ${c.qualifier ?? 'none'}, the source says ${stated ?? 'none'}`);
    if (stated) {
      const [zh, en] = WORDS[stated as keyof typeof WORDS];
      if (!collapse(c.fact_zh).includes(`${zh}${c.value}`)) problems.push(`${c.id}: fact_zh lacks ${zh}${c.value}`);
      if (!c.fact_en.includes(`${en} `)) problems.push(`${c.id}: fact_en lacks "${en}"`);
    }
    return problems;
  }

  it('every context figure is qualified as its source qualifies it (近 170 平方公里, 约 120 亿元, 超过 50%), in data and text', () => {
    expect(context.records.flatMap(misqualified)).toEqual([]);
    const byId = (id: string) => context.records.find((c) => c.id === id)!;
    expect(byId('ctx-shanghai-specialty-parks-area').qualifier).toBe('nearly');
    for (const id of ['ctx-new-city-area', 'ctx-new-city-investment', 'ctx-industrial-park-area']) expect(byId(id).qualifier, id).toBeUndefined();
  });

  it('fails a dropped or changed qualifier: 近 170 stated as 170, or as 约 170', () => {
    const parks170 = structuredClone(context.records.find((c) => c.id === 'ctx-shanghai-specialty-parks-area')!);
    expect(misqualified(parks170)).toEqual([]);
    expect(misqualified({ ...parks170, qualifier: undefined })).toEqual(['ctx-shanghai-specialty-parks-area: qualifier none, the source says nearly']);
    expect(misqualified({ ...parks170, fact_zh: '上海40个特色产业园区总规模约170平方公里。' })).toEqual(['ctx-shanghai-specialty-parks-area: fact_zh lacks 近170']);
  });
});

describe('base parks against the plan text', () => {
  const start = plan.indexOf('（三）十个基座');
  const end = plan.indexOf('（四）三条拓展带', start);
  const block = plan.slice(start, end);

  /** The plan paragraph of park `seq`, cut at the heading of the next park. */
  function section(seq: number, name: string): string {
    const from = block.indexOf(`${seq}.${collapse(name)}。`);
    expect(from, name).toBeGreaterThan(-1);
    const next = parks.records.find((p) => p.seq === seq + 1);
    const to = next ? block.indexOf(`${next.seq}.${collapse(next.name_zh)}。`) : block.length;
    return block.slice(from, to);
  }
  const num = (m: RegExpMatchArray | null): number | null => (m ? Number(m[1]) : null);

  it.each(parks.records.map((p) => [p.seq, p.id, p] as const))('park %i (%s): every stated figure, nothing more', (seq, _id, p) => {
    const s = section(seq, p.name_zh);
    expect(p.planned_area_km2).toBe(num(s.match(/规划面积([\d.]+)平方公里/)));
    const pilot = s.match(/先期聚焦(.*?)([\d.]+)(平方公里|亩)作为数字经济转型先行示范区/);
    if (pilot) {
      expect(p.pilot_zone).not.toBeNull();
      expect(p.pilot_zone!.area_km2).toBe(pilot[3] === '平方公里' ? Number(pilot[2]) : null);
      expect(p.pilot_zone!.area_mu).toBe(pilot[3] === '亩' ? Number(pilot[2]) : null);
    } else {
      expect(p.pilot_zone).toBeNull();
    }
    const t = p.targets_2023;
    expect(t.industry_scale_yi_yuan).toBe(num(s.match(/园区产业规模达到([\d.]+)亿元/)));
    expect(t.digital_core_scale_yi_yuan).toBe(num(s.match(/数字经济核心产业规模达到([\d.]+)亿元/)));
    const rate = s.match(/(先行示范区|园区)制造业企业数字化赋能率达到([\d.]+)%/);
    expect(t.digitalization_rate_pct).toBe(rate ? Number(rate[2]) : null);
    expect(t.digitalization_rate_scope).toBe(rate ? (rate[1] === '园区' ? 'park' : 'pilot_zone') : null);
    expect(t.digital_trade_sales_yi_yuan).toBe(num(s.match(/数字贸易销售额达到([\d.]+)亿元/)));
    expect(t.cross_border_ecommerce_orders_wan).toBe(num(s.match(/交易单量达到([\d.]+)万单/)));

    // Completeness: once the recognised figures, the year and "5G" are removed, no digit may remain.
    const rest = s
      .slice(`${seq}.`.length)
      .replace(/规划面积[\d.]+平方公里/g, '')
      .replace(/先期聚焦.*?[\d.]+(?:平方公里|亩)作为/g, '')
      .replace(/(?:规模|赋能率|销售额|单量)达到[\d.]+(?:亿元|%|万单)/g, '')
      .replace(/到2023年/g, '')
      .replace(/5G/g, '')
      .replace(/\*\*\d+\.$/, '');
    expect(rest.match(/\d+/g), `${p.id}: figures the seeds do not record`).toBeNull();
  });

  it('spot checks', () => {
    const byId = Object.fromEntries(parks.records.map((p) => [p.id, p]));
    expect(parks.records.map((p) => p.planned_area_km2)).toEqual([3.65, 4.62, 2.4, 3.38, null, 3.4, null, null, null, null]);
    expect(byId['park-smart-biomedicine']!.pilot_zone).toMatchObject({ name_zh: '张江青浦园', area_km2: 1.2, area_mu: null });
    expect(byId['park-smart-biomedicine']!.targets_2023).toMatchObject({
      industry_scale_yi_yuan: 100,
      digital_core_scale_yi_yuan: 30,
      digitalization_rate_pct: 30,
      digitalization_rate_scope: 'pilot_zone',
    });
    expect(byId['park-digital-information']!.planned_area_km2).toBe(4.62);
    expect(byId['park-digital-information']!.targets_2023).toMatchObject({
      industry_scale_yi_yuan: 250,
      digital_core_scale_yi_yuan: 200,
      digitalization_rate_pct: 80,
      digitalization_rate_scope: 'park',
    });
    expect(byId['park-smart-low-carbon']!.targets_2023.industry_scale_yi_yuan).toBe(400);
    expect(byId['park-artificial-intelligence']!.targets_2023.digital_core_scale_yi_yuan).toBe(280);
    expect(byId['park-beidou-remote-sensing']!.targets_2023).toMatchObject({
      industry_scale_yi_yuan: 80,
      digital_core_scale_yi_yuan: 40,
      digitalization_rate_pct: null,
    });
    expect(byId['park-zhujiajiao-green-digital']!.pilot_zone).toMatchObject({ area_km2: null, area_mu: 500 });
    expect(byId['park-zhujiajiao-green-digital']!.targets_2023.digitalization_rate_scope).toBe('pilot_zone');
    expect(byId['park-global-digital-trade']!.targets_2023.digital_trade_sales_yi_yuan).toBe(120);
    expect(byId['park-shixi-software']!.targets_2023).toMatchObject({ industry_scale_yi_yuan: 100, digital_core_scale_yi_yuan: 80 });
    expect(byId['park-cross-border-ecommerce']!.targets_2023.cross_border_ecommerce_orders_wan).toBe(650);
    // Park 9 states no figure at all.
    const p9 = byId['park-new-city-digital-commerce']!;
    expect(p9.planned_area_km2).toBeNull();
    expect(p9.pilot_zone).toBeNull();
    expect(Object.values(p9.targets_2023).every((v) => v === null)).toBe(true);
  });
});

describe('indicators against the plan table', () => {
  const lines = planRaw.split('\n');
  const from = lines.findIndex((l) => l.startsWith('表 长三角数字干线青浦片区发展目标'));
  const to = lines.findIndex((l, i) => i > from && l.includes('三、总体格局'));
  const rows = lines
    .slice(from, to)
    .map((l) => l.split('\t').map((c) => c.trim()))
    .filter((c) => c.length === 7 && /^\d+$/.test(c[0]!));
  const cell = (c: string): number | null => (c === '—' ? null : Number(c));

  it('finds ten table rows', () => {
    expect(rows).toHaveLength(10);
  });

  it('matches every row cell for cell', () => {
    indicators.records.forEach((r, i) => {
      const [no, name, unit, y22, y23, y27, bureau] = rows[i]!;
      expect(r.seq).toBe(Number(no));
      expect(collapse(r.name_zh)).toBe(collapse(name!));
      expect(r.unit_zh).toBe(unit);
      expect([r.target_2022, r.target_2023, r.target_2027]).toEqual([cell(y22!), cell(y23!), cell(y27!)]);
      expect(r.bureau_zh).toBe(bureau);
    });
  });

  it('spot checks', () => {
    const byId = Object.fromEntries(indicators.records.map((r) => [r.id, r]));
    expect(byId['digital-economy-scale']).toMatchObject({ name_zh: '数字经济规模', unit_zh: '亿元', target_2022: 1600, target_2023: 2000, target_2027: 4000, bureau_zh: '发改委' });
    expect(byId['cross-border-ecommerce-orders']).toMatchObject({ unit_zh: '万单', target_2022: 600, target_2023: 650, target_2027: 800 });
    expect(byId['fixed-broadband-download-speed']).toMatchObject({ target_2022: 70, target_2023: 85, target_2027: null });
    expect(byId['mobile-5g-download-speed']).toMatchObject({ target_2022: 420, target_2023: 440, target_2027: null });
    expect(byId['public-data-open-records']).toMatchObject({ target_2022: 8, target_2023: 10, target_2027: 50, bureau_zh: '政务办' });
    expect(new Set(indicators.records.map((r) => r.id)).size).toBe(10);
  });

  it('agrees with the same figures elsewhere in the plan', () => {
    const byId = Object.fromEntries(indicators.records.map((r) => [r.id, r]));
    const park = Object.fromEntries(parks.records.map((p) => [p.id, p]));
    const prog = Object.fromEntries(programmes.records.map((p) => [p.id, p]));
    const target = (id: string, year: number, metricZh: string) =>
      prog[id]!.targets.find((t) => t.year === year && t.metric_zh.includes(metricZh))?.value;
    expect(park['park-cross-border-ecommerce']!.targets_2023.cross_border_ecommerce_orders_wan).toBe(byId['cross-border-ecommerce-orders']!.target_2023);
    expect(park['park-global-digital-trade']!.targets_2023.digital_trade_sales_yi_yuan).toBe(byId['digital-trade-volume']!.target_2023);
    expect(target('prog-lighthouse-100', 2023, '智能工厂')).toBe(byId['smart-factories']!.target_2023);
    expect(target('prog-lighthouse-100', 2027, '智能工厂')).toBe(byId['smart-factories']!.target_2027);
    expect(target('prog-info-infrastructure', 2023, '固定宽带')).toBe(byId['fixed-broadband-download-speed']!.target_2023);
    expect(target('prog-info-infrastructure', 2023, '5G')).toBe(byId['mobile-5g-download-speed']!.target_2023);
    expect(target('prog-public-data', 2023, '公共数据')).toBe(byId['public-data-open-records']!.target_2023);
  });
});

describe('programmes against the plan text', () => {
  const start = plan.indexOf('四、专项行动计划');
  const end = plan.indexOf('五、保障措施', start);
  const block = plan.slice(start, end);
  const starts = programmes.records.map((p) => block.indexOf(collapse(p.name_zh)));

  it('finds every programme heading in plan order', () => {
    for (const s of starts) expect(s).toBeGreaterThan(-1);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it.each(programmes.records.map((p, i) => [p.id, i] as const))('%s records every figure of its section', (id, i) => {
    const p = programmes.records[i]!;
    const s = block
      .slice(starts[i]! + collapse(p.name_zh).length, starts[i + 1] ?? block.length)
      .replace(/[#*]*\d+\.[#*]*$/, '') // number of the next heading
      .replace(/[#*]*（[一二三]）(?:平台层|应用层|基础层)[#*]*/g, '')
      .replace(/（[12]）(?:方向和目标|任务和举措)/g, '')
      .replace(/到20(?:23|27)年/g, '')
      .replace(/（2021~2025）/g, '')
      .replace(/5G|G50|B2B|1\+X|1\+3/g, '');
    const found = (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    const recorded = new Set(p.targets.flatMap((t) => [t.value, t.value_max ?? null]).filter((n): n is number => n !== null));
    for (const n of found) expect(recorded.has(n), `${id}: ${n} appears in the plan but not in targets`).toBe(true);
    // and the other way round
    for (const n of recorded) expect(found, `${id}: ${n}`).toContain(n);
  });

  it('spot checks', () => {
    const byId = Object.fromEntries(programmes.records.map((p) => [p.id, p]));
    const values = (id: string) => byId[id]!.targets.map((t) => [t.year, t.value] as const);
    expect(values('prog-function-empowerment')).toEqual([
      [2023, 15],
      [2023, 800],
      [2023, 5],
      [2023, 630],
      [2023, 2000],
      [2023, 20],
    ]);
    expect(byId['prog-function-empowerment']!.targets[5]).toMatchObject({ unit_zh: '毫秒', bound: 'at_most' });
    expect(values('prog-industry-upgrade')).toEqual([
      [2023, 500],
      [2023, 2000],
      [2023, 100],
    ]);
    expect(byId['prog-park-upgrade']!.targets[1]).toMatchObject({ value: 500, value_max: 1500, bound: 'range', unit_zh: '亩' });
    expect(values('prog-phoenix-100')).toEqual([
      [2023, 40],
      [2023, 36],
      [2027, 100],
    ]);
    expect(values('prog-wutong-100')).toEqual([
      [2023, 30],
      [2023, 20],
      [2027, 100],
    ]);
    expect(values('prog-link-100')).toEqual([
      [2023, 30],
      [2027, 100],
    ]);
    expect(byId['prog-digital-talent']!.targets).toEqual([expect.objectContaining({ value: 3, unit_zh: '万人' })]);
    expect(byId['prog-digital-city']!.targets[0]).toMatchObject({ value: 91.1, unit_zh: '平方公里' });
    expect(byId['prog-digital-city']!.targets[1]).toMatchObject({ value: 3, value_max: 4, bound: 'range' });
    expect(byId['prog-regional-linkage']!.targets).toEqual([]);
    expect(byId['prog-regional-linkage']!.goals_zh.length).toBeGreaterThan(0);
  });
});

describe('partners (附件2)', () => {
  const lines = planRaw.split('\n');
  const from = lines.findIndex((l) => l.startsWith('## 长三角数字干线合伙人名单'));
  const rows = lines
    .slice(from)
    .map((l) => l.match(/^(\d+)\t([^\t]+)\t(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null);

  it('lists the 52 partners of the first batch in plan order', () => {
    expect(rows).toHaveLength(52);
    partners.records.forEach((p, i) => {
      expect(p.seq).toBe(Number(rows[i]![1]));
      expect(p.name_zh).toBe(rows[i]![2]!.trim());
      expect(p.note_zh).toBe(rows[i]![3]!.trim() || null);
    });
    expect(partners.records[0]!.name_zh).toBe('华为技术有限公司');
    expect(partners.records[15]!.name_zh).toBe('上海中通吉网络科技有限公司（中通）');
    expect(partners.records[51]!.name_zh).toBe('上海崧源私募基金管理有限公司');
  });

  it('names a partner where the plan does, in words of its own name', () => {
    const named = partners.records.filter((p) => p.named_in?.length);
    expect(named.map((p) => p.seq)).toEqual([1, 2, 4, 8, 13, 15, 16, 17, 19, 25, 38, 42, 45]);
    for (const partner of named) {
      for (const { section, as_zh } of partner.named_in!) {
        expect(collapse(planSection({ doc: '001', section }, partner.name_zh).text), `${partner.name_zh} in §${section}`).toContain(as_zh);
        // The plan's short name starts with the brand the partner's registered name carries.
        expect(partner.name_zh, `${as_zh} for ${partner.name_zh}`).toContain(as_zh.slice(0, 2));
      }
    }
  });
});

describe('context facts', () => {
  const byId = Object.fromEntries(context.records.map((c) => [c.id, c]));

  it('keeps the key figures', () => {
    expect(byId['ctx-new-city-area']).toMatchObject({ value: 91.1, unit_en: 'km²', source: { doc: '001', section: '四(三)3' } });
    expect(byId['ctx-new-city-investment']).toMatchObject({ value: 5000, unit_zh: '亿元', source: { doc: '000' } });
    expect(byId['ctx-industrial-park-area']).toMatchObject({ value: 56.2, source: { doc: '003' } });
    expect(byId['ctx-shanghai-specialty-parks-count']).toMatchObject({ value: 40, source: { doc: '002' } });
    expect(byId['ctx-shanghai-specialty-parks-area']).toMatchObject({ value: 170, unit_zh: '平方公里' });
    expect(byId['ctx-qingpu-life-science-park']!.fact_zh).toContain('第二批');
    expect(byId['ctx-2018-cooperation-signing']!.fact_zh).toContain('2018年7月5日');
    for (const partner of ['苏州工业园区', '嘉兴经济技术开发区', '巢湖经济开发区']) {
      expect(byId['ctx-2018-cooperation-signing']!.fact_zh).toContain(partner);
    }
    expect(byId['ctx-east-west-data-corridor']!.evidence.join('')).toContain('临港—张江—虹桥—示范区');
  });
});
