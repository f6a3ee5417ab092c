import { Marker, type CanvasSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from 'geojson';
import type { Corners, PlanImageSurface } from '../data/plan-image.types';
import { LABEL_LAYER_IDS } from '../layers/labels.layer';
import { THEME } from '../layers/theme';

export const PLAN_IMAGE_SOURCE = 'plan-image';
export const PLAN_IMAGE_LAYER = 'plan-image';

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
 * nothing for it). Four draggable handles move its corners.
 */
export class PlanImageLayer implements PlanImageSurface {
  opacity = 0.6;
  private readonly canvas = document.createElement('canvas');
  private current: Corners | null = null;
  private handles: Marker[] = [];
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
    this.handles = this.drawnCorners().map((at, index) => this.handle(at, index));
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
    this.handles.forEach((handle, index) => handle.setLngLat(drawn[index]));
  }

  remove(): void {
    for (const handle of this.handles) handle.remove();
    this.handles = [];
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

  /** A round handle at one corner; dragging it moves that corner. Styled through the CSSOM (no style attribute). */
  private handle(at: LngLatPair, index: number): Marker {
    const element = document.createElement('div');
    element.className = 'plan-image-handle';
    Object.assign(element.style, { width: '14px', height: '14px', borderRadius: '50%', background: '#fff', border: `3px solid ${THEME.overlay}`, cursor: 'move' });
    const handle = new Marker({ element, draggable: true }).setLngLat(at).addTo(this.map);
    handle.on('drag', () => {
      if (!this.current) return;
      this.current[index] = this.positions.trueAt(handle.getLngLat().toArray());
      this.map.getSource<CanvasSource>(PLAN_IMAGE_SOURCE)?.setCoordinates(this.drawnCorners());
      for (const listener of this.listeners) listener(this.current);
    });
    return handle;
  }
}
