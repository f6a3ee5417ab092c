import type { ExpressionSpecification } from 'maplibre-gl';

/** Matches features whose geometry is surveyed, so it can be drawn solid. */
export const IS_SURVEYED: ExpressionSpecification = ['==', ['get', 'accuracy'], 'surveyed'];
export const IS_NOT_SURVEYED: ExpressionSpecification = ['!=', ['get', 'accuracy'], 'surveyed'];

/**
 * A paint value that switches when the feature is hovered, selected, or highlighted from a panel
 * (a park's bar in the targets dashboard), all as feature-state.
 */
export function whenActive<T extends number | string>(active: T, normal: T): ExpressionSpecification {
  return [
    'case',
    [
      'any',
      ['boolean', ['feature-state', 'selected'], false],
      ['boolean', ['feature-state', 'hover'], false],
      ['boolean', ['feature-state', 'highlighted'], false],
    ],
    active,
    normal,
  ] as ExpressionSpecification;
}

export type { Lang } from '../i18n/translate';
import type { Lang } from '../i18n/translate';

/** The label of a feature in the chosen language. */
export function nameIn(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}
