import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanFacts } from './plan-facts';

const read = (name: string) => JSON.parse(readFileSync(`seeds/${name}`, 'utf8')) as { records?: unknown[]; documents?: unknown[] };

describe('loadPlanFacts', () => {
  it('gives the cards the records of seeds/, each under its own name', async () => {
    const facts = await loadPlanFacts();
    expect(facts).toEqual({
      trunk: read('trunk.json').records,
      pillars: read('pillars.json').records,
      baseParks: read('base-parks.json').records,
      belts: read('belts.json').records,
      subAreas: read('sub-areas.json').records,
      documents: read('sources.json').documents,
    });
  });

  it('loads seeds/ once', async () => {
    expect(loadPlanFacts()).toBe(loadPlanFacts());
    expect(await loadPlanFacts()).toBe(await loadPlanFacts());
  });
});
