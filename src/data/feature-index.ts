import type { Feature, FeatureCollection } from 'geojson';
import type { FeatureProperties } from './schemas/geo-feature.schema';

export type PlanFeature = Feature<FeatureCollection['features'][number]['geometry'], FeatureProperties>;

/** Which features something stands for: a source (geo/ file stem), narrowed by property values. */
export interface FeatureMatch {
  source: string;
  where?: Record<string, string>;
}

/** Outcome of loading one geo/ file: its features, or why it failed. */
export type LoadResult = { source: string; features: PlanFeature[] } | { source: string; error: string };

/**
 * Every drawn feature by id and by source, for the legend's counts and lists, keyboard selection
 * and the cards. The map's worker parses the same files for drawing.
 */
export class FeatureIndex {
  private readonly byId = new Map<string, PlanFeature>();
  private readonly bySource = new Map<string, PlanFeature[]>();
  private readonly sourceById = new Map<string, string>();

  constructor(results: LoadResult[]) {
    for (const result of results) {
      if (!('features' in result)) continue;
      this.bySource.set(result.source, result.features);
      for (const feature of result.features) {
        this.byId.set(feature.properties.id, feature);
        this.sourceById.set(feature.properties.id, result.source);
      }
    }
  }

  get(id: string): PlanFeature | undefined {
    return this.byId.get(id);
  }

  /** The source (geo/ file stem) a feature was loaded from. */
  sourceOf(id: string): string | undefined {
    return this.sourceById.get(id);
  }

  /** Features that match any of `matches`, in file order. */
  list(matches: FeatureMatch[]): PlanFeature[] {
    return matches.flatMap(({ source, where = {} }) =>
      (this.bySource.get(source) ?? []).filter((feature) =>
        Object.entries(where).every(([key, value]) => (feature.properties as Record<string, unknown>)[key] === value),
      ),
    );
  }
}

/** Fetches one geo/ file; a network or parse failure becomes an error result, never a throw. */
export async function loadLayerFile(source: string, url: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  try {
    const response = await fetcher(url);
    if (!response.ok) return { source, error: `${source}: HTTP ${response.status}` };
    const collection = (await response.json()) as FeatureCollection;
    if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      return { source, error: `${source}: not a GeoJSON FeatureCollection` };
    }
    return { source, features: collection.features as PlanFeature[] };
  } catch (error) {
    return { source, error: `${source}: ${(error as Error).message}` };
  }
}
