import type { Geometry } from 'geojson';
import { areaKm2 } from '../analysis/area';
import { PARK_TARGET_YEAR } from './plan-phase';
import { isFlagged, percentDifference } from '../analysis/measure';
import type { PlanFeature } from '../data/feature-index';
import type { PlanFacts } from '../data/plan-facts';
import type { Bilingual, DetailFigure, DetailList, FeatureDetail, TracedArea } from '../components/feature-detail.types';

const zhOnly = (values: string[]): Bilingual[] => values.map((zh) => ({ zh, en: null }));
const paired = (zh: string[], en: (string | null)[]): Bilingual[] => zh.map((value, i) => ({ zh: value, en: en[i] ?? null }));
const nonEmpty = (lists: DetailList[]) => lists.filter((list) => list.items.length > 0);

function drawnArea(geometry: Geometry | null): number | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  return areaKm2(geometry);
}

function tracedArea(km2: number, plannedKm2: number | null): TracedArea {
  const differencePct = plannedKm2 === null ? null : percentDifference(km2, plannedKm2);
  return { km2, differencePct, flagged: differencePct !== null && isFlagged(differencePct) };
}

function planPart(feature: PlanFeature, facts: PlanFacts, tracedKm2: number | null): Pick<FeatureDetail, 'summary' | 'lists' | 'figures' | 'pilotZone' | 'area'> {
  const id = feature.properties.id;
  const drawnKm2 = drawnArea(feature.geometry);
  const none = { summary: null, lists: [], figures: [], pilotZone: null, area: null };
  switch (feature.properties.kind) {
    case 'base_park': {
      const park = facts.baseParks.find((p) => p.id === id);
      if (!park) return none;
      const t = park.targets_2023;
      const year = PARK_TARGET_YEAR;
      const figures: DetailFigure[] = [
        { labelKey: 'Figure.industryScale', value: t.industry_scale_yi_yuan, unitKey: 'Unit.yiYuan', year },
        { labelKey: 'Figure.digitalCoreScale', value: t.digital_core_scale_yi_yuan, unitKey: 'Unit.yiYuan', year },
        {
          labelKey: t.digitalization_rate_scope === 'pilot_zone' ? 'Figure.digitalizationRatePilot' : 'Figure.digitalizationRate',
          value: t.digitalization_rate_pct,
          unitKey: 'Unit.pct',
          year,
        },
      ];
      // Park-specific targets are listed only where the plan sets them.
      if (t.digital_trade_sales_yi_yuan !== null)
        figures.push({ labelKey: 'Figure.digitalTradeSales', value: t.digital_trade_sales_yi_yuan, unitKey: 'Unit.yiYuan', year });
      if (t.cross_border_ecommerce_orders_wan !== null)
        figures.push({ labelKey: 'Figure.crossBorderOrders', value: t.cross_border_ecommerce_orders_wan, unitKey: 'Unit.wanOrders', year });
      return {
        summary: { zh: park.summary_zh, en: park.summary_en },
        lists: nonEmpty([
          { labelKey: 'Card.focus', items: paired(park.focus_zh, park.focus_en) },
          { labelKey: 'Card.firms', items: park.firms.map((firm) => ({ zh: firm.zh, en: firm.en })) },
        ]),
        figures,
        pilotZone: park.pilot_zone && {
          name: { zh: park.pilot_zone.name_zh, en: park.pilot_zone.name_en },
          areaKm2: park.pilot_zone.area_km2,
          areaMu: park.pilot_zone.area_mu,
        },
        area: {
          plannedKm2: park.planned_area_km2,
          drawnKm2,
          drawnMatchesPlan: park.planned_area_km2 !== null,
          ...(tracedKm2 !== null && { traced: tracedArea(tracedKm2, park.planned_area_km2) }),
        },
      };
    }
    case 'pillar': {
      const pillar = facts.pillars.find((p) => p.id === id);
      if (!pillar) return none;
      return {
        ...none,
        summary: { zh: pillar.summary_zh, en: pillar.summary_en },
        lists: nonEmpty([
          { labelKey: 'Card.focus', items: paired(pillar.focus_zh, pillar.focus_en) },
          { labelKey: 'Card.platforms', items: zhOnly(pillar.platforms_zh) },
          { labelKey: 'Card.firms', items: paired(pillar.firms_zh, pillar.firms_en) },
        ]),
        area: { plannedKm2: null, drawnKm2, drawnMatchesPlan: false },
      };
    }
    case 'trunk_line': {
      const part = facts.trunk.find((p) => p.id === id);
      if (!part) return none;
      return {
        ...none,
        summary: { zh: part.summary_zh, en: part.summary_en },
        lists: nonEmpty([{ labelKey: 'Card.aka', items: zhOnly(part.aka_zh) }]),
      };
    }
    case 'belt': {
      const belt = facts.belts.find((p) => p.id === id);
      if (!belt) return none;
      return {
        ...none,
        summary: { zh: belt.summary_zh, en: belt.summary_en },
        lists: nonEmpty([
          { labelKey: 'Card.focus', items: paired(belt.focus_zh, belt.focus_en) },
          { labelKey: 'Card.namedPlaces', items: zhOnly(belt.named_places_zh) },
        ]),
      };
    }
    case 'sub_area': {
      const area = facts.subAreas.find((p) => p.id === id);
      if (!area) return none;
      return {
        ...none,
        lists: [
          { labelKey: 'Card.role', items: [{ zh: area.role_zh, en: area.role_en }] },
          { labelKey: 'Card.reliesOn', items: zhOnly([area.relies_on_zh]) },
        ],
        area: { plannedKm2: null, drawnKm2, drawnMatchesPlan: false },
      };
    }
    case 'poi': {
      const stated = feature.properties.stated_area_km2;
      return stated === undefined
        ? none
        : { ...none, figures: [{ labelKey: 'Figure.statedArea', value: stated, unitKey: 'Unit.km2', year: null }] };
    }
    default:
      return none;
  }
}

/**
 * Builds the card's content for a feature from its geo/ properties and the plan's facts; for a
 * base park, `tracedKm2` is the area of the polygon the visitor traced for it, if any.
 */
export function buildFeatureDetail(feature: PlanFeature, facts: PlanFacts, tracedKm2: number | null = null): FeatureDetail {
  const p = feature.properties;
  // "001 §三(三)2" cites a section of the plan, "003 ¶3" a paragraph of a news article.
  const docId = p.source.match(/^(\d{3}) [§¶]/)?.[1];
  return {
    id: p.id,
    kind: p.kind,
    name: { zh: p.name_zh, en: p.name_en },
    ...planPart(feature, facts, tracedKm2),
    station: 'seq' in p && 'line' in p ? { seq: p.seq, lineId: p.line } : null,
    note: 'note_en' in p && p.note_en ? { zh: p.note_zh ?? p.note_en, en: p.note_en } : null,
    accuracy: p.accuracy,
    estErrorM: p.est_error_m,
    geometrySource: { zh: p.geometry_source_zh, en: p.geometry_source },
    license: { zh: p.license_zh, en: p.license },
    citation: { label: p.source, document: facts.documents.find((d) => d.id === docId) ?? null },
  };
}
