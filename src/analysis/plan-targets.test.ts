import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BaseParkSeed, IndicatorSeed, PartnerSeed, ProgrammeSeed } from '../data/schemas/seeds.schema';
import { PLAN_PHASES } from '../app/app-state';
import { compareParks, filterPartners, indicatorTarget, programmeTargets, PARK_METRICS } from './plan-targets';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const indicators: IndicatorSeed[] = read('seeds/indicators.json').records;
const parks: BaseParkSeed[] = read('seeds/base-parks.json').records;
const programmes: ProgrammeSeed[] = read('seeds/programmes.json').records;
const partners: PartnerSeed[] = read('seeds/partners.json').records;
/** The parks as drawn (geo/), whose properties carry the same targets: an independent copy. */
const drawnParks: { properties: Record<string, unknown> }[] = read('geo/base-parks.geojson').features;
const plan = readFileSync(new URL('../../seeds/documents/001-action-plan.txt', import.meta.url), 'utf8');

describe('indicatorTarget', () => {
  /** The plan's §二 table, row by row: seq, name, unit, 2022, 2023, 2027, bureau (tab-separated). */
  const table = plan.split('\n').map((line) => line.split('\t')).filter((cells) => cells.length === 7 && /^\d+$/.test(cells[0]));

  it('is the figure of the plan’s table for every indicator and year, and null only where the table shows —', () => {
    expect(table).toHaveLength(10);
    for (const indicator of indicators) {
      const row = table[indicator.seq - 1];
      PLAN_PHASES.forEach((phase, i) => {
        const cell = row[3 + i].trim();
        expect(indicatorTarget(indicator, phase), `${indicator.id} ${phase}`).toBe(cell === '—' ? null : Number(cell));
      });
    }
    expect(indicators.filter((i) => indicatorTarget(i, 2027) === null).map((i) => i.seq)).toEqual([8, 9]);
  });
});

describe('compareParks', () => {
  const geoField = { industry: 'target_2023_industry_scale_yi_yuan', 'digital-core': 'target_2023_digital_core_scale_yi_yuan', digitalisation: 'target_2023_digitalization_rate_pct' };

  it.each(PARK_METRICS.map((m) => m.id))('%s: the parks stating it with their figure, the others as not stated, none as 0', (metric) => {
    const { stated, notStated } = compareParks(parks, metric);
    const fromGeo = drawnParks.map((f) => [f.properties.id, f.properties[geoField[metric]]] as const);
    expect(stated.map((p) => [p.id, p.value])).toEqual(fromGeo.filter(([, value]) => value !== null));
    expect(notStated.map((p) => p.id)).toEqual(fromGeo.filter(([, value]) => value === null).map(([id]) => id));
    expect(stated.length + notStated.length).toBe(10);
  });

  it('counts six parks with a digitalisation rate, two of them for their pilot zone only', () => {
    const { stated, notStated } = compareParks(parks, 'digitalisation');
    expect(stated.map((p) => [p.name.zh, p.value, p.pilotZoneOnly])).toEqual([
      ['智慧生物医药产业园', 30, true],
      ['数字信息产业园', 80, false],
      ['智慧低碳产业园', 50, false],
      ['人工智能产业园', 80, false],
      ['朱家角绿色数智创新园', 40, true],
    ]);
    expect(notStated).toHaveLength(5);
    expect(compareParks(parks, 'industry').stated.every((p) => !p.pilotZoneOnly)).toBe(true);
  });

  it('lists the parks in the plan’s order whatever order the seeds come in', () => {
    const inPlanOrder = compareParks(parks, 'digitalisation');
    expect(compareParks([...parks].reverse(), 'digitalisation')).toEqual(inPlanOrder);
    expect(inPlanOrder.notStated.map((p) => p.id)).toEqual(
      [...parks].sort((a, b) => a.seq - b.seq).filter((p) => p.targets_2023.digitalization_rate_pct === null).map((p) => p.id),
    );
  });
});

describe('programmeTargets', () => {
  it('gives each year its own targets', () => {
    const lighthouse = programmes.find((p) => p.id === 'prog-lighthouse-100')!;
    expect(programmeTargets(lighthouse, 2023).map((t) => t.value)).toEqual([50, 10]);
    expect(programmeTargets(lighthouse, 2027).map((t) => t.value)).toEqual([100, 20]);
    expect(programmeTargets(lighthouse, 2022)).toEqual([]);
  });
});

describe('filterPartners', () => {
  it('keeps all 52 for an empty query and finds by any part of the name', () => {
    expect(filterPartners(partners, '  ')).toHaveLength(52);
    expect(filterPartners(partners, '华为').map((p) => p.seq)).toEqual([1]);
    expect(filterPartners(partners, '中通').map((p) => p.name_zh)).toEqual(['上海中通吉网络科技有限公司（中通）']);
    expect(filterPartners(partners, '导航').map((p) => p.seq)).toEqual([24, 25, 34]);
  });

  it('ignores case, full-width letters and extra spaces, and needs every word', () => {
    expect(filterPartners(partners, '5g')).toEqual([]);
    expect(filterPartners(partners, 'ｓｈａｎｇｈａｉ')).toEqual([]);
    expect(filterPartners(partners, '上海  有限公司 导航').map((p) => p.seq)).toEqual([24, 25, 34]);
    expect(filterPartners(partners, '上海 华为')).toEqual([]);
  });

  it('finds a partner by its note, and a partner without one only by its name', () => {
    const noted = { seq: 90, name_zh: '某科技有限公司', note_zh: '原名某某网络' } as PartnerSeed;
    const plain = { seq: 91, name_zh: '另一有限公司', note_zh: null } as PartnerSeed;
    expect(filterPartners([noted, plain], '原名').map((p) => p.seq)).toEqual([90]);
    expect(filterPartners([noted, plain], 'null')).toEqual([]);
  });

  it('treats markup as text', () => {
    expect(filterPartners(partners, '<img src=x onerror=alert(1)>')).toEqual([]);
  });
});
