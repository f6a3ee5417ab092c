import type { SourceDocument } from '../data/schemas/seeds.schema';
import type { Accuracy, FeatureKind } from '../data/schemas/geo-feature.schema';
import type { PlanPhase } from '../app/plan-phase';
import type { MessageKey } from '../i18n/translate';

/* What <feature-card> shows; built by app/feature-detail.ts. */

export interface Bilingual {
  zh: string;
  en: string | null;
}
export interface DetailList {
  labelKey: MessageKey;
  items: Bilingual[];
}
/** A figure the plan states, or `value: null` where it states none ("not stated"). */
export interface DetailFigure {
  labelKey: MessageKey;
  value: number | null;
  unitKey: MessageKey;
  /** The year the plan sets it as a target for; null for a figure that is not a target (an area). */
  year: PlanPhase | null;
}
export interface DetailArea {
  /** The plan's figure; `null` when the plan states none. */
  plannedKm2: number | null;
  /** Geodesic area of what the map draws; `null` for points and lines. */
  drawnKm2: number | null;
  /** Whether the drawn shape was sized to the planned area (base-park footprints). */
  drawnMatchesPlan: boolean;
  /** The polygon the visitor traced and linked to this park in the drawing tool, if any. */
  traced?: TracedArea | null;
}
export interface TracedArea {
  km2: number;
  /** Traced against planned, in percent of the plan; null when the plan states no area. */
  differencePct: number | null;
  /** More than AREA_FLAG_PCT off the plan. */
  flagged: boolean;
}

/** Everything a detail card shows about one feature, in both languages. */
export interface FeatureDetail {
  id: string;
  kind: FeatureKind;
  name: { zh: string; en: string };
  summary: Bilingual | null;
  lists: DetailList[];
  figures: DetailFigure[];
  pilotZone: { name: Bilingual; areaKm2: number | null; areaMu: number | null } | null;
  area: DetailArea | null;
  station: { seq: number; lineId: string } | null;
  /** A note on the feature, and where its geometry comes from under what licence: data in both languages. */
  note: { zh: string; en: string } | null;
  accuracy: Accuracy;
  estErrorM: number | null;
  geometrySource: { zh: string; en: string };
  license: { zh: string; en: string };
  citation: { label: string; document: SourceDocument | null };
}
