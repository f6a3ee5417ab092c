import { html, type TemplateResult } from 'lit';
import type { LegendGroupView } from '../components/layer-legend';
import type { FeatureIndex } from '../data/feature-index';
import type { BaseParkProperties } from '../data/schemas/geo-feature.schema';
import { SOURCE } from '../layers/sources';
import type { MessageKey } from '../i18n/translate';
import type { MapController } from '../map/map-controller';
import type { AppState, PanelId } from './app-state';
import { shareLinks } from './share-links';
import { surveyedStations } from '../import/reference-stations';

/** What a panel is given when it renders: state goes down; changes come back up as events. */
export interface PanelContext {
  readonly state: AppState;
  /** The loaded features, or null until the data has loaded. */
  readonly index: FeatureIndex | null;
  /** The page a link to the current state opens. */
  readonly pageUrl: string;
  /** The map, for tools that draw on it or read positions from it; null without a map (the fallback list). */
  readonly controller: MapController | null;
  /** Every feature, grouped as in the legend, with hidden items marked. */
  readonly groups: LegendGroupView[];
  /** Names this map's drawings in the browser's storage (see drawingsKey). */
  readonly storageScope: string;
}

/**
 * A panel or tool the header opens. Its element sends these events up, bubbling and composed,
 * and the shell turns them into store changes:
 * - `panel-closed`: close the panel (focus returns to its button);
 * - `state-change` `{ patch: Partial<AppState>, history: 'push' | 'replace' }`;
 * - `feature-chosen` `{ featureId }`: open that feature's card, focused, and show it on the map;
 * - `feature-shown` `{ featureId }`: select that feature and show it on the map, leaving focus alone;
 * - `bounds-requested` `{ bounds: [west, south, east, north] }`: show that area, clear of the panels.
 * An element with a `focusTitle()` method has it called when the visitor opens the panel.
 */
export interface PanelDefinition {
  /** The header button's label. */
  readonly labelKey: MessageKey;
  /** Loads the element's code: panels cost nothing until first opened. */
  readonly load: () => Promise<unknown>;
  readonly render: (context: PanelContext) => TemplateResult;
  /** Where the panel shows: beside the legend (default), or in the card's place, the card waiting until it closes. */
  readonly place?: 'beside-legend' | 'card';
  /** A panel that is about the map itself has no button when the page shows no map. */
  readonly needsMap?: boolean;
}

/** Every panel, by id; the header shows their buttons in PANEL_IDS order. */
export const PANELS: Record<PanelId, PanelDefinition> = {
  tour: {
    labelKey: 'Tour.open',
    load: () => import('../components/story-tour'),
    render: ({ state }) => html`<story-tour .step=${state.tourStep} .lang=${state.lang} .selected=${state.selected}></story-tour>`,
    place: 'card',
  },
  region: {
    labelKey: 'Region.open',
    load: () => import('../components/region-panel'),
    render: ({ state, index }) => html`<region-panel .lang=${state.lang} .index=${index}></region-panel>`,
  },
  targets: {
    labelKey: 'Targets.open',
    load: () => import('../components/targets-dashboard'),
    render: ({ state, index, controller }) =>
      html`<targets-dashboard .lang=${state.lang} .phase=${state.phase} .selected=${state.selected}
        @park-pointed=${(event: CustomEvent<{ featureId: string | null }>) => pointAt(controller, index, event.detail.featureId)}></targets-dashboard>`,
  },
  programmes: {
    labelKey: 'Programmes.open',
    load: () => import('../components/programmes-panel'),
    render: ({ state }) => html`<programmes-panel .lang=${state.lang}></programmes-panel>`,
  },
  nearby: {
    labelKey: 'Nearby.open',
    load: () => import('../components/nearby-tool'),
    render: ({ state, index, controller }) =>
      html`<nearby-tool .lang=${state.lang} .settings=${state.nearby} .index=${index} .controller=${controller}></nearby-tool>`,
  },
  chainage: {
    labelKey: 'Chainage.open',
    load: () => import('../components/chainage-tool'),
    render: ({ state, index, controller }) =>
      html`<chainage-tool .lang=${state.lang} .index=${index} .controller=${controller}></chainage-tool>`,
  },
  share: {
    labelKey: 'Share.open',
    load: () => import('../components/share-panel'),
    render: ({ state, pageUrl }) => html`<share-panel .texts=${shareLinks(state, pageUrl)} .lang=${state.lang}></share-panel>`,
  },
  'in-view': {
    labelKey: 'InView.open',
    load: () => import('../components/features-in-view'),
    render: ({ state, groups, controller }) =>
      html`<features-in-view .groups=${groups} .lang=${state.lang} .selected=${state.selected} .controller=${controller}></features-in-view>`,
    needsMap: true,
  },
  import: {
    labelKey: 'Import.open',
    load: () => import('../components/import-tool'),
    render: ({ state, index, controller, storageScope }) =>
      html`<import-tool .lang=${state.lang} .map=${controller} .storageScope=${storageScope}
        .stations=${surveyedStations({ features: index?.list([{ source: 'trunk-stations' }]) ?? [] })}></import-tool>`,
    needsMap: true,
  },
  draw: {
    labelKey: 'Draw.open',
    load: () => import('../components/draw-tool'),
    render: ({ state, index, controller, storageScope }) => html`<draw-tool .lang=${state.lang} .surface=${controller?.drawing() ?? null} .basemapName=${state.basemap}
      .storageScope=${storageScope} .planImage=${controller?.planImage() ?? null}
      .parks=${(index?.list([{ source: SOURCE.baseParks }]) ?? []) as { properties: BaseParkProperties }[]}
      .mapImage=${controller ? () => import('./map-image').then(({ mapImage }) => mapImage(controller, state)) : null}></draw-tool>`,
    needsMap: true,
  },
};

/** Highlights on the map the feature a panel points at (a park's bar), or none. */
function pointAt(controller: MapController | null, index: FeatureIndex | null, id: string | null) {
  const source = id === null ? undefined : index?.sourceOf(id);
  controller?.highlight(id !== null && source ? { source, id } : null);
}

/** The events a panel sends up (see PanelDefinition). */
export interface StateChangeDetail {
  readonly patch: Partial<AppState>;
  readonly history: 'push' | 'replace';
}
