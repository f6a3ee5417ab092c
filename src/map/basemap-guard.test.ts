import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASEMAP_DRAW_TIMEOUT_MS, guardBasemap } from './basemap-guard';

/** The part of a MapLibre map the guard listens to, firing events as MapLibre would. */
function fakeMap() {
  const listeners = new Map<string, Set<(event: object) => void>>();
  const map = {
    on: (type: string, listener: (event: object) => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: (event: object) => void) => listeners.get(type)?.delete(listener),
  };
  const fire = (type: string, event: object) => [...(listeners.get(type) ?? [])].forEach((listener) => listener(event));
  const listening = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
  return { map: map as unknown as MapLibreMap, fire, listening };
}

const tileLoaded = (sourceId: string) => ({ sourceId, tile: {}, dataType: 'source' });
const loading = (sourceId: string) => ({ sourceId, dataType: 'source' });
const failed = (sourceId?: string) => ({ sourceId, error: new Error(`${sourceId ?? 'no source'} failed`) });

describe('guardBasemap', () => {
  let fake: ReturnType<typeof fakeMap>;
  let onFail: ReturnType<typeof vi.fn<() => void>>;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = fakeMap();
    onFail = vi.fn<() => void>();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives a basemap 3 s to draw', () => {
    expect(BASEMAP_DRAW_TIMEOUT_MS).toBe(3000);
  });

  it('starts counting at the first request to the basemap, not before', () => {
    guardBasemap(fake.map, ['amap'], onFail, 3000);
    // Loading our own layers does not start it.
    fake.fire('sourcedataloading', loading('belts'));
    vi.advanceTimersByTime(60_000);
    expect(onFail).not.toHaveBeenCalled();
    fake.fire('sourcedataloading', loading('amap'));
    vi.advanceTimersByTime(2999);
    // Later requests do not restart it.
    fake.fire('sourcedataloading', loading('amap'));
    vi.advanceTimersByTime(1);
    expect(onFail).toHaveBeenCalledTimes(1);
  });

  it('fails once when the sources have not each drawn a tile in time, and stops listening', () => {
    guardBasemap(fake.map, ['vec', 'labels'], onFail, 3000);
    fake.fire('sourcedataloading', loading('labels'));
    fake.fire('sourcedata', tileLoaded('vec'));
    // Metadata without a tile is no drawing.
    fake.fire('sourcedata', { sourceId: 'labels', dataType: 'source', sourceDataType: 'metadata' });
    vi.advanceTimersByTime(2999);
    expect(onFail).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onFail).toHaveBeenCalledTimes(1);
    expect(fake.listening()).toBe(0);
  });

  it('does not fail on time once every source has drawn a tile', () => {
    guardBasemap(fake.map, ['vec', 'labels'], onFail, 3000);
    fake.fire('sourcedataloading', loading('vec'));
    fake.fire('sourcedata', tileLoaded('labels'));
    fake.fire('sourcedata', tileLoaded('vec'));
    vi.advanceTimersByTime(60_000);
    expect(onFail).not.toHaveBeenCalled();
  });

  it('keeps a basemap that drew in time after several requests to its hosts', () => {
    guardBasemap(fake.map, ['vec', 'labels'], onFail, 3000);
    fake.fire('sourcedataloading', loading('vec'));
    fake.fire('sourcedataloading', loading('labels'));
    fake.fire('sourcedataloading', loading('vec'));
    fake.fire('sourcedata', tileLoaded('vec'));
    fake.fire('sourcedata', tileLoaded('labels'));
    vi.advanceTimersByTime(60_000);
    expect(onFail).not.toHaveBeenCalled();
  });

  it('fails at once on an error of its own sources, even after drawing', () => {
    guardBasemap(fake.map, ['amap'], onFail, 3000);
    fake.fire('sourcedata', tileLoaded('amap'));
    fake.fire('error', failed('amap'));
    expect(onFail).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(onFail).toHaveBeenCalledTimes(1);
  });

  it('leaves other errors alone, logging them as MapLibre would', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    guardBasemap(fake.map, ['amap'], onFail, 3000);
    fake.fire('sourcedata', tileLoaded('amap'));
    const other = failed('belts');
    fake.fire('error', other);
    fake.fire('error', failed());
    expect(onFail).not.toHaveBeenCalled();
    expect(log.mock.calls[0]).toEqual([other.error]);
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('does nothing once stopped', () => {
    const stop = guardBasemap(fake.map, ['amap'], onFail, 3000);
    fake.fire('sourcedataloading', loading('amap'));
    stop();
    fake.fire('error', failed('amap'));
    vi.advanceTimersByTime(60_000);
    expect(onFail).not.toHaveBeenCalled();
    expect(fake.listening()).toBe(0);
  });
});
