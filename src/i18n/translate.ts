import { EN } from './en';
import { ZH } from './zh';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof typeof EN;
export const LANGS: readonly Lang[] = ['zh', 'en'];

const TABLES: Record<Lang, Record<MessageKey, string>> = { zh: ZH, en: EN };

/** The UI string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A number as a reader of `lang` writes it. */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits }).format(value);
}
