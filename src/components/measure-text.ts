import { areaInUnits } from '../analysis/measure';
import { formatNumber, t, type Lang } from '../i18n/translate';

/** Below this, an area reads better in m² than in km². */
const SMALL_AREA_M2 = 100_000;

/** A length as a planner reads it: metres under 1 km, else km ("850 m", "1.23 km"; "850 米", "1.23 公里"). */
export function lengthText(lang: Lang, metres: number): string {
  return metres < 1000
    ? `${formatNumber(lang, metres, 0)} ${t(lang, 'Unit.m')}`
    : `${formatNumber(lang, metres / 1000, 2)} ${t(lang, 'Unit.km')}`;
}

/** An area in m² (small) or km², then in 公顷 (ha) and 亩 (mu): ["1.234 km²", "123.4 ha", "1,851 mu"]. */
export function areaTexts(lang: Lang, m2: number): string[] {
  const { km2, hectares, mu } = areaInUnits(m2);
  return [
    m2 < SMALL_AREA_M2 ? `${formatNumber(lang, m2, 0)} ${t(lang, 'Unit.m2')}` : `${formatNumber(lang, km2, 3)} ${t(lang, 'Unit.km2')}`,
    `${formatNumber(lang, hectares, 2)} ${t(lang, 'Unit.ha')}`,
    `${formatNumber(lang, mu, mu < 100 ? 1 : 0)} ${t(lang, 'Unit.mu')}`,
  ];
}

/** A signed percentage: "+7.3 %", "−2.0 %". */
export function signedPercent(lang: Lang, pct: number): string {
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±';
  return `${sign}${formatNumber(lang, Math.abs(pct), 1)} %`;
}
