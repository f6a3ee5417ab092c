import { expose } from 'comlink';
import { NearbyAnalysis, type BufferRequest, type NearbyData } from '../analysis/nearby-analysis';

/** The nearby tool's geometry off the main thread: buffers and clipping can take tens of ms. */
let analysis: NearbyAnalysis | null = null;

const api = {
  load(data: NearbyData): void {
    analysis = new NearbyAnalysis(data);
  },
  buffer(request: BufferRequest) {
    if (!analysis) throw new Error('nearby worker: no data loaded');
    return analysis.buffer(request);
  },
  chainage(point: [number, number]) {
    if (!analysis) throw new Error('nearby worker: no data loaded');
    return analysis.chainage(point);
  },
};
export type NearbyWorkerApi = typeof api;

expose(api);
