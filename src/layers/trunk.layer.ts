import type { LayerSpecification } from 'maplibre-gl';
import { IS_NOT_SURVEYED, IS_SURVEYED, whenActive } from './expressions';
import { SOURCE } from './sources';
import { THEME, UNSURVEYED_DASH } from './theme';

export const TRUNK_LAYER = {
  g50: 'trunk-g50',
  line17: 'trunk-line17',
  dzLine: 'trunk-dz-line',
  line17Stations: 'stations-line17',
  dzStations: 'stations-dz',
} as const;

const component = (name: string) => ['==', ['get', 'component'], name] as ['==', ['get', string], string];

function trunkLine(id: string, name: string, colour: string, width: number, surveyed: boolean): LayerSpecification {
  return {
    id,
    type: 'line',
    source: SOURCE.trunkLines,
    filter: ['all', component(name), surveyed ? IS_SURVEYED : IS_NOT_SURVEYED],
    layout: { 'line-cap': surveyed ? 'round' : 'butt', 'line-join': 'round' },
    paint: {
      'line-color': colour,
      'line-width': whenActive(width + 2, width),
      ...(surveyed ? {} : { 'line-dasharray': UNSURVEYED_DASH }),
    },
  };
}

function stations(id: string, kind: string, colour: string, radius: number, opacity: number): LayerSpecification {
  return {
    id,
    type: 'circle',
    source: SOURCE.stations,
    filter: ['==', ['get', 'kind'], kind],
    paint: {
      'circle-radius': whenActive(radius + 2, radius),
      'circle-color': THEME.stationFill,
      'circle-opacity': opacity,
      'circle-stroke-color': whenActive(THEME.highlight, colour),
      'circle-stroke-width': whenActive(3, 2),
    },
  };
}

/**
 * The trunk: three components styled apart. G50 and the Demonstration Zone Line are schematic
 * (dashed); Line 17 follows OpenStreetMap (solid). Stations sit on top.
 */
export function trunkLayers(): LayerSpecification[] {
  return [
    trunkLine(TRUNK_LAYER.g50, 'g50', THEME.g50, 4, false),
    trunkLine(TRUNK_LAYER.dzLine, 'dz_line', THEME.dzLine, 3.5, false),
    trunkLine(TRUNK_LAYER.line17, 'line17', THEME.line17, 3.5, true),
    stations(TRUNK_LAYER.dzStations, 'dz_station', THEME.dzLine, 5, 0.75),
    stations(TRUNK_LAYER.line17Stations, 'line17_station', THEME.line17, 4, 1),
  ];
}
