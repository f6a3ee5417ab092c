import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { crossCandidates, emptySketch, finishedGeometry, partialGeometry, place, removeLast, type Sketch } from './keyboard-sketch';

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
/** Places each position in turn, as Enter at the map's centre would. */
function placeAll(sketch: Sketch, positions: Position[]) {
  let outcome = place(sketch, positions[0], same);
  for (const at of positions.slice(1)) {
    if (outcome.kind === 'finished') throw new Error('finished early');
    outcome = place(outcome.sketch, at, same);
  }
  return outcome;
}

describe('a shape drawn with the keyboard', () => {
  it('a point is finished at once, rounded to the 7 decimals terra-draw keeps', () => {
    expect(place(emptySketch('point'), [121.123456789, 31.987654321], same)).toEqual({ kind: 'finished', geometry: { type: 'Point', coordinates: [121.1234568, 31.9876543] } });
  });

  it('an area gains a vertex per press and closes back on its first vertex, or at its last one again', () => {
    const corners = [[121.1, 31.15], [121.11, 31.15], [121.11, 31.16]];
    const closedOnFirst = placeAll(emptySketch('polygon'), [...corners, corners[0]]);
    expect(closedOnFirst).toEqual({ kind: 'finished', geometry: { type: 'Polygon', coordinates: [[...corners, corners[0]]] } });
    expect(placeAll(emptySketch('polygon'), [...corners, corners[2]])).toEqual(closedOnFirst);
  });

  it('does not finish a line of one vertex or an area of two, and keeps what was placed', () => {
    const line = placeAll(emptySketch('linestring'), [[1, 1], [1, 1]]);
    expect(line).toEqual({ kind: 'ignored', sketch: { mode: 'linestring', vertices: [[1, 1]] } });
    const area = placeAll(emptySketch('polygon'), [[1, 1], [2, 1], [1, 1]]);
    expect(area).toEqual({ kind: 'ignored', sketch: { mode: 'polygon', vertices: [[1, 1], [2, 1]] } });
    expect(finishedGeometry({ mode: 'polygon', vertices: [[1, 1], [2, 1]] })).toBeNull();
  });

  it('a line gains a vertex per press, passes its first vertex again without closing, and is finished at its last one', () => {
    const start = [121.1, 31.15];
    const placed = placeAll(emptySketch('linestring'), [start, [121.11, 31.15], [121.11, 31.16], start]);
    // Coming back to where it started is one more vertex of a line, not its end.
    expect(placed).toEqual({ kind: 'placed', sketch: { mode: 'linestring', vertices: [start, [121.11, 31.15], [121.11, 31.16], start] } });
    const finished = placeAll(emptySketch('linestring'), [start, [121.11, 31.15], [121.11, 31.15]]);
    expect(finished).toEqual({ kind: 'finished', geometry: { type: 'LineString', coordinates: [start, [121.11, 31.15]] } });
  });

  it('a point sketch holds its one vertex as a point, and shows nothing while drawn', () => {
    expect(finishedGeometry({ mode: 'point', vertices: [[121.1, 31.15]] })).toEqual({ type: 'Point', coordinates: [121.1, 31.15] });
    expect(partialGeometry({ mode: 'point', vertices: [[121.1, 31.15]] })).toBeNull();
  });

  it('shows a line of three vertices as a line, never as an area', () => {
    const vertices = [[1, 1], [2, 1], [2, 2]];
    expect(partialGeometry({ mode: 'linestring', vertices })).toEqual({ type: 'LineString', coordinates: vertices });
  });

  it('takes back the last vertex, and shows an area of fewer than three vertices as a line', () => {
    const sketch: Sketch = { mode: 'polygon', vertices: [[1, 1], [2, 1], [2, 2]] };
    expect(removeLast(sketch).vertices).toEqual([[1, 1], [2, 1]]);
    expect(partialGeometry(removeLast(sketch))).toEqual({ type: 'LineString', coordinates: [[1, 1], [2, 1]] });
    expect(partialGeometry(sketch)).toEqual({ type: 'Polygon', coordinates: [[[1, 1], [2, 1], [2, 2], [1, 1]]] });
    expect(partialGeometry({ mode: 'linestring', vertices: [[1, 1]] })).toEqual({ type: 'LineString', coordinates: [[1, 1], [1, 1]] });
    expect(partialGeometry(emptySketch('linestring'))).toBeNull();
  });
});

describe('where the cross goes', () => {
  const map = { left: 0, top: 0, width: 1280, height: 800 };
  it('is the centre of an uncovered map', () => {
    expect(crossCandidates(map, null)).toEqual([[640, 400]]);
  });

  it('beside a panel: the centre first, then the middle of each roomy strip around the panel', () => {
    // The Draw tool on a desktop page: 360 px from the left, 400 px wide, 660 px high.
    expect(crossCandidates(map, { left: 360, top: 10, width: 400, height: 660 })).toEqual([[640, 400], [1020, 400], [180, 400], [640, 735]]);
    // On a phone the tool is a sheet along the bottom: only the strip above it is left.
    expect(crossCandidates({ left: 0, top: 0, width: 360, height: 640 }, { left: 0, top: 192, width: 360, height: 448 })).toEqual([[180, 320], [180, 96]]);
  });
});
