import { addMessages } from './translate';

/** English strings of the regional view: they load with its code, not on first paint (its button's label stays in en.ts). */
export const REGION_EN = {
  'Region.title': 'The trunk in the delta',
  'Region.close': 'Close the regional view',
  'Region.hint': 'The map zooms out to the Yangtze River Delta: east, the trunk meets the east–west data corridor; west, Wujiang and Jiashan of the demonstration zone; and the partner zones of 2018.',
  'Region.loadFailed': 'The facts about these places could not be loaded. The map still works.',
} as const;

/** 区域视图的中文文字（随其代码加载），与 REGION_EN 键一一对应。 */
export const REGION_ZH: Record<keyof typeof REGION_EN, string> = {
  'Region.title': '干线在长三角',
  'Region.close': '关闭区域视图',
  'Region.hint': '地图缩小到长三角：干线向东连着东西向数据大通道，向西连着示范区的吴江和嘉善，还有 2018 年的合作园区。',
  'Region.loadFailed': '无法加载这些地点的资料。地图照常可用。',
};

addMessages({ zh: REGION_ZH, en: REGION_EN });
