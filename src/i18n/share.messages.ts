import { addMessages } from './translate';

/** English strings of the Share panel: they load with its code, not on first paint (its button's label stays in en.ts). */
export const SHARE_EN = {
  'Share.title': 'Share this view',
  'Share.hint': 'The link opens the map as you see it now: language, layers, selected feature and view.',
  'Share.close': 'Close sharing',
  'Share.link': 'Link',
  'Share.iframe': 'Embed with an iframe',
  'Share.component': 'Embed as a web component',
  'Share.copyLink': 'Copy link',
  'Share.copyIframe': 'Copy iframe code',
  'Share.copyComponent': 'Copy web component code',
  'Share.copiedLink': 'Link copied.',
  'Share.copiedIframe': 'iframe code copied.',
  'Share.copiedComponent': 'Web component code copied.',
  'Share.copyFailed': 'The browser did not allow copying. The text is selected: copy it with Ctrl+C (⌘C on a Mac).',
} as const;

/** 分享面板的中文文字（随其代码加载），与 SHARE_EN 键一一对应。 */
export const SHARE_ZH: Record<keyof typeof SHARE_EN, string> = {
  'Share.title': '分享此视图',
  'Share.hint': '链接会按您现在看到的样子打开地图：语言、图层、所选要素和视图。',
  'Share.close': '关闭分享',
  'Share.link': '链接',
  'Share.iframe': '用 iframe 嵌入',
  'Share.component': '用 Web 组件嵌入',
  'Share.copyLink': '复制链接',
  'Share.copyIframe': '复制 iframe 代码',
  'Share.copyComponent': '复制 Web 组件代码',
  'Share.copiedLink': '链接已复制。',
  'Share.copiedIframe': 'iframe 代码已复制。',
  'Share.copiedComponent': 'Web 组件代码已复制。',
  'Share.copyFailed': '浏览器不允许复制。文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
};

addMessages({ zh: SHARE_ZH, en: SHARE_EN });
