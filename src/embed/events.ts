import type { FeatureIndex } from '../data/feature-index';

/** Detail of `feature-selected`: the feature whose card opened. */
export interface FeatureSelectedDetail {
  id: string;
  kind: string;
  name_zh: string;
  name_en: string;
}

/** Detail of `view-changed`: where the map came to rest, in the link's `view` form. */
export interface ViewChangedDetail {
  view: string;
}

/** The detail of `feature-selected` for a feature, or null when the data does not have it. */
export function featureSelectedDetail(index: Pick<FeatureIndex, 'get'>, id: string): FeatureSelectedDetail | null {
  const feature = index.get(id);
  if (!feature) return null;
  const { kind, name_zh, name_en } = feature.properties;
  return { id, kind, name_zh, name_en };
}

declare global {
  interface HTMLElementEventMap {
    'feature-selected': CustomEvent<FeatureSelectedDetail>;
    'view-changed': CustomEvent<ViewChangedDetail>;
  }
}
