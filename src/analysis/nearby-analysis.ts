import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Position } from 'geojson';
import { stationCatchment } from './catchment';
import { chainageAt, chainageAxis, type Chainage, type ChainageAxis, type NamedStation } from './chainage';
import { corridorBand, corridorLines } from './corridor';
import type { CorridorOf, TrunkComponent } from './nearby-limits';
import { overlapRows, type NamedArea, type OverlapRow } from './overlap';

export type TrunkLineFeature = Feature<LineString | MultiLineString, { id: string; component: TrunkComponent }>;
export type StationFeature = Feature<Point, { id: string; name_zh: string; name_en: string; seq: number }>;

/** What the analysis works on: Line 17's stations, the trunk lines, and the parks and pillars. */
export interface NearbyData {
  stations: StationFeature[];
  trunkLines: TrunkLineFeature[];
  areas: NamedArea[];
}

/** One buffer: rings around the stations (the table for one of them), or a band along a line. */
export type BufferRequest =
  | { mode: 'stations'; rings: readonly number[]; tabled: number }
  | { mode: 'corridor'; corridorOf: CorridorOf; corridorKm: number };

/** Each drawn shape says what it is, so the map can style the tabled ring apart from the others. */
export interface BufferShapeProperties {
  /** The ring's radius in metres, or the band's reach in metres. */
  reach_m: number;
  /** Whether the table lists what lies inside this shape. */
  tabled: boolean;
}

export interface BufferResult {
  shapes: FeatureCollection<MultiPolygon, BufferShapeProperties>;
  rows: OverlapRow[];
}

/** Computed buffers kept per radius or band, so going back to a distance costs nothing. */
const CACHE_LIMIT = 32;

/**
 * The nearby tool's geometry over one set of data (run in a Web Worker). Bands follow the lines
 * as drawn (Line 17: every way of its track, sidings and tails included); chainage follows the
 * track joined once into one line from the first station to the last.
 */
export class NearbyAnalysis {
  private readonly stations: NamedStation[];
  private readonly axis: ChainageAxis | null;
  private readonly cache = new Map<string, Feature<MultiPolygon>>();

  constructor(private readonly data: NearbyData) {
    this.stations = [...data.stations]
      .sort((a, b) => a.properties.seq - b.properties.seq)
      .map((s) => ({ id: s.properties.id, name_zh: s.properties.name_zh, name_en: s.properties.name_en, position: s.geometry.coordinates }));
    const track = data.trunkLines.find((line) => line.properties.component === 'line17');
    const parts = track ? (track.geometry.type === 'LineString' ? [track.geometry.coordinates] : track.geometry.coordinates) : [];
    this.axis = this.stations.length >= 2 ? chainageAxis(parts, this.stations[0]!.position, this.stations.at(-1)!.position) : null;
  }

  buffer(request: BufferRequest): BufferResult {
    if (request.mode === 'stations') {
      const positions = this.stations.map((s) => s.position);
      const features = request.rings.map((radius) => {
        const shape = this.cached(`ring:${radius}`, () => stationCatchment(positions, radius));
        return { ...shape, properties: { reach_m: radius, tabled: radius === request.tabled } };
      });
      const tabled = features.find((f) => f.properties.tabled);
      return { shapes: { type: 'FeatureCollection', features }, rows: tabled ? overlapRows(tabled, this.data.areas) : [] };
    }
    const { corridorOf, corridorKm } = request;
    const band = this.cached(`band:${corridorOf}:${corridorKm}`, () => corridorBand(corridorLines(this.data.trunkLines, corridorOf), corridorKm));
    const feature = { ...band, properties: { reach_m: corridorKm * 1000, tabled: true } };
    return { shapes: { type: 'FeatureCollection', features: [feature] }, rows: overlapRows(band, this.data.areas) };
  }

  /** Chainage of a point; null when Line 17's track does not join up into an axis. */
  chainage(point: Position): Chainage | null {
    return this.axis ? chainageAt(point, this.axis, this.stations, this.data.trunkLines) : null;
  }

  private cached(key: string, compute: () => Feature<MultiPolygon>): Feature<MultiPolygon> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    const shape = compute();
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, shape);
    return shape;
  }
}
