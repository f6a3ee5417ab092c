import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area, booleanClockwise, transformScale } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import type { BaseParkProperties } from '../data/schemas/geo-feature.schema';
import { REASON } from '../data/validate/reasons';
import { validateGeoDir } from '../data/validate/validate-geo-dir';
import { geoReadyPark } from './geo-ready-park';

const PARKS_FILE = 'base-parks.geojson';
const parks = JSON.parse(readFileSync(join('geo', PARKS_FILE), 'utf8')) as FeatureCollection<Polygon, BaseParkProperties>;
const park = (id: string) => parks.features.find((f) => f.id === id)!;

/** A hand-drawn-looking pentagon, clockwise and with more decimals than geo/ keeps, scaled to `km2`. */
function trace(centre: [number, number], km2: number): Polygon {
  const [x, y] = centre;
  const ring = [[x - 0.01, y - 0.004], [x - 0.012, y + 0.008], [x + 0.003, y + 0.0115], [x + 0.0134567891, y + 0.001], [x + 0.006, y - 0.009], [x - 0.01, y - 0.004]];
  const shape: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
  return transformScale(shape, Math.sqrt((km2 * 1e6) / area(shape))).geometry;
}

/** geo/ and seeds/ copied side by side into a temp dir, with one base park replaced. */
function geoWith(replacement: Feature): string {
  const dir = mkdtempSync(join(tmpdir(), 'geo-ready-'));
  cpSync('geo', join(dir, 'geo'), { recursive: true });
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  const copy = { ...parks, features: parks.features.map((f) => (f.id === replacement.id ? replacement : f)) };
  writeFileSync(join(dir, 'geo', PARKS_FILE), JSON.stringify(copy));
  dirs.push(dir);
  return join(dir, 'geo');
}
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const note = { date: '2026-11-21', basemap: 'offline' };

describe('geoReadyPark', () => {
  const biomedicine = park('park-smart-biomedicine');
  const centre: [number, number] = [121.155, 31.185];

  it('passes check:geo in place of the indicative circle, which only asks to stop deriving the park', () => {
    const feature = geoReadyPark(biomedicine, trace(centre, 3.65 * 1.01), note);
    const { problems } = validateGeoDir(geoWith(feature));
    // geo/README.md: official or traced park boundaries replace the derived circles (step 3).
    expect(problems.map((p) => [p.reason, p.featureId])).toEqual([[REASON.STALE_DERIVED_LAYER, 'park-smart-biomedicine']]);
  });

  it('keeps the park’s id and properties and says how the geometry was made', () => {
    const feature = geoReadyPark(biomedicine, trace(centre, 3.65 * 1.01), note);
    const { accuracy, geometry_source, est_error_m, ...rest } = feature.properties;
    const { accuracy: _a, geometry_source: _g, est_error_m: _e, ...original } = biomedicine.properties;
    expect(feature.id).toBe('park-smart-biomedicine');
    expect(rest).toEqual(original);
    expect(accuracy).toBe('approximate');
    expect(est_error_m).toBeNull();
    // 3.65 km² + 1 %, less what rounding the coordinates to 6 decimals moves.
    expect(geometry_source).toMatch(/^Traced by hand on the offline basemap on 2026-11-21: 3\.68[67] km², \+1\.0 % against the plan's 3\.65 km² \(Turf, geodesic\)\. Not an official boundary\.$/);
  });

  it('says where an imported polygon came from instead of a trace', () => {
    const imported = { source_file: 'parcel.geojson', source_datum: 'GCJ-02', converted_with: 'gcoord' };
    const feature = geoReadyPark(biomedicine, trace(centre, 3.65 * 0.9), { ...note, imported });
    expect(feature.properties.geometry_source).toMatch(
      /^Imported from parcel\.geojson \(GCJ-02, converted to WGS-84 with gcoord\) on 2026-11-21: 3\.28\d km², −10\.0 % against the plan's 3\.65 km² \(Turf, geodesic\)\. Not an official boundary\.$/,
    );
    const fromWgs84 = geoReadyPark(biomedicine, trace(centre, 3.65), { ...note, imported: { source_file: 'parcel.kml', source_datum: 'WGS-84' } });
    expect(fromWgs84.properties.geometry_source).toMatch(/^Imported from parcel\.kml \(WGS-84\) on 2026-11-21: /);
  });

  it('writes RFC 7946 geometry: counter-clockwise, 6 decimals', () => {
    const drawn = trace(centre, 3.65);
    expect(booleanClockwise(drawn.coordinates[0])).toBe(true);
    const { geometry } = geoReadyPark(biomedicine, drawn, note);
    expect(booleanClockwise(geometry.coordinates[0])).toBe(false);
    expect(geometry.coordinates[0].flat().every((n) => Number(n.toFixed(6)) === n)).toBe(true);
  });

  it('is still checked against the plan: a trace 10 % too big is reported by check:geo', () => {
    const feature = geoReadyPark(biomedicine, trace(centre, 3.65 * 1.1), note);
    const reasons = validateGeoDir(geoWith(feature)).problems.map((p) => p.reason);
    expect(reasons).toContain(REASON.AREA_MISMATCH);
  });

  it('refuses a park whose plan states no area: geo/ keeps it a point', () => {
    expect(() => geoReadyPark(park('park-global-digital-trade'), trace(centre, 1), note)).toThrow(/states no area/);
  });
});
