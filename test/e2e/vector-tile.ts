import { fromVectorTileJs, GeoJSONWrapper } from '@maplibre/vt-pbf';

export interface TileLine {
  properties: Record<string, string>;
  /** Points in tile units, 0–4096 across the tile. */
  line: [number, number][];
}

/** A Mapbox Vector Tile (v2) with the given layers of lines, encoded by MapLibre's own vt-pbf. */
export function vectorTile(layers: Record<string, TileLine[]>): Buffer {
  const wrapped = Object.fromEntries(
    Object.entries(layers).map(([name, lines]) => {
      const layer = new GeoJSONWrapper(lines.map(({ properties, line }, i) => ({ id: i + 1, type: 2, tags: properties, geometry: [line] })), { version: 2, extent: 4096 });
      layer.name = name;
      return [name, layer];
    }),
  );
  return Buffer.from(fromVectorTileJs({ layers: wrapped }));
}
