import type { ALL_EN } from './all-messages';
import { EN } from './en';
import { ZH } from './zh';

export type Lang = 'zh' | 'en';
/** Every string's key, whether it loads first (en.ts) or with its panel (*.messages.ts). */
export type MessageKey = keyof typeof ALL_EN;
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The strings loaded so far: first paint's, then each panel's as its code loads (addMessages). */
const TABLES: Record<Lang, Record<string, string>> = { zh: { ...ZH }, en: { ...EN } };

/** Adds a panel's strings; its messages module calls this when the panel's code loads. */
export function addMessages(messages: Record<Lang, Record<string, string>>): void {
  for (const lang of LANGS) Object.assign(TABLES[lang], messages[lang]);
}

/** The UI string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = TABLES[lang][key];
  if (text === undefined) throw new Error(`no ${lang} text for ${key} yet: import its panel's messages module (src/i18n/*.messages.ts) where it is used`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** Built once per language and precision: building one costs far more than formatting with it, and tables format hundreds. */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** A number as a reader of `lang` writes it. */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  const key = `${lang} ${maximumFractionDigits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) NUMBER_FORMATS.set(key, (format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits })));
  return format.format(value);
}

/** A key with a singular form beside it (`Draw.rejected` and `Draw.rejected.one`). */
export type CountedKey = { [K in MessageKey]: `${K}.one` extends MessageKey ? K : never }[MessageKey];

/**
 * A message about `count` things, `{count}` filled in: in the form Intl.PluralRules says `lang`
 * uses for that count (English "1 drawing", "2 drawings"; Chinese has one form for all).
 */
export function tCount(lang: Lang, key: CountedKey, count: number, values: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(LOCALE[lang]).select(count) === 'one' ? (`${key}.one` as MessageKey) : key;
  return t(lang, form, { ...values, count: formatNumber(lang, count) });
}

/** Units the plan uses that English has no word for, with their English equivalent. */
const CHINESE_UNITS = {
  'Unit.yiYuan': { zh: '亿元', enFactor: 0.1, en: 'bn yuan' },
  'Unit.wanOrders': { zh: '万单', enFactor: 0.01, en: 'million orders' },
} as const;

/**
 * A stated figure with its unit: as the plan writes it in zh; in en converted to an English unit,
 * with the plan's own figure after it so nothing is lost (200 亿元 → "20 bn yuan (200 亿元)").
 */
export function formatFigure(lang: Lang, value: number, unitKey: MessageKey): string {
  const chinese = CHINESE_UNITS[unitKey as keyof typeof CHINESE_UNITS];
  if (!chinese) return `${formatNumber(lang, value)} ${t(lang, unitKey)}`.replace(' %', '%');
  if (lang === 'zh') return `${formatNumber(lang, value)} ${chinese.zh}`;
  return `${formatNumber(lang, value * chinese.enFactor, 3)} ${chinese.en} (${formatNumber('zh', value)} ${chinese.zh})`;
}
