import type { Position } from 'geojson';

/* A plan image the visitor lays over the map to trace from: decoded in the browser, never
   uploaded, kept in this browser for its map until removed. Drawn by src/map/plan-image.ts, kept by
   src/map/kept-plan-image.ts, set by <plan-image-control>. */

/** Where the image's corners lie (WGS-84): top left, top right, bottom right, bottom left. */
export type Corners = [Position, Position, Position, Position];

/** The plan image as drawn on the map. */
export interface PlanImageDrawing {
  /** Shows an image, replacing any other, at `corners` or else as a box over the middle of the view; returns its corners. */
  show(image: ImageBitmap, corners?: Corners): Corners;
  /** The corners of the image shown, or null when none is. */
  corners(): Corners | null;
  setCorners(corners: Corners): void;
  /** From 0 (invisible) to 1 (opaque). */
  readonly opacity: number;
  setOpacity(opacity: number): void;
  remove(): void;
  /** Called when a corner handle is dragged on the map; returns the unsubscribe function. */
  onCornersChanged(listener: (corners: Corners) => void): () => void;
  /** Draws it again where its corners are over the basemap shown now. */
  redraw(): void;
}

/** The plan image as the drawing tool works it: kept in this browser, so it is there after a reload. */
export interface PlanImageSurface extends Omit<PlanImageDrawing, 'show' | 'redraw'> {
  /** Decodes an image file and shows it as PlanImageDrawing.show does; rejects if it is not an image the browser reads. */
  show(file: Blob): Promise<Corners>;
  /** Where a kept image that could not be shown was set aside (its key in the browser's storage), or null. */
  readonly setAside: string | null;
  /** Resolves once every change so far is kept in the browser: with the browser's reason if the last could not be, else null. */
  saved(): Promise<string | null>;
}
