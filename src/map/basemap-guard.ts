import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** How long an online basemap's host may take, from the map's first request to it, to have its first tiles drawn. */
export const BASEMAP_DRAW_TIMEOUT_MS = 3000;

/**
 * Watches an online basemap's sources while it is shown: calls `onFail` once if one of them
 * reports an error (a failed tile or TileJSON), or if they have not each drawn a tile within
 * BASEMAP_DRAW_TIMEOUT_MS of the first request to their hosts (a server that never answers, or
 * answers 404, which MapLibre treats as an empty tile without an error). The time counts from that
 * request, not from the choice, so that a busy device (loading code, shifting our layers, drawing
 * them) is not taken for a failing host. Returns a function that stops watching.
 */
export function guardBasemap(
  map: MapLibreMap,
  sourceIds: string[],
  onFail: () => void,
  timeoutMs = BASEMAP_DRAW_TIMEOUT_MS,
): () => void {
  const waiting = new Set(sourceIds);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onLoading = (event: MapSourceDataEvent) => {
    if (timer === undefined && sourceIds.includes(event.sourceId)) timer = setTimeout(() => fail(), timeoutMs);
  };
  const onData = (event: MapSourceDataEvent) => {
    if (event.tile && waiting.delete(event.sourceId) && waiting.size === 0) clearTimeout(timer);
  };
  const onError = (event: ErrorEvent & { sourceId?: string }) => {
    if (event.sourceId && sourceIds.includes(event.sourceId)) fail();
    // Listening to 'error' stops MapLibre logging the others: log them as it would.
    else console.error(event.error);
  };
  const stop = () => {
    clearTimeout(timer);
    map.off('sourcedataloading', onLoading);
    map.off('sourcedata', onData);
    map.off('error', onError);
  };
  const fail = () => {
    stop();
    onFail();
  };

  map.on('sourcedataloading', onLoading);
  map.on('sourcedata', onData);
  map.on('error', onError);
  return stop;
}
