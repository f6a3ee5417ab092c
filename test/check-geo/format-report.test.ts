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
