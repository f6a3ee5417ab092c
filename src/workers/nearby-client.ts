import { wrap, type Remote } from 'comlink';
import type { NearbyData } from '../analysis/nearby-analysis';
import type { NearbyWorkerApi } from './nearby.worker';
import workerUrl from './nearby.worker.ts?worker&url';

let started: Promise<Remote<NearbyWorkerApi>> | undefined;

/**
 * The nearby worker, started once and loaded with `data` (later calls get the same worker).
 * Inside a page on another origin (an embedding site) a worker cannot load our script directly:
 * it starts from a same-origin blob: module that imports it, as MapLibre's does.
 */
export function nearbyWorker(data: () => NearbyData): Promise<Remote<NearbyWorkerApi>> {
  started ??= (async () => {
    const url = new URL(workerUrl, import.meta.url);
    const script =
      url.origin === location.origin
        ? url
        : URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
    const remote = wrap<NearbyWorkerApi>(new Worker(script, { type: 'module' }));
    await remote.load(data());
    return remote;
  })();
  return started;
}
