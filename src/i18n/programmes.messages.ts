import { addMessages } from './translate';

/** English strings of the Programmes panel: they load with its code, not on first paint (its button's label stays in en.ts). */
export const PROGRAMMES_EN = {
  'Programmes.title': 'Programmes and partners',
  'Programmes.close': 'Close programmes and partners',
  'Programmes.hint': 'The plan’s twelve programmes by layer with their targets, its 52 partners, and context figures with their sources.',
  'Programmes.layer.platform': 'Platform layer',
  'Programmes.layer.application': 'Application layer',
  'Programmes.layer.foundation': 'Foundation layer',
  'Programmes.noFigure': 'The plan gives no figure.',
  'Programmes.atLeast': 'at least {figure}',
  'Programmes.atMost': 'at most {figure}',
  'Programmes.about': 'about {figure}',
  'Programmes.nearly': 'nearly {figure}',
  'Programmes.over': 'more than {figure}',
  'Programmes.partners': 'Partners',
  'Programmes.filter': 'Filter partners by name',
  'Programmes.shown': 'Showing {shown} of {count}',
  'Programmes.noMatch': 'No partner’s name contains “{query}”.',
  'Programmes.namesInChinese': 'Names as the plan lists them, in Chinese.',
  'Programmes.context': 'Context figures',
  'Programmes.contextHint': 'Figures from the plan and from news reports, for context: they are not targets of this plan.',
} as const;

/** 重点计划与合伙人面板的中文文字（随其代码加载），与 PROGRAMMES_EN 键一一对应。 */
export const PROGRAMMES_ZH: Record<keyof typeof PROGRAMMES_EN, string> = {
  'Programmes.title': '重点计划与合伙人',
  'Programmes.close': '关闭重点计划与合伙人',
  'Programmes.hint': '行动方案按层次提出的十二项计划及其目标、52 家合伙人，以及注明出处的背景数据。',
  'Programmes.layer.platform': '平台层',
  'Programmes.layer.application': '应用层',
  'Programmes.layer.foundation': '基础层',
  'Programmes.noFigure': '方案未给出量化目标。',
  'Programmes.atLeast': '不少于 {figure}',
  'Programmes.atMost': '不超过 {figure}',
  'Programmes.about': '约 {figure}',
  'Programmes.nearly': '近 {figure}',
  'Programmes.over': '超过 {figure}',
  'Programmes.partners': '合伙人',
  'Programmes.filter': '按名称筛选合伙人',
  'Programmes.shown': '显示 {shown} / {count} 家',
  'Programmes.noMatch': '没有名称包含“{query}”的合伙人。',
  'Programmes.namesInChinese': '名称按方案附件2原文列出。',
  'Programmes.context': '背景数据',
  'Programmes.contextHint': '来自行动方案和新闻报道的背景数字，并非本方案的目标。',
};

addMessages({ zh: PROGRAMMES_ZH, en: PROGRAMMES_EN });
