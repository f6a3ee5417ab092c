import type { FeatureCollection, Position } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Datum } from '../layers/basemaps';

type DatumShift = typeof import('../layers/datum-shift');

/** User Timing measure of shifting all our data to a basemap's datum, for profiling real visits. */
const DATUM_SHIFT_MEASURE = 'datum-shift';

/**
 * Keeps our GeoJSON layers in the datum of the basemap under them. The WGS-84 originals are kept
 * and every change of datum sets data shifted from them, so shifts never accumulate. Positions
 * going in (a feature's true coordinate) and out (the map's centre) are converted, so callers
 * only ever deal in WGS-84.
 */
export class OverlayDatum {
  datum: Datum = 'WGS84';
  private shift: DatumShift | null = null;
  private readonly originals = new Map<string, FeatureCollection>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly sourceIds: readonly string[],
  ) {}

  /** Loads what drawing in `datum` needs: for GCJ-02, gcoord and our WGS-84 data. */
  async prepare(datum: Datum): Promise<void> {
    if (datum === 'WGS84') return;
    this.shift ??= await import('../layers/datum-shift');
    await Promise.all(this.sourceIds.map((id) => this.keepOriginal(id)));
  }

  /** Draws our layers in `datum` (prepared first) and keeps the same true place in the centre. */
  use(datum: Datum): void {
    if (datum === this.datum) return;
    const centre = this.toTrue(this.map.getCenter().toArray());
    this.datum = datum;
    performance.mark(`${DATUM_SHIFT_MEASURE}-start`);
    for (const [id, original] of this.originals) {
      (this.map.getSource(id) as GeoJSONSource).setData(datum === 'WGS84' ? original : this.shift!.shiftForDatum(original, datum));
    }
    performance.measure(DATUM_SHIFT_MEASURE, `${DATUM_SHIFT_MEASURE}-start`);
    this.map.jumpTo({ center: this.toDisplay(centre) });
  }

  /** A collection of ours (WGS-84) as it must be drawn now: shifted over a GCJ-02 basemap; the input is not changed. */
  forDisplay<C extends FeatureCollection>(collection: C): C {
    return this.shift ? this.shift.shiftForDatum(collection, this.datum) : collection;
  }

  /** Where a true (WGS-84) position is drawn now. */
  toDisplay(position: Readonly<Position>): [number, number] {
    return this.shift ? this.shift.toDatum(position, this.datum) : [position[0], position[1]];
  }

  /** The true (WGS-84) position of a point as drawn now. */
  toTrue(position: Readonly<Position>): [number, number] {
    return this.shift ? this.shift.fromDatum(position, this.datum) : [position[0], position[1]];
  }

  /**
   * The map already holds each file it loaded (MapLibre keeps what its worker parsed): that is
   * the original. A file the map could not load is fetched once more; if it fails again, that
   * layer simply stays empty.
   */
  private async keepOriginal(id: string): Promise<void> {
    if (this.originals.has(id)) return;
    const source = this.map.getSource(id) as GeoJSONSource | undefined;
    const data = source?.serialize().data;
    if (typeof data === 'object' && data.type === 'FeatureCollection') return void this.originals.set(id, data);
    if (typeof data !== 'string') return;
    try {
      const response = await fetch(data);
      if (response.ok) this.originals.set(id, (await response.json()) as FeatureCollection);
    } catch {
      // Already reported when the map first failed to load it.
    }
  }
}
