import type { Feature } from 'geojson';
import { FeaturePropertiesSchema, LAYER_FILES } from '../schemas/geo-feature.schema.ts';
import { REASON, featureLabel, type Problem } from './reasons.ts';

const isLayerFile = (file: string): file is keyof typeof LAYER_FILES => Object.hasOwn(LAYER_FILES, file);

/** A geo/ file name that LAYER_FILES does not list is unexpected: no layer would load it. */
export function checkFileName(file: string): Problem[] {
  if (isLayerFile(file)) return [];
  return [{ file, reason: REASON.UNEXPECTED_FILE, message: `not one of the layer files in LAYER_FILES (${Object.keys(LAYER_FILES).join(', ')})` }];
}

/** Layer files LAYER_FILES lists that are not among `files`. */
export function checkMissingFiles(files: readonly string[]): Problem[] {
  return Object.keys(LAYER_FILES)
    .filter((file) => !files.includes(file))
    .map((file) => ({ file, reason: REASON.MISSING_FILE, message: 'listed in LAYER_FILES but missing' }));
}

/**
 * Checks one feature's id and properties: a string `feature.id` equal to `properties.id`,
 * properties valid for their kind (FeaturePropertiesSchema, one problem per zod issue), and a
 * kind that LAYER_FILES allows in this file.
 */
export function checkFeatureProperties(file: string, feature: Feature, index: number): Problem[] {
  const featureId = featureLabel(feature, index);
  const problems: Problem[] = [];
  const props = feature.properties;
  if (typeof feature.id !== 'string') {
    problems.push({ file, featureId, reason: REASON.ID_MISMATCH, message: `feature.id must be a string, got ${JSON.stringify(feature.id)}` });
  } else if (props?.id !== feature.id) {
    problems.push({ file, featureId, reason: REASON.ID_MISMATCH, message: `feature.id "${feature.id}" ≠ properties.id ${JSON.stringify(props?.id)}` });
  }
  const parsed = FeaturePropertiesSchema.safeParse(props);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || '(properties)';
      problems.push({ file, featureId, reason: REASON.BAD_PROPERTIES, message: `${path}: ${issue.message}` });
    }
  }
  const kind = props?.kind;
  if (typeof kind === 'string' && isLayerFile(file) && !(LAYER_FILES[file] as readonly string[]).includes(kind)) {
    problems.push({ file, featureId, reason: REASON.KIND_NOT_ALLOWED_IN_FILE, message: `kind "${kind}" does not belong in ${file} (allowed: ${LAYER_FILES[file].join(', ')})` });
  }
  return problems;
}

/** Ids must be unique across the whole of geo/: the map selects and links features by id. */
export function checkUniqueIds(files: readonly { file: string; features: readonly Feature[] }[]): Problem[] {
  const firstSeen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, features } of files) {
    for (const feature of features) {
      if (typeof feature.id !== 'string') continue;
      const earlier = firstSeen.get(feature.id);
      if (earlier === undefined) firstSeen.set(feature.id, file);
      else problems.push({ file, featureId: feature.id, reason: REASON.DUPLICATE_ID, message: `id "${feature.id}" is already used in ${earlier}` });
    }
  }
  return problems;
}
