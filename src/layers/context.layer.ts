import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SOURCE } from './sources';
import { THEME } from './theme';

export const CONTEXT_LAYER = {
  background: 'background',
  neighbourFill: 'boundaries-neighbour-fill',
  focusFill: 'boundaries-focus-fill',
  neighbourLine: 'boundaries-neighbour-line',
  focusLine: 'boundaries-focus-line',
  waterFill: 'water-fill',
  waterLine: 'water-line',
  corridor: 'corridor-line',
  towns: 'places-town-dot',
  pois: 'places-poi-dot',
} as const;

const isFocus: ExpressionSpecification = ['==', ['get', 'role'], 'focus'];

/** The offline basemap: district boundaries and lakes, drawn under everything else. */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: CONTEXT_LAYER.background, type: 'background', paint: { 'background-color': THEME.background } },
    {
      id: CONTEXT_LAYER.neighbourFill,
      type: 'fill',
      source: SOURCE.boundaries,
      filter: ['!', isFocus],
      paint: { 'fill-color': THEME.neighbourFill },
    },
    {
      id: CONTEXT_LAYER.focusFill,
      type: 'fill',
      source: SOURCE.boundaries,
      filter: isFocus,
      paint: { 'fill-color': THEME.focusFill },
    },
    {
      id: CONTEXT_LAYER.neighbourLine,
      type: 'line',
      source: SOURCE.boundaries,
      filter: ['!', isFocus],
      paint: { 'line-color': THEME.neighbourLine, 'line-width': 0.8 },
    },
    {
      id: CONTEXT_LAYER.focusLine,
      type: 'line',
      source: SOURCE.boundaries,
      filter: isFocus,
      paint: { 'line-color': THEME.focusLine, 'line-width': 1.6 },
    },
    { id: CONTEXT_LAYER.waterFill, type: 'fill', source: SOURCE.water, paint: { 'fill-color': THEME.water } },
    {
      id: CONTEXT_LAYER.waterLine,
      type: 'line',
      source: SOURCE.water,
      paint: { 'line-color': THEME.waterLine, 'line-width': 0.8 },
    },
  ];
}

/** Context drawn above the plan areas: the data corridor and the named places. */
export function contextOverlayLayers(): LayerSpecification[] {
  return [
    {
      id: CONTEXT_LAYER.corridor,
      type: 'line',
      source: SOURCE.corridor,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': THEME.corridor, 'line-width': 1.5, 'line-dasharray': [0.5, 2], 'line-opacity': 0.8 },
    },
    {
      id: CONTEXT_LAYER.towns,
      type: 'circle',
      source: SOURCE.places,
      filter: ['==', ['get', 'kind'], 'town'],
      paint: { 'circle-radius': 2.5, 'circle-color': THEME.town, 'circle-opacity': 0.7 },
    },
    {
      id: CONTEXT_LAYER.pois,
      type: 'circle',
      source: SOURCE.places,
      filter: ['==', ['get', 'kind'], 'poi'],
      paint: {
        'circle-radius': 3,
        'circle-color': THEME.stationFill,
        'circle-stroke-color': THEME.town,
        'circle-stroke-width': 1.2,
      },
    },
  ];
}
