import type { FeatureCollection, Position } from 'geojson';
import gcoord from 'gcoord';
import type { Datum } from './basemaps';

/*
 * Conversions between our WGS-84 data and the datum a basemap is drawn in, all through gcoord
 * (never hand-written). Loaded with import() only when a GCJ-02 basemap is chosen, so the offline
 * default never downloads gcoord.
 */

/**
 * The collection as it must be drawn over a basemap in `datum`: the same object for WGS-84, a
 * shifted copy for GCJ-02. The input is never changed (gcoord.transform converts in place, so it
 * gets a copy).
 */
export function shiftForDatum<C extends FeatureCollection>(collection: C, datum: Datum): C {
  if (datum === 'WGS84') return collection;
  // gcoord's own GeoJSON types are not @types/geojson's; the shape is the same.
  const copy = structuredClone(collection) as unknown as Parameters<typeof gcoord.transform>[0];
  return gcoord.transform(copy, gcoord.WGS84, gcoord.GCJ02) as unknown as C;
}

/** A WGS-84 position as drawn over a basemap in `datum`. */
export function toDatum(position: Readonly<Position>, datum: Datum): [number, number] {
  const [lng, lat] = position;
  return datum === 'WGS84' ? [lng, lat] : gcoord.transform<[number, number]>([lng, lat], gcoord.WGS84, gcoord.GCJ02);
}

/** The true (WGS-84) position of a point drawn over a basemap in `datum`. */
export function fromDatum(position: Readonly<Position>, datum: Datum): [number, number] {
  const [lng, lat] = position;
  return datum === 'WGS84' ? [lng, lat] : gcoord.transform<[number, number]>([lng, lat], gcoord.GCJ02, gcoord.WGS84);
}
