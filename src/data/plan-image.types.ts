import type { Position } from 'geojson';

/* A plan image the visitor lays over the map to trace from: decoded in the browser, never uploaded
   or stored. Placed by src/map/plan-image.ts, set by <plan-image-control>. */

/** Where the image's corners lie (WGS-84): top left, top right, bottom right, bottom left. */
export type Corners = [Position, Position, Position, Position];

/** The plan image on the map, as the drawing tool works it. */
export interface PlanImageSurface {
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
}
