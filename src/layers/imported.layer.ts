import type { LayerSpecification } from 'maplibre-gl';

/** The map source holding every imported layer's features (see src/import/saved-imports.ts). */
export const IMPORTED_SOURCE = 'imported';
/** Its one layer in each vector tile (src/workers/imported-tiles.worker.ts cuts them). */
export const IMPORTED_SOURCE_LAYER = 'imported';
/**
 * How the tiles are cut: as deep and as fine as MapLibre cuts a GeoJSON source, simplified as
 * much (geojson-vt's tolerance, in tile units: 0.375 px of a 512 px tile).
 */
export const IMPORTED_TILES = { maxzoom: 18, extent: 8192, tolerance: 6 } as const;

export const IMPORTED_LAYER = {
  fill: 'imported-fill',
  line: 'imported-line',
  point: 'imported-point',
} as const;

/**
 * Imported data in one violet, unlike any plan layer: areas tinted and outlined, lines, and dots.
 * Areas are outlined by the fill itself (a hairline), not a line layer: tens of thousands of
 * imported plots would otherwise cost the GPU a wide line around each on every frame.
 */
const VIOLET = '#6a1b9a';
const VIOLET_TINT = 'rgba(106, 27, 154, 0.2)';

export function importedLayers(): LayerSpecification[] {
  return [
    {
      id: IMPORTED_LAYER.fill,
      type: 'fill',
      source: IMPORTED_SOURCE,
      'source-layer': IMPORTED_SOURCE_LAYER,
      filter: ['==', ['geometry-type'], 'Polygon'],
      // The tint's transparency is in its colour: fill-opacity would fade the outline too.
      paint: { 'fill-color': VIOLET_TINT, 'fill-outline-color': VIOLET },
    },
    {
      id: IMPORTED_LAYER.line,
      type: 'line',
      source: IMPORTED_SOURCE,
      'source-layer': IMPORTED_SOURCE_LAYER,
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': VIOLET, 'line-width': 2 },
    },
    {
      id: IMPORTED_LAYER.point,
      type: 'circle',
      source: IMPORTED_SOURCE,
      'source-layer': IMPORTED_SOURCE_LAYER,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': VIOLET, 'circle-radius': 5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
    },
  ];
}
