import { addMessages } from './translate';

/** English strings of the list of features in view: they load with its code, not on first paint (its button's label stays in en.ts). */
export const IN_VIEW_EN = {
  'InView.title': 'Features in view',
  'InView.none': 'No feature of the plan is in view. Move or zoom out the map.',
  'InView.close': 'Close the list',
} as const;

/** 视野内要素列表的中文文字（随其代码加载），与 IN_VIEW_EN 键一一对应。 */
export const IN_VIEW_ZH: Record<keyof typeof IN_VIEW_EN, string> = {
  'InView.title': '视野内的要素',
  'InView.none': '视野内没有行动方案中的要素。请移动地图或缩小。',
  'InView.close': '关闭列表',
};

addMessages({ zh: IN_VIEW_ZH, en: IN_VIEW_EN });
