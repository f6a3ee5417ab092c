/*
 * A minimal Mapbox Vector Tile (v2) encoder for stand-in tiles: string properties and line
 * geometries only, which is all the OpenStreetMap basemap test needs.
 * https://github.com/mapbox/vector-tile-spec/tree/master/2.1
 */

export interface TileLine {
  properties: Record<string, string>;
  /** Points in tile units, 0–4096 across the tile. */
  line: [number, number][];
}

const varint = (n: number): number[] => {
  const out: number[] = [];
  for (; n > 127; n >>>= 7) out.push((n & 127) | 128);
  out.push(n);
  return out;
};
const key = (field: number, wireType: 0 | 2) => varint((field << 3) | wireType);
const bytes = (field: number, data: number[]) => [...key(field, 2), ...varint(data.length), ...data];
const text = (field: number, value: string) => bytes(field, [...Buffer.from(value, 'utf8')]);
const uint = (field: number, value: number) => [...key(field, 0), ...varint(value)];
const zigzag = (n: number) => (n << 1) ^ (n >> 31);

/** MoveTo the first point, LineTo the others, each as a delta from the one before. */
function lineGeometry([first, ...rest]: [number, number][]): number[] {
  const commands = [(1 & 7) | (1 << 3), zigzag(first[0]), zigzag(first[1]), (2 & 7) | (rest.length << 3)];
  let [x, y] = first;
  for (const [nx, ny] of rest) {
    commands.push(zigzag(nx - x), zigzag(ny - y));
    [x, y] = [nx, ny];
  }
  return commands;
}

function layer(name: string, features: TileLine[]): number[] {
  const keys: string[] = [];
  const values: string[] = [];
  const indexOf = (list: string[], item: string) => (list.includes(item) ? list.indexOf(item) : list.push(item) - 1);
  const encoded = features.map((feature, i) => {
    const tags = Object.entries(feature.properties).flatMap(([k, v]) => [indexOf(keys, k), indexOf(values, v)]);
    return bytes(2, [...uint(1, i + 1), ...bytes(2, tags.flatMap(varint)), ...uint(3, 2), ...bytes(4, lineGeometry(feature.line).flatMap(varint))]);
  });
  return [
    ...uint(15, 2),
    ...text(1, name),
    ...encoded.flat(),
    ...keys.flatMap((k) => text(3, k)),
    ...values.flatMap((v) => bytes(4, text(1, v))),
    ...uint(5, 4096),
  ];
}

/** A tile with the given layers of lines. */
export function vectorTile(layers: Record<string, TileLine[]>): Buffer {
  return Buffer.from(Object.entries(layers).flatMap(([name, features]) => bytes(3, layer(name, features))));
}
