import type { LineString, Point, Polygon } from 'geojson';
import type { ReactiveControllerHost } from 'lit';
import { measure } from '../analysis/shape-measure';
import { SHAPE_MODES, type DrawMode, type Drawing, type DrawingSurface, type ShapeMode } from '../data/drawing.types';
import { t, type Lang } from '../i18n/translate';
import { emptySketch, finishedGeometry, partialGeometry, place, removeLast, type Sketch } from '../map/keyboard-sketch';
import { areaTexts, lengthText } from './measure-text';
import '../i18n/draw.messages';

const isShapeMode = (mode: DrawMode): mode is ShapeMode => (SHAPE_MODES as readonly string[]).includes(mode);
/** The shape being drawn with the keyboard, as the list shows it. */
const SKETCH_ID = 'keyboard-sketch';

/** What the drawing tool gives its keyboard drawing: its language, the map's layer once ready, and its live region. */
export interface KeyboardDrawingHost extends Pick<ReactiveControllerHost, 'requestUpdate'> {
  readonly lang: Lang;
  readonly drawingLayer: DrawingSurface | null;
  announce(text: string): void;
}

/**
 * Drawing with the keyboard at the map's centre: Enter or Space places a vertex under the cross
 * (and, where the shape ends, finishes it), Backspace takes the last one back, Esc drops the shape.
 * Each step is announced with the shape's measure so far; a finished shape goes to the map as a drawing.
 */
export class KeyboardDrawing {
  /** The line or area being drawn, if any. */
  sketch: Sketch | null = null;

  /** The host renders `sketch` and `entry()`: it is asked to update whenever they change. */
  constructor(private readonly host: KeyboardDrawingHost) {}

  /** The sketch in the tool's list, with its measures so far. */
  entry(): Drawing[] {
    const shape = this.sketch && partialGeometry(this.sketch);
    return shape ? [{ type: 'Feature', id: SKETCH_ID, geometry: shape, properties: { mode: this.sketch!.mode, inProgress: true } }] : [];
  }

  /** A mode chosen on the map ends a sketch of another kind. */
  modeChanged(mode: DrawMode): void {
    if (this.sketch && this.sketch.mode !== mode) this.setSketch(null);
  }

  /** Enter or Space, Backspace and Esc on the focused map while a shape mode is on. */
  onMapKey = (event: KeyboardEvent) => {
    const layer = this.host.drawingLayer;
    const mode = layer?.mode;
    if (!layer || !mode || !isShapeMode(mode) || event.defaultPrevented || !layer.isMap(event.composedPath()[0])) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') this.placeVertex(layer, mode);
    else if (event.key === 'Backspace' && this.sketch) this.removeVertex();
    else if (event.key === 'Escape' && this.sketch) this.cancel();
    else return;
    event.preventDefault();
  };

  /** The Finish button: the shape as it is, if it has enough vertices; focus goes back to the map. */
  finish = () => {
    const layer = this.host.drawingLayer;
    const sketch = this.sketch;
    if (!layer || !sketch) return;
    const geometry = finishedGeometry(sketch);
    if (geometry) this.commit(layer, sketch.mode, geometry);
    else this.host.announce(t(this.host.lang, sketch.mode === 'polygon' ? 'Draw.tooFew.polygon' : 'Draw.tooFew.linestring'));
    // The button goes with the sketch: drawing goes on from the map.
    layer.focusMap();
  };

  private setSketch(sketch: Sketch | null) {
    this.sketch = sketch && sketch.vertices.length > 0 ? sketch : null;
    this.host.drawingLayer?.showSketch(this.sketch?.vertices ?? [], this.sketch && partialGeometry(this.sketch));
    this.host.requestUpdate();
  }

  /** A vertex at the centre, or the shape finished when pressed again where it ends. */
  private placeVertex(layer: DrawingSurface, mode: ShapeMode) {
    const lang = this.host.lang;
    const outcome = place(this.sketch ?? emptySketch(mode), layer.centre(), (a, b) => layer.samePlace(a, b));
    if (outcome.kind === 'finished') return this.commit(layer, mode, outcome.geometry);
    if (outcome.kind === 'ignored') return this.host.announce(t(lang, mode === 'polygon' ? 'Draw.tooFew.polygon' : 'Draw.tooFew.linestring'));
    this.setSketch(outcome.sketch);
    this.host.announce(`${t(lang, 'Draw.vertexPlaced', { n: outcome.sketch.vertices.length })} ${this.measureSoFar()}`);
  }

  private removeVertex() {
    if (!this.sketch) return;
    this.setSketch(removeLast(this.sketch));
    const left = this.sketch?.vertices.length ?? 0;
    this.host.announce(`${t(this.host.lang, 'Draw.vertexRemoved', { n: left })} ${left > 1 ? this.measureSoFar() : ''}`.trim());
  }

  private cancel() {
    this.setSketch(null);
    this.host.announce(t(this.host.lang, 'Draw.sketchCancelled'));
  }

  /** The sketch's live measure, read after each vertex: an area once it has three, else its length. */
  private measureSoFar(): string {
    const shape = this.sketch && partialGeometry(this.sketch);
    if (!shape) return '';
    const { lengthM, areaM2 } = measure(shape);
    return shape.type === 'Polygon'
      ? t(this.host.lang, 'Draw.sketchArea', { area: this.areaWords(areaM2) })
      : t(this.host.lang, 'Draw.sketchLength', { length: lengthText(this.host.lang, lengthM) });
  }

  private areaWords(areaM2: number): string {
    return areaTexts(this.host.lang, areaM2).join(this.host.lang === 'zh' ? '，' : ', ');
  }

  /** Hands the shape to the map, where it is a drawing like any other. */
  private commit(layer: DrawingSurface, mode: ShapeMode, geometry: Point | LineString | Polygon) {
    const lang = this.host.lang;
    const [rejected] = layer.add([{ type: 'Feature', id: layer.newId(), geometry, properties: { mode } }]);
    if (rejected) return this.host.announce(t(lang, 'Draw.sketchRefused', { detail: rejected.reason }));
    this.setSketch(null);
    const { lengthM, areaM2 } = measure(geometry);
    const [lon, lat] = geometry.type === 'Point' ? geometry.coordinates.map((c) => c.toFixed(6)) : [];
    this.host.announce(
      geometry.type === 'Point'
        ? t(lang, 'Draw.pointPlaced', { lon, lat })
        : geometry.type === 'LineString'
          ? t(lang, 'Draw.finished.linestring', { length: lengthText(lang, lengthM) })
          : t(lang, 'Draw.finished.polygon', { area: this.areaWords(areaM2), length: lengthText(lang, lengthM) }),
    );
  }
}
