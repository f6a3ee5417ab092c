import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/data/validate/format-report.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { firstFeature } from './fixtures.ts';

describe('formatReport', () => {
  // Formatted inside each test, not when the file is collected, so that mutation testing sees which tests read it.
  const park = firstFeature('base-park-area-mismatch.geojson');
  const water = firstFeature('good-water.geojson');
  const report = () => formatReport({
    files: [
      { file: 'base-parks.geojson', features: [park] },
      { file: 'context-water.geojson', features: [water] },
    ],
    problems: [{ file: 'base-parks.geojson', featureId: 'park-smart-biomedicine', reason: REASON.AREA_MISMATCH, message: 'too small' }],
  });

  it('has a line per file with ✓/✗, count and kinds', () => {
    const lines = report();
    expect(lines[0]).toMatch(/^✗ geo\/base-parks\.geojson\s+1 features\s+base_park$/);
    expect(lines[1]).toMatch(/^✓ geo\/context-water\.geojson\s+1 features\s+water$/);
  });

  it('groups problems by file with id, reason and message', () => {
    const lines = report();
    expect(lines).toContain('  geo/base-parks.geojson (1)');
    expect(lines).toContain('    park-smart-biomedicine  AREA_MISMATCH  too small');
  });

  it('tabulates planned vs footprint area', () => {
    const lines = report();
    expect(lines.find((l) => l.includes('planned km²'))).toMatch(/planned km² \| footprint km² \|\s+Δ%/);
    expect(lines.find((l) => /^  park-smart-biomedicine /.test(l))).toMatch(/3\.65 \|\s+3\.000 \|\s+−17\.\d\d$/);
  });

  it('ends with the summary line', () => {
    const lines = report();
    expect(lines.at(-1)).toBe('check:geo: 2 files, 2 features, 1 problem');
  });
});

describe('formatReport as a table a reader scans', () => {
  const park = firstFeature('base-park-area-mismatch.geojson');
  const asPoint = { ...park, geometry: { type: 'Point' as const, coordinates: [121.15, 31.18] } };
  const untyped = { ...firstFeature('good-water.geojson'), properties: {} };

  it('lines up the feature counts of files with names of different lengths', () => {
    const lines = formatReport({ files: [{ file: 'a.geojson', features: [park] }, { file: 'longer-name.geojson', features: [park, park] }], problems: [] });
    expect(lines[0]!.indexOf('1 features')).toBe(lines[1]!.indexOf('2 features'));
  });

  it('marks features without a kind, and a file without features', () => {
    const lines = formatReport({ files: [{ file: 'x.geojson', features: [untyped, park] }, { file: 'y.geojson', features: [] }], problems: [] });
    expect(lines[0]).toMatch(/2 features {2}\?, base_park$/);
    expect(lines[1]).toMatch(/0 features {2}—$/);
  });

  it('heads the problems and the area table, and shows a park drawn as a point as having no area', () => {
    const lines = formatReport({ files: [{ file: 'base-parks.geojson', features: [asPoint] }], problems: [{ file: 'base-parks.geojson', reason: REASON.AREA_MISMATCH, message: 'a point' }] });
    expect(lines).toContain('Problems:');
    // Each section is set off by a blank line.
    for (const heading of ['Problems:', 'Base parks with a planned area:']) expect(lines[lines.indexOf(heading) - 1]).toBe('');
    expect(lines.at(-2)).toBe('');
    expect(lines).toContain('    (file)  AREA_MISMATCH  a point');
    const header = lines.indexOf('Base parks with a planned area:');
    expect(header).toBeGreaterThan(lines.indexOf('Problems:'));
    expect(lines[header + 1]).toBe('  base park               planned km² | footprint km² |     Δ%');
    expect(lines[header + 2]).toBe('  park-smart-biomedicine         3.65 | not a polygon |      —');
  });

  it('counts one file and one feature in the singular, problems in the plural', () => {
    expect(formatReport({ files: [{ file: 'x.geojson', features: [untyped] }], problems: [] }).at(-1)).toBe('check:geo: 1 file, 1 feature, 0 problems');
  });
});
