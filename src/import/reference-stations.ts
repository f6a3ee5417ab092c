import type { Position } from 'geojson';

/** The surveyed Line 17 stations of geo/trunk-stations.geojson: the points detection compares with. */
export function surveyedStations(collection: unknown): Position[] {
  const features = (collection as { features?: unknown[] } | null)?.features ?? [];
  return features.flatMap((f) => {
    const feature = f as { geometry?: { type?: string; coordinates?: Position }; properties?: { kind?: string; accuracy?: string } };
    const { kind, accuracy } = feature.properties ?? {};
    return kind === 'line17_station' && accuracy === 'surveyed' && feature.geometry?.type === 'Point' ? [feature.geometry.coordinates!] : [];
  });
}
