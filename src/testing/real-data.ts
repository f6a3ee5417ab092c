/*
 * The real data of the map for browser component tests: geo/ through the app's own loader
 * (loadLayerFile, FeatureIndex) and seeds/ through loadPlanFacts, so a data or label regression
 * shows in the tests instead of being hidden by hand-written fixtures.
 */
import { buildFeatureDetail } from '../app/feature-detail';
import type { FeatureDetail } from '../components/feature-detail.types';
import { FeatureIndex, loadLayerFile, type PlanFeature } from '../data/feature-index';
import { loadPlanFacts, type PlanFacts } from '../data/plan-facts';
import { SOURCE_FILE } from '../layers/sources';

const fileUrls = import.meta.glob<string>('../../geo/*.geojson', { query: '?url', import: 'default', eager: true });

/** Absolute URL of a geo/ file, as the map's worker and the app's loader fetch it. */
export function geoUrl(file: string): string {
  const url = fileUrls[`../../geo/${file}`];
  if (!url) throw new Error(`no geo/${file}`);
  return new URL(url, location.href).href;
}

let index: Promise<FeatureIndex> | undefined;

/** Every drawn feature, loaded as main.ts loads them; a file that fails to load fails the test. */
export function loadRealIndex(): Promise<FeatureIndex> {
  index ??= Promise.all(Object.entries(SOURCE_FILE).map(([source, file]) => loadLayerFile(source, geoUrl(file)))).then(
    (results) => {
      const errors = results.flatMap((r) => ('error' in r ? [r.error] : []));
      if (errors.length) throw new Error(`geo/ did not load: ${errors.join('; ')}`);
      return new FeatureIndex(results);
    },
  );
  return index;
}

/** Every feature of one source (geo/ file stem), in file order. */
export async function featuresOf(source: string): Promise<PlanFeature[]> {
  return (await loadRealIndex()).list([{ source }]);
}

export async function realFeature(id: string): Promise<PlanFeature> {
  const feature = (await loadRealIndex()).get(id);
  if (!feature) throw new Error(`no feature ${id} in geo/`);
  return feature;
}

/** What the card of a feature shows, built as the app builds it. */
export async function realDetail(id: string): Promise<FeatureDetail> {
  return buildFeatureDetail(await realFeature(id), await loadPlanFacts());
}

export function realFacts(): Promise<PlanFacts> {
  return loadPlanFacts();
}

/** Han characters (CJK ideographs and CJK punctuation). */
export const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
