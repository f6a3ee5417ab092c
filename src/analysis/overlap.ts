import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { areaKm2 } from './area';
import { overlapKm2 } from './clip';

/** A park or pillar as the overlap table needs it: its geometry and what names and qualifies it. */
export type NamedArea = Feature<
  Polygon | Point,
  { id: string; name_zh: string; name_en: string; kind: string; accuracy: string }
>;

/** How much of one park or pillar lies inside a buffer. */
export interface OverlapRow {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  /** The geometry's `accuracy`: every park and pillar is indicative, and the table says so. */
  accuracy: string;
  /** Area of the drawn footprint in km², null for a point (the plan states no area). */
  areaKm2: number | null;
  /** Area inside the buffer in km², null for a point. */
  insideKm2: number | null;
  /** Share of the footprint inside the buffer in %, null for a point. */
  insidePct: number | null;
}

const boxesMeet = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The parks and pillars a buffer touches, in the order given: a footprint with any area inside,
 * or a point inside. Only the parts of the buffer whose box meets a footprint's are clipped with it.
 */
export function overlapRows(buffer: Feature<MultiPolygon>, areas: readonly NamedArea[]): OverlapRow[] {
  const parts = buffer.geometry.coordinates.map((polygon) => ({ polygon, box: bbox({ type: 'Polygon', coordinates: polygon }) }));
  const rows: OverlapRow[] = [];
  for (const feature of areas) {
    const { id, name_zh, name_en, kind, accuracy } = feature.properties;
    const box = bbox(feature);
    const near: Position[][][] = parts.filter((part) => boxesMeet(part.box, box)).map((part) => part.polygon);
    if (near.length === 0) continue;
    const nearby: MultiPolygon = { type: 'MultiPolygon', coordinates: near };
    const base = { id, name_zh, name_en, kind, accuracy };
    if (feature.geometry.type === 'Point') {
      if (booleanPointInPolygon(feature.geometry.coordinates, nearby)) rows.push({ ...base, areaKm2: null, insideKm2: null, insidePct: null });
      continue;
    }
    const insideKm2 = overlapKm2(feature.geometry, nearby);
    if (insideKm2 <= 0) continue;
    const total = areaKm2(feature.geometry);
    rows.push({ ...base, areaKm2: total, insideKm2, insidePct: Math.min(100, (insideKm2 / total) * 100) });
  }
  return rows;
}

export const SORT_KEYS = ['name', 'kind', 'insideKm2', 'insidePct'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Built once per language: a Chinese collator takes milliseconds to build, and the table sorts on every change. */
const COLLATORS: Partial<Record<'zh' | 'en', Intl.Collator>> = {};

/**
 * Rows sorted by one column, names in the reader's language (Chinese by pinyin collation).
 * Points, which have no area, sort after every footprint whichever the direction.
 */
export function sortRows(rows: readonly OverlapRow[], key: SortKey, direction: SortDirection, lang: 'zh' | 'en'): OverlapRow[] {
  const collator = (COLLATORS[lang] ??= new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-GB', { numeric: true }));
  const sign = direction === 'ascending' ? 1 : -1;
  const name = (row: OverlapRow) => (lang === 'zh' ? row.name_zh : row.name_en);
  const compare = (a: OverlapRow, b: OverlapRow): number => {
    if (key === 'name') return sign * collator.compare(name(a), name(b));
    if (key === 'kind') return sign * collator.compare(a.kind, b.kind) || collator.compare(name(a), name(b));
    const [x, y] = [a[key], b[key]];
    if (x === null || y === null) return x === y ? collator.compare(name(a), name(b)) : x === null ? 1 : -1;
    return sign * (x - y) || collator.compare(name(a), name(b));
  };
  return [...rows].sort(compare);
}
