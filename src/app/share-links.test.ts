import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from './app-state';
import { DEFAULT_NEARBY } from './nearby-state';
import { shareLinks } from './share-links';

const STATE: AppState = {
  lang: 'en',
  hidden: ['pillars', 'belts'],
  selected: 'park-digital-information',
  view: { center: [121.112, 31.21592], zoom: 12.5, bearing: 0, pitch: 0 },
  basemap: 'offline',
  panel: 'share',
  tourStep: 0,
  phase: 2023,
  nearby: DEFAULT_NEARBY,
};
const PAGE = 'https://example.org/maps/qingpu/index.html?lang=zh&x=<b>#top';

describe('shareLinks', () => {
  it('links to the page with the state, without the open Share panel or anything else of the current address', () => {
    expect(shareLinks(STATE, PAGE).link).toBe(
      'https://example.org/maps/qingpu/index.html?lang=en&sel=park-digital-information&view=121.11200,31.21592,12.50&hide=pillars,belts',
    );
    expect(shareLinks(DEFAULT_STATE, PAGE).link).toBe('https://example.org/maps/qingpu/index.html');
  });

  it('embeds with an iframe in embed mode, titled in the language shown, with & escaped', () => {
    expect(shareLinks(STATE, PAGE).iframe).toBe(
      '<iframe src="https://example.org/maps/qingpu/index.html?embed=1&amp;lang=en&amp;sel=park-digital-information&amp;view=121.11200,31.21592,12.50&amp;hide=pillars,belts" ' +
        'title="Yangtze River Delta Digital Trunk Line · Qingpu" width="800" height="600" loading="lazy" allowfullscreen></iframe>',
    );
    expect(shareLinks(DEFAULT_STATE, PAGE).iframe).toContain('src="https://example.org/maps/qingpu/index.html?embed=1" title="长三角数字干线 · 青浦"');
  });

  it('embeds as a web component from the same place, listing the layers shown', () => {
    const [script, element] = shareLinks(STATE, PAGE).component.split('\n');
    expect(script).toBe('<script type="module" src="https://example.org/maps/qingpu/embed/trunk-map.js"></script>');
    expect(element).toBe(
      '<trunk-map lang="en" selected="park-digital-information" ' +
        'layers="g50,line17,dz-line,park-footprints,park-points,sub-areas,boundaries,water,places,corridor" ' +
        'view="121.11200,31.21592,12.50"></trunk-map>',
    );
    // Everything shown and the opening view: only the language is said.
    expect(shareLinks(DEFAULT_STATE, PAGE).component.split('\n')[1]).toBe('<trunk-map lang="zh"></trunk-map>');
  });
});
