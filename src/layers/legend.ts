import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { CONTEXT_LAYER } from './context.layer';
import { LABEL_LAYER } from './labels.layer';
import { AREA_LAYER } from './plan-areas.layer';
import type { FeatureMatch } from '../data/feature-index';
import { SOURCE } from './sources';
import { THEME } from './theme';
import { TRUNK_LAYER } from './trunk.layer';
import type { MessageKey } from '../i18n/translate';

export interface LegendItem {
  id: string;
  labelKey: MessageKey;
  layers: string[];
  features: FeatureMatch[];
  swatch: { colour: string; shape: 'line' | 'dashed' | 'area' | 'dashed-area' | 'dot' | 'band' };
}

export interface LegendGroup {
  id: string;
  titleKey: MessageKey;
  items: LegendItem[];
}

/** The legend follows the plan's structure: 一条干线、五大支柱、十个基座、三条拓展带, then context. */
export const LEGEND_GROUPS: LegendGroup[] = [
  {
    id: 'trunk',
    titleKey: 'Legend.trunk',
    items: [
      {
        id: 'g50',
        labelKey: 'Legend.g50',
        layers: [TRUNK_LAYER.g50, LABEL_LAYER.g50],
        features: [{ source: SOURCE.trunkLines, where: { component: 'g50' } }],
        swatch: { colour: THEME.g50, shape: 'dashed' },
      },
      {
        id: 'line17',
        labelKey: 'Legend.line17',
        layers: [TRUNK_LAYER.line17, TRUNK_LAYER.line17Stations, LABEL_LAYER.line17, LABEL_LAYER.line17Stations],
        features: [
          { source: SOURCE.trunkLines, where: { component: 'line17' } },
          { source: SOURCE.stations, where: { kind: 'line17_station' } },
        ],
        swatch: { colour: THEME.line17, shape: 'line' },
      },
      {
        id: 'dz-line',
        labelKey: 'Legend.dzLine',
        layers: [TRUNK_LAYER.dzLine, TRUNK_LAYER.dzStations, LABEL_LAYER.dzLine, LABEL_LAYER.dzStations],
        features: [
          { source: SOURCE.trunkLines, where: { component: 'dz_line' } },
          { source: SOURCE.stations, where: { kind: 'dz_station' } },
        ],
        swatch: { colour: THEME.dzLine, shape: 'dashed' },
      },
    ],
  },
  {
    id: 'pillars',
    titleKey: 'Legend.pillars',
    items: [
      {
        id: 'pillars',
        labelKey: 'Legend.pillarAreas',
        layers: [AREA_LAYER.pillarFill, AREA_LAYER.pillarLine, LABEL_LAYER.pillars],
        features: [{ source: SOURCE.pillars }],
        swatch: { colour: THEME.pillar, shape: 'dashed-area' },
      },
    ],
  },
  {
    id: 'base-parks',
    titleKey: 'Legend.baseParks',
    items: [
      {
        id: 'park-footprints',
        labelKey: 'Legend.parkFootprints',
        layers: [AREA_LAYER.parkFill, AREA_LAYER.parkLine, LABEL_LAYER.parkAreas],
        features: [{ source: SOURCE.baseParks, where: { footprint: 'polygon' } }],
        swatch: { colour: THEME.basePark, shape: 'dashed-area' },
      },
      {
        id: 'park-points',
        labelKey: 'Legend.parkPoints',
        layers: [AREA_LAYER.parkPoint, LABEL_LAYER.parkPoints],
        features: [{ source: SOURCE.baseParks, where: { footprint: 'point' } }],
        swatch: { colour: THEME.basePark, shape: 'dot' },
      },
    ],
  },
  {
    id: 'belts',
    titleKey: 'Legend.belts',
    items: [
      {
        id: 'belts',
        labelKey: 'Legend.beltBands',
        layers: [AREA_LAYER.beltBand, AREA_LAYER.beltLine, LABEL_LAYER.belts],
        features: [{ source: SOURCE.belts }],
        swatch: { colour: THEME.belts['belt-digital-culture-tourism'], shape: 'band' },
      },
    ],
  },
  {
    id: 'sub-areas',
    titleKey: 'Legend.subAreas',
    items: [
      {
        id: 'sub-areas',
        labelKey: 'Legend.subAreaOutlines',
        layers: [AREA_LAYER.subAreaFill, AREA_LAYER.subAreaLine, LABEL_LAYER.subAreas],
        features: [{ source: SOURCE.subAreas }],
        swatch: { colour: THEME.subAreaLine, shape: 'dashed' },
      },
    ],
  },
  {
    id: 'context',
    titleKey: 'Legend.context',
    items: [
      {
        id: 'boundaries',
        labelKey: 'Legend.boundaries',
        layers: [CONTEXT_LAYER.neighbourFill, CONTEXT_LAYER.focusFill, CONTEXT_LAYER.neighbourLine, CONTEXT_LAYER.focusLine],
        features: [{ source: SOURCE.boundaries }],
        swatch: { colour: THEME.focusLine, shape: 'line' },
      },
      {
        id: 'water',
        labelKey: 'Legend.water',
        layers: [CONTEXT_LAYER.waterFill, CONTEXT_LAYER.waterLine, LABEL_LAYER.water],
        features: [{ source: SOURCE.water }],
        swatch: { colour: THEME.water, shape: 'area' },
      },
      {
        id: 'places',
        labelKey: 'Legend.places',
        layers: [CONTEXT_LAYER.towns, CONTEXT_LAYER.pois, LABEL_LAYER.towns],
        features: [{ source: SOURCE.places }],
        swatch: { colour: THEME.town, shape: 'dot' },
      },
      {
        id: 'corridor',
        labelKey: 'Legend.corridor',
        layers: [CONTEXT_LAYER.corridor],
        features: [{ source: SOURCE.corridor }],
        swatch: { colour: THEME.corridor, shape: 'dashed' },
      },
    ],
  },
];

/**
 * Layers a click or tap can select, most specific first: points, then lines (drawn over the
 * areas, so a click on a line crossing a park picks the line), then areas.
 */
export const SELECTABLE_LAYERS: string[] = [
  TRUNK_LAYER.line17Stations,
  TRUNK_LAYER.dzStations,
  AREA_LAYER.parkPoint,
  CONTEXT_LAYER.pois,
  CONTEXT_LAYER.towns,
  TRUNK_LAYER.line17,
  TRUNK_LAYER.g50,
  TRUNK_LAYER.dzLine,
  CONTEXT_LAYER.corridor,
  AREA_LAYER.parkFill,
  AREA_LAYER.pillarFill,
  AREA_LAYER.beltBand,
];

/** A style with the layers of some legend items switched off, so the map opens without them. */
export function withItemsHidden(style: StyleSpecification, hiddenItemIds: readonly string[]): StyleSpecification {
  const off = new Set(LEGEND_GROUPS.flatMap((group) => group.items).flatMap((item) => (hiddenItemIds.includes(item.id) ? item.layers : [])));
  return {
    ...style,
    layers: style.layers.map((layer) =>
      off.has(layer.id) ? ({ ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification) : layer,
    ),
  };
}
