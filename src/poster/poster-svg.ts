import { bboxClip, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { THEME } from '../layers/theme';

/** The layers the poster draws, as geo/ holds them. */
export interface PosterLayers {
  boundaries: FeatureCollection;
  water: FeatureCollection;
  trunkLines: FeatureCollection;
  stations: FeatureCollection;
  pillars: FeatureCollection;
  parks: FeatureCollection;
}

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/** The poster is this many units wide; its height follows the bounds' shape in Web Mercator. */
export const POSTER_WIDTH = 1000;
/** Detail finer than this (degrees, about 50 m) does not show at the poster's scale. */
const SIMPLIFY_TOLERANCE = 0.0005;
const QINGPU_BOUNDARY_ID = 'boundary-310118';
const LINE_COLOURS: Record<string, string> = { 'trunk-g50': THEME.g50, 'trunk-line17': THEME.line17, 'trunk-dz-line': THEME.dzLine };

const mercatorX = (lng: number) => (lng + 180) / 360;
const mercatorY = (lat: number) => {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
};

/** Projects lon/lat into poster units: Web Mercator, as the map draws, `bounds` filling the width. */
function projection(bounds: Bounds) {
  const [west, south, east, north] = bounds;
  const scale = POSTER_WIDTH / (mercatorX(east) - mercatorX(west));
  const left = mercatorX(west);
  const top = mercatorY(north);
  return {
    height: Math.round((mercatorY(south) - top) * scale),
    point: ([lng, lat]: Position) => `${((mercatorX(lng) - left) * scale).toFixed(1)} ${((mercatorY(lat) - top) * scale).toFixed(1)}`,
  };
}

type Project = (position: Position) => string;

function pathData(geometry: Geometry, project: Project): string {
  const line = (positions: Position[], close: boolean) => `M${positions.map(project).join('L')}${close ? 'Z' : ''}`;
  switch (geometry.type) {
    case 'LineString':
      return line(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((part) => line(part, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((ring) => line(ring, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => line(ring, true))).join('');
    default:
      return '';
  }
}

/** Lines and areas inside `bounds` (with a margin), simplified to what the poster can show. */
function shapes(collection: FeatureCollection, bounds: Bounds): Feature[] {
  const [west, south, east, north] = bounds;
  const margin = 0.05;
  return collection.features.flatMap((feature) => {
    if (!feature.geometry || feature.geometry.type === 'Point' || feature.geometry.type === 'MultiPoint' || feature.geometry.type === 'GeometryCollection') return [];
    const clipped = bboxClip(feature as Feature<Exclude<Geometry, { type: 'Point' | 'MultiPoint' | 'GeometryCollection' }>>, [west - margin, south - margin, east + margin, north + margin]);
    const empty = JSON.stringify(clipped.geometry.coordinates).length <= 4;
    return empty ? [] : [simplify(clipped, { tolerance: SIMPLIFY_TOLERANCE, highQuality: false })];
  });
}

const dashed = (feature: Feature) => (feature.properties?.accuracy === 'surveyed' ? '' : ' stroke-dasharray="6 4"');

function path(feature: Feature, project: Project, attributes: string): string {
  const d = pathData(feature.geometry, project);
  return d ? `<path d="${d}" ${attributes}/>` : '';
}

function points(collection: FeatureCollection, project: Project, radius: number, attributes: (feature: Feature) => string): string {
  return collection.features
    .filter((feature) => feature.geometry?.type === 'Point')
    .map((feature) => {
      const [x, y] = project((feature.geometry as { coordinates: Position }).coordinates).split(' ');
      return `<circle cx="${x}" cy="${y}" r="${radius}" ${attributes(feature)}/>`;
    })
    .join('');
}

/**
 * A static picture of the corridor: Qingpu and its neighbours, the lakes, the three trunk lines
 * (dashed unless surveyed, as on the map), the pillars, the parks and the Line 17 stations, framed
 * on `bounds` as the map's opening view is. Shown while the map starts, and where it cannot. It
 * holds only shapes and colours: no text, no script.
 */
export function posterSvg(layers: PosterLayers, bounds: Bounds): string {
  const { height, point } = projection(bounds);
  const parts = [
    `<rect width="${POSTER_WIDTH}" height="${height}" fill="${THEME.background}"/>`,
    ...shapes(layers.boundaries, bounds).map((f) =>
      path(f, point, f.properties?.id === QINGPU_BOUNDARY_ID ? `fill="${THEME.focusFill}" stroke="${THEME.focusLine}" stroke-width="1.5"` : `fill="${THEME.neighbourFill}" stroke="${THEME.neighbourLine}"`),
    ),
    ...shapes(layers.water, bounds).map((f) => path(f, point, `fill="${THEME.water}" stroke="${THEME.waterLine}"`)),
    ...shapes(layers.pillars, bounds).map((f) => path(f, point, `fill="${THEME.pillar}" fill-opacity="0.12" stroke="${THEME.pillar}" stroke-width="1.5"${dashed(f)}`)),
    ...shapes(layers.parks, bounds).map((f) => path(f, point, `fill="${THEME.basePark}" fill-opacity="0.25" stroke="${THEME.basePark}" stroke-width="1.5"${dashed(f)}`)),
    points(layers.parks, point, 6, () => `fill="${THEME.basePark}" stroke="#fff" stroke-width="1.5"`),
    ...shapes(layers.trunkLines, bounds).map((f) =>
      path(f, point, `fill="none" stroke="${LINE_COLOURS[String(f.properties?.id)] ?? THEME.text}" stroke-width="4" stroke-linecap="round"${dashed(f)}`),
    ),
    points(layers.stations, point, 3.5, (f) => `fill="${THEME.stationFill}" stroke="${String(f.properties?.kind) === 'dz_station' ? THEME.dzLine : THEME.line17}" stroke-width="2"`),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${POSTER_WIDTH} ${height}" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg>\n`;
}
