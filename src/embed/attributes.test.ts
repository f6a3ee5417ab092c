import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, LEGEND_ITEM_IDS } from '../app/app-state';
import { CONTROL_IDS, hiddenFromLayers, layersFromHidden, parseControls, stateFromAttributes } from './attributes';

const none = { lang: null, selected: null, layers: null, view: null, basemap: null };

describe('stateFromAttributes', () => {
  it('reads valid values as a link would', () => {
    const state = stateFromAttributes(
      { lang: 'en', selected: 'park-digital-information', layers: null, view: '121.11200,31.21592,12.50', basemap: 'offline' },
      'zh',
    );
    expect(state.lang).toBe('en');
    expect(state.selected).toBe('park-digital-information');
    expect(state.view).toEqual({ center: [121.112, 31.21592], zoom: 12.5, bearing: 0, pitch: 0 });
    expect(state.hidden).toEqual([]);
  });

  it('falls back silently on bad values', () => {
    const state = stateFromAttributes(
      { lang: 'fr', selected: '<img src=x onerror=alert(1)>', layers: 'nope', view: '1e3,Infinity,5', basemap: 'javascript:alert(1)' },
      'zh',
    );
    expect(state).toEqual({ ...DEFAULT_STATE, lang: 'zh', hidden: LEGEND_ITEM_IDS });
  });

  it('opens the whole map, nothing selected, in the fallback language when no attribute is given', () => {
    expect(stateFromAttributes(none, 'en')).toEqual({ ...DEFAULT_STATE, lang: 'en' });
  });
});

describe('layers', () => {
  it('lists visible items; absent shows all, unknown ids are ignored', () => {
    const [first, second] = LEGEND_ITEM_IDS;
    expect(hiddenFromLayers(null)).toEqual([]);
    expect(hiddenFromLayers(`${first}, ${second},bogus`)).toEqual(LEGEND_ITEM_IDS.slice(2));
    expect(layersFromHidden([])).toBeNull();
    expect(layersFromHidden([first])).toBe(LEGEND_ITEM_IDS.slice(1).join(','));
    expect(hiddenFromLayers(layersFromHidden(LEGEND_ITEM_IDS.slice(1)))).toEqual(LEGEND_ITEM_IDS.slice(1));
  });
});

describe('parseControls', () => {
  it('shows all when absent, none for none, and only known names', () => {
    expect([...parseControls(null)]).toEqual(CONTROL_IDS);
    expect([...parseControls('none')]).toEqual([]);
    expect([...parseControls('share, legend,zoom')]).toEqual(['legend', 'share']);
  });
});
