import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Geometry, Position } from 'geojson';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawModeUndoRedo,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  TerraDrawSessionUndoRedo,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { PROVENANCE_KEYS, SHAPE_MODES, type DrawMode, type Drawing, type DrawingSurface, type RejectedDrawing, type ShapeMode } from '../data/drawing.types';
import { THEME } from '../layers/theme';
import './map-crosshair';
import { crossCandidates } from './keyboard-sketch';

const GEOMETRY_OF_MODE: Record<ShapeMode, Drawing['geometry']['type']> = { point: 'Point', linestring: 'LineString', polygon: 'Polygon' };
const isShapeMode = (mode: unknown): mode is ShapeMode => SHAPE_MODES.includes(mode as ShapeMode);

/** A shape the visitor drew, not one of terra-draw's guides (closing points, vertex handles). */
function asDrawing(feature: GeoJSONStoreFeatures): Drawing | null {
  const { mode, park_id, currentlyDrawing } = feature.properties;
  if (!isShapeMode(mode) || feature.geometry.type !== GEOMETRY_OF_MODE[mode] || typeof feature.id !== 'string') return null;
  const properties: Drawing['properties'] = { mode };
  if (typeof park_id === 'string') properties.park_id = park_id;
  for (const key of PROVENANCE_KEYS) {
    const value = feature.properties[key];
    if (typeof value === 'string') properties[key] = value;
  }
  if (currentlyDrawing === true) properties.inProgress = true;
  return { type: 'Feature', id: feature.id, geometry: feature.geometry as Drawing['geometry'], properties };
}

// The analysis tools' overlay colour: no plan layer uses it.
const colour = THEME.overlay;

/** Two presses of Enter this close on screen are at the same place: the map did not move between them. */
const SAME_PLACE_PX = 6;
const SKETCH_SOURCE = 'keyboard-sketch';

/**
 * The visitor's drawings on the map, drawn and edited with terra-draw: points, lines and
 * polygons; select to move a shape or its vertices (drag a midpoint to add one); delete; undo
 * and redo across the whole session. Loaded only when the drawing tool first opens.
 */
export class DrawingLayer implements DrawingSurface {
  private readonly draw: TerraDraw;
  private readonly listeners = new Set<() => void>();
  /** Shown at the map's centre while a shape mode is on and the map has focus. */
  private readonly crosshair = document.createElement('map-crosshair');
  private mapFocused = false;
  /** What covers part of the map (the open Draw tool): the cross keeps clear of it. */
  private panel: () => DOMRect | null = () => null;
  private crossAt: [number, number] | null = null;

  /** `onDrawingChanged(true)` while a shape mode is on: map clicks then draw rather than pick features. */
  constructor(
    private readonly map: MapLibreMap,
    private readonly onDrawingChanged: (drawing: boolean) => void = () => undefined,
  ) {
    const editable = { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } };
    const shapeStyle = {
      fillColor: colour,
      outlineColor: colour,
      lineStringColor: colour,
      pointColor: colour,
      pointOutlineColor: '#ffffff',
    } as const;
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 7 }),
      modes: [
        new TerraDrawPointMode({ styles: { pointColor: shapeStyle.pointColor, pointOutlineColor: shapeStyle.pointOutlineColor, pointWidth: 6 } }),
        new TerraDrawLineStringMode({ styles: { lineStringColor: shapeStyle.lineStringColor, lineStringWidth: 3 } }),
        new TerraDrawPolygonMode({ styles: { fillColor: shapeStyle.fillColor, fillOpacity: 0.2, outlineColor: shapeStyle.outlineColor, outlineWidth: 2 } }),
        // Keys are handled by the tool, so they also work when focus is on its buttons.
        new TerraDrawSelectMode({ keyEvents: null, flags: { point: { feature: { draggable: true } }, linestring: { feature: editable }, polygon: { feature: editable } } }),
      ],
      undoRedo: { modeLevel: new TerraDrawModeUndoRedo(), sessionLevel: new TerraDrawSessionUndoRedo() },
    });
    this.draw.start();
    for (const event of ['change', 'finish', 'select', 'deselect', 'history'] as const) this.draw.on(event, this.notify);
    this.crosshair.hidden = true;
    map.getContainer().append(this.crosshair);
    const canvas = map.getCanvas();
    map.on('resize', () => this.showCrosshair());
    for (const [event, focused] of [['focus', true], ['blur', false]] as const)
      canvas.addEventListener(event, () => {
        this.mapFocused = focused;
        this.showCrosshair();
      });
  }

  /** Shows or hides the cross; placed when shown (or the map resized) and kept there, so vertices go where it is seen. */
  private showCrosshair() {
    this.crosshair.hidden = !(this.mapFocused && isShapeMode(this.mode));
    if (this.crosshair.hidden) return;
    this.crossAt = this.crossPixel();
    this.crosshair.style.setProperty('--cross-x', `${this.crossAt[0]}px`);
    this.crosshair.style.setProperty('--cross-y', `${this.crossAt[1]}px`);
  }

  /** Where the cross is, on the map's canvas: its centre, or the middle of open map beside the panel over it. */
  private crossPixel(): [number, number] {
    const canvas = this.map.getCanvas();
    const box = canvas.getBoundingClientRect();
    const root = canvas.getRootNode() as Document | ShadowRoot;
    const candidates = crossCandidates(box, this.panel());
    const [x, y] = candidates.find(([px, py]) => root.elementFromPoint(px, py) === canvas) ?? candidates[0];
    return [x - box.left, y - box.top];
  }

  keepClearOf(panel: () => DOMRect | null): void {
    this.panel = panel;
    this.showCrosshair();
  }

  /** Where a vertex drawn with the keyboard goes: under the cross. */
  centre(): Position {
    return this.map.unproject(this.crossAt ?? this.crossPixel()).toArray();
  }

  samePlace(a: Position, b: Position): boolean {
    const [p, q] = [this.map.project([a[0], a[1]]), this.map.project([b[0], b[1]])];
    return Math.hypot(p.x - q.x, p.y - q.y) <= SAME_PLACE_PX;
  }

  isMap(target: EventTarget | undefined): boolean {
    return target === this.map.getCanvas();
  }

  focusMap(): void {
    this.map.getCanvas().focus();
  }

  newId(): string {
    return String(this.draw.getFeatureId());
  }

  showSketch(vertices: readonly Position[], shape: Geometry | null): void {
    const features: Feature[] = [
      ...(shape ? [{ type: 'Feature' as const, geometry: shape, properties: {} }] : []),
      ...vertices.map((v) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [...v] }, properties: {} })),
    ];
    const data = { type: 'FeatureCollection' as const, features };
    const source = this.map.getSource<GeoJSONSource>(SKETCH_SOURCE);
    if (source) return void source.setData(data);
    // Added when first needed: a change of basemap style may have removed it.
    this.map.addSource(SKETCH_SOURCE, { type: 'geojson', data });
    this.map.addLayer({ id: `${SKETCH_SOURCE}-line`, type: 'line', source: SKETCH_SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': colour, 'line-width': 3, 'line-dasharray': [2, 1] } });
    this.map.addLayer({ id: `${SKETCH_SOURCE}-vertex`, type: 'circle', source: SKETCH_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': colour, 'circle-radius': 5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } });
  }

  /** Called after every change: a vertex added or moved, a shape finished, selected, deleted, undone. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get mode(): DrawMode {
    return this.draw.getMode() as DrawMode;
  }

  setMode(mode: DrawMode): void {
    this.draw.setMode(mode);
    this.onDrawingChanged(mode !== 'static');
    this.showCrosshair();
    this.notify();
  }

  /** Every drawing, the one being drawn included (marked inProgress). */
  drawings(): Drawing[] {
    return this.draw.getSnapshot().flatMap((feature) => asDrawing(feature) ?? []);
  }

  /** Adds stored or imported drawings; returns those terra-draw refuses, with its reason. */
  add(drawings: readonly Drawing[]): RejectedDrawing[] {
    const results = this.draw.addFeatures(drawings.map(({ id, geometry, properties }) => ({ type: 'Feature', id, geometry, properties: { ...properties } })));
    return results.filter((r) => !r.valid).map((r) => ({ id: r.id, reason: r.reason ?? 'invalid' }));
  }

  selectedId(): string | null {
    const selected = this.draw.getSnapshot().find((f) => f.properties.selected === true && asDrawing(f));
    return selected ? String(selected.id) : null;
  }

  select(id: string): void {
    if (this.mode !== 'select') this.draw.setMode('select');
    this.draw.selectFeature(id);
  }

  remove(id: string): void {
    if (this.draw.hasFeature(id)) this.draw.removeFeatures([id]);
    this.notify();
  }

  linkPark(id: string, parkId: string | null): void {
    this.draw.updateFeatureProperties(id, { park_id: parkId ?? undefined });
    this.notify();
  }

  canUndo(): boolean {
    return this.draw.canUndo();
  }

  canRedo(): boolean {
    return this.draw.canRedo();
  }

  undo(): void {
    this.draw.undo();
    this.notify();
  }

  redo(): void {
    this.draw.redo();
    this.notify();
  }

  private readonly notify = () => {
    for (const listener of this.listeners) listener();
  };
}
