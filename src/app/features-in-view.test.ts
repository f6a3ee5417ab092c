import { describe, expect, it } from 'vitest';
import type { LegendGroupView } from '../components/layer-legend';
import { featureOrder, groupsInView, stepThrough } from './features-in-view';

const feature = (id: string) => ({ id, name_zh: `${id}-zh`, name_en: `${id}-en` });
const item = (id: string, ids: string[], visible = true) => ({
  id,
  labelKey: 'Legend.g50' as const,
  swatch: { colour: '#000', shape: 'line' as const },
  visible,
  features: ids.map(feature),
});
const GROUPS: LegendGroupView[] = [
  { id: 'trunk', titleKey: 'Legend.trunk', items: [item('line17', ['line', 'station-1', 'station-2']), item('g50', ['g50'])] },
  { id: 'parks', titleKey: 'Legend.baseParks', items: [item('park-points', ['park-a', 'park-b'], false)] },
  { id: 'context', titleKey: 'Legend.context', items: [item('water', ['lake'])] },
];

describe('groupsInView', () => {
  it('keeps only the features on screen, in legend order, and drops what is left empty', () => {
    const inView = groupsInView(GROUPS, new Set(['station-2', 'lake', 'line']));
    expect(inView.map((g) => [g.id, g.items.map((i) => [i.id, i.features.map((f) => f.id)])])).toEqual([
      ['trunk', [['line17', ['line', 'station-2']]]],
      ['context', [['water', ['lake']]]],
    ]);
  });

  it('leaves out items the visitor has hidden, even if their features are in view', () => {
    expect(groupsInView(GROUPS, new Set(['park-a'])).map((g) => g.id)).toEqual([]);
  });

  it('is empty when nothing is in view', () => {
    expect(groupsInView(GROUPS, new Set())).toEqual([]);
  });
});

describe('featureOrder and stepThrough', () => {
  const order = featureOrder(groupsInView(GROUPS, new Set(['line', 'station-1', 'g50', 'lake'])));

  it('orders features as the list shows them', () => {
    expect(order).toEqual(['line', 'station-1', 'g50', 'lake']);
  });

  it('steps forward and back from the selected feature, wrapping round', () => {
    expect(stepThrough(order, 'station-1', 1)).toBe('g50');
    expect(stepThrough(order, 'station-1', -1)).toBe('line');
    expect(stepThrough(order, 'lake', 1)).toBe('line');
    expect(stepThrough(order, 'line', -1)).toBe('lake');
  });

  it('starts at the first (N) or last (P) feature when nothing in view is selected', () => {
    expect(stepThrough(order, null, 1)).toBe('line');
    expect(stepThrough(order, 'park-a', -1)).toBe('lake');
  });

  it('has nowhere to go when nothing is in view', () => {
    expect(stepThrough([], 'line', 1)).toBeNull();
  });

  it('lists a feature that two items share once', () => {
    const shared: LegendGroupView[] = [{ id: 'g', titleKey: 'Legend.trunk', items: [item('a', ['x', 'y']), item('b', ['y', 'z'])] }];
    expect(featureOrder(shared)).toEqual(['x', 'y', 'z']);
  });
});
