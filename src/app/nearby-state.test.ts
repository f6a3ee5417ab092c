import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORRIDOR_LIMITS_KM, RING_LIMITS_M } from '../analysis/nearby-limits';
import { DEFAULT_NEARBY, MAX_RINGS, formatNearby, isValidReach, isValidRing, parseNearby, sameNearby, type NearbyState } from './nearby-state';

describe('the nearby tool in a link', () => {
  it('reads station rings and the tabled ring, sorted and each once', () => {
    expect(parseNearby('stations:1000,300,1000:300')).toMatchObject({ mode: 'stations', rings: [300, 1000], tabled: 300 });
  });

  it('reads a corridor band', () => {
    expect(parseNearby('corridor:line17:2.5')).toMatchObject({ mode: 'corridor', corridorOf: 'line17', corridorKm: 2.5 });
    expect(parseNearby('corridor:axis:20')).toMatchObject({ corridorOf: 'axis', corridorKm: 20 });
  });

  it.each([
    null, '', 'stations', 'stations::', 'stations:500:600', 'stations:0,800:800', 'stations:49:49', 'stations:5001:5001',
    'stations:1,2,3,4,5,6:1', 'stations:500,800:800:x', 'stations:8e2:8e2', 'stations:800.5:800.5', 'stations:-800:-800',
    'corridor:line18:2', 'corridor:axis:0', 'corridor:axis:20.1', 'corridor:axis:2.25', 'corridor:axis:Infinity',
    'corridor:axis:NaN', 'corridor:axis:1e1', 'corridor:__proto__:2', 'CORRIDOR:axis:2', 'corridor:axis',
  ])('falls back to the default for %j', (value) => {
    expect(parseNearby(value)).toEqual(DEFAULT_NEARBY);
  });

  it('reads at most five rings, each a plain whole number of metres', () => {
    const rings = [100, 200, 300, 400, 500, 600];
    expect(parseNearby(`stations:${rings.slice(0, MAX_RINGS).join(',')}:100`)).toMatchObject({ rings: rings.slice(0, MAX_RINGS) });
    // Each of these would be a valid ring once read as a number: only their spelling is wrong.
    for (const value of [`stations:${rings.join(',')}:100`, 'stations:8e2,500:500', 'stations:500,800:5e2']) {
      expect(parseNearby(value), value).toEqual(DEFAULT_NEARBY);
    }
  });

  it('writes nothing for the default, and only the chosen mode', () => {
    expect(formatNearby(DEFAULT_NEARBY)).toBeNull();
    expect(formatNearby({ ...DEFAULT_NEARBY, corridorKm: 3 })).toBeNull();
    expect(formatNearby({ ...DEFAULT_NEARBY, tabled: 500 })).toBe('stations:500,800,1000:500');
    expect(formatNearby({ ...DEFAULT_NEARBY, mode: 'corridor', corridorOf: 'g50', corridorKm: 0.5 })).toBe('corridor:g50:0.5');
  });

  it('round-trips every valid setting', () => {
    const rings = fc.uniqueArray(fc.integer({ min: 50, max: 5000 }), { minLength: 1, maxLength: 5 }).map((r) => r.sort((a, b) => a - b));
    const stations = rings.chain((r) => fc.constantFrom(...r).map((tabled): NearbyState => ({ ...DEFAULT_NEARBY, rings: r, tabled })));
    const corridor = fc
      .record({ of: fc.constantFrom('axis', 'g50', 'line17', 'dz_line' as const), tenths: fc.integer({ min: 1, max: 200 }) })
      .map(({ of, tenths }): NearbyState => ({ ...DEFAULT_NEARBY, mode: 'corridor', corridorOf: of, corridorKm: tenths / 10 }));
    fc.assert(
      fc.property(fc.oneof(stations, corridor), (state) => {
        expect(sameNearby(parseNearby(formatNearby(state)), state)).toBe(true);
      }),
    );
  });

  it('tells every changed setting from the one before, so the map and the link follow it', () => {
    const changes: Partial<NearbyState>[] = [
      { mode: 'corridor' },
      { tabled: 500 },
      { corridorOf: 'g50' },
      { corridorKm: 3 },
      { rings: [500, 800] },
      { rings: [500, 800, 1200] },
    ];
    for (const change of changes) {
      expect(sameNearby({ ...DEFAULT_NEARBY, ...change }, DEFAULT_NEARBY), JSON.stringify(change)).toBe(false);
    }
    expect(sameNearby({ ...DEFAULT_NEARBY, rings: [...DEFAULT_NEARBY.rings] }, DEFAULT_NEARBY)).toBe(true);
  });

  it('accepts a ring or a reach typed in the tool exactly within its limits', () => {
    expect([RING_LIMITS_M.min, RING_LIMITS_M.max].map(isValidRing)).toEqual([true, true]);
    expect([RING_LIMITS_M.min - 1, RING_LIMITS_M.max + 1, 800.5].map(isValidRing)).toEqual([false, false, false]);
    expect([CORRIDOR_LIMITS_KM.min, CORRIDOR_LIMITS_KM.max, 2.5].map(isValidReach)).toEqual([true, true, true]);
    // The tool keeps the reach to a tenth of a kilometre.
    expect([CORRIDOR_LIMITS_KM.max + 0.1, 2.25, Number.NaN].map(isValidReach)).toEqual([false, false, false]);
  });

  it('never throws on hostile text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (value) => void parseNearby(value)), { numRuns: 2000 });
  });
});
