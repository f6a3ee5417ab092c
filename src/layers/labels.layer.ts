import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { nameIn, type Lang } from './expressions';
import { SOURCE } from './sources';
import { THEME } from './theme';

/** The one bundled font every label uses (a subset of Noto Sans CJK SC, see scripts/label-font). */
export const LABEL_FONT = 'Noto Sans CJK SC';
export const LABEL_FONT_FILE = 'fonts/labels-noto-sans-sc.woff2';

export const LABEL_LAYER = {
  water: 'labels-water',
  subAreas: 'labels-sub-areas',
  belts: 'labels-belts',
  g50: 'labels-trunk-g50',
  line17: 'labels-trunk-line17',
  dzLine: 'labels-trunk-dz-line',
  towns: 'labels-places',
  pillars: 'labels-pillars',
  parkAreas: 'labels-base-parks-area',
  parkPoints: 'labels-base-parks-point',
  dzStations: 'labels-stations-dz',
  line17Stations: 'labels-stations-line17',
} as const;

/** Every symbol layer whose text follows the language switch. */
export const LABEL_LAYER_IDS: string[] = Object.values(LABEL_LAYER);

function label(
  id: string,
  source: string,
  lang: Lang,
  size: number,
  colour: string,
  extra: Partial<SymbolLayerSpecification> = {},
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...extra,
    layout: {
      'text-field': nameIn(lang),
      'text-font': [LABEL_FONT],
      'text-size': size,
      'text-max-width': lang === 'zh' ? 8 : 11,
      ...extra.layout,
    },
    paint: { 'text-color': colour, 'text-halo-color': THEME.textHalo, 'text-halo-width': 1.4, ...extra.paint },
  } as LayerSpecification;
}

const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];

/** Labels, least important first: MapLibre places later layers' labels first on collision. */
export function labelLayers(lang: Lang): LayerSpecification[] {
  const offsetBelow = { 'text-anchor': 'top' as const, 'text-offset': [0, 0.7] as [number, number] };
  return [
    label(LABEL_LAYER.water, SOURCE.water, lang, 12, '#3f6f92', { paint: { 'text-halo-width': 1 } }),
    label(LABEL_LAYER.subAreas, SOURCE.subAreas, lang, 13, THEME.subAreaText, {
      layout: { 'text-letter-spacing': 0.15 },
    }),
    label(LABEL_LAYER.belts, SOURCE.belts, lang, 11, THEME.text, {
      layout: { 'symbol-placement': 'line', 'text-max-angle': 35 },
    }),
    ...(
      [
        [LABEL_LAYER.g50, 'g50'],
        [LABEL_LAYER.line17, 'line17'],
        [LABEL_LAYER.dzLine, 'dz_line'],
      ] as const
    ).map(([id, component]) =>
      label(id, SOURCE.trunkLines, lang, 12, THEME.text, {
        filter: ['==', ['get', 'component'], component],
        minzoom: 10,
        layout: { 'symbol-placement': 'line', 'symbol-spacing': 400 },
      }),
    ),
    label(LABEL_LAYER.towns, SOURCE.places, lang, 11, THEME.town, {
      minzoom: 10,
      layout: { ...offsetBelow },
    }),
    label(LABEL_LAYER.pillars, SOURCE.pillars, lang, 12, THEME.pillarText, {}),
    label(LABEL_LAYER.parkAreas, SOURCE.baseParks, lang, 12, THEME.parkText, {
      filter: ['==', ['geometry-type'], 'Polygon'],
    }),
    label(LABEL_LAYER.parkPoints, SOURCE.baseParks, lang, 12, THEME.parkText, {
      filter: ['==', ['geometry-type'], 'Point'],
      layout: { ...offsetBelow, 'text-offset': [0, 0.9] },
    }),
    label(LABEL_LAYER.dzStations, SOURCE.stations, lang, 11, THEME.dzLine, {
      filter: isKind('dz_station'),
      minzoom: 9.5,
      layout: { ...offsetBelow },
    }),
    label(LABEL_LAYER.line17Stations, SOURCE.stations, lang, 11, THEME.text, {
      filter: isKind('line17_station'),
      minzoom: 10.5,
      layout: { ...offsetBelow },
    }),
  ];
}
