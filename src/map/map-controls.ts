import { AttributionControl, NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import { t, type Lang, type MessageKey } from '../i18n/translate';
import { SOURCE, sourceAttribution } from '../layers/sources';

/** MapLibre's own UI strings, in our words: the map's name tells keyboard users what its keys do. */
const UI_STRINGS: Record<string, MessageKey> = {
  'Map.Title': 'Map.keys',
  'NavigationControl.ZoomIn': 'Map.zoomIn',
  'NavigationControl.ZoomOut': 'Map.zoomOut',
  'AttributionControl.ToggleAttribution': 'Map.toggleAttribution',
  'CooperativeGesturesHandler.WindowsHelpText': 'Map.ctrlScroll',
  'CooperativeGesturesHandler.MacHelpText': 'Map.cmdScroll',
  'CooperativeGesturesHandler.MobileHelpText': 'Map.twoFingers',
};

/** MapLibre's `locale` option in `lang`. */
export const uiLocale = (lang: Lang) => Object.fromEntries(Object.entries(UI_STRINGS).map(([id, key]) => [id, t(lang, key)]));

/**
 * The map's own controls, stacked in its bottom-right corner: zoom above scale above the credits
 * (the legend covers the left side of a wide map from top to bottom), all in the visitor's language.
 */
export class MapControls {
  /** The credits: each shown source's, in the visitor's language. */
  private readonly credits = new AttributionControl({ compact: true });

  constructor(private readonly map: MapLibreMap) {
    // MapLibre stacks each control added to a bottom corner on top of those already there.
    map.addControl(this.credits, 'bottom-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    // A compact attribution starts open; on a phone it would cover a third of the map.
    map.once('load', () => {
      const container = map.getContainer();
      if (container.clientWidth < 640) container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    });
  }

  /**
   * Called with the height of the corner's stack now and whenever it changes (the credits wrap,
   * open or close), so that what is laid over the map can end above it. Returns the function that stops listening.
   */
  onResized(listener: (heightPx: number) => void): () => void {
    const corner = this.map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
    if (!corner) return () => undefined;
    const observer = new ResizeObserver(() => listener(corner.offsetHeight));
    observer.observe(corner);
    return () => observer.disconnect();
  }

  setLanguage(lang: Lang): void {
    this.setCreditsLanguage(lang);
    this.setUiLanguage(lang);
  }

  /** Our sources' credits in `lang` (a basemap's follow with its layers); MapLibre has no call to rename them. */
  private setCreditsLanguage(lang: Lang): void {
    for (const id of Object.values(SOURCE)) {
      const source = this.map.getSource(id);
      if (source) source.attribution = sourceAttribution(id, lang);
    }
    this.credits._updateAttributions();
  }

  /**
   * MapLibre reads its UI strings once, when it builds a control: later switches rename what it
   * built (the canvas and the buttons) and patch its table for what it builds later.
   */
  private setUiLanguage(lang: Lang): void {
    const locale = uiLocale(lang);
    Object.assign((this.map as unknown as { _locale: Record<string, string> })._locale, locale);
    const container = this.map.getContainer();
    this.map.getCanvas().setAttribute('aria-label', locale['Map.Title']);
    const buttons: [string, string][] = [
      ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
      ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
      ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
    ];
    for (const [selector, id] of buttons) {
      for (const button of container.querySelectorAll(selector)) {
        button.setAttribute('title', locale[id]);
        button.setAttribute('aria-label', locale[id]);
        button.querySelector('.maplibregl-ctrl-icon')?.setAttribute('title', locale[id]);
      }
    }
  }
}
