import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { THEME } from './theme';

/** The source analysis tools draw into (buffers, a measured point): empty until a tool draws. */
export const OVERLAY_SOURCE = 'analysis-overlay';

export const OVERLAY_LAYER = {
  fill: 'overlay-fill',
  outline: 'overlay-outline',
  link: 'overlay-link',
  point: 'overlay-point',
} as const;

const isTabled: ExpressionSpecification = ['boolean', ['get', 'tabled'], false];
const geometry = (type: 'Point' | 'LineString' | 'Polygon'): FilterSpecification => ['==', ['geometry-type'], type];

/**
 * Buffers as a light wash with an outline, the one whose table is open stronger than the others;
 * lines from a measured point to what it was measured against, dashed; the point itself as a ring.
 * Drawn under the labels, so names stay readable.
 */
export function overlayLayers(): LayerSpecification[] {
  return [
    {
      id: OVERLAY_LAYER.fill,
      type: 'fill',
      source: OVERLAY_SOURCE,
      filter: geometry('Polygon'),
      paint: { 'fill-color': THEME.overlay, 'fill-opacity': ['case', isTabled, 0.16, 0.05] },
    },
    {
      id: OVERLAY_LAYER.outline,
      type: 'line',
      source: OVERLAY_SOURCE,
      filter: geometry('Polygon'),
      paint: { 'line-color': THEME.overlay, 'line-width': ['case', isTabled, 2.5, 1.2], 'line-opacity': 0.9 },
    },
    {
      id: OVERLAY_LAYER.link,
      type: 'line',
      source: OVERLAY_SOURCE,
      filter: geometry('LineString'),
      paint: { 'line-color': THEME.overlay, 'line-width': 2, 'line-dasharray': [2, 1] },
    },
    {
      id: OVERLAY_LAYER.point,
      type: 'circle',
      source: OVERLAY_SOURCE,
      filter: geometry('Point'),
      paint: { 'circle-radius': 7, 'circle-color': THEME.highlight, 'circle-stroke-color': THEME.overlay, 'circle-stroke-width': 3 },
    },
  ];
}
