import { multiPolygon, point, polygon } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { overlapRows, sortRows, type NamedArea, type OverlapRow } from './overlap';

const R = 6371008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;
/** Exact spherical area of a longitude–latitude rectangle, in km²: R²·Δλ·(sin φ₂ − sin φ₁). */
const rectKm2 = (w: number, s: number, e: number, n: number) => (R * R * rad(e - w) * (Math.sin(rad(n)) - Math.sin(rad(s)))) / 1e6;
const ring = (w: number, s: number, e: number, n: number): Position[] => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const props = (id: string, kind = 'base_park') => ({ id, name_zh: `园${id}`, name_en: `Park ${id}`, kind, accuracy: 'indicative' });
const rect = (id: string, w: number, s: number, e: number, n: number, kind?: string) => polygon([ring(w, s, e, n)], props(id, kind)) as NamedArea;

/** The buffer: the square 121.0–121.1 × 31.0–31.1, and a far-off second part. */
const buffer = multiPolygon([[ring(121.0, 31.0, 121.1, 31.1)], [ring(121.5, 31.5, 121.6, 31.6)]]);

describe('overlap of a buffer with parks and pillars', () => {
  it('a rectangle half inside has half its area inside, in km² and %', () => {
    const [row] = overlapRows(buffer, [rect('a', 121.05, 31.02, 121.15, 31.04)]);
    expect(row!.areaKm2! / rectKm2(121.05, 31.02, 121.15, 31.04)).toBeCloseTo(1, 3);
    expect(row!.insideKm2! / rectKm2(121.05, 31.02, 121.1, 31.04)).toBeCloseTo(1, 3);
    expect(row!.insidePct).toBeCloseTo(50, 1);
  });

  it('a rectangle wholly inside is 100 % inside; one outside is not listed', () => {
    const rows = overlapRows(buffer, [rect('in', 121.02, 31.02, 121.03, 31.03, 'pillar'), rect('out', 121.2, 31.2, 121.3, 31.3)]);
    expect(rows.map((r) => r.id)).toEqual(['in']);
    expect(rows[0]).toMatchObject({ kind: 'pillar', accuracy: 'indicative', name_en: 'Park in' });
    expect(rows[0]!.insidePct).toBeCloseTo(100, 6);
  });

  it('counts a rectangle across two parts of the buffer in both', () => {
    const twoParts = multiPolygon([[ring(121.0, 31.0, 121.1, 31.1)], [ring(121.2, 31.0, 121.3, 31.1)]]);
    const [row] = overlapRows(twoParts, [rect('x', 121.05, 31.02, 121.25, 31.04)]);
    expect(row!.insideKm2! / (2 * rectKm2(121.05, 31.02, 121.1, 31.04))).toBeCloseTo(1, 3);
    expect(row!.insidePct).toBeCloseTo(50, 1);
  });

  it('lists a park drawn as a point when the point is inside, with no area', () => {
    const inside = point([121.05, 31.05], props('p')) as NamedArea;
    const outside = point([121.3, 31.3], props('q')) as NamedArea;
    expect(overlapRows(buffer, [inside, outside])).toEqual([{ ...props('p'), areaKm2: null, insideKm2: null, insidePct: null }]);
  });

  it('does not list a park within the buffer’s box but outside the buffer itself', () => {
    // A triangle: its box holds the north-west corner, which the triangle leaves out.
    const triangle = multiPolygon([[[[121.0, 31.0], [121.1, 31.0], [121.1, 31.1], [121.0, 31.0]]]]);
    const cornerPoint = point([121.01, 31.09], props('p')) as NamedArea;
    const cornerRect = rect('r', 121.0, 31.08, 121.02, 31.1);
    expect(overlapRows(triangle, [cornerPoint, cornerRect])).toEqual([]);
  });
});

describe('sorting the overlap table', () => {
  const row = (id: string, name_zh: string, name_en: string, insideKm2: number | null, insidePct: number | null, kind = 'base_park'): OverlapRow => ({
    id, name_zh, name_en, kind, accuracy: 'indicative', areaKm2: insideKm2 && 10, insideKm2, insidePct,
  });
  const rows = [row('a', '北斗', 'Beidou', null, null), row('b', '数字', 'Digital', 2, 20), row('c', '西岑', 'Xicen', 5, 10, 'pillar'), row('d', '人工', 'AI', 1, 80)];
  const ids = (sorted: OverlapRow[]) => sorted.map((r) => r.id).join('');

  it('by share or area, either way, points last', () => {
    expect(ids(sortRows(rows, 'insidePct', 'descending', 'en'))).toBe('dbca');
    expect(ids(sortRows(rows, 'insidePct', 'ascending', 'en'))).toBe('cbda');
    expect(ids(sortRows(rows, 'insideKm2', 'descending', 'en'))).toBe('cbda');
  });

  it('by name in the reader’s language (Chinese by pinyin)', () => {
    expect(ids(sortRows(rows, 'name', 'ascending', 'en'))).toBe('dabc');
    // běi, rén, shù, xī
    expect(ids(sortRows(rows, 'name', 'ascending', 'zh'))).toBe('adbc');
    expect(ids(sortRows(rows, 'name', 'descending', 'zh'))).toBe('cbda');
  });

  it('by kind, then name', () => {
    expect(ids(sortRows(rows, 'kind', 'ascending', 'en'))).toBe('dabc');
    expect(ids(sortRows(rows, 'kind', 'descending', 'en'))).toBe('cdab');
  });

  it('by name in English by the English names, numbers by their value', () => {
    const parks = [row('x', '甲', 'Zone 10', 1, 1), row('y', '乙', 'Zone 9', 1, 1), row('z', '丙', 'Anting', 1, 1)];
    expect(ids(sortRows(parks, 'name', 'ascending', 'en'))).toBe('zyx');
    expect(ids(sortRows(parks, 'name', 'descending', 'en'))).toBe('xyz');
  });

  it('puts several points after the footprints, by name, whichever the direction', () => {
    const mixed = [row('p', '北斗', 'Beidou', null, null), row('f', '数字', 'Digital', 2, 20), row('q', '安亭', 'Anting', null, null), row('g', '西岑', 'Xicen', 5, 10)];
    expect(ids(sortRows(mixed, 'insidePct', 'ascending', 'en'))).toBe('gfqp');
    expect(ids(sortRows(mixed, 'insidePct', 'descending', 'en'))).toBe('fgqp');
    expect(ids(sortRows(mixed, 'insideKm2', 'descending', 'zh'))).toBe('gfqp');
  });
});
