import { readFileSync } from 'node:fs';
import { centroid } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';

/** A feature of geo/ by file and id, read the way the page reads it. */
export function geoFeature(file: string, id: string): Feature {
  const collection = JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection;
  const feature = collection.features.find((f) => f.properties?.id === id);
  if (!feature) throw new Error(`geo/${file} has no feature ${id}`);
  return feature;
}

export function centreOf(file: string, id: string): [number, number] {
  return centroid(geoFeature(file, id)).geometry.coordinates as [number, number];
}
