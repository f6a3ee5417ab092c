import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { footprintOfArea, footprintOfRadius } from '../../src/analysis/indicative-footprint.ts';
import { partitionByNearestSeat } from '../../src/analysis/partition.ts';
import type { BaseParkSeed, PillarSeed, SubAreaSeed } from '../../src/data/schemas/seeds.schema.ts';
import { formatSeedSource } from '../../src/data/schemas/seeds.schema.ts';
import { roundCoordinates } from './geojson-io.ts';

/** What the derived layers need from seeds/: the plan's facts. */
export interface PlanSeeds {
  basePark: BaseParkSeed[];
  pillar: PillarSeed[];
  subArea: SubAreaSeed[];
}

/** What the derived layers need from geo/: where things are. */
export interface PlacementLayers {
  anchors: FeatureCollection<Point>;
  boundaries: FeatureCollection<Polygon>;
  places: FeatureCollection<Point>;
}

type Named = { name: string; description: string };
export type DerivedLayers = Record<'base-parks.geojson' | 'pillars.geojson' | 'sub-areas.geojson', FeatureCollection & Named>;

const ESTIMATE_LICENSE = { license: 'CC0-1.0 (our estimate)', license_zh: 'CC0-1.0（本项目估计）' };

function anchorFor(anchors: FeatureCollection<Point>, targetId: string): Feature<Point> {
  const anchor = anchors.features.find((f) => f.properties?.target === targetId);
  if (!anchor) throw new Error(`geo/anchors.geojson has no anchor whose target is "${targetId}"`);
  return anchor;
}

function feature<G extends Polygon | MultiPolygon | Point>(id: string, geometry: G, properties: Record<string, unknown>) {
  return {
    type: 'Feature' as const,
    id,
    geometry: { ...geometry, coordinates: roundCoordinates(geometry.coordinates) } as G,
    properties: { id, ...properties },
  };
}

/**
 * Base parks: a polygon of exactly the planned area at the park's anchor where the plan states an
 * area; otherwise the anchor point alone, since a shape would invent a size.
 */
function buildBaseParks(seeds: PlanSeeds, anchors: FeatureCollection<Point>) {
  return seeds.basePark.map((park) => {
    const anchor = anchorFor(anchors, park.id);
    const geometry =
      park.planned_area_km2 === null
        ? anchor.geometry
        : footprintOfArea(anchor.geometry.coordinates, park.planned_area_km2).geometry;
    const t = park.targets_2023;
    return feature(park.id, geometry, {
      kind: 'base_park',
      seq: park.seq,
      name_zh: park.name_zh,
      name_en: park.name_en,
      source: formatSeedSource(park.source),
      accuracy: 'indicative',
      est_error_m: anchor.properties?.est_error_m ?? null,
      geometry_source:
        park.planned_area_km2 === null
          ? `Point only: the plan states no area. Position: ${anchor.properties?.geometry_source}`
          : `Circle of the planned area, not the real boundary. Position: ${anchor.properties?.geometry_source}`,
      geometry_source_zh:
        park.planned_area_km2 === null
          ? `仅为点位：方案未说明面积。位置：${anchor.properties?.geometry_source_zh}`
          : `按规划面积绘制的圆形，并非实际边界。位置：${anchor.properties?.geometry_source_zh}`,
      ...ESTIMATE_LICENSE,
      footprint: park.planned_area_km2 === null ? 'point' : 'polygon',
      planned_area_km2: park.planned_area_km2,
      target_2023_industry_scale_yi_yuan: t.industry_scale_yi_yuan,
      target_2023_digital_core_scale_yi_yuan: t.digital_core_scale_yi_yuan,
      target_2023_digitalization_rate_pct: t.digitalization_rate_pct,
      target_2023_digital_trade_sales_yi_yuan: t.digital_trade_sales_yi_yuan,
      target_2023_cross_border_ecommerce_orders_wan: t.cross_border_ecommerce_orders_wan,
    });
  });
}

/** Pillars have neither boundary nor stated area: a round shape of the anchor's indicative reach. */
function buildPillars(seeds: PlanSeeds, anchors: FeatureCollection<Point>) {
  return seeds.pillar.map((pillar) => {
    const anchor = anchorFor(anchors, pillar.id);
    const radius = anchor.properties?.indicative_radius_m;
    if (typeof radius !== 'number') throw new Error(`anchor for ${pillar.id} needs indicative_radius_m`);
    return feature(pillar.id, footprintOfRadius(anchor.geometry.coordinates, radius).geometry, {
      kind: 'pillar',
      seq: pillar.seq,
      name_zh: pillar.name_zh,
      name_en: pillar.name_en,
      source: formatSeedSource(pillar.source),
      accuracy: 'indicative',
      est_error_m: anchor.properties?.est_error_m ?? null,
      geometry_source: `Round shape of ${radius / 1000} km reach, not a boundary. Position: ${anchor.properties?.geometry_source}`,
      geometry_source_zh: `半径 ${radius / 1000} 公里的圆形示意范围，并非边界。位置：${anchor.properties?.geometry_source_zh}`,
      ...ESTIMATE_LICENSE,
    });
  });
}

/** Sub-areas: Qingpu split among its townships' groups (nearest township seat), schematic. */
function buildSubAreas(seeds: PlanSeeds, layers: PlacementLayers) {
  const qingpu = layers.boundaries.features.find((f) => f.properties?.role === 'focus');
  if (!qingpu) throw new Error('geo/context-boundaries.geojson has no feature with role "focus" (Qingpu)');
  const towns = layers.places.features.filter((f) => f.properties?.kind === 'town');
  const parts = partitionByNearestSeat(qingpu, towns, (town) => String(town.properties?.sub_area));
  return seeds.subArea.map((area) => {
    const part = parts.get(area.id);
    if (!part) throw new Error(`no township in geo/context-places.geojson belongs to ${area.id}`);
    return feature(area.id, part.geometry, {
      kind: 'sub_area',
      name_zh: area.name_zh,
      name_en: area.name_en,
      source: formatSeedSource(area.source),
      accuracy: 'schematic',
      est_error_m: null,
      geometry_source:
        'Schematic: Qingpu split by nearest township seat, townships grouped by common usage (the plan draws no boundary)',
      geometry_source_zh: '示意：按最近的镇（街道）驻地划分青浦区，镇街按通常说法分组（方案未划定边界）',
      ...ESTIMATE_LICENSE,
    });
  });
}

/** Builds every layer of geo/ that is computed from seeds/ and the placement layers. */
export function deriveLayers(seeds: PlanSeeds, layers: PlacementLayers): DerivedLayers {
  return {
    'base-parks.geojson': {
      type: 'FeatureCollection',
      name: 'base-parks',
      description: 'The ten base parks (十个基座): indicative footprints of the planned area, or points where the plan states none.',
      features: buildBaseParks(seeds, layers.anchors),
    },
    'pillars.geojson': {
      type: 'FeatureCollection',
      name: 'pillars',
      description: 'The five pillars (五大支柱): indicative shapes; no boundaries are published.',
      features: buildPillars(seeds, layers.anchors),
    },
    'sub-areas.geojson': {
      type: 'FeatureCollection',
      name: 'sub-areas',
      description: 'The three sub-areas of "一城两翼": schematic.',
      features: buildSubAreas(seeds, layers),
    },
  };
}
