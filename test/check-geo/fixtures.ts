import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Problem } from '../../src/data/validate/reasons.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'check-geo');

/** A hand-made FeatureCollection from test/fixtures/check-geo/. */
export const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as FeatureCollection;

/** The first feature of a fixture. */
export const firstFeature = (name: string): Feature => fixture(name).features[0];

/** The reasons among problems, for `toContain` / `toEqual`. */
export const reasons = (problems: readonly Problem[]) => problems.map((p) => p.reason);

/** A counter-clockwise unit-ish square near Qingpu, as a fresh copy. */
export const square = () => [[[121.1, 31.1], [121.12, 31.1], [121.12, 31.12], [121.1, 31.12], [121.1, 31.1]]];

/** A hand-made text file from test/fixtures/check-geo/. */
export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The committed action plan, the authority citations are checked against. */
export const PLAN_PATH = join(import.meta.dirname, '..', '..', 'seeds', 'documents', '001-action-plan.txt');
