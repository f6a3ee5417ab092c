import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { areaKm2 } from '../../analysis/area.ts';
import { REASON, featureLabel, type Problem } from './reasons.ts';

/** How far a drawn footprint may be from the planned area, in percent. */
export const AREA_TOLERANCE_PCT = 2;

/** Planned area against drawn footprint for one base park that states an area. */
export interface FootprintRow {
  id: string;
  name_zh: string;
  plannedKm2: number;
  /** null when the park is not drawn as a polygon. */
  footprintKm2: number | null;
  deltaPct: number | null;
}

const isPolygonal = (f: Feature): f is Feature<Polygon | MultiPolygon> =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** One row per base park with a numeric planned_area_km2: its planned and drawn area (turf `area`). */
export function footprintRows(features: readonly Feature[]): FootprintRow[] {
  return features
    .filter((f) => f.properties?.kind === 'base_park' && typeof f.properties.planned_area_km2 === 'number')
    .map((f, i) => {
      const plannedKm2 = f.properties!.planned_area_km2 as number;
      const footprintKm2 = isPolygonal(f) ? areaKm2(f) : null;
      const deltaPct = footprintKm2 === null ? null : ((footprintKm2 - plannedKm2) / plannedKm2) * 100;
      return { id: featureLabel(f, i), name_zh: String(f.properties!.name_zh ?? ''), plannedKm2, footprintKm2, deltaPct };
    });
}

/**
 * A base park with a planned area is a polygon within ±2 % of it; a park whose plan states no
 * area is a Point (no invented polygon); and its `footprint` property names its geometry type.
 * Expects structurally sound geometry.
 */
export function checkFootprintArea(file: string, feature: Feature, index: number): Problem[] {
  const props = feature.properties;
  if (props?.kind !== 'base_park') return [];
  const featureId = featureLabel(feature, index);
  const problems: Problem[] = [];
  const planned = props.planned_area_km2;
  const type = feature.geometry?.type;
  if (typeof planned === 'number') {
    const [row] = footprintRows([feature]);
    if (row.footprintKm2 === null || row.deltaPct === null) {
      problems.push({ file, featureId, reason: REASON.AREA_MISMATCH, message: `planned area is ${planned} km² but the geometry is a ${type}, not a polygon of that area` });
    } else if (Math.abs(row.deltaPct) > AREA_TOLERANCE_PCT) {
      problems.push({ file, featureId, reason: REASON.AREA_MISMATCH, message: `footprint ${row.footprintKm2.toFixed(3)} km² vs planned ${planned} km²: Δ ${signed(row.deltaPct)} % (allowed ±${AREA_TOLERANCE_PCT} %)` });
    }
  } else if (planned === null && type !== 'Point') {
    problems.push({ file, featureId, reason: REASON.INVENTED_FOOTPRINT, message: `the plan states no area, so the park must be a Point, not a ${type}: no invented polygon` });
  }
  const drawn = type === 'Point' ? 'point' : isPolygonal(feature) ? 'polygon' : type;
  if (props.footprint !== undefined && props.footprint !== drawn) {
    problems.push({ file, featureId, reason: REASON.FOOTPRINT_KIND_MISMATCH, message: `footprint is "${props.footprint}" but the geometry is a ${type}` });
  }
  return problems;
}

/** A percentage with an explicit sign and 2 decimals: "+0.03", "−17.81". */
export const signed = (pct: number) => `${Number(pct.toFixed(2)) < 0 ? '−' : '+'}${Math.abs(pct).toFixed(2)}`;
