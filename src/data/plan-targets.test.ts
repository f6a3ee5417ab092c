import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanTargets } from './plan-targets';

const seed = (name: string) => JSON.parse(readFileSync(`seeds/${name}.json`, 'utf8'));

describe('loadPlanTargets', () => {
  it('gives the panels every target, programme, partner, context figure and source document of seeds/', async () => {
    const targets = await loadPlanTargets();
    expect(targets.indicators).toEqual(seed('indicators').records);
    expect(targets.programmes).toEqual(seed('programmes').records);
    expect(targets.partners).toEqual(seed('partners'));
    expect(targets.context).toEqual(seed('context').records);
    expect(targets.documents).toEqual(seed('sources').documents);
    expect(targets.indicators.length).toBeGreaterThan(0);
  });

  it('loads them once for every panel that asks', async () => {
    expect(loadPlanTargets()).toBe(loadPlanTargets());
    expect(await loadPlanTargets()).toBe(await loadPlanTargets());
  });
});
