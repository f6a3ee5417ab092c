import type { PlanFeature } from '../data/feature-index';
import type { FeatureKind } from '../data/schemas/geo-feature.schema';
import type { BaseParkSeed, PartnerSeed, PillarSeed, ProgrammeSeed } from '../data/schemas/seeds.schema';

/** What a search result is: a drawn feature of one kind, or a name the plan gives that is not drawn itself. */
export type SearchKind = FeatureKind | 'firm' | 'partner' | 'programme';

/** A bilingual name; `en` is null where the plan gives the name in Chinese only. */
export interface SearchName {
  readonly zh: string;
  readonly en: string | null;
}

/** One thing the search finds. */
export interface SearchEntry {
  /** Unique among the entries. */
  readonly key: string;
  readonly kind: SearchKind;
  readonly name: SearchName;
  /** The feature whose card choosing this entry opens; null when nothing on the map stands for it. */
  readonly featureId: string | null;
  /** For a firm or partner: the park, pillar or programme whose section names it. */
  readonly namedBy: SearchName | null;
  /** The plan section that names an entry the map does not draw (`四(一)2`, `附件2`); null otherwise. */
  readonly section: string | null;
}

/** The seeds the search reads besides the drawn features. */
export interface SearchFacts {
  readonly baseParks: readonly BaseParkSeed[];
  readonly pillars: readonly PillarSeed[];
  readonly programmes: readonly ProgrammeSeed[];
  readonly partners: readonly PartnerSeed[];
  /** The section of the partner list (`附件2`). */
  readonly partnersSection: string;
}

const nameOf = (record: { name_zh: string; name_en: string }): SearchName => ({ zh: record.name_zh, en: record.name_en });

/**
 * Everything the search finds: every named feature the map draws, the firms the park and pillar
 * sections name, the partners of the first batch and the programmes. A firm or partner leads to the
 * park or pillar whose section names it; one named only by a programme, or only in the partner
 * list, is listed with that section, since the map does not draw programmes.
 */
export function searchEntries(features: readonly PlanFeature[], facts: SearchFacts): SearchEntry[] {
  const places = [...facts.baseParks, ...facts.pillars];
  const placeBySection = new Map(places.map((place) => [place.source.section, place]));
  const programmeBySection = new Map(facts.programmes.map((programme) => [programme.source.section, programme]));

  const drawn = features
    .filter((feature) => feature.properties.name_zh)
    .map(
      (feature): SearchEntry => ({
        key: feature.properties.id,
        kind: feature.properties.kind,
        name: { zh: feature.properties.name_zh, en: feature.properties.name_en ?? null },
        featureId: feature.properties.id,
        namedBy: null,
        section: null,
      }),
    );

  const firm = (place: BaseParkSeed | PillarSeed, name: SearchName): SearchEntry => ({
    key: `firm:${place.id}:${name.zh}`,
    kind: 'firm',
    name,
    featureId: place.id,
    namedBy: nameOf(place),
    section: null,
  });
  const firms = [
    ...facts.baseParks.flatMap((park) => park.firms.map((f) => firm(park, { zh: f.zh, en: f.en }))),
    ...facts.pillars.flatMap((pillar) => pillar.firms_zh.map((zh, i) => firm(pillar, { zh, en: pillar.firms_en[i] ?? null }))),
  ];

  const partners = facts.partners.map((partner): SearchEntry => {
    const sections = (partner.named_in ?? []).map((mention) => mention.section);
    const place = sections.map((section) => placeBySection.get(section)).find((p) => p !== undefined);
    const programmeSection = sections.find((section) => programmeBySection.has(section));
    const programme = programmeSection === undefined ? undefined : programmeBySection.get(programmeSection);
    const namedBy = place ?? programme;
    return {
      key: `partner:${partner.seq}`,
      kind: 'partner',
      name: { zh: partner.name_zh, en: null },
      featureId: place?.id ?? null,
      namedBy: namedBy ? nameOf(namedBy) : null,
      section: place ? null : (programmeSection ?? facts.partnersSection),
    };
  });

  const programmes = facts.programmes.map(
    (programme): SearchEntry => ({
      key: programme.id,
      kind: 'programme',
      name: nameOf(programme),
      featureId: null,
      namedBy: null,
      section: programme.source.section,
    }),
  );

  return [...drawn, ...firms, ...partners, ...programmes];
}
