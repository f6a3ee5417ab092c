import type { LegendGroupView } from '../components/layer-legend';

/**
 * The legend's groups narrowed to the features drawn on screen, in legend order: what the list
 * of features in view shows, and the order N and P step through on the map. Hidden items and
 * items with nothing in view are left out, and so are groups left empty.
 */
export function groupsInView(groups: readonly LegendGroupView[], visibleIds: ReadonlySet<string>): LegendGroupView[] {
  return groups
    .map((group) => ({
      ...group,
      items: group.items
        .filter((item) => item.visible)
        .map((item) => ({ ...item, features: item.features.filter((f) => visibleIds.has(f.id)) }))
        .filter((item) => item.features.length > 0),
    }))
    .filter((group) => group.items.length > 0);
}

/** Every feature id of the groups, in their order, once each (a feature listed twice keeps its first place). */
export function featureOrder(groups: readonly LegendGroupView[]): string[] {
  return [...new Set(groups.flatMap((group) => group.items.flatMap((item) => item.features.map((f) => f.id))))];
}

/**
 * The feature after (step 1) or before (step -1) `current` in `order`, wrapping round; the first
 * (or last) when `current` is not in it; null when the order is empty.
 */
export function stepThrough(order: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at === -1) return step === 1 ? order[0] : order[order.length - 1];
  return order[(at + step + order.length) % order.length];
}
