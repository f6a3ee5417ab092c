import { wrap, type Remote } from 'comlink';
import type { NearbyData } from '../analysis/nearby-analysis';
import { moduleWorker } from './module-worker';
import type { NearbyWorkerApi } from './nearby.worker';
import workerUrl from './nearby.worker.ts?worker&url';

let started: Promise<Remote<NearbyWorkerApi>> | undefined;

/** The nearby worker, started once and loaded with `data` (later calls get the same worker). */
export function nearbyWorker(data: () => NearbyData): Promise<Remote<NearbyWorkerApi>> {
  started ??= (async () => {
    const remote = wrap<NearbyWorkerApi>(moduleWorker(new URL(workerUrl, import.meta.url)));
    await remote.load(data());
    return remote;
  })();
  return started;
}
