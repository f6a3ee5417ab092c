import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, bytesOf, epsg4549Stations, manyPolygons } from '../import-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'doctor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run doctor -- …args` as a maintainer would (through tsx), and returns its exit code and output. */
function doctor(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/doctor.ts', ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}
const fixture = (name: string) => join(IMPORT_FIXTURES, name);
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);

describe('npm run doctor', () => {
  it('exits 0 for a file that imports cleanly, reporting a warning it fixed, in English', async () => {
    const { code, stdout, stderr } = await doctor(fixture('clockwise.geojson'), '--lang', 'en');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('clockwise.geojson: 1 of 1 feature imported.');
    expect(stdout).toContain('Warning: Feature 1 (cw-square) has rings wound clockwise');
  });

  it('exits 1 when some features would be refused, with --json as the last line', async () => {
    const { code, stdout } = await doctor(fixture('swapped.geojson'), '--json', '--lang', 'en');
    expect(code).toBe(1);
    expect(lastJson(stdout)).toEqual({
      file: 'swapped.geojson',
      format: 'geojson',
      readable: true,
      features: 2,
      importable: 1,
      crs: 'WGS84',
      crsName: null,
      datumSource: 'assumed',
      areaKm2: 0,
      problems: [
        {
          code: 'SWAPPED',
          severity: 'error',
          feature: 2,
          featureName: 'swapped-point',
          message: 'Feature 2 (swapped-point) has latitude and longitude swapped ([31.11, 121.05]); it was left out. Put longitude first, as GeoJSON requires.',
        },
      ],
    });
  });

  it('exits 2 for a file that is not the format it claims, in Chinese by default, without a stack trace', async () => {
    const { code, stdout, stderr } = await doctor(fixture('broken.geojson'), '--json');
    expect(code).toBe(2);
    expect(stdout).toContain('错误：文件不是有效的 JSON');
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
    expect(lastJson(stdout)).toMatchObject({ readable: false, features: 0, importable: 0, crs: 'unknown', problems: [{ code: 'NOT_JSON', severity: 'error' }] });
  });

  it('reports the declared projected CRS of a file it reprojects', async () => {
    const file = join(dir, 'survey.geojson');
    writeFileSync(file, bytesOf(epsg4549Stations()));
    const { code, stdout } = await doctor(file, '--json');
    expect(code).toBe(0);
    expect(lastJson(stdout)).toMatchObject({ crs: 'projected', crsName: 'EPSG:4549', datumSource: 'declared', problems: [] });
    expect(stdout).toContain('原始坐标系为投影坐标 EPSG:4549（已用 proj4 转换）');
  });

  it('refuses bad arguments with its usage', async () => {
    const { code, stderr } = await doctor(fixture('points.csv'), '--lang', 'fr');
    expect(code).toBe(64);
    expect(stderr).toContain('usage: npm run doctor -- FILE');
  });

  it('checks a 50,000-polygon file (about 20 MB)', async () => {
    const file = join(dir, 'plots.geojson');
    writeFileSync(file, manyPolygons(50_000));
    const { code, stdout } = await doctor(file, '--json', '--lang', 'en');
    expect(code).toBe(0);
    const report = lastJson(stdout);
    expect(report).toMatchObject({ features: 50_000, importable: 50_000, problems: [] });
    // 50,000 regular 12-gons of radius 0.0005° at 31°N: each about 0.0079 km².
    expect(report.areaKm2 / 50_000).toBeCloseTo(0.00794, 4);
  }, 180_000);
});
