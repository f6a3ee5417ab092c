import type { LayerSpecification } from 'maplibre-gl';
import { whenActive } from './expressions';
import { SOURCE } from './sources';
import { THEME, UNSURVEYED_DASH } from './theme';

export const AREA_LAYER = {
  subAreaFill: 'sub-areas-fill',
  subAreaLine: 'sub-areas-line',
  beltBand: 'belts-band',
  beltLine: 'belts-line',
  pillarFill: 'pillars-fill',
  pillarLine: 'pillars-line',
  parkFill: 'base-parks-fill',
  parkLine: 'base-parks-line',
  parkPoint: 'base-parks-point',
} as const;

const beltColour = [
  'match',
  ['get', 'id'],
  ...Object.entries(THEME.belts).flat(),
  THEME.corridor,
] as unknown as string;

/**
 * Sub-areas, belts, pillars and base parks. None has a published boundary, so every outline is
 * dashed; the legend says what the dash means.
 */
export function planAreaLayers(): LayerSpecification[] {
  return [
    {
      id: AREA_LAYER.subAreaFill,
      type: 'fill',
      source: SOURCE.subAreas,
      paint: { 'fill-color': THEME.subAreaLine, 'fill-opacity': whenActive(0.12, 0.03) },
    },
    {
      id: AREA_LAYER.subAreaLine,
      type: 'line',
      source: SOURCE.subAreas,
      paint: { 'line-color': THEME.subAreaLine, 'line-width': 1.2, 'line-dasharray': [4, 3] },
    },
    {
      id: AREA_LAYER.beltBand,
      type: 'line',
      source: SOURCE.belts,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': beltColour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 9, 10, 13, 40],
        'line-opacity': whenActive(0.4, 0.18),
      },
    },
    {
      id: AREA_LAYER.beltLine,
      type: 'line',
      source: SOURCE.belts,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': beltColour, 'line-width': 1.5, 'line-dasharray': UNSURVEYED_DASH },
    },
    {
      id: AREA_LAYER.pillarFill,
      type: 'fill',
      source: SOURCE.pillars,
      paint: { 'fill-color': THEME.pillar, 'fill-opacity': whenActive(0.3, 0.12) },
    },
    {
      id: AREA_LAYER.pillarLine,
      type: 'line',
      source: SOURCE.pillars,
      paint: {
        'line-color': whenActive(THEME.highlight, THEME.pillar),
        'line-width': whenActive(3, 1.5),
        'line-dasharray': UNSURVEYED_DASH,
      },
    },
    {
      id: AREA_LAYER.parkFill,
      type: 'fill',
      source: SOURCE.baseParks,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': THEME.basePark, 'fill-opacity': whenActive(0.5, 0.28) },
    },
    {
      id: AREA_LAYER.parkLine,
      type: 'line',
      source: SOURCE.baseParks,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: {
        'line-color': whenActive(THEME.highlight, THEME.basePark),
        'line-width': whenActive(3, 1.5),
        'line-dasharray': UNSURVEYED_DASH,
      },
    },
    {
      id: AREA_LAYER.parkPoint,
      type: 'circle',
      source: SOURCE.baseParks,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': whenActive(9, 7),
        'circle-color': THEME.basePark,
        'circle-opacity': 0.85,
        'circle-stroke-color': whenActive(THEME.highlight, THEME.stationFill),
        'circle-stroke-width': whenActive(3, 2),
      },
    },
  ];
}
