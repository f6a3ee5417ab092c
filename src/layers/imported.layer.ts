import type { LayerSpecification } from 'maplibre-gl';

/** The map source holding every imported layer's features (see src/import/saved-imports.ts). */
export const IMPORTED_SOURCE = 'imported';

export const IMPORTED_LAYER = {
  fill: 'imported-fill',
  line: 'imported-line',
  point: 'imported-point',
} as const;

/** Imported data in one violet, unlike any plan layer: areas tinted and outlined, lines, and dots. */
const VIOLET = '#6a1b9a';

export function importedLayers(): LayerSpecification[] {
  return [
    {
      id: IMPORTED_LAYER.fill,
      type: 'fill',
      source: IMPORTED_SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': VIOLET, 'fill-opacity': 0.2 },
    },
    {
      id: IMPORTED_LAYER.line,
      type: 'line',
      source: IMPORTED_SOURCE,
      filter: ['in', ['geometry-type'], ['literal', ['Polygon', 'LineString']]],
      paint: { 'line-color': VIOLET, 'line-width': 2 },
    },
    {
      id: IMPORTED_LAYER.point,
      type: 'circle',
      source: IMPORTED_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': VIOLET, 'circle-radius': 5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
    },
  ];
}
