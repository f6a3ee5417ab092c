import type { CanvasSource, GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapLayerTouchEvent, MapMouseEvent, MapTouchEvent } from 'maplibre-gl';
import type { FeatureCollection, Point, Position } from 'geojson';
import type { Corners, PlanImageDrawing } from '../data/plan-image.types';
import { LABEL_LAYER_IDS } from '../layers/labels.layer';
import { THEME } from '../layers/theme';

export const PLAN_IMAGE_SOURCE = 'plan-image';
export const PLAN_IMAGE_LAYER = 'plan-image';
/** The corner handles: a circle layer of their own source, dragged through the map's events. */
export const PLAN_IMAGE_HANDLES = 'plan-image-handles';

/** How the map converts between true (WGS-84) positions and where they are drawn over the basemap. */
export interface DatumPositions {
  drawnAt(position: readonly [number, number]): [number, number];
  trueAt(position: [number, number]): [number, number];
}

type LngLatPair = [number, number];
const pair = (p: Position): LngLatPair => [p[0], p[1]];
const copy = (c: Corners): Corners => [pair(c[0]), pair(c[1]), pair(c[2]), pair(c[3])];

/**
 * A plan image over the map, under the labels, from a canvas source: the pixels are drawn from the
 * decoded file into a canvas, so nothing is fetched (a strict CSP's connect-src and img-src need
 * nothing for it). Four handles, drawn as a circle layer, move its corners when dragged: a layer,
 * not MapLibre's Marker, so the map's first load does not carry Marker for a tool few open.
 */
export class PlanImageLayer implements PlanImageDrawing {
  opacity = 0.6;
  private readonly canvas = document.createElement('canvas');
  private current: Corners | null = null;
  private readonly listeners = new Set<(corners: Corners) => void>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly positions: DatumPositions,
  ) {}

  show(image: ImageBitmap, corners: Corners = this.boxOverView()): Corners {
    this.remove();
    [this.canvas.width, this.canvas.height] = [image.width, image.height];
    this.canvas.getContext('2d')!.drawImage(image, 0, 0);
    this.current = copy(corners);
    this.map.addSource(PLAN_IMAGE_SOURCE, { type: 'canvas', canvas: this.canvas, animate: false, coordinates: this.drawnCorners() });
    const beneath = LABEL_LAYER_IDS.find((id) => this.map.getLayer(id));
    this.map.addLayer({ id: PLAN_IMAGE_LAYER, type: 'raster', source: PLAN_IMAGE_SOURCE, paint: { 'raster-opacity': this.opacity, 'raster-fade-duration': 0 } }, beneath);
    this.addHandles();
    return this.current;
  }

  corners(): Corners | null {
    return this.current;
  }

  setCorners(corners: Corners): void {
    if (!this.current) return;
    this.current = copy(corners);
    this.redraw();
  }

  setOpacity(opacity: number): void {
    this.opacity = Math.min(1, Math.max(0, opacity));
    if (this.map.getLayer(PLAN_IMAGE_LAYER)) this.map.setPaintProperty(PLAN_IMAGE_LAYER, 'raster-opacity', this.opacity);
  }

  /** Draws the image and its handles where the corners are over the basemap shown now (after a change of datum too). */
  redraw(): void {
    if (!this.current) return;
    const drawn = this.drawnCorners();
    this.map.getSource<CanvasSource>(PLAN_IMAGE_SOURCE)?.setCoordinates(drawn);
    this.map.getSource<GeoJSONSource>(PLAN_IMAGE_HANDLES)?.setData(handlePoints(drawn));
  }

  remove(): void {
    this.removeHandles();
    if (this.map.getLayer(PLAN_IMAGE_LAYER)) this.map.removeLayer(PLAN_IMAGE_LAYER);
    if (this.map.getSource(PLAN_IMAGE_SOURCE)) this.map.removeSource(PLAN_IMAGE_SOURCE);
    this.current = null;
  }

  onCornersChanged(listener: (corners: Corners) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private drawnCorners(): [LngLatPair, LngLatPair, LngLatPair, LngLatPair] {
    return this.current!.map((corner) => this.positions.drawnAt(pair(corner))) as [LngLatPair, LngLatPair, LngLatPair, LngLatPair];
  }

  /** The middle half of the view, as a start the visitor then drags into place. */
  private boxOverView(): Corners {
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const at = (x: number, y: number) => this.positions.trueAt(this.map.unproject([x, y]).toArray());
    const [left, right, top, bottom] = [width * 0.25, width * 0.75, height * 0.25, height * 0.75];
    return [at(left, top), at(right, top), at(right, bottom), at(left, bottom)];
  }

  private addHandles(): void {
    this.map.addSource(PLAN_IMAGE_HANDLES, { type: 'geojson', data: handlePoints(this.drawnCorners()) });
    this.map.addLayer({
      id: PLAN_IMAGE_HANDLES,
      type: 'circle',
      source: PLAN_IMAGE_HANDLES,
      paint: { 'circle-radius': 7, 'circle-color': '#ffffff', 'circle-stroke-width': 3, 'circle-stroke-color': THEME.overlay },
    });
    this.map.on('mousedown', PLAN_IMAGE_HANDLES, this.startDrag);
    this.map.on('touchstart', PLAN_IMAGE_HANDLES, this.startDrag);
    this.map.on('mouseenter', PLAN_IMAGE_HANDLES, this.showMoveCursor);
    this.map.on('mouseleave', PLAN_IMAGE_HANDLES, this.showDefaultCursor);
  }

  private removeHandles(): void {
    this.map.off('mousedown', PLAN_IMAGE_HANDLES, this.startDrag);
    this.map.off('touchstart', PLAN_IMAGE_HANDLES, this.startDrag);
    this.map.off('mouseenter', PLAN_IMAGE_HANDLES, this.showMoveCursor);
    this.map.off('mouseleave', PLAN_IMAGE_HANDLES, this.showDefaultCursor);
    this.showDefaultCursor();
    if (this.map.getLayer(PLAN_IMAGE_HANDLES)) this.map.removeLayer(PLAN_IMAGE_HANDLES);
    if (this.map.getSource(PLAN_IMAGE_HANDLES)) this.map.removeSource(PLAN_IMAGE_HANDLES);
  }

  /** Grabbing a handle moves its corner with the pointer until it is let go; the map does not pan meanwhile. */
  private readonly startDrag = (event: MapLayerMouseEvent | MapLayerTouchEvent): void => {
    if ('points' in event && event.points.length !== 1) return;
    const corner = event.features?.[0]?.properties?.corner;
    if (typeof corner !== 'number' || !this.current) return;
    event.preventDefault();
    const move = (moved: MapMouseEvent | MapTouchEvent) => this.moveCorner(corner, moved.lngLat.toArray());
    const end = () => {
      this.map.off('mousemove', move);
      this.map.off('touchmove', move);
    };
    this.map.on('mousemove', move);
    this.map.on('touchmove', move);
    this.map.once('mouseup', end);
    this.map.once('touchend', end);
  };

  private moveCorner(index: number, drawnAt: LngLatPair): void {
    if (!this.current) return;
    this.current[index] = this.positions.trueAt(drawnAt);
    this.redraw();
    for (const listener of this.listeners) listener(this.current);
  }

  private readonly showMoveCursor = () => {
    this.map.getCanvas().style.cursor = 'move';
  };

  private readonly showDefaultCursor = () => {
    this.map.getCanvas().style.cursor = '';
  };
}

/** The handles as points, each with the index of the corner it moves. */
function handlePoints(drawn: readonly LngLatPair[]): FeatureCollection<Point, { corner: number }> {
  return {
    type: 'FeatureCollection',
    features: drawn.map((coordinates, corner) => ({ type: 'Feature', properties: { corner }, geometry: { type: 'Point', coordinates } })),
  };
}
