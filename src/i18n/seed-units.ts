import { formatNumber, type Lang } from './translate';

/**
 * Chinese units of the seeds that English readers need converted: 1 亿 = 100 million = 0.1 bn,
 * 1 万 = 10,000. Other units keep the seed's own English name.
 */
const ENGLISH_UNITS: Record<string, { factor: number; en: string }> = {
  亿元: { factor: 0.1, en: 'bn yuan' },
  万元: { factor: 0.01, en: 'million yuan' },
  万单: { factor: 0.01, en: 'million orders' },
  万条: { factor: 10, en: 'thousand records' },
  万人: { factor: 10, en: 'thousand people' },
  平方公里: { factor: 1, en: 'km²' },
};

export interface SeedUnit {
  zh: string;
  en: string;
}

/** The unit a reader of `lang` sees, and what a plan figure is multiplied by to be in it. */
export function unitIn(lang: Lang, unit: SeedUnit): { label: string; factor: number } {
  if (lang === 'zh') return { label: unit.zh, factor: 1 };
  const english = ENGLISH_UNITS[unit.zh];
  return english ? { label: english.en, factor: english.factor } : { label: unit.en, factor: 1 };
}

/** A plan figure as a number in the reader's unit (no unit). */
export function numberIn(lang: Lang, value: number, unit: SeedUnit): string {
  return formatNumber(lang, value * unitIn(lang, unit).factor, 3);
}

/**
 * A plan figure with its unit: `figure` in the reader's unit ("160 bn yuan"), and `plan` the
 * plan's own figure where English converted it ("1,600 亿元"), so nothing is lost; null otherwise.
 */
export function figureIn(lang: Lang, value: number, unit: SeedUnit): { figure: string; plan: string | null } {
  const { label } = unitIn(lang, unit);
  const joined = (number: string, name: string) => (name === '%' ? `${number}%` : `${number} ${name}`);
  const figure = joined(numberIn(lang, value, unit), label);
  const converted = lang === 'en' && label !== unit.en;
  return { figure, plan: converted ? joined(formatNumber('zh', value), unit.zh) : null };
}
