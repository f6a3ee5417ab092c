import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Per-pixel colour tolerance of pixelmatch (0–1, YIQ distance); anti-aliased pixels are not
 * counted. See test/README.md for how the allowed count of differing pixels was measured.
 */
export const PIXEL_THRESHOLD = 0.1;

export interface Comparison {
  /** Pixels that differ beyond PIXEL_THRESHOLD. */
  diffPixels: number;
  /** Whether the sizes differ (a failure whatever the pixels). */
  sizeMismatch: boolean;
}

export function decode(png: Buffer): PNG {
  return PNG.sync.read(png);
}

/** Counts differing pixels; writes the diff image when `diffPath` is given. */
export function comparePngs(actual: Buffer, expected: Buffer, diffPath?: string): Comparison {
  const a = decode(actual);
  const e = decode(expected);
  if (a.width !== e.width || a.height !== e.height) return { diffPixels: a.width * a.height, sizeMismatch: true };
  const diff = new PNG({ width: a.width, height: a.height });
  const diffPixels = pixelmatch(a.data, e.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  if (diffPath) writeFileSync(diffPath, PNG.sync.write(diff));
  return { diffPixels, sizeMismatch: false };
}

/** The view's folder files: the committed expectation and the failure artefacts beside it. */
export function viewFiles(dir: string) {
  return { expected: join(dir, 'expected.png'), actual: join(dir, 'actual.png'), diff: join(dir, 'diff.png') };
}

export function writeFailure(dir: string, actual: Buffer): string {
  mkdirSync(dir, { recursive: true });
  const files = viewFiles(dir);
  writeFileSync(files.actual, actual);
  return files.diff;
}

export function clearFailure(dir: string): void {
  const files = viewFiles(dir);
  for (const file of [files.actual, files.diff]) if (existsSync(file)) rmSync(file);
}

export function readExpected(dir: string): Buffer | null {
  const { expected } = viewFiles(dir);
  return existsSync(expected) ? readFileSync(expected) : null;
}
