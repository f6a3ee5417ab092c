import { formatNumber, t, type Lang } from './translate';

/** A distance as a reader of `lang` reads it: whole metres below 1 km, else km to two decimals. */
export function formatDistance(lang: Lang, metres: number): string {
  return Math.abs(metres) < 1000
    ? `${formatNumber(lang, Math.round(metres), 0)} ${t(lang, 'Unit.m')}`
    : `${formatNumber(lang, metres / 1000, 2)} ${t(lang, 'Unit.km')}`;
}
