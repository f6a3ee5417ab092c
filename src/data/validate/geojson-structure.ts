import { valid } from 'geojson-validation';
import { REASON, featureLabel, type Problem } from './reasons.ts';

/**
 * Checks the top level of a geo/ file: a FeatureCollection with a `features` array. Returns the
 * features to check one by one (none when the collection itself is unusable).
 */
export function checkCollection(file: string, data: unknown): { features: unknown[]; problems: Problem[] } {
  const fc = data as { type?: unknown; features?: unknown } | null;
  if (typeof fc !== 'object' || fc === null || Array.isArray(fc)) {
    return { features: [], problems: [{ file, reason: REASON.NOT_GEOJSON, message: 'not a JSON object' }] };
  }
  const problems: Problem[] = [];
  if (fc.type !== 'FeatureCollection') {
    problems.push({ file, reason: REASON.NOT_GEOJSON, message: `type is ${JSON.stringify(fc.type)}, expected "FeatureCollection"` });
  }
  if (!Array.isArray(fc.features)) {
    problems.push({ file, reason: REASON.NOT_GEOJSON, message: 'has no "features" array' });
    return { features: [], problems };
  }
  return { features: fc.features, problems };
}

/**
 * Checks one feature with geojson-validation (`valid(obj, true)`). That library throws a
 * TypeError on an empty ring or a null closing position; the throw is reported, not raised.
 */
export function checkFeatureStructure(file: string, feature: unknown, index: number): Problem[] {
  const featureId = featureLabel(feature, index);
  let messages: string[];
  try {
    messages = valid(feature, true);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [{ file, featureId, reason: REASON.NOT_GEOJSON, message: `malformed geometry (an empty ring or a null position?): geojson-validation failed with "${why}"` }];
  }
  return messages.map((message) => ({
    file,
    featureId,
    reason: /first and last positions must be equivalent/.test(message) ? REASON.UNCLOSED_RING : REASON.NOT_GEOJSON,
    message: `not valid GeoJSON: ${message}`,
  }));
}
