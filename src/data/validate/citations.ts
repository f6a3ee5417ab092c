import type { Feature } from 'geojson';
import { childrenOf, collapse, parseCitation, type PlanSection } from './plan-sections.ts';
import { REASON, featureLabel, type Problem } from './reasons.ts';

/** The plan's document id in citations. */
export const PLAN_DOC = '001';

/**
 * Where the plan introduces each kind of plan feature. `section`: the section every feature of
 * the kind cites, whose text names the feature where `named` is set. `listedIn`: the section whose
 * numbered items are the features of this kind; each feature cites the item whose heading names it.
 */
const PLACE_IN_PLAN: Record<string, { section: string; named: boolean } | { listedIn: string }> = {
  trunk_line: { section: '三(一)', named: true },
  line17_station: { section: '三(一)', named: false },
  dz_station: { section: '三(一)', named: false },
  sub_area: { section: '三', named: true },
  pillar: { listedIn: '三(二)' },
  base_park: { listedIn: '三(三)' },
  belt: { listedIn: '三(四)' },
};

const cite = (key: string) => `§${key}`;

/**
 * Checks every citation of the plan in geo/ (a `source` "001 §…") against the plan's own
 * structure (`parsePlanSections`): the section exists (CITATION_NOT_IN_PLAN), and it is the right
 * one (CITATION_WRONG_SECTION): trunk lines and stations cite §三(一) — the trunk line also named
 * there —, sub-areas §三 naming them, and a pillar, base park or belt the numbered item of
 * §三(二), §三(三) or §三(四) whose heading is its name.
 */
export function checkCitations(files: readonly { file: string; features: readonly Feature[] }[], sections: ReadonlyMap<string, PlanSection>): Problem[] {
  const problems: Problem[] = [];
  for (const { file, features } of files) {
    features.forEach((feature, index) => {
      const props = feature.properties;
      const citation = typeof props?.source === 'string' ? parseCitation(props.source) : null;
      if (!citation || citation.doc !== PLAN_DOC) return;
      const featureId = featureLabel(feature, index);
      const name = String(props?.name_zh ?? '');
      const cited = sections.get(citation.section);
      if (!cited) {
        problems.push({ file, featureId, reason: REASON.CITATION_NOT_IN_PLAN, message: `cites ${cite(citation.section)}, which the plan (${PLAN_DOC}) does not have` });
        return;
      }
      const place = PLACE_IN_PLAN[String(props?.kind)];
      if (!place) return;
      if ('section' in place) {
        if (citation.section !== place.section) {
          problems.push({ file, featureId, reason: REASON.CITATION_WRONG_SECTION, message: `cites ${cite(citation.section)} (${cited.name}), but the plan sets out every ${props?.kind} in ${cite(place.section)} (${sections.get(place.section)?.name ?? 'missing from the plan'})` });
        } else if (place.named && !collapse(cited.text).includes(collapse(name))) {
          problems.push({ file, featureId, reason: REASON.CITATION_WRONG_SECTION, message: `cites ${cite(citation.section)}, which does not name ${name}` });
        }
        return;
      }
      const own = childrenOf(sections, place.listedIn).find((item) => collapse(item.name) === collapse(name));
      if (!own) {
        problems.push({ file, featureId, reason: REASON.CITATION_WRONG_SECTION, message: `no numbered item of ${cite(place.listedIn)} (${sections.get(place.listedIn)?.name ?? 'missing from the plan'}) is headed ${name}, so its citation ${cite(citation.section)} cannot be its own` });
      } else if (own.key !== citation.section) {
        problems.push({ file, featureId, reason: REASON.CITATION_WRONG_SECTION, message: `cites ${cite(citation.section)} (${cited.name}), but the plan sets out ${name} in ${cite(own.key)}` });
      }
    });
  }
  return problems;
}
