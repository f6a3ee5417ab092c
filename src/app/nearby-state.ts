import { CORRIDOR_LIMITS_KM, CORRIDOR_OF, DEFAULT_CORRIDOR_KM, DEFAULT_RINGS_M, RING_LIMITS_M, type CorridorOf } from '../analysis/nearby-limits';

/** What the nearby tool buffers: Line 17's stations (rings) or a trunk component (a band). */
export type BufferMode = 'stations' | 'corridor';

/** The nearby tool's settings, part of the app state so a link reproduces them. */
export interface NearbyState {
  readonly mode: BufferMode;
  /** Ring radii around each station in metres, ascending, each once. */
  readonly rings: readonly number[];
  /** The ring whose parks and pillars the table lists: one of `rings`. */
  readonly tabled: number;
  readonly corridorOf: CorridorOf;
  /** How far the band reaches either side of its line, in km. */
  readonly corridorKm: number;
}

export const DEFAULT_NEARBY: NearbyState = {
  mode: 'stations',
  rings: DEFAULT_RINGS_M,
  tabled: 800,
  corridorOf: 'axis',
  corridorKm: DEFAULT_CORRIDOR_KM,
};

export const MAX_RINGS = 5;

/** A ring radius the tool accepts: whole metres within RING_LIMITS_M. */
export const isValidRing = (m: number) => Number.isInteger(m) && m >= RING_LIMITS_M.min && m <= RING_LIMITS_M.max;
/** A band reach the tool accepts: km to one decimal within CORRIDOR_LIMITS_KM. */
export const isValidReach = (km: number) =>
  Number.isFinite(km) && km >= CORRIDOR_LIMITS_KM.min && km <= CORRIDOR_LIMITS_KM.max && Math.abs(km * 10 - Math.round(km * 10)) < 1e-9;

/** Rings as the state keeps them (ascending, each once), with the tabled ring one of them. */
export function normalizeRings(rings: readonly number[], tabled: number): Pick<NearbyState, 'rings' | 'tabled'> {
  const sorted = [...new Set(rings)].sort((a, b) => a - b);
  return { rings: sorted, tabled: sorted.includes(tabled) ? tabled : (sorted.find((r) => r >= tabled) ?? sorted.at(-1)!) };
}

const PLAIN_INTEGER = /^\d{1,5}$/;
const PLAIN_DECIMAL = /^\d{1,2}(\.\d)?$/;

/**
 * `stations:500,800,1000:800` (ring radii in m, then the tabled ring) or `corridor:line17:2`
 * (what the band follows, then its reach in km). Total: anything else is the default.
 */
export function parseNearby(value: string | null): NearbyState {
  const [mode, first = '', second = '', ...rest] = (value ?? '').split(':');
  if (rest.length > 0) return DEFAULT_NEARBY;
  if (mode === 'stations') {
    const parts = first.split(',');
    if (parts.length > MAX_RINGS || !parts.every((p) => PLAIN_INTEGER.test(p)) || !PLAIN_INTEGER.test(second)) return DEFAULT_NEARBY;
    const rings = parts.map(Number);
    if (!rings.every(isValidRing) || !rings.includes(Number(second))) return DEFAULT_NEARBY;
    return { ...DEFAULT_NEARBY, ...normalizeRings(rings, Number(second)) };
  }
  if (mode === 'corridor') {
    const of = CORRIDOR_OF.find((candidate) => candidate === first);
    const km = PLAIN_DECIMAL.test(second) ? Number(second) : Number.NaN;
    return of && isValidReach(km) ? { ...DEFAULT_NEARBY, mode: 'corridor', corridorOf: of, corridorKm: km } : DEFAULT_NEARBY;
  }
  return DEFAULT_NEARBY;
}

/** The link value for a state: only the chosen mode's settings; null when that is the default buffer. */
export function formatNearby(state: NearbyState): string | null {
  const value = (s: NearbyState) => (s.mode === 'stations' ? `stations:${s.rings.join(',')}:${s.tabled}` : `corridor:${s.corridorOf}:${s.corridorKm}`);
  return value(state) === value(DEFAULT_NEARBY) ? null : value(state);
}

/** Whether two settings are the same in every field. */
export function sameNearby(a: NearbyState, b: NearbyState): boolean {
  return (
    a.mode === b.mode &&
    a.tabled === b.tabled &&
    a.corridorOf === b.corridorOf &&
    a.corridorKm === b.corridorKm &&
    a.rings.length === b.rings.length &&
    a.rings.every((r, i) => r === b.rings[i])
  );
}
