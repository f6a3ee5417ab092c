import type { BarSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { PLAN_PHASES, type PlanPhase } from '../../app/plan-phase';
import { indicatorTarget, type ParkFigure } from '../../analysis/plan-targets';
import type { IndicatorSeed } from '../../data/schemas/seeds.schema';
import { t, type Lang } from '../../i18n/translate';
import { figureIn, numberIn, unitIn, type SeedUnit } from '../../i18n/seed-units';
import '../../i18n/targets.messages';

/* The ECharts options of the targets dashboard: pure functions of the plan's figures. */

export type TargetChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption>;

export const CHART_COLOURS = {
  /** The chosen year's bar, and every park bar. */
  current: '#2b6e4a',
  /** The other years' bars. */
  other: '#a8cbb6',
  /** The park selected on the map. */
  selected: '#b4530a',
  text: '#2b2620',
};

const FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** What a figure reads like in the chart's text: the reader's unit only (the table keeps the plan's own). */
const short = (lang: Lang, value: number, unit: SeedUnit) => figureIn(lang, value, unit).figure;

/** An indicator's unit as the chart's headings name it. */
const indicatorUnit = (indicator: IndicatorSeed): SeedUnit => ({ zh: indicator.unit_zh, en: indicator.unit_en });

/** An indicator's heading: its number, name and unit in the reader's language. */
export function indicatorHeading(indicator: IndicatorSeed, lang: Lang): string {
  return `${indicator.seq}. ${lang === 'zh' ? indicator.name_zh : indicator.name_en} (${unitIn(lang, indicatorUnit(indicator)).label})`;
}

/**
 * One indicator as a small bar chart: one bar per year (the chosen year dark), and no bar but
 * "not set" under the year where the plan's table shows "—".
 */
export function indicatorChartOption(indicator: IndicatorSeed, lang: Lang, phase: PlanPhase): TargetChartOption {
  const notSet = t(lang, 'Targets.notSet');
  const unit = indicatorUnit(indicator);
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: CHART_COLOURS.text },
    aria: { enabled: true, label: { description: indicatorDescription(indicator, lang) } },
    tooltip: { show: false },
    grid: { left: 4, right: 4, top: 18, bottom: 30 },
    xAxis: {
      type: 'category',
      data: PLAN_PHASES.map(String),
      axisTick: { show: false },
      axisLabel: {
        fontSize: 11,
        color: CHART_COLOURS.text,
        formatter: (year: string) => (indicatorTarget(indicator, Number(year) as PlanPhase) === null ? `${year}\n${notSet}` : year),
      },
    },
    yAxis: { type: 'value', show: false },
    series: [
      {
        type: 'bar',
        barWidth: '55%',
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          color: CHART_COLOURS.text,
          formatter: (params: unknown) => numberIn(lang, indicatorTarget(indicator, PLAN_PHASES[(params as { dataIndex: number }).dataIndex])!, unit),
        },
        // A year without a target has no bar at all (null), never a bar of 0.
        data: PLAN_PHASES.map((year) => {
          const value = indicatorTarget(indicator, year);
          return value === null
            ? null
            : { value: value * unitIn(lang, unit).factor, itemStyle: { color: year === phase ? CHART_COLOURS.current : CHART_COLOURS.other } };
        }),
      },
    ],
  };
}

/** What a screen reader hears for an indicator's chart: every figure, and "not set" where there is none. */
export function indicatorDescription(indicator: IndicatorSeed, lang: Lang): string {
  const values = PLAN_PHASES.map((year) => {
    const value = indicatorTarget(indicator, year);
    return `${year}: ${value === null ? t(lang, 'Targets.notSet') : short(lang, value, indicatorUnit(indicator))}`;
  });
  return `${t(lang, 'Targets.indicatorChart', { name: lang === 'zh' ? indicator.name_zh : indicator.name_en })} ${values.join(', ')}.`;
}

/**
 * The parks that state a metric, one horizontal bar each in the plan's order; the selected park's
 * bar in its own colour. Parks without the figure are not in the chart (the panel lists them).
 */
export function parkChartOption(parks: readonly ParkFigure[], unit: SeedUnit, lang: Lang, selected: string | null, labelWidth: number): TargetChartOption {
  const name = (park: ParkFigure) => (lang === 'zh' ? park.name.zh : park.name.en);
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: CHART_COLOURS.text },
    aria: {
      enabled: true,
      label: { description: `${t(lang, 'Targets.parksChart')} ${parks.map((p) => `${name(p)}: ${short(lang, p.value, unit)}`).join('; ')}.` },
    },
    tooltip: { trigger: 'item', confine: true, formatter: (params: unknown) => {
        const park = parks[(params as { dataIndex: number }).dataIndex];
        return parkTooltip(name(park), short(lang, park.value, unit));
      },
    },
    grid: { left: labelWidth + 12, right: 84, top: 4, bottom: 4 },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: parks.map(name),
      axisTick: { show: false },
      axisLabel: { width: labelWidth, overflow: 'truncate', fontSize: 11, color: CHART_COLOURS.text },
    },
    series: [
      {
        type: 'bar',
        barWidth: '60%',
        label: { show: true, position: 'right', fontSize: 11, color: CHART_COLOURS.text, formatter: ({ dataIndex }: { dataIndex: number }) => short(lang, parks[dataIndex].value, unit) },
        emphasis: { itemStyle: { borderColor: CHART_COLOURS.selected, borderWidth: 2 } },
        data: parks.map((park) => ({
          value: park.value * unitIn(lang, unit).factor,
          itemStyle: { color: park.id === selected ? CHART_COLOURS.selected : CHART_COLOURS.current },
        })),
      },
    ],
  };
}

/** The tooltip as elements with text, never markup: ECharts would insert a string as HTML. */
function parkTooltip(name: string, figure: string): HTMLElement {
  const box = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = name;
  box.append(title, document.createElement('br'), figure);
  return box;
}
