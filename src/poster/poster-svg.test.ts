import type { FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME } from '../layers/theme';
import { OPENING_BOUNDS } from '../map/view';
import { POSTER_WIDTH, posterSvg, type PosterLayers } from './poster-svg';

const read = (file: string) => JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection;
const layers: PosterLayers = {
  boundaries: read('context-boundaries.geojson'),
  water: read('context-water.geojson'),
  trunkLines: read('trunk-lines.geojson'),
  stations: read('trunk-stations.geojson'),
  pillars: read('pillars.geojson'),
  parks: read('base-parks.geojson'),
};
const svg = posterSvg(layers, OPENING_BOUNDS);
/** The drawn elements whose stroke is `colour`. */
const stroked = (colour: string) => svg.match(new RegExp(`<path [^>]*stroke="${colour}"[^>]*/>`, 'g')) ?? [];

describe('the corridor poster', () => {
  it('draws each trunk line in its colour, dashed unless surveyed, as the map and legend do', () => {
    const [g50, line17, dz] = [THEME.g50, THEME.line17, THEME.dzLine].map(stroked);
    expect(g50).toHaveLength(1);
    expect(line17).toHaveLength(1);
    expect(dz).toHaveLength(1);
    expect(g50[0]).toContain('stroke-dasharray');
    expect(dz[0]).toContain('stroke-dasharray');
    expect(line17[0]).not.toContain('stroke-dasharray');
  });

  it('draws every Line 17 station, pillar and park in view', () => {
    const [west, south, east, north] = OPENING_BOUNDS;
    const inView = (collection: FeatureCollection) =>
      collection.features.filter((f) => {
        const json = JSON.stringify(f.geometry);
        const [lng, lat] = JSON.parse(json.match(/\[(-?[\d.]+),(-?[\d.]+)\]/)![0]) as [number, number];
        return lng >= west && lng <= east && lat >= south && lat <= north;
      }).length;
    expect((svg.match(/<circle [^>]*stroke="#b5655b"/g) ?? []).length).toBe(
      layers.stations.features.filter((f) => f.properties?.kind === 'line17_station').length,
    );
    expect(stroked(THEME.pillar).length).toBeGreaterThanOrEqual(inView(layers.pillars));
    const parkShapes = stroked(THEME.basePark).length + (svg.match(new RegExp(`<circle [^>]*fill="${THEME.basePark}"`, 'g')) ?? []).length;
    expect(parkShapes).toBeGreaterThanOrEqual(inView(layers.parks));
  });

  it('is a picture of the opening bounds in Web Mercator: full width, and nothing but shapes', () => {
    const [, , width, height] = svg.match(/viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number);
    expect(width).toBe(POSTER_WIDTH);
    // Mercator stretches latitude by 1 / cos(lat): at 31.1° the bounds are about 0.55 times as tall as wide.
    const [west, south, east, north] = OPENING_BOUNDS;
    const expected = ((north - south) / (east - west) / Math.cos((31.1 * Math.PI) / 180)) * POSTER_WIDTH;
    expect(Math.abs(height - expected)).toBeLessThan(5);
    expect(svg).not.toMatch(/<(script|text|foreignObject|image|style)\b|\bon\w+=|href/i);
    expect(svg.length).toBeLessThan(60_000);
  });
});
