import { addMessages } from './translate';

/** English strings of the tour: they load with its code, not on first paint (its button's label stays in en.ts). */
export const TOUR_EN = {
  'Tour.title': 'A tour along the trunk',
  'Tour.close': 'End the tour',
  'Tour.progress': 'Step {step} of {count}',
  'Tour.controls': 'Tour controls',
  'Tour.previous': 'Previous',
  'Tour.next': 'Next',
  'Tour.play': 'Play',
  'Tour.pause': 'Pause',
} as const;

/** 导览的中文文字（随其代码加载），与 TOUR_EN 键一一对应。 */
export const TOUR_ZH: Record<keyof typeof TOUR_EN, string> = {
  'Tour.title': '沿干线导览',
  'Tour.close': '结束导览',
  'Tour.progress': '第 {step} 步，共 {count} 步',
  'Tour.controls': '导览控制',
  'Tour.previous': '上一步',
  'Tour.next': '下一步',
  'Tour.play': '自动播放',
  'Tour.pause': '暂停',
};

addMessages({ zh: TOUR_ZH, en: TOUR_EN });
