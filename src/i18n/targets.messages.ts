import { addMessages } from './translate';

/** English strings of the Targets panel: they load with its code, not on first paint (its button's label stays in en.ts). */
export const TARGETS_EN = {
  'Targets.title': 'Plan targets',
  'Targets.close': 'Close plan targets',
  'Targets.hint': 'The development indicators and base-park targets the action plan sets. Choose a year to see its targets.',
  'Targets.indicators': 'Development indicators',
  'Targets.indicatorsCaption': 'Development indicators: targets for 2022, 2023 and 2027',
  'Targets.indicator': 'Indicator',
  'Targets.unit': 'Unit',
  'Targets.bureau': 'Responsible body',
  'Targets.yearColumn': '{year}',
  'Targets.notSet': 'not set',
  'Targets.indicatorChart': 'Bar chart of the targets for {name}:',
  'Targets.converted': 'Figures in bn yuan, million and thousand are the plan’s own converted: 100 million yuan = 0.1 bn yuan; 10,000 = 10 thousand.',
  'Targets.parks': 'Base parks’ 2023 targets compared',
  'Targets.parksNoTarget': 'The plan sets the base parks’ targets for 2023 only.',
  'Targets.metric': 'Compare',
  'Targets.parksChart': 'Bar chart of the base parks’ 2023 targets.',
  'Targets.parksCaption': 'Base parks’ 2023 targets',
  'Targets.notStatedParks': 'No figure in the plan for: {parks}.',
  'Targets.park': 'Park',
  'Targets.pilotZoneOnly': 'pilot zone',
  'Targets.source': 'Source',
} as const;

/** 规划目标面板的中文文字（随其代码加载），与 TARGETS_EN 键一一对应。 */
export const TARGETS_ZH: Record<keyof typeof TARGETS_EN, string> = {
  'Targets.title': '规划目标',
  'Targets.close': '关闭规划目标',
  'Targets.hint': '行动方案设定的发展指标和基座园区目标。选择年份，查看该年的目标。',
  'Targets.indicators': '发展指标',
  'Targets.indicatorsCaption': '发展指标：2022、2023、2027 年目标',
  'Targets.indicator': '指标',
  'Targets.unit': '单位',
  'Targets.bureau': '责任单位',
  'Targets.yearColumn': '{year} 年',
  'Targets.notSet': '未设定',
  'Targets.indicatorChart': '{name}各年目标柱状图：',
  'Targets.converted': '数字按方案原文及其单位列出。',
  'Targets.parks': '基座园区 2023 年目标对比',
  'Targets.parksNoTarget': '行动方案只为 2023 年设定基座园区目标。',
  'Targets.metric': '对比',
  'Targets.parksChart': '柱状图：各基座园区 2023 年目标。',
  'Targets.parksCaption': '基座园区 2023 年目标',
  'Targets.notStatedParks': '方案未说明此项的园区：{parks}。',
  'Targets.park': '园区',
  'Targets.pilotZoneOnly': '先行示范区',
  'Targets.source': '出处',
};

addMessages({ zh: TARGETS_ZH, en: TARGETS_EN });
