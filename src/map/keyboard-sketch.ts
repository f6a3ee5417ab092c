import type { LineString, Point, Polygon, Position } from 'geojson';
import type { ShapeMode } from '../data/drawing.types';

/*
 * A shape drawn with the keyboard, vertex by vertex at the map's centre. terra-draw places
 * vertices only from pointer events, so the vertices are kept here and the finished shape is
 * handed to terra-draw, where it is edited, undone and saved like any other drawing.
 */

/** The vertices placed so far, in order, for the mode being drawn. */
export interface Sketch {
  readonly mode: ShapeMode;
  readonly vertices: readonly Position[];
}

/** Whether two positions are the same place on screen (the visitor did not move between two presses). */
export type SamePlace = (a: Position, b: Position) => boolean;

/** What a press of Enter did: placed a vertex, finished the shape, or nothing (the same place twice, too few vertices to finish). */
export type PlaceOutcome =
  | { readonly kind: 'placed'; readonly sketch: Sketch }
  | { readonly kind: 'finished'; readonly geometry: Point | LineString | Polygon }
  | { readonly kind: 'ignored'; readonly sketch: Sketch };

/** terra-draw keeps 7 decimals (about 1 cm); more would be refused. */
const round = (position: Position): Position => position.slice(0, 2).map((c) => Math.round(c * 1e7) / 1e7);

/** The fewest vertices that make a finished shape of each kind. */
const MIN_VERTICES: Record<ShapeMode, number> = { point: 1, linestring: 2, polygon: 3 };

export const emptySketch = (mode: ShapeMode): Sketch => ({ mode, vertices: [] });

/**
 * Enter at `at`: a point is finished at once; a line or area gains a vertex, or is finished when
 * Enter is pressed again where the last vertex is (or, for an area, back on the first one).
 */
export function place(sketch: Sketch, at: Position, samePlace: SamePlace): PlaceOutcome {
  const { mode, vertices } = sketch;
  if (mode === 'point') return { kind: 'finished', geometry: { type: 'Point', coordinates: round(at) } };
  const last = vertices.at(-1);
  const closing = last !== undefined && (samePlace(at, last) || (mode === 'polygon' && samePlace(at, vertices[0])));
  if (closing) {
    const geometry = finishedGeometry(sketch);
    return geometry ? { kind: 'finished', geometry } : { kind: 'ignored', sketch };
  }
  return { kind: 'placed', sketch: { mode, vertices: [...vertices, round(at)] } };
}

/** Backspace: the sketch without its last vertex. */
export const removeLast = (sketch: Sketch): Sketch => ({ mode: sketch.mode, vertices: sketch.vertices.slice(0, -1) });

/** The finished shape, or null while it has too few vertices. */
export function finishedGeometry({ mode, vertices }: Sketch): Point | LineString | Polygon | null {
  if (vertices.length < MIN_VERTICES[mode]) return null;
  if (mode === 'point') return { type: 'Point', coordinates: [...vertices[0]] };
  if (mode === 'linestring') return { type: 'LineString', coordinates: vertices.map((v) => [...v]) };
  return { type: 'Polygon', coordinates: [[...vertices.map((v) => [...v]), [...vertices[0]]]] };
}

/** The shape so far, to show and measure while it is drawn: an area of two vertices is still a line. */
export function partialGeometry({ mode, vertices }: Sketch): LineString | Polygon | null {
  if (mode === 'point' || vertices.length === 0) return null;
  if (mode === 'polygon' && vertices.length >= 3) return finishedGeometry({ mode, vertices }) as Polygon;
  const line = vertices.length === 1 ? [vertices[0], vertices[0]] : vertices;
  return { type: 'LineString', coordinates: line.map((v) => [...v]) };
}

/** A box on screen, in CSS pixels. */
export interface ScreenBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where the cross may go on a map partly covered by a panel, best first: the map's centre, then
 * the middle of the strip right of, left of, below and above the panel. The caller takes the first
 * that nothing else covers either.
 */
export function crossCandidates(map: ScreenBox, panel: ScreenBox | null): [number, number][] {
  const middle = (left: number, top: number, right: number, bottom: number): [number, number] => [Math.round((left + right) / 2), Math.round((top + bottom) / 2)];
  const [right, bottom] = [map.left + map.width, map.top + map.height];
  const centre = middle(map.left, map.top, right, bottom);
  if (!panel) return [centre];
  const [panelRight, panelBottom] = [panel.left + panel.width, panel.top + panel.height];
  const strips: [number, number, number, number][] = [
    [panelRight, map.top, right, bottom],
    [map.left, map.top, panel.left, bottom],
    [map.left, panelBottom, right, bottom],
    [map.left, map.top, right, panel.top],
  ];
  // A strip narrower than this leaves no room to see where a vertex goes.
  const roomy = strips.filter(([l, t, r, b]) => r - l >= 80 && b - t >= 80);
  return [centre, ...roomy.map((strip) => middle(...strip))];
}
