import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { OPENING_BOUNDS } from '../../src/map/view';
import { posterSvg, type PosterLayers } from '../../src/poster/poster-svg';

/** Where the site serves the poster, next to index.html. */
export const POSTER_FILE = 'poster.svg';

function readPoster(root: string): string {
  const read = (file: string) => JSON.parse(readFileSync(join(root, 'geo', file), 'utf8')) as FeatureCollection;
  const layers: PosterLayers = {
    boundaries: read('context-boundaries.geojson'),
    water: read('context-water.geojson'),
    trunkLines: read('trunk-lines.geojson'),
    stations: read('trunk-stations.geojson'),
    pillars: read('pillars.geojson'),
    parks: read('base-parks.geojson'),
  };
  return posterSvg(layers, OPENING_BOUNDS);
}

/**
 * Draws the corridor poster from geo/ when the site is built (and serves it in development), so
 * the picture always shows the data the map draws.
 */
export function posterPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'corridor-poster',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(`/${POSTER_FILE}`, (_request, response) => {
        response.setHeader('content-type', 'image/svg+xml');
        response.end(readPoster(root));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: POSTER_FILE, source: readPoster(root) });
    },
  };
}
